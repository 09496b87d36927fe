import { BenchCollege } from './college';
import type { Benchmark } from './harness';

/** «Настроить систему» on a fresh spreadsheet, and again on a set-up one (which must change nothing). */
export const setupBenchmark: Benchmark = {
  name: 'Настроить систему',
  cases: [
    {
      name: 'first run',
      prepare: () => {
        const college = new BenchCollege();
        return () => college.measure(() => college.setUp());
      },
    },
    {
      name: 'second run (no change)',
      prepare: () => {
        const college = new BenchCollege().setUp();
        return () => college.measure(() => college.setUp());
      },
    },
  ],
};

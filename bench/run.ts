import { formatTable, measure, type Benchmark } from './harness';
import { setupBenchmark } from './setup.bench';

/** `npm run bench`: every benchmark, printed as a table (figures for the closing notes). */
const benchmarks: Benchmark[] = [setupBenchmark];

const rows = benchmarks.flatMap((b) => measure(b));
console.log(formatTable(rows));

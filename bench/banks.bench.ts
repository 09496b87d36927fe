import { BenchCollege } from './college';
import type { Benchmark } from './harness';

/**
 * Stages 2–3 at college scale: «Импортировать ответы» over N responses already in the response sheets
 * (triggers were off), and one more submission processed by its trigger with N responses in the banks.
 * Service calls must not grow with N; predicted time grows only with the cells moved.
 */
function caseFor(responses: number, measured: 'import' | 'submission'): Benchmark['cases'][number] {
  return {
    repetitions: responses >= 10_000 ? 1 : 3,
    name: `${measured === 'import' ? '«Импортировать ответы»' : 'one mentee questionnaire'}, ${responses.toLocaleString('en')} responses`,
    prepare: () => {
      const college = new BenchCollege().setUp();
      college.withTriggersOff(() => college.submitResponses(responses));
      if (measured === 'import')
        return () => college.measure(() => college.clickMenu('Импортировать ответы'));
      college.clickMenu('Импортировать ответы');
      return () => college.measure(() => college.submitOne('mentee', responses));
    },
  };
}

export const banksBenchmark: Benchmark = {
  name: 'Банки (этапы 2–3)',
  cases: [200, 2000, 10000].flatMap((n) => [caseFor(n, 'import'), caseFor(n, 'submission')]),
};

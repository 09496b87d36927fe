import { formatTable, measure, type Benchmark } from './harness';
import { banksBenchmark } from './banks.bench';
import { setupBenchmark } from './setup.bench';
import { formatSolverTable, measureMatching } from './matching.bench';
import { formatDocumentsTable, measureBatch } from './documents.bench';

/** `npm run bench`: every benchmark, printed as a table (figures for the closing notes). */
const benchmarks: Benchmark[] = [setupBenchmark, banksBenchmark];

const rows = benchmarks.flatMap((b) => measure(b));
console.log(formatTable(rows));

// Matching is pure computation: wall time and peak memory instead of service calls (one process per case).
console.log('');
console.log(formatSolverTable(measureMatching()));

// Documents (issue 5, item 11): per document and for a batch of 150 programmes over resumed executions.
console.log('');
console.log(formatDocumentsTable([measureBatch(10), measureBatch(150)]));

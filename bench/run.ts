import { formatTable, measure, type Benchmark } from './harness';
import { banksBenchmark } from './banks.bench';
import { setupBenchmark } from './setup.bench';
import { formatSolverTable, measureMatching } from './matching.bench';
import { formatDocumentsTable, measureBatch } from './documents.bench';
import { formatSeasonTable, formatSummaryTable, measureSeason, measureSummary } from './season.bench';

// The script's time zone (appsscript.json), as `npm start` and jest set it: local dates in the offline
// world are Moscow's, whatever the machine's zone.
process.env.TZ = 'Europe/Moscow';

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

// Stages 4.2, 6 and 7 (issues 6 and 7): each menu item of the season over the built bundle, by service.
console.log('');
console.log(formatSeasonTable(measureSeason()));
console.log('');
console.log(formatSummaryTable([measureSummary()]));

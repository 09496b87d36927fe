import { execFileSync } from 'child_process';
import * as path from 'path';

/**
 * Stages 4–5 (issue 4, item 8): the solver on dense instances and planMatching on a synthetic college.
 * Each case runs in its own Node process (with --expose-gc) so the peak resident memory it reports is
 * the case's own: the input matrix plus the solver. Wall time is the median of the runs.
 */
export interface SolverMeasurement {
  benchmark: string;
  case: string;
  runs: number;
  medianMs: number;
  /** Resident memory when the solve started (input already built) and the process's peak. */
  rssBeforeMb: number;
  peakRssMb: number;
  /** Heap growth during one solve, after a GC. */
  heapDeltaMb: number;
  detail: string;
}

const CASES: Array<{
  kind: 'solver' | 'plan';
  mentees: number;
  mentors: number;
  runs: number;
  name: string;
}> = [
  {
    kind: 'solver',
    mentees: 1000,
    mentors: 400,
    runs: 3,
    name: 'maximumWeightAssignment 1,000 × 400, capacities 1–3',
  },
  {
    kind: 'solver',
    mentees: 5000,
    mentors: 1500,
    runs: 1,
    name: 'maximumWeightAssignment 5,000 × 1,500, capacities 1–3',
  },
  {
    kind: 'plan',
    mentees: 1000,
    mentors: 400,
    runs: 3,
    name: 'planMatching 1,000 × 400 (scores, solver, explanations)',
  },
];

export function measureMatching(): SolverMeasurement[] {
  const script = path.join(__dirname, 'matching-case.ts');
  return CASES.map((c) => {
    const out = execFileSync(
      process.execPath,
      [
        ...process.execArgv,
        '--expose-gc',
        '--max-old-space-size=4096',
        script,
        c.kind,
        String(c.mentees),
        String(c.mentors),
        String(c.runs),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const figures = JSON.parse(out.trim().split('\n').pop()!) as Omit<
      SolverMeasurement,
      'benchmark' | 'case'
    >;
    return { benchmark: 'Подбор пар (этапы 4–5)', case: c.name, ...figures };
  });
}

export function formatSolverTable(rows: SolverMeasurement[]): string {
  const header = [
    'benchmark',
    'case',
    'runs',
    'wall time (median)',
    'RSS at start',
    'peak RSS',
    'heap growth',
    'result',
  ];
  const body = rows.map((r) => [
    r.benchmark,
    r.case,
    String(r.runs),
    `${r.medianMs.toFixed(0)} ms`,
    `${r.rssBeforeMb.toFixed(0)} MB`,
    `${r.peakRssMb.toFixed(0)} MB`,
    `${r.heapDeltaMb.toFixed(1)} MB`,
    r.detail,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

if (require.main === module) console.log(formatSolverTable(measureMatching()));

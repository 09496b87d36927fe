/**
 * A tiny benchmark harness. Each benchmark reports what Apps Script would charge — service calls and
 * predicted time from the offline Workspace's latency table — and what this machine took to simulate
 * it (median of several runs). Figures, not assertions: tests assert call counts, benchmarks report.
 */
export interface Measurement {
  benchmark: string;
  case: string;
  calls: number;
  spreadsheetCalls: number;
  predictedMs: number;
  offlineMedianMs: number;
}

export interface Benchmark {
  name: string;
  /** One entry per case; `run` performs the measured work once and returns its service-call figures. */
  cases: Array<{
    name: string;
    prepare: () => () => { calls: number; spreadsheetCalls: number; predictedMs: number };
    /** How many times to prepare and measure (median taken); large cases may ask for fewer. */
    repetitions?: number;
  }>;
}

export function measure(benchmark: Benchmark, repetitions = 5): Measurement[] {
  return benchmark.cases.map((c) => {
    const times: number[] = [];
    let figures = { calls: 0, spreadsheetCalls: 0, predictedMs: 0 };
    for (let i = 0; i < (c.repetitions ?? repetitions); i += 1) {
      const run = c.prepare();
      const started = process.hrtime.bigint();
      figures = run();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    times.sort((a, b) => a - b);
    return {
      benchmark: benchmark.name,
      case: c.name,
      ...figures,
      offlineMedianMs: times[Math.floor(times.length / 2)] ?? 0,
    };
  });
}

export function formatTable(rows: Measurement[]): string {
  const header = [
    'benchmark',
    'case',
    'service calls',
    'Spreadsheet calls',
    'predicted Apps Script time',
    'offline median',
  ];
  const body = rows.map((r) => [
    r.benchmark,
    r.case,
    String(r.calls),
    String(r.spreadsheetCalls),
    `${(r.predictedMs / 1000).toFixed(2)} s`,
    `${r.offlineMedianMs.toFixed(1)} ms`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

import type { ChartSpec, ReportContent } from '../../../ports/charts';
import type { CellValue } from '../../../ports/workbook';
import { messages } from '../../messages';
import {
  MONITORING_FLAGS,
  MONITORING_FLAG_KEYS,
  MONITORING_PHASES,
  MONITORING_PHASE_KEYS,
  MONITORING_SCALES,
  MONITORING_SCALE_KEYS,
} from '../../questionnaires/monitoring-spec';
import type { MonitoringSummary, Share } from './summary';

/**
 * The «Мониторинг» sheet as one rectangle of values and number formats, and the native charts over it.
 * Cells hold the model's full precision; the number formats round for display (`0.00`, `0.0%`). The
 * layout is fixed at the top (overall tables at rows the charts point to) and grows downwards (the
 * answers not counted, then one row per pair), so a re-run with more pairs moves nothing a chart reads.
 */

const TEXT = '@';
const MEAN = '0.00';
const PERCENT = '0.0%';
const COUNT = '0';

type Cell = { value: CellValue; format: string };

const text = (value: string): Cell => ({ value, format: TEXT });
const mean = (value: number | null): Cell => (value === null ? text('') : { value, format: MEAN });
const percent = (value: number | null): Cell => (value === null ? text('') : { value, format: PERCENT });
const count = (value: number): Cell => ({ value, format: COUNT });
const change = (start: number | null, end: number | null): number | null =>
  start !== null && end !== null ? end - start : null;

/** Where the charts' data sit (1-based), for the chart specs and for tests. */
export interface MonitoringLayout {
  scalesHeaderRow: number;
  sharesHeaderRow: number;
  frequencyHeaderRow: number;
  ratesHeaderRow: number;
  pairsHeaderRow: number;
}

export interface MonitoringReport {
  content: ReportContent;
  charts: ChartSpec[];
  layout: MonitoringLayout;
}

/** Column where the charts start: right of the overall tables (A–D). */
const CHART_COLUMN = 6;

/** The sheet and its charts. `updatedAt` is shown in words in the first row («Обновлено: …»). */
export function monitoringReport(summary: MonitoringSummary, updatedAt: string): MonitoringReport {
  const M = messages.monitoring.sheet;
  const rows: Cell[][] = [];
  const push = (...row: Cell[]): number => rows.push(row);
  const blank = (): number => push();

  push(text(M.notice(updatedAt)));
  blank();

  const o = summary.overall;
  push(text(M.overallTitle));
  const scalesHeaderRow = push(text(M.indicator), text(M.start), text(M.end), text(M.change));
  for (const key of MONITORING_SCALE_KEYS) {
    const s = o.scales[key];
    push(text(MONITORING_SCALES[key].label), mean(s.start), mean(s.end), mean(s.change));
  }
  push(text(M.answersCount), count(o.answers.start), count(o.answers.end), text(''));
  blank();

  push(text(M.sharesTitle));
  const sharesHeaderRow = push(text(M.indicator), text(M.start), text(M.end), text(M.change));
  for (const key of MONITORING_FLAG_KEYS) {
    const s = o.shares[key];
    push(
      text(MONITORING_FLAGS[key].label),
      percent(s.start.share),
      percent(s.end.share),
      percent(change(s.start.share, s.end.share)),
    );
  }
  blank();

  push(text(M.frequencyTitle));
  const frequencyHeaderRow = push(text(M.frequency), text(M.start), text(M.end));
  const labels = [...new Set([...o.frequency.start, ...o.frequency.end].map((f) => f.label))];
  for (const label of labels) {
    const at = (phase: 'start' | 'end'): number =>
      o.frequency[phase].find((f) => f.label === label)?.count ?? 0;
    push(text(label), count(at('start')), count(at('end')));
  }
  blank();

  push(text(M.ratesTitle));
  const ratesHeaderRow = push(text(M.phase), text(M.rate), text(M.expected), text(M.answered));
  for (const phase of MONITORING_PHASE_KEYS) {
    const r = o.responseRates[phase];
    push(text(MONITORING_PHASES[phase]), percent(r.rate), count(r.expected), count(r.answered));
  }
  blank();

  push(text(M.ignoredTitle(summary.ignored.length)));
  if (summary.ignored.length > 0) {
    push(text(M.row), text(M.email), text(M.fullName), text(M.phase), text(M.reason));
    for (const a of summary.ignored)
      push(
        count(a.row),
        text(a.email),
        text(a.fullName),
        text(a.phase ? MONITORING_PHASES[a.phase] : ''),
        text(M.reasons[a.reason]),
      );
  } else push(text(M.noIgnored));
  blank();

  push(text(M.pairsTitle));
  const pairsHeaderRow = push(
    text(M.pairId),
    text(M.mentor),
    text(M.mentees),
    text(M.status),
    text(M.pairRate(MONITORING_PHASES.start)),
    text(M.pairRate(MONITORING_PHASES.end)),
    ...MONITORING_SCALE_KEYS.flatMap((key) => [
      text(M.pairColumn(MONITORING_SCALES[key].label, M.start)),
      text(M.pairColumn(MONITORING_SCALES[key].label, M.end)),
      text(M.pairColumn(MONITORING_SCALES[key].label, M.change)),
    ]),
    ...MONITORING_FLAG_KEYS.flatMap((key) => [
      text(M.pairColumn(MONITORING_FLAGS[key].label, M.start)),
      text(M.pairColumn(MONITORING_FLAGS[key].label, M.end)),
    ]),
  );
  if (summary.pairs.length === 0) push(text(M.noPairs));
  const rateCell = (expected: number, answered: number): Cell =>
    expected === 0 ? text('') : text(M.answeredOf(answered, expected));
  const shareCell = (s: Share): Cell => percent(s.share);
  for (const p of summary.pairs) {
    push(
      text(p.pair.id),
      text(p.pair.mentor.fullName || p.pair.mentor.email),
      text(p.pair.mentees.map((m) => m.fullName || m.email).join('\n')),
      text(p.pair.status),
      rateCell(p.responseRates.start.expected, p.responseRates.start.answered),
      rateCell(p.responseRates.end.expected, p.responseRates.end.answered),
      ...MONITORING_SCALE_KEYS.flatMap((key) => [
        mean(p.scales[key].start),
        mean(p.scales[key].end),
        mean(p.scales[key].change),
      ]),
      ...MONITORING_FLAG_KEYS.flatMap((key) => [
        shareCell(p.shares[key].start),
        shareCell(p.shares[key].end),
      ]),
    );
  }

  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...Array<Cell>(width - r.length).fill(text(''))]);

  const charts: ChartSpec[] = [
    {
      title: M.charts.scales,
      kind: 'column',
      range: { row: scalesHeaderRow, column: 1, numRows: MONITORING_SCALE_KEYS.length + 1, numColumns: 3 },
      anchor: { row: 3, column: CHART_COLUMN },
      options: { 'vAxis.minValue': 0, 'vAxis.maxValue': 10, 'legend.position': 'bottom' },
    },
    {
      title: M.charts.shares,
      kind: 'column',
      range: { row: sharesHeaderRow, column: 1, numRows: MONITORING_FLAG_KEYS.length + 1, numColumns: 3 },
      anchor: { row: 3, column: CHART_COLUMN + 7 },
      options: {
        'vAxis.minValue': 0,
        'vAxis.maxValue': 1,
        'vAxis.format': 'percent',
        'legend.position': 'bottom',
      },
    },
    {
      title: M.charts.rates,
      kind: 'bar',
      range: { row: ratesHeaderRow, column: 1, numRows: MONITORING_PHASE_KEYS.length + 1, numColumns: 2 },
      anchor: { row: 3, column: CHART_COLUMN + 14 },
      options: {
        'hAxis.minValue': 0,
        'hAxis.maxValue': 1,
        'hAxis.format': 'percent',
        'legend.position': 'none',
      },
    },
  ];

  return {
    content: {
      values: padded.map((r) => r.map((c) => c.value)),
      formats: padded.map((r) => r.map((c) => c.format)),
    },
    charts,
    layout: { scalesHeaderRow, sharesHeaderRow, frequencyHeaderRow, ratesHeaderRow, pairsHeaderRow },
  };
}

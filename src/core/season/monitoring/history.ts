import type { JournalEntry } from '../../../ports/journal';
import type { CellValue } from '../../../ports/workbook';
import { HISTORY_COLUMNS } from '../../banks/history';
import { monitoringRu } from '../../messages/monitoring';
import { tableOf } from '../../pairs/table';
import { headerIndex, headerKey } from '../../schema/headers';
import type { CountedAnswer, IgnoredAnswer, IgnoredReason, MonitoringSummary } from './summary';

/**
 * What happened to each monitoring answer, kept in «История анкет» (the same record the banks' pipeline
 * keeps): a row per answer and outcome. The figures are recomputed from the whole response sheet on
 * every run, so the history is not what makes them right; it is what makes the journal say each thing
 * once. An answer whose outcome changes (consent arrived, a later answer replaced it) gets a new row.
 */

export type MonitoringOutcome = 'counted' | IgnoredReason;

const JOURNAL: Readonly<Record<IgnoredReason, { level: JournalEntry['level']; code: string }>> = {
  invalid: { level: 'WARNING', code: 'MONITORING_INVALID_ANSWER' },
  noConsent: { level: 'WARNING', code: 'MONITORING_NO_CONSENT' },
  noPair: { level: 'WARNING', code: 'MONITORING_NO_PAIR' },
  duplicate: { level: 'INFO', code: 'MONITORING_DUPLICATE' },
};

export interface MonitoringHistoryPlan {
  /** Rows to append to «История анкет», laid out by its header row. */
  rows: CellValue[][];
  /** 1-based row the first of them goes to. */
  firstRow: number;
  journal: JournalEntry[];
}

const outcomeKey = (key: string, outcome: string): string => `${key}\u0001${headerKey(outcome)}`;

/** The history rows and journal entries for answers whose outcome is not yet recorded. */
export function planMonitoringHistory(
  summary: MonitoringSummary,
  historyValues: readonly (readonly CellValue[])[],
  processedAt: Date,
  responseSheet: string,
): MonitoringHistoryPlan {
  const table = tableOf('', historyValues);
  const index = headerIndex(table.headers);
  const at = (h: string): number => index.get(headerKey(h)) ?? -1;
  const keyAt = at(HISTORY_COLUMNS.key);
  const outcomeAt = at(HISTORY_COLUMNS.outcome);
  const recorded = new Set<string>();
  if (keyAt >= 0 && outcomeAt >= 0)
    for (const row of table.rows)
      recorded.add(outcomeKey(String(row[keyAt] ?? '').trim(), String(row[outcomeAt] ?? '')));

  const O = monitoringRu.outcomes;
  const rows: CellValue[][] = [];
  const journal: JournalEntry[] = [];
  const record = (
    answer: CountedAnswer | IgnoredAnswer,
    outcome: MonitoringOutcome,
    message: string,
  ): void => {
    if (recorded.has(outcomeKey(answer.key, O[outcome]))) return;
    recorded.add(outcomeKey(answer.key, O[outcome]));
    // Without consent nothing of the person is processed, the name included (152-ФЗ ст. 9).
    const fullName = outcome === 'noConsent' ? '' : answer.fullName;
    const byHeader = new Map<string, CellValue>([
      [HISTORY_COLUMNS.key, answer.key],
      [HISTORY_COLUMNS.questionnaire, 'анкета мониторинга'],
      [HISTORY_COLUMNS.email, answer.email],
      [HISTORY_COLUMNS.fullName, fullName],
      [HISTORY_COLUMNS.timestamp, answer.timestamp ?? ''],
      [HISTORY_COLUMNS.sheet, responseSheet],
      [HISTORY_COLUMNS.row, answer.row],
      [HISTORY_COLUMNS.processedAt, processedAt],
      [HISTORY_COLUMNS.outcome, O[outcome]],
      [HISTORY_COLUMNS.problems, outcome === 'counted' ? '' : message],
    ]);
    const folded = new Map(Array.from(byHeader, ([h, v]) => [headerKey(h), v]));
    rows.push(table.headers.map((h) => folded.get(headerKey(h)) ?? ''));
    if (outcome !== 'counted')
      journal.push({ ...JOURNAL[outcome], message, details: `${responseSheet}, строка ${answer.row}` });
  };

  for (const answer of summary.counted)
    record(answer, 'counted', monitoringRu.journal.counted(answer.row, answer.email, answer.pairIds));
  for (const answer of summary.ignored) record(answer, answer.reason, answer.message);

  return { rows, firstRow: table.rows.length + 2, journal };
}

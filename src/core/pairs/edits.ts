import type { JournalEntry } from '../../ports/journal';
import type { BlockWrite } from '../../ports/sheet-blocks';
import type { CellValue } from '../../ports/workbook';
import { normalizeEmail } from '../people';
import {
  FORBIDDEN_COLUMNS,
  PAIRS_COLUMNS,
  PAIRS_VALUE_COLUMNS,
  WAITING_COLUMNS,
  WAITING_VALUE_COLUMNS,
} from './columns';
import { Table, columnsOf, layoutRow, rowBlocks, textAt, valueAt } from './table';

/** Rows to delete, bottom-first, after the writes (so the writes' row numbers are those read). */
export interface RowDeletion {
  sheet: string;
  row: number;
  count: number;
}

/** What a matching run or a curator's action changes: blocks to write, then rows to delete. */
export interface SheetEdits {
  writes: BlockWrite[];
  deletions: RowDeletion[];
  journal: JournalEntry[];
}

export const noEdits = (): SheetEdits => ({ writes: [], deletions: [], journal: [] });

/** Plain-text columns of «Пары и группы» (names and e-mails must never turn into formulas, §1.3.2). */
export const pairsTextColumns = (table: Table): number[] =>
  columnsOf(
    table,
    Object.values(PAIRS_COLUMNS).filter((h) => !PAIRS_VALUE_COLUMNS.includes(h)),
  );

export const waitingTextColumns = (table: Table): number[] =>
  columnsOf(
    table,
    Object.values(WAITING_COLUMNS).filter((h) => !WAITING_VALUE_COLUMNS.includes(h)),
  );

/** A row of «Поиск наставника продолжается». */
export interface WaitingRow {
  email: string;
  fullName: string;
  reason: string;
  supportNote: string;
  firstListed: Date;
  lastTried: Date;
}

const waitingFields = (w: WaitingRow): Record<string, CellValue> => ({
  [WAITING_COLUMNS.email]: w.email,
  [WAITING_COLUMNS.fullName]: w.fullName,
  [WAITING_COLUMNS.reason]: w.reason,
  [WAITING_COLUMNS.supportNote]: w.supportNote,
  [WAITING_COLUMNS.firstListed]: w.firstListed,
  [WAITING_COLUMNS.lastTried]: w.lastTried,
});

/**
 * The waiting list's body rewritten as one block: `rows` in their order, each keeping the values of
 * staff's own columns from the row it had (found by e-mail), and blank rows where the list got shorter.
 */
export function waitingListWrite(table: Table, rows: readonly WaitingRow[]): BlockWrite[] {
  const byEmail = new Map<string, CellValue[]>();
  for (const r of table.rows) {
    const email = normalizeEmail(textAt(table, r, WAITING_COLUMNS.email));
    if (email && !byEmail.has(email)) byEmail.set(email, r);
  }
  const body = rows.map((w) => layoutRow(table, waitingFields(w), byEmail.get(w.email) ?? []));
  while (body.length < table.rows.length) body.push(layoutRow(table, {}));
  if (body.length === 0) return [];
  const numbered = new Map(body.map((r, i) => [i + 2, r] as const));
  return rowBlocks(table, numbered, waitingTextColumns(table));
}

/** The waiting list as rows, as it is now. */
export function waitingRowsOf(table: Table, now: Date): WaitingRow[] {
  return table.rows
    .map((r) => {
      const date = (h: string): Date => {
        const v = valueAt(table, r, h);
        return v instanceof Date ? v : now;
      };
      return {
        email: normalizeEmail(textAt(table, r, WAITING_COLUMNS.email)),
        fullName: textAt(table, r, WAITING_COLUMNS.fullName),
        reason: textAt(table, r, WAITING_COLUMNS.reason),
        supportNote: textAt(table, r, WAITING_COLUMNS.supportNote),
        firstListed: date(WAITING_COLUMNS.firstListed),
        lastTried: date(WAITING_COLUMNS.lastTried),
      };
    })
    .filter((w) => w.email !== '');
}

/** Adds (or updates) some mentees on the waiting list and takes others off it, in one block. */
export function updateWaitingList(
  table: Table,
  now: Date,
  change: { add?: readonly WaitingRow[]; remove?: readonly string[] },
): BlockWrite[] {
  const remove = new Set((change.remove ?? []).map(normalizeEmail));
  const current = waitingRowsOf(table, now);
  const added = new Map((change.add ?? []).map((w) => [w.email, w] as const));
  const rows: WaitingRow[] = [];
  for (const w of current) {
    if (remove.has(w.email)) continue;
    const update = added.get(w.email);
    rows.push(update ? { ...update, firstListed: w.firstListed } : w);
    added.delete(w.email);
  }
  rows.push(...added.values());
  return waitingListWrite(table, rows);
}

/** One row appended to «Запреты пар». */
export function forbiddenAppend(
  table: Table,
  mentorEmail: string,
  menteeEmail: string,
  reason: string,
): BlockWrite {
  const row = layoutRow(table, {
    [FORBIDDEN_COLUMNS.mentorEmail]: mentorEmail,
    [FORBIDDEN_COLUMNS.menteeEmail]: menteeEmail,
    [FORBIDDEN_COLUMNS.reason]: reason,
  });
  return {
    sheet: table.sheet,
    row: table.rows.length + 2,
    column: 1,
    values: [row],
    textColumns: columnsOf(table, Object.values(FORBIDDEN_COLUMNS)),
  };
}

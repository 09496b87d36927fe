import { journalRow, sheetSpec } from '../core';
import type { CellValue, Clock, Journal, JournalEntry } from '../ports';
import type { SheetApi, SpreadsheetAppApi } from './api/spreadsheet';

/**
 * Writes journal entries to «Журнал», laid out by its header row. `appendRow` because it finds the next
 * free row itself, so two executions journaling at once do not overwrite each other (§1.5.2); the text
 * columns are plain-text formatted at set-up, so details starting with `=` stay text.
 */
export class SheetJournal implements Journal {
  constructor(
    private readonly app: SpreadsheetAppApi,
    private readonly clock: Clock,
  ) {}

  write(entry: JournalEntry): void {
    const target = this.target([entry]);
    if (target) target.sheet.appendRow(journalRow(entry, target.headers, this.clock.now()));
  }

  /**
   * One block below the last row: a constant number of calls however many entries. Callers hold the
   * document lock, which is what makes `getLastRow() + 1` safe here; other executions journal with
   * appendRow, which never overwrites a row (§1.5.2).
   */
  writeAll(entries: readonly JournalEntry[]): void {
    if (entries.length === 0) return;
    const target = this.target(entries);
    if (!target) return;
    const { sheet, headers } = target;
    const at = this.clock.now();
    const rows = entries.map((e) => journalRow(e, headers, at));
    const first = sheet.getLastRow() + 1;
    const maxRows = sheet.getMaxRows();
    const last = first + rows.length - 1;
    // getRange does not grow the grid (§1.2.4).
    if (last > maxRows) sheet.insertRowsAfter(maxRows, last - maxRows);
    sheet.getRange(first, 1, rows.length, headers.length).setValues(rows);
  }

  private target(entries: readonly JournalEntry[]): { sheet: SheetApi; headers: CellValue[] } | null {
    const sheet = this.app.getActiveSpreadsheet()?.getSheetByName(sheetSpec('journal').name) ?? null;
    if (!sheet) {
      // Before «Настроить систему» there is no journal sheet; the execution log is all there is.
      for (const e of entries) console.warn(`[${e.level}] ${e.code}: ${e.message} ${e.details ?? ''}`);
      return null;
    }
    const lastColumn = sheet.getLastColumn();
    if (lastColumn === 0) {
      for (const e of entries)
        console.warn(`«Журнал» has no header row; not journaled: ${e.code}: ${e.message}`);
      return null;
    }
    return { sheet, headers: sheet.getRange(1, 1, 1, lastColumn).getValues()[0] as CellValue[] };
  }
}

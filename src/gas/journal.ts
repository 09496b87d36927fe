import { journalRow, sheetSpec } from '../core';
import type { Clock, Journal, JournalEntry } from '../ports';
import type { SpreadsheetAppApi } from './api/spreadsheet';

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
    const sheet = this.app.getActiveSpreadsheet()?.getSheetByName(sheetSpec('journal').name) ?? null;
    if (!sheet) {
      // Before «Настроить систему» there is no journal sheet; the execution log is all there is.
      console.warn(`[${entry.level}] ${entry.code}: ${entry.message} ${entry.details ?? ''}`);
      return;
    }
    const lastColumn = sheet.getLastColumn();
    if (lastColumn === 0) {
      console.warn(`«Журнал» has no header row; not journaled: ${entry.code}: ${entry.message}`);
      return;
    }
    const headers = sheet.getRange(1, 1, 1, lastColumn).getValues()[0];
    sheet.appendRow(journalRow(entry, headers, this.clock.now()));
  }
}

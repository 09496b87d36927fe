import { MentoringError, messages } from '../core';
import type { CellValue, Workbook } from '../ports';
import type { SheetApi, SpreadsheetApi, SpreadsheetAppApi } from './api/spreadsheet';
import { ActiveSpreadsheet } from './active-spreadsheet';

/** Consecutive 1-based columns as [start, count] runs, so each run is formatted with one call. */
export function columnRuns(columns: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === c) last[1] += 1;
    else runs.push([c, 1]);
  }
  return runs;
}

/**
 * The active spreadsheet as a `Workbook`. Reads are one `getValues` per sheet and writes one `setValues`
 * per block, never cell by cell: each call costs a round trip to Sheets, so calls stay constant in rows.
 */
export class SheetsWorkbook implements Workbook {
  private activeSpreadsheet: ActiveSpreadsheet | null = null;
  private readonly sheets = new Map<string, SheetApi>();

  constructor(private readonly app: SpreadsheetAppApi) {}

  sheetNames(): string[] {
    const all = this.spreadsheet().getSheets();
    this.sheets.clear();
    for (const sheet of all) this.sheets.set(sheet.getName(), sheet);
    return [...this.sheets.keys()];
  }

  readValues(name: string): CellValue[][] {
    return this.sheet(name).getDataRange().getValues() as CellValue[][];
  }

  createSheet(name: string, headers: string[], textColumns: number[]): void {
    const sheet = this.spreadsheet().insertSheet(name);
    this.sheets.set(name, sheet);
    this.writeHeaders(sheet, 1, headers, textColumns);
    sheet.setFrozenRows(1);
  }

  addHeaderColumns(name: string, startColumn: number, headers: string[], textColumns: number[]): void {
    const sheet = this.sheet(name);
    this.writeHeaders(sheet, startColumn, headers, textColumns);
    // A sheet that had no header row at all gets the same frozen header a created one has.
    if (startColumn === 1) sheet.setFrozenRows(1);
  }

  writeBlock(name: string, row: number, column: number, values: CellValue[][]): void {
    if (values.length === 0) return;
    const sheet = this.sheet(name);
    // getRange does not grow the grid (§1.2.4): add rows first when the block runs past the last one.
    const maxRows = sheet.getMaxRows();
    const lastRow = row + values.length - 1;
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    sheet.getRange(row, column, values.length, values[0].length).setValues(values);
  }

  flush(): void {
    this.app.flush();
  }

  private writeHeaders(sheet: SheetApi, startColumn: number, headers: string[], textColumns: number[]): void {
    const maxColumns = sheet.getMaxColumns();
    const lastColumn = startColumn + headers.length - 1;
    if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
    // Plain text before any value lands, so an answer like «=1+1», «+7 926…» or «007» stays as typed (§1.3.2–1.3.5).
    if (textColumns.length > 0) {
      const maxRows = sheet.getMaxRows();
      for (const [start, count] of columnRuns(textColumns)) {
        sheet.getRange(1, start, maxRows, count).setNumberFormat('@');
      }
    }
    sheet.getRange(1, startColumn, 1, headers.length).setValues([headers]).setFontWeight('bold');
  }

  spreadsheetId(): string {
    this.activeSpreadsheet ??= new ActiveSpreadsheet(this.app);
    return this.activeSpreadsheet.getId();
  }

  private spreadsheet(): SpreadsheetApi {
    this.activeSpreadsheet ??= new ActiveSpreadsheet(this.app);
    return this.activeSpreadsheet.get();
  }

  private sheet(name: string): SheetApi {
    const known = this.sheets.get(name);
    if (known) return known;
    const sheet = this.spreadsheet().getSheetByName(name);
    if (!sheet) throw new MentoringError('SHEET_MISSING', messages.setup.sheetMissing(name), name);
    this.sheets.set(name, sheet);
    return sheet;
  }
}

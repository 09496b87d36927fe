import { MentoringError, formIdFromUrl, messages } from '../core';
import type { BlockWrite, CellValue, LinkedForm, ResponseSheetValues, SheetBlocks } from '../ports';
import type { SheetApi, SpreadsheetApi, SpreadsheetAppApi } from './api/spreadsheet';
import { ActiveSpreadsheet } from './active-spreadsheet';

const withoutQuery = (url: string): string => url.replace(/[?#].*$/, '');

/**
 * The active spreadsheet for the submission pipeline. Sheets are listed once per execution (one
 * `getSheets`, then `getName`/`getFormUrl` per tab), read with one `getValues` each and written one
 * block at a time, so the number of calls depends on the number of sheets and blocks, never on rows.
 */
export class SpreadsheetBlocks implements SheetBlocks {
  private activeSpreadsheet: ActiveSpreadsheet | null = null;
  private tabs: Array<{ name: string; sheet: SheetApi }> | null = null;
  private readonly grids = new Map<string, { rows: number; columns: number }>();

  constructor(private readonly app: SpreadsheetAppApi) {}

  read(names: readonly string[]): Map<string, CellValue[][]> {
    const result = new Map<string, CellValue[][]>();
    for (const name of names) {
      const tab = this.list().find((t) => t.name === name);
      if (tab) result.set(name, tab.sheet.getDataRange().getValues() as CellValue[][]);
    }
    return result;
  }

  /**
   * Finds each form's response sheet by `Sheet.getFormUrl()`, never by name or position: staff rename and
   * move tabs, and Google names new ones «Ответы на форму (N)» in the order forms were linked.
   */
  readResponses(forms: readonly LinkedForm[]): ResponseSheetValues[] {
    if (forms.length === 0) return [];
    const result: ResponseSheetValues[] = [];
    for (const tab of this.list()) {
      const url = tab.sheet.getFormUrl();
      if (!url) continue;
      const id = formIdFromUrl(url);
      const form = forms.find(
        (f) => f.formId === id || (!!f.publishedUrl && withoutQuery(f.publishedUrl) === withoutQuery(url)),
      );
      if (!form) continue;
      result.push({
        formId: form.formId,
        sheet: tab.name,
        values: tab.sheet.getDataRange().getValues() as CellValue[][],
      });
    }
    return result;
  }

  write(blocks: readonly BlockWrite[]): void {
    for (const block of blocks) {
      if (block.values.length === 0) continue;
      const width = Math.max(...block.values.map((r) => r.length));
      if (width === 0) continue;
      const sheet = this.sheet(block.sheet);
      this.ensureGrid(block.sheet, sheet, block.row + block.values.length - 1, block.column + width - 1);
      const range = sheet.getRange(block.row, block.column, block.values.length, width);
      const text = (block.textColumns ?? []).map((c) => c - block.column).filter((i) => i >= 0 && i < width);
      if (text.length > 0) {
        // Formats first, so a value lands as text and is never parsed (§1.3.2–1.3.5); read and patch,
        // so the formats of the other columns (dates, numbers staff chose) stay as they are.
        const formats = range.getNumberFormats();
        for (const row of formats) for (const i of text) row[i] = '@';
        range.setNumberFormats(formats);
      }
      range.setValues(block.values.map((r) => (r.length === width ? r : [...r, ...blank(width - r.length)])));
    }
  }

  flush(): void {
    this.app.flush();
  }

  /** getRange does not grow the grid (§1.2.4): add rows and columns first when a block runs past them. */
  private ensureGrid(name: string, sheet: SheetApi, lastRow: number, lastColumn: number): void {
    let grid = this.grids.get(name);
    if (!grid) {
      grid = { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
      this.grids.set(name, grid);
    }
    if (lastRow > grid.rows) {
      // Room for the next submissions too, so a single submission almost never pays for growing the grid.
      const added = lastRow - grid.rows + ROW_HEADROOM;
      sheet.insertRowsAfter(grid.rows, added);
      grid.rows += added;
    }
    if (lastColumn > grid.columns) {
      sheet.insertColumnsAfter(grid.columns, lastColumn - grid.columns);
      grid.columns = lastColumn;
    }
  }

  private list(): Array<{ name: string; sheet: SheetApi }> {
    if (!this.tabs)
      this.tabs = this.spreadsheet()
        .getSheets()
        .map((sheet) => ({ name: sheet.getName(), sheet }));
    return this.tabs;
  }

  private sheet(name: string): SheetApi {
    const tab = this.list().find((t) => t.name === name);
    if (!tab) throw new MentoringError('SHEET_MISSING', messages.setup.sheetMissing(name), name);
    return tab.sheet;
  }

  private spreadsheet(): SpreadsheetApi {
    this.activeSpreadsheet ??= new ActiveSpreadsheet(this.app);
    return this.activeSpreadsheet.get();
  }
}

/** Rows added beyond what a block needs when a sheet must grow (as «add 1000 more rows» in Sheets). */
export const ROW_HEADROOM = 1000;

const blank = (n: number): CellValue[] => Array<CellValue>(n).fill('');

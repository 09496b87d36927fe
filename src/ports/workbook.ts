/** A cell value as Sheets returns it (apps-script-behaviours.md §1.1.1): never null, `''` when empty. */
export type CellValue = string | number | boolean | Date;

/** The spreadsheet the add-on is open in, seen as named sheets of values. */
export interface Workbook {
  /** Names of all sheets, in tab order. */
  sheetNames(): string[];
  /** Everything on a sheet from A1 to its last row and column, in one read; `[['']]` when empty. */
  readValues(sheet: string): CellValue[][];
  /**
   * Adds a sheet with a bold, frozen header row; `textColumns` (1-based) are formatted as plain text
   * before anything is written, so answers are never turned into formulas, numbers or dates.
   */
  createSheet(sheet: string, headers: string[], textColumns: number[]): void;
  /** Writes header cells at the right end of the header row (bold), formatting `textColumns` as plain text first. */
  addHeaderColumns(sheet: string, startColumn: number, headers: string[], textColumns: number[]): void;
  /** Writes a rectangular block in one call, starting at (row, column), both 1-based. */
  writeBlock(sheet: string, row: number, column: number, values: CellValue[][]): void;
  /** Applies buffered writes (before a lock is released or a result is shown). */
  flush(): void;
  /** The spreadsheet's Drive id (a generated document records it, issue 5 item 8). */
  spreadsheetId?(): string;
}

/** Google's exception texts for SpreadsheetApp, verbatim (apps-script-behaviours.md §1 and §11). */
export const SHEETS_ERRORS = {
  startRowTooSmall: 'The starting row of the range is too small.', // §1.2.2
  startColumnTooSmall: 'The starting column of the range is too small.', // §1.2.2
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.', // §1.2.3
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.', // §1.2.3
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.', // §1.2.4
  rowsOutOfBounds: 'Those rows are out of bounds.', // §1.2.5
  columnsOutOfBounds: 'Those columns are out of bounds.', // §1.2.5
  rowsMismatch: (data: number, range: number): string =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`, // §1.3.1
  columnsMismatch: (data: number, range: number): string =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`, // §1.3.1
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.', // §1.3.8
  workbookTooBig:
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.', // §1.3.9
  duplicateSheet: (name: string): string =>
    `A sheet with the name "${name}" already exists. Please enter another name.`, // §1.6.2
  lastSheet: "You can't remove all the sheets in a document.", // §1.6.3
  openById: 'Unexpected error while getting the method or property openById on object SpreadsheetApp.', // §1.6.6
  protectionKind: 'Cannot change sheet protection to range protection (or vice versa).', // §1.7.2
  listTooLong:
    'The data validation rule has more items than the limit of 500. Use the ‘List from a range’ criteria instead.', // §1.7.3
  /** [observed] gas-fakes live test and public code comments; not yet in apps-script-behaviours.md. */
  filterExists: "You can't create a filter in a sheet that already has a filter.",
  /**
   * [observed] public code and execution logs: `getUi()` outside an open spreadsheet (another container, a
   * time-driven or form-submit trigger); not yet in apps-script-behaviours.md.
   */
  uiContext: 'Cannot call SpreadsheetApp.getUi() from this context.',
  /** [unsure] The wording Apps Script gives for A1 notation it cannot read; not in apps-script-behaviours.md. */
  rangeNotFound: 'Range not found',
  /** [unsure] Sheets refuses to hide the last visible sheet; wording from the editor, not in the doc. */
  lastVisibleSheet: "You can't hide all the sheets in a document.",
  /** [unsure] Sheets keeps at least one non-frozen row; wording from the editor, not in the doc. */
  allRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  /** [unsure] The column counterpart of `allRows`. */
  allColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
} as const;

/** Sheets' limits (§1.3.8, §1.3.9). */
export const MAX_CELL_CHARS = 50_000;
export const MAX_WORKBOOK_CELLS = 10_000_000;
/** A new spreadsheet's first sheet (§1.4.3); `insertSheet` uses the same grid. */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const MAX_LIST_ITEMS = 500;

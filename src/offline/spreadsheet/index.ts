export { OfflineSpreadsheetApp } from './app';
export { SpreadsheetStore, SpreadsheetModel, SheetModel } from './store';
export type { SpreadsheetSnapshot, SheetSnapshot, EditOutcome, CellValue } from './store';

import type {
  ConditionalFormatRuleApi,
  EmbeddedChartApi,
  EmbeddedChartBuilderApi,
  FilterApi,
  ProtectionApi,
  RangeApi,
  SheetApi,
  SpreadsheetApi,
} from '../../gas/api/spreadsheet';
import { describeArgumentType, gasException, signatureMismatch } from '../runtime/exception';
import { parseA1 } from './a1';
import { chartsOn, insertChartInto, newChartBuilder, removeChartFrom, updateChartOn } from './charts';
import { conditionalRuleModel, OfflineConditionalFormatRule } from './conditional-format';
import { OfflineFilter } from './filter';
import { SHEETS_ERRORS } from './messages';
import { OfflineProtection } from './protection';
import { checkedRect, OfflineRange } from './range';
import { OfflineSpreadsheet } from './spreadsheet';
import { assertCellLength, SheetModel } from './store';

const DEFAULT_COLUMN_WIDTH = 100;

/** Resolves A1 notation on a sheet (`A1`, `A1:C3`, `A:A`, `2:2`); open ends run to the grid's edge. */
export function rangeFromA1(sheet: SheetModel, a1: string): OfflineRange {
  const ref = parseA1(a1);
  if (!ref) throw gasException(SHEETS_ERRORS.rangeNotFound);
  let target = sheet;
  if (ref.sheetName !== undefined) {
    const named = sheet.parent.sheetByName(ref.sheetName);
    if (!named) throw gasException(SHEETS_ERRORS.rangeNotFound);
    target = named;
  }
  const row = ref.startRow ?? 1;
  const col = ref.startCol ?? 1;
  const rect = checkedRect(
    target,
    row,
    col,
    (ref.endRow ?? target.maxRows) - row + 1,
    (ref.endCol ?? target.maxCols) - col + 1,
  );
  const open = ref.startRow === undefined || ref.startCol === undefined;
  const bare = a1.includes('!') ? a1.slice(a1.lastIndexOf('!') + 1) : a1;
  return new OfflineRange(target, rect, open ? bare.replace(/\$/g, '').toUpperCase() : undefined);
}

/** The model behind a public Sheet (for `deleteSheet`, `setActiveSheet`). */
export function sheetModel(sheet: unknown, method: string): SheetModel {
  if (!(sheet instanceof OfflineSheet)) throw signatureMismatch(describeArgumentType(sheet), method);
  return sheet.model;
}

export class OfflineSheet implements SheetApi {
  constructor(readonly model: SheetModel) {}

  private tick(method: string): void {
    this.model.parent.kernel.tick(`SpreadsheetApp.Sheet.${method}`);
  }

  getName(): string {
    this.tick('getName');
    return this.model.name;
  }

  /** §1.6.2: another sheet's name is refused (a change of case of this sheet's own name is fine). */
  setName(name: string): SheetApi {
    this.tick('setName');
    const text = String(name);
    this.model.parent.assertNameFree(text, this.model);
    this.model.name = text;
    return this;
  }

  /**
   * Google: "Returns the URL for the form that sends its responses to this sheet, or null if this sheet
   * has no associated form" (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFormUrl()).
   * Set by the forms side when a form is linked; renaming or moving the tab keeps it.
   */
  getFormUrl(): string | null {
    this.tick('getFormUrl');
    return this.model.formUrl;
  }

  getSheetId(): number {
    this.tick('getSheetId');
    return this.model.sheetId;
  }

  getIndex(): number {
    this.tick('getIndex');
    return this.model.index;
  }

  getParent(): SpreadsheetApi {
    this.tick('getParent');
    return new OfflineSpreadsheet(this.model.parent);
  }

  activate(): SheetApi {
    this.tick('activate');
    this.model.parent.activeSheet = this.model;
    return this;
  }

  getRange(row: number, column: number): RangeApi;
  getRange(row: number, column: number, numRows: number): RangeApi;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRange(a1Notation: string): RangeApi;
  getRange(...args: unknown[]): RangeApi {
    this.tick('getRange');
    if (args.length === 1 && typeof args[0] === 'string') return rangeFromA1(this.model, args[0]);
    if (args.length < 2 || args.length > 4 || args.some((a) => typeof a !== 'number')) {
      throw signatureMismatch(args.map(describeArgumentType).join(','), 'SpreadsheetApp.Sheet.getRange');
    }
    const [row, col, numRows = 1, numCols = 1] = args as number[];
    return new OfflineRange(
      this.model,
      checkedRect(this.model, row as number, col as number, numRows, numCols),
    );
  }

  /** §1.4.2: A1 to the last row and column with content; the single cell A1 on an empty sheet. */
  getDataRange(): RangeApi {
    this.tick('getDataRange');
    return new OfflineRange(this.model, this.model.dataRect());
  }

  /** §1.4.1: from content, 0 on an empty sheet. */
  getLastRow(): number {
    this.tick('getLastRow');
    return this.model.lastRow();
  }

  getLastColumn(): number {
    this.tick('getLastColumn');
    return this.model.lastColumn();
  }

  getMaxRows(): number {
    this.tick('getMaxRows');
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    this.tick('getMaxColumns');
    return this.model.maxCols;
  }

  // ── rows and columns (§1.2.5); [unsure] new rows/columns take the formats of the neighbour they were
  // inserted against, as the Sheets editor does, so a plain-text column stays plain text ──

  private checkRowPosition(position: number, howMany = 1): void {
    if (!(position >= 1 && position <= this.model.maxRows) || !(howMany >= 1)) {
      throw gasException(SHEETS_ERRORS.rowsOutOfBounds);
    }
  }

  private checkColumnPosition(position: number, howMany = 1): void {
    if (!(position >= 1 && position <= this.model.maxCols) || !(howMany >= 1)) {
      throw gasException(SHEETS_ERRORS.columnsOutOfBounds);
    }
  }

  insertRowAfter(afterPosition: number): SheetApi {
    this.tick('insertRowAfter');
    this.checkRowPosition(afterPosition);
    this.model.insertRows(afterPosition + 1, 1, afterPosition);
    return this;
  }

  insertRowBefore(beforePosition: number): SheetApi {
    this.tick('insertRowBefore');
    this.checkRowPosition(beforePosition);
    this.model.insertRows(beforePosition, 1, beforePosition);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetApi {
    this.tick('insertRowsAfter');
    this.checkRowPosition(afterPosition, howMany);
    this.model.insertRows(afterPosition + 1, howMany, afterPosition);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): SheetApi {
    this.tick('insertRowsBefore');
    this.checkRowPosition(beforePosition, howMany);
    this.model.insertRows(beforePosition, howMany, beforePosition);
    return this;
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.tick('insertRows');
    this.checkRowPosition(rowIndex, numRows);
    this.model.insertRows(rowIndex, numRows, rowIndex);
  }

  insertColumnAfter(afterPosition: number): SheetApi {
    this.tick('insertColumnAfter');
    this.checkColumnPosition(afterPosition);
    this.model.insertColumns(afterPosition + 1, 1, afterPosition);
    return this;
  }

  insertColumnBefore(beforePosition: number): SheetApi {
    this.tick('insertColumnBefore');
    this.checkColumnPosition(beforePosition);
    this.model.insertColumns(beforePosition, 1, beforePosition);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi {
    this.tick('insertColumnsAfter');
    this.checkColumnPosition(afterPosition, howMany);
    this.model.insertColumns(afterPosition + 1, howMany, afterPosition);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): SheetApi {
    this.tick('insertColumnsBefore');
    this.checkColumnPosition(beforePosition, howMany);
    this.model.insertColumns(beforePosition, howMany, beforePosition);
    return this;
  }

  deleteRow(rowPosition: number): SheetApi {
    this.tick('deleteRow');
    this.model.deleteRows(rowPosition, 1);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.tick('deleteRows');
    this.model.deleteRows(rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): SheetApi {
    this.tick('deleteColumn');
    this.model.deleteColumns(columnPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.tick('deleteColumns');
    this.model.deleteColumns(columnPosition, howMany);
  }

  /**
   * §1.5: one row after the last row with content, from column A, values read like typed input. When the
   * grid is full the sheet grows ([unsure] §1.5.4) instead of failing like `getRange`.
   */
  appendRow(rowContents: any[]): SheetApi {
    this.tick('appendRow');
    if (!Array.isArray(rowContents)) {
      throw signatureMismatch(describeArgumentType(rowContents), 'SpreadsheetApp.Sheet.appendRow');
    }
    for (const v of rowContents) assertCellLength(v);
    const row = this.model.lastRow() + 1;
    this.model.growTo(row, rowContents.length);
    rowContents.forEach((v, j) => this.model.enterValue(row, j + 1, v));
    return this;
  }

  setFrozenRows(rows: number): void {
    this.tick('setFrozenRows');
    this.model.frozenRows = Math.max(0, Math.trunc(rows));
  }

  getFrozenRows(): number {
    this.tick('getFrozenRows');
    return this.model.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.tick('setFrozenColumns');
    this.model.frozenCols = Math.max(0, Math.trunc(columns));
  }

  getFrozenColumns(): number {
    this.tick('getFrozenColumns');
    return this.model.frozenCols;
  }

  /** Google's doc: "If the sheet is already protected, this method returns … the existing protection". */
  protect(): ProtectionApi {
    this.tick('protect');
    const existing = this.model.protections.find((p) => p.type === 'SHEET' && !p.removed);
    return new OfflineProtection(existing ?? this.model.parent.newProtection(this.model, 'SHEET', null));
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[] {
    this.tick('getProtections');
    return this.model.protections
      .filter((p) => !p.removed && p.type === String(type))
      .map((p) => new OfflineProtection(p));
  }

  /** Clears content and formats; a basic filter stays (public code relies on `getFilter().remove()` after `clear()`). */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): SheetApi {
    this.tick('clear');
    const some = options?.formatOnly || options?.contentsOnly;
    this.model.clearRect(this.model.wholeGrid(), {
      contents: some ? !!options?.contentsOnly : true,
      formats: some ? !!options?.formatOnly : true,
      validations: false,
      notes: false,
    });
    return this;
  }

  clearContents(): SheetApi {
    this.tick('clearContents');
    this.model.clearRect(this.model.wholeGrid(), {
      contents: true,
      formats: false,
      validations: false,
      notes: false,
    });
    return this;
  }

  clearFormats(): SheetApi {
    this.tick('clearFormats');
    this.model.clearRect(this.model.wholeGrid(), {
      contents: false,
      formats: true,
      validations: false,
      notes: false,
    });
    return this;
  }

  setColumnWidth(columnPosition: number, width: number): SheetApi {
    this.tick('setColumnWidth');
    this.checkColumnPosition(columnPosition);
    this.model.columnWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi {
    this.tick('setColumnWidths');
    this.checkColumnPosition(startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    this.tick('getColumnWidth');
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Offline there are no fonts to measure: the call is counted and the widths stay. */
  autoResizeColumn(columnPosition: number): SheetApi {
    this.tick('autoResizeColumn');
    this.checkColumnPosition(columnPosition);
    return this;
  }

  autoResizeColumns(startColumn: number, numColumns: number): SheetApi {
    this.tick('autoResizeColumns');
    this.checkColumnPosition(startColumn, numColumns);
    return this;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.tick('hideColumns');
    this.checkColumnPosition(columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this.tick('showColumns');
    this.checkColumnPosition(columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.model.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this.tick('isColumnHiddenByUser');
    return this.model.hiddenColumns.has(columnPosition);
  }

  setTabColor(color: string | null): SheetApi {
    this.tick('setTabColor');
    this.model.tabColor = color || null;
    return this;
  }

  getTabColor(): string | null {
    this.tick('getTabColor');
    return this.model.tabColor;
  }

  hideSheet(): SheetApi {
    this.tick('hideSheet');
    const visible = this.model.parent.sheets.filter((s) => !s.hidden && s !== this.model);
    if (visible.length === 0) throw gasException(SHEETS_ERRORS.lastVisibleSheet);
    this.model.hidden = true;
    return this;
  }

  showSheet(): SheetApi {
    this.tick('showSheet');
    this.model.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.tick('isSheetHidden');
    return this.model.hidden;
  }

  getFilter(): FilterApi | null {
    this.tick('getFilter');
    return this.model.filter ? new OfflineFilter(this.model) : null;
  }

  getConditionalFormatRules(): ConditionalFormatRuleApi[] {
    this.tick('getConditionalFormatRules');
    return this.model.conditionalRules.map(
      (rule) =>
        new OfflineConditionalFormatRule(this.model.parent.kernel, {
          ...rule,
          values: [...rule.values],
          format: { ...rule.format },
          ranges: rule.ranges.map((r) => ({ ...r })),
        }),
    );
  }

  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void {
    this.tick('setConditionalFormatRules');
    if (!Array.isArray(rules)) {
      throw signatureMismatch(describeArgumentType(rules), 'SpreadsheetApp.Sheet.setConditionalFormatRules');
    }
    this.model.conditionalRules = rules.map(conditionalRuleModel);
  }

  clearConditionalFormatRules(): void {
    this.tick('clearConditionalFormatRules');
    this.model.conditionalRules = [];
  }

  newChart(): EmbeddedChartBuilderApi {
    this.tick('newChart');
    return newChartBuilder(this.model);
  }

  insertChart(chart: EmbeddedChartApi): void {
    this.tick('insertChart');
    insertChartInto(this.model, chart);
  }

  getCharts(): EmbeddedChartApi[] {
    this.tick('getCharts');
    return chartsOn(this.model);
  }

  removeChart(chart: EmbeddedChartApi): void {
    this.tick('removeChart');
    removeChartFrom(this.model, chart);
  }

  updateChart(chart: EmbeddedChartApi): void {
    this.tick('updateChart');
    updateChartOn(this.model, chart);
  }
}

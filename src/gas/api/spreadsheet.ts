/**
 * The subset of Google's SpreadsheetApp that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
import type { UiApi } from './html';

type S = typeof GoogleAppsScript.Spreadsheet;
type Sp = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sh = GoogleAppsScript.Spreadsheet.Sheet;
type Rg = GoogleAppsScript.Spreadsheet.Range;
type Pr = GoogleAppsScript.Spreadsheet.Protection;
type Dv = GoogleAppsScript.Spreadsheet.DataValidation;
type DvB = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Bc = GoogleAppsScript.Spreadsheet.BooleanCondition;

/** What a spreadsheet or protection reports as an editor or owner (`Base.User`). */
export interface EditorUserApi {
  getEmail: GoogleAppsScript.Base.User['getEmail'];
}

export interface SpreadsheetAppApi {
  ProtectionType: S['ProtectionType'];
  DataValidationCriteria: S['DataValidationCriteria'];
  BooleanCriteria: S['BooleanCriteria'];
  /** `null` when the script has no container spreadsheet (§1.6.7), although Google's typings omit it. */
  getActiveSpreadsheet(): SpreadsheetApi | null;
  getActive(): SpreadsheetApi | null;
  openById(id: string): SpreadsheetApi;
  openByUrl(url: string): SpreadsheetApi;
  create(name: string): SpreadsheetApi;
  create(name: string, rows: number, columns: number): SpreadsheetApi;
  flush: GoogleAppsScript.Spreadsheet.SpreadsheetApp['flush'];
  getUi(): UiApi;
  newDataValidation(): DataValidationBuilderApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
}

export interface SpreadsheetApi {
  getId: Sp['getId'];
  getName: Sp['getName'];
  rename: Sp['rename'];
  getUrl: Sp['getUrl'];
  getFormUrl: Sp['getFormUrl'];
  getSheets(): SheetApi[];
  getNumSheets: Sp['getNumSheets'];
  getSheetByName(name: string): SheetApi | null;
  getSheetById(id: number): SheetApi | null;
  insertSheet(): SheetApi;
  insertSheet(sheetIndex: number): SheetApi;
  insertSheet(sheetName: string): SheetApi;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
  deleteSheet(sheet: SheetApi): void;
  getActiveSheet(): SheetApi;
  setActiveSheet(sheet: SheetApi): SheetApi;
  /** The cell with the focus on the active sheet (the person's selection); null when there is none. */
  getCurrentCell(): RangeApi | null;
  getRange(a1Notation: string): RangeApi;
  toast: Sp['toast'];
  getSpreadsheetTimeZone: Sp['getSpreadsheetTimeZone'];
  getSpreadsheetLocale: Sp['getSpreadsheetLocale'];
  getEditors(): EditorUserApi[];
  addEditor(emailAddress: string): SpreadsheetApi;
  addEditors(emailAddresses: string[]): SpreadsheetApi;
  removeEditor(emailAddress: string): SpreadsheetApi;
  getOwner(): EditorUserApi | null;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[];
}

export interface SheetApi {
  getName: Sh['getName'];
  setName(name: string): SheetApi;
  /** The linked form's URL, or null: how response sheets are found whatever staff renamed them to. */
  getFormUrl: Sh['getFormUrl'];
  getSheetId: Sh['getSheetId'];
  getIndex: Sh['getIndex'];
  getParent(): SpreadsheetApi;
  activate(): SheetApi;
  getRange(row: number, column: number): RangeApi;
  getRange(row: number, column: number, numRows: number): RangeApi;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRange(a1Notation: string): RangeApi;
  getDataRange(): RangeApi;
  getLastRow: Sh['getLastRow'];
  getLastColumn: Sh['getLastColumn'];
  getMaxRows: Sh['getMaxRows'];
  getMaxColumns: Sh['getMaxColumns'];
  insertRowAfter(afterPosition: number): SheetApi;
  insertRowBefore(beforePosition: number): SheetApi;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  insertRowsBefore(beforePosition: number, howMany: number): SheetApi;
  insertRows: Sh['insertRows'];
  insertColumnAfter(afterPosition: number): SheetApi;
  insertColumnBefore(beforePosition: number): SheetApi;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  insertColumnsBefore(beforePosition: number, howMany: number): SheetApi;
  deleteRow(rowPosition: number): SheetApi;
  deleteRows: Sh['deleteRows'];
  deleteColumn(columnPosition: number): SheetApi;
  deleteColumns: Sh['deleteColumns'];
  appendRow(rowContents: any[]): SheetApi;
  setFrozenRows: Sh['setFrozenRows'];
  getFrozenRows: Sh['getFrozenRows'];
  setFrozenColumns: Sh['setFrozenColumns'];
  getFrozenColumns: Sh['getFrozenColumns'];
  protect(): ProtectionApi;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[];
  clear(): SheetApi;
  clear(options: { formatOnly?: boolean | undefined; contentsOnly?: boolean | undefined }): SheetApi;
  clearContents(): SheetApi;
  clearFormats(): SheetApi;
  setColumnWidth(columnPosition: number, width: number): SheetApi;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi;
  getColumnWidth: Sh['getColumnWidth'];
  autoResizeColumn(columnPosition: number): SheetApi;
  autoResizeColumns(startColumn: number, numColumns: number): SheetApi;
  hideColumns: Sh['hideColumns'];
  showColumns: Sh['showColumns'];
  isColumnHiddenByUser: Sh['isColumnHiddenByUser'];
  setTabColor(color: string | null): SheetApi;
  getTabColor: Sh['getTabColor'];
  hideSheet(): SheetApi;
  showSheet(): SheetApi;
  isSheetHidden: Sh['isSheetHidden'];
  getFilter(): FilterApi | null;
  getConditionalFormatRules(): ConditionalFormatRuleApi[];
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void;
  clearConditionalFormatRules: Sh['clearConditionalFormatRules'];
  newChart(): EmbeddedChartBuilderApi;
  insertChart(chart: EmbeddedChartApi): void;
  getCharts(): EmbeddedChartApi[];
  removeChart(chart: EmbeddedChartApi): void;
  updateChart(chart: EmbeddedChartApi): void;
}

export interface RangeApi {
  getValues: Rg['getValues'];
  getValue: Rg['getValue'];
  getDisplayValues: Rg['getDisplayValues'];
  getDisplayValue: Rg['getDisplayValue'];
  getFormulas: Rg['getFormulas'];
  getFormula: Rg['getFormula'];
  setValues(values: any[][]): RangeApi;
  setValue(value: any): RangeApi;
  setFormula(formula: string): RangeApi;
  setFormulas(formulas: string[][]): RangeApi;
  getNumberFormat: Rg['getNumberFormat'];
  getNumberFormats: Rg['getNumberFormats'];
  setNumberFormat(numberFormat: string): RangeApi;
  setNumberFormats(numberFormats: string[][]): RangeApi;
  getRow: Rg['getRow'];
  getColumn: Rg['getColumn'];
  getNumRows: Rg['getNumRows'];
  getNumColumns: Rg['getNumColumns'];
  getLastRow: Rg['getLastRow'];
  getLastColumn: Rg['getLastColumn'];
  getA1Notation: Rg['getA1Notation'];
  getSheet(): SheetApi;
  getCell(row: number, column: number): RangeApi;
  offset(rowOffset: number, columnOffset: number): RangeApi;
  offset(rowOffset: number, columnOffset: number, numRows: number): RangeApi;
  offset(rowOffset: number, columnOffset: number, numRows: number, numColumns: number): RangeApi;
  isBlank: Rg['isBlank'];
  clear(): RangeApi;
  clear(options: {
    commentsOnly?: boolean | undefined;
    contentsOnly?: boolean | undefined;
    formatOnly?: boolean | undefined;
    validationsOnly?: boolean | undefined;
    skipFilteredRows?: boolean | undefined;
  }): RangeApi;
  clearContent(): RangeApi;
  clearFormat(): RangeApi;
  clearDataValidations(): RangeApi;
  clearNote(): RangeApi;
  setDataValidation(rule: DataValidationApi | null): RangeApi;
  setDataValidations(rules: Array<Array<DataValidationApi | null>>): RangeApi;
  getDataValidation(): DataValidationApi | null;
  getDataValidations(): Array<Array<DataValidationApi | null>>;
  insertCheckboxes(): RangeApi;
  protect(): ProtectionApi;
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): RangeApi;
  getFontWeight: Rg['getFontWeight'];
  setBackground(color: string | null): RangeApi;
  getBackground: Rg['getBackground'];
  setFontColor(color: string | null): RangeApi;
  setWrap(isWrapEnabled: boolean): RangeApi;
  getWrap: Rg['getWrap'];
  setNote(note: string | null): RangeApi;
  getNote: Rg['getNote'];
  getNotes: Rg['getNotes'];
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeApi;
  getHorizontalAlignment: Rg['getHorizontalAlignment'];
  createFilter(): FilterApi;
  getFilter(): FilterApi | null;
  merge(): RangeApi;
}

export interface ProtectionApi {
  setDescription(description: string): ProtectionApi;
  getDescription: Pr['getDescription'];
  addEditor(emailAddress: string): ProtectionApi;
  addEditors(emailAddresses: string[]): ProtectionApi;
  removeEditor(emailAddress: string): ProtectionApi;
  removeEditors(emailAddresses: string[]): ProtectionApi;
  getEditors(): EditorUserApi[];
  setWarningOnly(warningOnly: boolean): ProtectionApi;
  isWarningOnly: Pr['isWarningOnly'];
  canDomainEdit: Pr['canDomainEdit'];
  setDomainEdit(editable: boolean): ProtectionApi;
  canEdit: Pr['canEdit'];
  remove: Pr['remove'];
  getRange(): RangeApi;
  setRange(range: RangeApi): ProtectionApi;
  getProtectionType: Pr['getProtectionType'];
  setUnprotectedRanges(ranges: RangeApi[]): ProtectionApi;
  getUnprotectedRanges(): RangeApi[];
}

export interface DataValidationApi {
  copy(): DataValidationBuilderApi;
  getAllowInvalid: Dv['getAllowInvalid'];
  getCriteriaType: Dv['getCriteriaType'];
  getCriteriaValues: Dv['getCriteriaValues'];
  getHelpText: Dv['getHelpText'];
}

export interface DataValidationBuilderApi {
  build(): DataValidationApi;
  copy(): DataValidationBuilderApi;
  getAllowInvalid: DvB['getAllowInvalid'];
  getCriteriaType: DvB['getCriteriaType'];
  getCriteriaValues: DvB['getCriteriaValues'];
  getHelpText: DvB['getHelpText'];
  requireValueInList(values: string[]): DataValidationBuilderApi;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  requireValueInRange(range: RangeApi): DataValidationBuilderApi;
  requireValueInRange(range: RangeApi, showDropdown: boolean): DataValidationBuilderApi;
  requireCheckbox(): DataValidationBuilderApi;
  requireCheckbox(checkedValue: any): DataValidationBuilderApi;
  requireCheckbox(checkedValue: any, uncheckedValue: any): DataValidationBuilderApi;
  requireNumberBetween(start: number, end: number): DataValidationBuilderApi;
  requireTextIsEmail(): DataValidationBuilderApi;
  requireDate(): DataValidationBuilderApi;
  requireFormulaSatisfied(formula: string): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: any[],
  ): DataValidationBuilderApi;
}

export interface BooleanConditionApi {
  getBackground: Bc['getBackground'];
  getFontColor: Bc['getFontColor'];
  getBold: Bc['getBold'];
  getCriteriaType: Bc['getCriteriaType'];
  getCriteriaValues: Bc['getCriteriaValues'];
}

export interface ConditionalFormatRuleApi {
  copy(): ConditionalFormatRuleBuilderApi;
  getBooleanCondition(): BooleanConditionApi | null;
  getRanges(): RangeApi[];
}

export interface ConditionalFormatRuleBuilderApi {
  build(): ConditionalFormatRuleApi;
  copy(): ConditionalFormatRuleBuilderApi;
  getBooleanCondition(): BooleanConditionApi | null;
  getRanges(): RangeApi[];
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderApi;
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderApi;
  whenTextContains(text: string): ConditionalFormatRuleBuilderApi;
  whenCellEmpty(): ConditionalFormatRuleBuilderApi;
  whenCellNotEmpty(): ConditionalFormatRuleBuilderApi;
  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilderApi;
  whenNumberLessThan(number: number): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi;
  setBold(bold: boolean | null): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
}

export interface FilterApi {
  getRange(): RangeApi;
  remove: GoogleAppsScript.Spreadsheet.Filter['remove'];
}

type Ec = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type EcB = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** A chart on a sheet. Changes go through `modify()` … `build()` and `Sheet.updateChart`. */
export interface EmbeddedChartApi {
  /** `null` until the chart is inserted into a sheet. */
  getChartId: Ec['getChartId'];
  getRanges(): RangeApi[];
  getOptions(): ChartOptionsApi;
  getContainerInfo: Ec['getContainerInfo'];
  getNumHeaders: Ec['getNumHeaders'];
  modify(): EmbeddedChartBuilderApi;
}

export interface ChartOptionsApi {
  get: GoogleAppsScript.Charts.ChartOptions['get'];
}

export interface EmbeddedChartBuilderApi {
  addRange(range: RangeApi): EmbeddedChartBuilderApi;
  removeRange(range: RangeApi): EmbeddedChartBuilderApi;
  clearRanges(): EmbeddedChartBuilderApi;
  getRanges(): RangeApi[];
  getChartType: EcB['getChartType'];
  getContainer: EcB['getContainer'];
  setChartType(type: GoogleAppsScript.Charts.ChartType): EmbeddedChartBuilderApi;
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilderApi;
  setOption(option: string, value: any): EmbeddedChartBuilderApi;
  setNumHeaders(headers: number): EmbeddedChartBuilderApi;
  build(): EmbeddedChartApi;
}

/** The global `Charts`: only its enums are used, for `EmbeddedChartBuilder.setChartType`. */
export interface ChartsApi {
  ChartType: typeof GoogleAppsScript.Charts.ChartType;
}

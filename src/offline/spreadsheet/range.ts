import type {
  DataValidationApi,
  FilterApi,
  ProtectionApi,
  RangeApi,
  SheetApi,
} from '../../gas/api/spreadsheet';
import { describeArgumentType, gasException, signatureMismatch } from '../runtime/exception';
import { a1Notation, GridRect } from './a1';
import { OfflineDataValidation } from './data-validation';
import { isGeneralFormat } from './display';
import { OfflineFilter } from './filter';
import { shiftFormula } from './formula';
import { MAX_LIST_ITEMS, SHEETS_ERRORS } from './messages';
import { OfflineProtection } from './protection';
import { OfflineSheet } from './sheet';
import { assertCellLength, CellStyle, hasContent, SheetModel, ValidationRule } from './store';

/**
 * §1.2.2–1.2.4: Google checks the start, then the size, then the grid; `getRange` never grows the grid.
 * Arguments are whole numbers in Apps Script (Integer), so fractions are cut as Java would.
 */
export function checkedRect(
  sheet: SheetModel,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): GridRect {
  const rect = {
    row: Math.trunc(row),
    col: Math.trunc(col),
    numRows: Math.trunc(numRows),
    numCols: Math.trunc(numCols),
  };
  if (!(rect.row >= 1)) throw gasException(SHEETS_ERRORS.startRowTooSmall);
  if (!(rect.col >= 1)) throw gasException(SHEETS_ERRORS.startColumnTooSmall);
  if (!(rect.numRows >= 1)) throw gasException(SHEETS_ERRORS.rowsAtLeastOne);
  if (!(rect.numCols >= 1)) throw gasException(SHEETS_ERRORS.columnsAtLeastOne);
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
    throw gasException(SHEETS_ERRORS.outsideSheet);
  }
  return rect;
}

/** The sheet and rectangle behind a public Range (for protections, rules, validations built from ranges). */
export function rangeModel(range: unknown): { sheet: SheetModel; rect: GridRect } {
  if (!(range instanceof OfflineRange))
    throw signatureMismatch(describeArgumentType(range), 'SpreadsheetApp.Range');
  return { sheet: range.sheet, rect: { ...range.rect } };
}

/** §1.3.1: the data must have exactly the range's rows, then each row exactly its columns. */
function assertShape(values: unknown, rect: GridRect, method: string): asserts values is unknown[][] {
  if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
    // §0.3: a 1-D array is `number[]` (or `String[]`), which matches no signature.
    throw signatureMismatch(describeArgumentType(values), `SpreadsheetApp.Range.${method}`);
  }
  if (values.length !== rect.numRows)
    throw gasException(SHEETS_ERRORS.rowsMismatch(values.length, rect.numRows));
  for (const row of values as unknown[][]) {
    if (row.length !== rect.numCols)
      throw gasException(SHEETS_ERRORS.columnsMismatch(row.length, rect.numCols));
  }
}

const ALIGNMENTS = new Set(['left', 'center', 'normal', 'right']);

export class OfflineRange implements RangeApi {
  constructor(
    readonly sheet: SheetModel,
    readonly rect: GridRect,
    /** The A1 text of an open range (`A:A`, `2:2`), which `getA1Notation` gives back as written. */
    private readonly openA1?: string,
  ) {}

  private tick(method: string): void {
    // Bulk reads and writes cost more the more cells they move (runtime/latency.ts, per-cell figures).
    this.sheet.parent.kernel.tick(`SpreadsheetApp.Range.${method}`, this.rect.numRows * this.rect.numCols);
  }

  private forEachCell(fn: (row: number, col: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.rect.numRows; i++) {
      for (let j = 0; j < this.rect.numCols; j++) fn(this.rect.row + i, this.rect.col + j, i, j);
    }
  }

  private grid<T>(fn: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.rect.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.rect.numCols; j++) line.push(fn(this.rect.row + i, this.rect.col + j));
      out.push(line);
    }
    return out;
  }

  private style(fn: (style: CellStyle) => void): this {
    this.forEachCell((r, c) => {
      const cell = this.sheet.cellForWrite(r, c);
      cell.style = cell.style ?? {};
      fn(cell.style);
    });
    return this;
  }

  // ── reading ──

  getValues(): any[][] {
    this.tick('getValues');
    return this.sheet.valuesOf(this.rect);
  }

  getValue(): any {
    this.tick('getValue');
    return this.sheet.valueAt(this.rect.row, this.rect.col);
  }

  getDisplayValues(): string[][] {
    this.tick('getDisplayValues');
    return this.grid((r, c) => this.sheet.displayOf(r, c));
  }

  getDisplayValue(): string {
    this.tick('getDisplayValue');
    return this.sheet.displayOf(this.rect.row, this.rect.col);
  }

  getFormulas(): string[][] {
    this.tick('getFormulas');
    return this.grid((r, c) => this.sheet.cell(r, c)?.formula ?? '');
  }

  getFormula(): string {
    this.tick('getFormula');
    return this.sheet.cell(this.rect.row, this.rect.col)?.formula ?? '';
  }

  isBlank(): boolean {
    this.tick('isBlank');
    let blank = true;
    this.forEachCell((r, c) => {
      if (hasContent(this.sheet.cell(r, c))) blank = false;
    });
    return blank;
  }

  // ── writing ──

  setValues(values: any[][]): RangeApi {
    this.tick('setValues');
    assertShape(values, this.rect, 'setValues');
    for (const row of values) for (const v of row) assertCellLength(v);
    this.forEachCell((r, c, i, j) => this.sheet.enterValue(r, c, values[i]?.[j]));
    return this;
  }

  /** Google sets every cell of the range to the one value. */
  setValue(value: any): RangeApi {
    this.tick('setValue');
    assertCellLength(value);
    this.forEachCell((r, c) => this.sheet.enterValue(r, c, value));
    return this;
  }

  /** One formula on many cells is filled like a paste: relative references move with each cell. */
  setFormula(formula: string): RangeApi {
    this.tick('setFormula');
    assertCellLength(formula);
    this.forEachCell((r, c, i, j) => this.writeFormula(r, c, formula, i, j));
    return this;
  }

  setFormulas(formulas: string[][]): RangeApi {
    this.tick('setFormulas');
    assertShape(formulas, this.rect, 'setFormulas');
    for (const row of formulas) for (const f of row) assertCellLength(f);
    this.forEachCell((r, c, i, j) => this.writeFormula(r, c, formulas[i]?.[j] ?? '', 0, 0));
    return this;
  }

  private writeFormula(row: number, col: number, formula: string, dRow: number, dCol: number): void {
    const text = String(formula ?? '');
    if (text.startsWith('=')) {
      this.sheet.applyEntered(row, col, { kind: 'formula', formula: shiftFormula(text, dRow, dCol) });
    } else {
      this.sheet.enterValue(row, col, text);
    }
  }

  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): RangeApi {
    this.tick('clear');
    const o = options ?? {};
    const some = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    // Range.clear() clears contents and formats; the options narrow it.
    this.sheet.clearRect(this.rect, {
      contents: some ? !!o.contentsOnly : true,
      formats: some ? !!o.formatOnly : true,
      validations: !!o.validationsOnly,
      notes: !!o.commentsOnly,
    });
    return this;
  }

  clearContent(): RangeApi {
    this.tick('clearContent');
    this.sheet.clearRect(this.rect, { contents: true, formats: false, validations: false, notes: false });
    return this;
  }

  clearFormat(): RangeApi {
    this.tick('clearFormat');
    this.sheet.clearRect(this.rect, { contents: false, formats: true, validations: false, notes: false });
    return this;
  }

  clearDataValidations(): RangeApi {
    this.tick('clearDataValidations');
    this.sheet.clearRect(this.rect, { contents: false, formats: false, validations: true, notes: false });
    return this;
  }

  clearNote(): RangeApi {
    this.tick('clearNote');
    this.sheet.clearRect(this.rect, { contents: false, formats: false, validations: false, notes: true });
    return this;
  }

  // ── number formats ──

  getNumberFormat(): string {
    this.tick('getNumberFormat');
    return this.sheet.numberFormatOf(this.rect.row, this.rect.col);
  }

  getNumberFormats(): string[][] {
    this.tick('getNumberFormats');
    return this.grid((r, c) => this.sheet.numberFormatOf(r, c));
  }

  /** §1.3.6: `@` makes later writes stay text; `general` resets the format. */
  setNumberFormat(numberFormat: string): RangeApi {
    this.tick('setNumberFormat');
    if (typeof numberFormat !== 'string') {
      throw signatureMismatch(describeArgumentType(numberFormat), 'SpreadsheetApp.Range.setNumberFormat');
    }
    this.forEachCell((r, c) => applyNumberFormat(this.sheet, r, c, numberFormat));
    return this;
  }

  setNumberFormats(numberFormats: string[][]): RangeApi {
    this.tick('setNumberFormats');
    assertShape(numberFormats, this.rect, 'setNumberFormats');
    this.forEachCell((r, c, i, j) =>
      applyNumberFormat(this.sheet, r, c, String(numberFormats[i]?.[j] ?? 'general')),
    );
    return this;
  }

  // ── geometry ──

  getRow(): number {
    this.tick('getRow');
    return this.rect.row;
  }

  getColumn(): number {
    this.tick('getColumn');
    return this.rect.col;
  }

  getNumRows(): number {
    this.tick('getNumRows');
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.tick('getNumColumns');
    return this.rect.numCols;
  }

  /** §1.4.4: the range's end row, whatever the content. */
  getLastRow(): number {
    this.tick('getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.tick('getLastColumn');
    return this.rect.col + this.rect.numCols - 1;
  }

  getA1Notation(): string {
    this.tick('getA1Notation');
    return this.openA1 ?? a1Notation(this.rect);
  }

  getSheet(): SheetApi {
    this.tick('getSheet');
    return new OfflineSheet(this.sheet);
  }

  getCell(row: number, column: number): RangeApi {
    this.tick('getCell');
    return new OfflineRange(
      this.sheet,
      checkedRect(this.sheet, this.rect.row + row - 1, this.rect.col + column - 1, 1, 1),
    );
  }

  /** §1.2.1: offsets are relative (0 = same cell); the size defaults to this range's. */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeApi {
    this.tick('offset');
    const rect = checkedRect(
      this.sheet,
      this.rect.row + rowOffset,
      this.rect.col + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numCols,
    );
    return new OfflineRange(this.sheet, rect);
  }

  // ── validation, protection, filter ──

  setDataValidation(rule: DataValidationApi | null): RangeApi {
    this.tick('setDataValidation');
    const model = ruleModel(rule, 'setDataValidation');
    this.forEachCell((r, c) => setValidation(this.sheet, r, c, model));
    return this;
  }

  setDataValidations(rules: Array<Array<DataValidationApi | null>>): RangeApi {
    this.tick('setDataValidations');
    assertShape(rules, this.rect, 'setDataValidations');
    const models = rules.map((row) => row.map((rule) => ruleModel(rule, 'setDataValidations')));
    this.forEachCell((r, c, i, j) => setValidation(this.sheet, r, c, models[i]?.[j] ?? null));
    return this;
  }

  getDataValidation(): DataValidationApi | null {
    this.tick('getDataValidation');
    const rule = this.sheet.cell(this.rect.row, this.rect.col)?.validation;
    return rule ? new OfflineDataValidation(this.sheet.parent.kernel, rule) : null;
  }

  getDataValidations(): Array<Array<DataValidationApi | null>> {
    this.tick('getDataValidations');
    return this.grid((r, c) => {
      const rule = this.sheet.cell(r, c)?.validation;
      return rule ? new OfflineDataValidation(this.sheet.parent.kernel, rule) : null;
    });
  }

  /** Checkbox validation on every cell, each set to `false` (Google's `insertCheckboxes()`). */
  insertCheckboxes(): RangeApi {
    this.tick('insertCheckboxes');
    const rule: ValidationRule = { criteria: 'CHECKBOX', values: [], allowInvalid: true, helpText: null };
    this.forEachCell((r, c) => {
      setValidation(this.sheet, r, c, rule);
      this.sheet.applyEntered(r, c, { kind: 'value', value: false });
    });
    return this;
  }

  /** A new range protection; Google lets range protections overlap. */
  protect(): ProtectionApi {
    this.tick('protect');
    return new OfflineProtection(this.sheet.parent.newProtection(this.sheet, 'RANGE', { ...this.rect }));
  }

  createFilter(): FilterApi {
    this.tick('createFilter');
    if (this.sheet.filter) throw gasException(SHEETS_ERRORS.filterExists);
    this.sheet.filter = { ...this.rect };
    return new OfflineFilter(this.sheet);
  }

  getFilter(): FilterApi | null {
    this.tick('getFilter');
    return this.sheet.filter ? new OfflineFilter(this.sheet) : null;
  }

  /** Merging keeps the top-left value only, as the Sheets editor does. */
  merge(): RangeApi {
    this.tick('merge');
    this.forEachCell((r, c, i, j) => {
      if (i !== 0 || j !== 0) this.sheet.applyEntered(r, c, { kind: 'empty' });
    });
    if (this.rect.numRows * this.rect.numCols > 1) this.sheet.merges.push({ ...this.rect });
    return this;
  }

  // ── cosmetics: recorded for the exporter; invalid values are ignored as live Apps Script does (§1.7.5) ──

  setFontWeight(fontWeight: 'normal' | 'bold' | null): RangeApi {
    this.tick('setFontWeight');
    if (fontWeight === null || fontWeight === 'normal' || fontWeight === 'bold') {
      this.style((s) => {
        if (fontWeight === 'bold') s.fontWeight = 'bold';
        else delete s.fontWeight;
      });
    }
    return this;
  }

  getFontWeight(): 'normal' | 'bold' {
    this.tick('getFontWeight');
    return this.sheet.cell(this.rect.row, this.rect.col)?.style?.fontWeight ?? 'normal';
  }

  setBackground(color: string | null): RangeApi {
    this.tick('setBackground');
    return this.style((s) => {
      if (color) s.background = color;
      else delete s.background;
    });
  }

  getBackground(): string {
    this.tick('getBackground');
    return this.sheet.cell(this.rect.row, this.rect.col)?.style?.background ?? '#ffffff';
  }

  setFontColor(color: string | null): RangeApi {
    this.tick('setFontColor');
    return this.style((s) => {
      if (color) s.fontColor = color;
      else delete s.fontColor;
    });
  }

  setWrap(isWrapEnabled: boolean): RangeApi {
    this.tick('setWrap');
    return this.style((s) => {
      s.wrap = !!isWrapEnabled;
    });
  }

  /** [unsure] A cell nobody formatted overflows rather than wraps, so this reports false. */
  getWrap(): boolean {
    this.tick('getWrap');
    return this.sheet.cell(this.rect.row, this.rect.col)?.style?.wrap ?? false;
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeApi {
    this.tick('setHorizontalAlignment');
    if (alignment !== null && !ALIGNMENTS.has(String(alignment))) return this; // §1.7.5
    return this.style((s) => {
      if (alignment === null || alignment === 'normal') delete s.horizontalAlignment;
      else s.horizontalAlignment = alignment;
    });
  }

  /** [unsure] Google reports `general` for a cell with no alignment of its own. */
  getHorizontalAlignment(): string {
    this.tick('getHorizontalAlignment');
    return this.sheet.cell(this.rect.row, this.rect.col)?.style?.horizontalAlignment ?? 'general';
  }

  setNote(note: string | null): RangeApi {
    this.tick('setNote');
    this.forEachCell((r, c) => {
      if (note === null || note === '') {
        const cell = this.sheet.cell(r, c);
        if (cell) delete cell.note;
      } else {
        this.sheet.cellForWrite(r, c).note = String(note);
      }
    });
    return this;
  }

  getNote(): string {
    this.tick('getNote');
    return this.sheet.cell(this.rect.row, this.rect.col)?.note ?? '';
  }

  getNotes(): string[][] {
    this.tick('getNotes');
    return this.grid((r, c) => this.sheet.cell(r, c)?.note ?? '');
  }
}

function applyNumberFormat(sheet: SheetModel, row: number, col: number, format: string): void {
  if (isGeneralFormat(format)) {
    const cell = sheet.cell(row, col);
    if (cell) delete cell.numberFormat;
    return;
  }
  sheet.cellForWrite(row, col).numberFormat = format;
}

function ruleModel(rule: unknown, method: string): ValidationRule | null {
  if (rule === null) return null;
  if (!(rule instanceof OfflineDataValidation)) {
    throw signatureMismatch(describeArgumentType(rule), `SpreadsheetApp.Range.${method}`);
  }
  const list = rule.rule.criteria === 'VALUE_IN_LIST' ? rule.rule.values[0] : undefined;
  // §1.7.3 [unsure when]: Sheets refuses a list of more than 500 items when the rule reaches a range.
  if (Array.isArray(list) && list.length > MAX_LIST_ITEMS) throw gasException(SHEETS_ERRORS.listTooLong);
  return rule.rule;
}

function setValidation(sheet: SheetModel, row: number, col: number, rule: ValidationRule | null): void {
  if (rule) sheet.cellForWrite(row, col).validation = rule;
  else {
    const cell = sheet.cell(row, col);
    if (cell) delete cell.validation;
  }
}

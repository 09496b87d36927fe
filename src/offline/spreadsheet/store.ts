/**
 * The offline spreadsheets: plain in-memory models, and the non-ticking helpers the rest of the offline
 * Workspace uses. Public `SpreadsheetApp` objects (which count calls) are thin views over these models.
 *
 * Helpers for other parts of the offline Workspace (none of them ticks the call counter or the clock):
 * - `SpreadsheetStore`: `get(id)`, `all()`, `create(name, options)` (registers the file in `kernel.drive`,
 *   consumes no quota), `copy(sourceId, name, parents)` (content copy for DriveApp `makeCopy`),
 *   `spreadsheetObject(id)` (a public `Spreadsheet` object, e.g. a form event's `source`),
 *   `makeRange(spreadsheetId, sheetName, row, col, numRows, numCols)` (a public `Range`, e.g. the
 *   `range` of a spreadsheet form-submit event), `chartsOf(spreadsheetId, sheetName)` (a sheet's
 *   embedded charts with the values their ranges hold now), `toJSON()` (snapshots of every spreadsheet).
 * - `SpreadsheetModel`: `ensureSheet(name)`, `insertSheetRaw(name?, index?)`, `sheetByName(name)`,
 *   `sheets`, `name`, `toJSON()` (a `SpreadsheetSnapshot`: what the `npm start` exporter writes to
 *   state.json and .xlsx).
 * - `SheetModel`: `appendRowRaw(values)` (a form response: values stored as typed, no parsing; returns
 *   the 1-based row written), `setHeaderRaw(values)`, `writeRaw(row, col, values2d)`, `getValuesRaw()`
 *   (the data range as `getValues` returns it), `valuesOf(rect)`, `editAsUser(row, col, text)` (a person
 *   typing into a cell: user-entered parsing, protections and reject-validation honoured),
 *   `lastRow()`, `lastColumn()`.
 */
import type { RangeApi, SpreadsheetApi } from '../../gas/api/spreadsheet';
import { gasException } from '../runtime/exception';
import { MIME } from '../runtime/drive-registry';
import type { Kernel } from '../runtime/kernel';
import { a1Notation, GridRect } from './a1';
import { wallClockOf } from './datetime';
import { DEFAULT_NUMBER_FORMAT, displayValue, isGeneralFormat } from './display';
import { evaluateFormula, FormulaHost, FormulaValue, parseFormula, ParsedFormula } from './formula';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, MAX_CELL_CHARS, MAX_WORKBOOK_CELLS, SHEETS_ERRORS } from './messages';
import { AUTO_FORMATS, CellValue, EnteredContent, parseUserEntered, SheetLocale } from './user-entered';
import { validationAccepts } from './validation-check';
import { OfflineRange } from './range';
import { OfflineSpreadsheet } from './spreadsheet';
import { chartSnapshot, type ChartModel, type ChartSnapshot } from './charts';

export type { CellValue } from './user-entered';

export interface CellStyle {
  fontWeight?: 'bold' | 'normal';
  background?: string;
  fontColor?: string;
  wrap?: boolean;
  horizontalAlignment?: 'left' | 'center' | 'normal' | 'right';
}

export interface Cell {
  /** The literal content; `''` when empty or when the cell holds a formula (its value is computed on read). */
  value: CellValue;
  formula?: string;
  /** The parsed formula; null when Sheets could not parse it (the cell shows `#ERROR!`). */
  parsed?: ParsedFormula | null;
  numberFormat?: string;
  note?: string;
  style?: CellStyle;
  validation?: ValidationRule;
}

/** A data validation rule as plain data (criteria names are those of `SpreadsheetApp.DataValidationCriteria`). */
export interface ValidationRule {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface SheetRect extends GridRect {
  sheet: SheetModel;
}

export interface ConditionalRule {
  criteria: string | null;
  values: unknown[];
  format: { background: string | null; fontColor: string | null; bold: boolean | null };
  ranges: SheetRect[];
}

export interface ProtectionModel {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheet: SheetModel;
  /** The protected cells; for a sheet protection, the whole grid (null). */
  rect: GridRect | null;
  description: string;
  warningOnly: boolean;
  domainEdit: boolean;
  /**
   * Null while the protection still mirrors the spreadsheet's sharing: Google's `protect()` doc says the
   * editors only become the protection's own list once a script adds or removes one (§1.7.1).
   */
  editors: string[] | null;
  unprotected: GridRect[];
  removed: boolean;
}

export interface EditOutcome {
  accepted: boolean;
  /** Why Sheets refused the edit: a protected cell, or a value a reject-input validation rule refuses. */
  reason?: 'protected' | 'invalid';
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  index: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  /** The data range as `getValues()` returns it (Dates are `Date` objects; `[[""]]` for an empty sheet). */
  values: CellValue[][];
  /** Same shape as `values`: what each cell shows. */
  displayValues: string[][];
  /** Same shape as `values`: the formula text, `''` where there is none. */
  formulas: string[][];
  /** Same shape as `values`: each cell's number format (`0.###############` when none was set). */
  numberFormats: string[][];
  notes: Array<{ a1: string; note: string }>;
  styles: Array<{ a1: string } & CellStyle>;
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  merges: string[];
  protections: Array<{
    type: 'RANGE' | 'SHEET';
    range: string | null;
    description: string;
    warningOnly: boolean;
    editors: string[];
    unprotectedRanges: string[];
  }>;
  /** Runs of cells in one column sharing a rule. */
  validations: Array<{ range: string } & ValidationRule>;
  conditionalFormats: Array<{ ranges: string[] } & Omit<ConditionalRule, 'ranges'>>;
  filter: string | null;
  /** Embedded charts with the data their ranges held when the snapshot was taken (charts.ts). */
  charts: ChartSnapshot[];
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  url: string;
  locale: string;
  timeZone: string;
  owner: string;
  editors: string[];
  activeSheet: string;
  sheets: SheetSnapshot[];
}

/** Adds `delta` items before index `at` (delta > 0) or removes `-delta` items from `at` (delta < 0). */
function shiftSpan(start: number, size: number, at: number, delta: number): [number, number] | null {
  if (delta > 0) {
    if (start >= at) return [start + delta, size];
    if (start + size - 1 >= at) return [start, size + delta];
    return [start, size];
  }
  const k = -delta;
  const end = start + size - 1;
  const delEnd = at + k - 1;
  const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(start, at) + 1);
  if (overlap === size) return null;
  const newStart = start < at ? start : start > delEnd ? start - k : at;
  return [newStart, size - overlap];
}

function shiftRect(rect: GridRect, axis: 'row' | 'col', at: number, delta: number): boolean {
  const span =
    axis === 'row'
      ? shiftSpan(rect.row, rect.numRows, at, delta)
      : shiftSpan(rect.col, rect.numCols, at, delta);
  if (!span) return false;
  if (axis === 'row') [rect.row, rect.numRows] = span;
  else [rect.col, rect.numCols] = span;
  return true;
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.formula !== undefined || cell.value !== '');
}

/** §1.3.8: Sheets refuses any single cell input longer than 50,000 characters. */
export function assertCellLength(input: unknown): void {
  if (typeof input === 'string' && input.length > MAX_CELL_CHARS)
    throw gasException(SHEETS_ERRORS.cellTooLong);
}

function copyValue(v: CellValue): CellValue {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

function rectContains(rect: GridRect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && col >= rect.col && col < rect.col + rect.numCols;
}

export class SheetModel {
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows = 0;
  frozenCols = 0;
  tabColor: string | null = null;
  hidden = false;
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly protections: ProtectionModel[] = [];
  conditionalRules: ConditionalRule[] = [];
  filter: GridRect | null = null;
  readonly merges: GridRect[] = [];
  /** Embedded charts, in insertion order (Sheet.getCharts). */
  readonly charts: ChartModel[] = [];
  /** The URL of the form whose responses land on this tab (`Sheet.getFormUrl()`); null for other tabs. */
  formUrl: string | null = null;
  /**
   * The cell with the focus when this tab is active (1-based). Sheets remembers one per tab and starts
   * at A1 [unsure: the start is not documented; A1 is what a new tab shows].
   */
  currentCell = { row: 1, col: 1 };
  /** Cells by 0-based row then 0-based column; rows past the last one holding anything are absent. */
  private rows: Array<Array<Cell | undefined> | undefined> = [];

  constructor(
    readonly parent: SpreadsheetModel,
    readonly sheetId: number,
    name: string,
    maxRows: number,
    maxCols: number,
  ) {
    this.name = name;
    this.maxRows = maxRows;
    this.maxCols = maxCols;
  }

  get index(): number {
    return this.parent.sheets.indexOf(this) + 1;
  }

  get deleted(): boolean {
    return !this.parent.sheets.includes(this);
  }

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  cellForWrite(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = { value: '' };
      r[col - 1] = c;
    }
    return c;
  }

  /** Every cell that exists, with its 1-based position. */
  *cells(): Generator<{ row: number; col: number; cell: Cell }> {
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i];
      if (!r) continue;
      for (let j = 0; j < r.length; j++) {
        const cell = r[j];
        if (cell) yield { row: i + 1, col: j + 1, cell };
      }
    }
  }

  /** §1.4.1: the last row holding a value or formula; 0 on an empty sheet (never derived from the data range). */
  lastRow(): number {
    for (let i = this.rows.length - 1; i >= 0; i--) if (this.rows[i]?.some(hasContent)) return i + 1;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let j = r.length - 1; j >= last; j--) {
        if (hasContent(r[j])) {
          last = j + 1;
          break;
        }
      }
    }
    return last;
  }

  /** §1.4.2: A1 to (last row, last column), at least the single cell A1. */
  dataRect(): GridRect {
    return { row: 1, col: 1, numRows: Math.max(1, this.lastRow()), numCols: Math.max(1, this.lastColumn()) };
  }

  /** The value a cell has as `getValue` returns it: a formula's computed result, `''` when empty (§1.1.1). */
  valueAt(row: number, col: number): CellValue {
    const cell = this.cell(row, col);
    if (!cell) return '';
    if (cell.formula === undefined) return copyValue(cell.value);
    return this.parent.evaluate(this, row, col, cell);
  }

  valuesOf(rect: GridRect): CellValue[][] {
    const out: CellValue[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const row: CellValue[] = [];
      for (let j = 0; j < rect.numCols; j++) row.push(this.valueAt(rect.row + i, rect.col + j));
      out.push(row);
    }
    return out;
  }

  displayOf(row: number, col: number): string {
    return displayValue(
      this.valueAt(row, col),
      this.cell(row, col)?.numberFormat,
      this.parent.displayContext(),
    );
  }

  numberFormatOf(row: number, col: number): string {
    return this.cell(row, col)?.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  }

  isPlainText(row: number, col: number): boolean {
    return this.cell(row, col)?.numberFormat === '@';
  }

  /** Stores content already interpreted by `parseUserEntered` (or raw content). */
  applyEntered(row: number, col: number, entered: EnteredContent): void {
    if (entered.kind === 'empty') {
      const cell = this.cell(row, col);
      if (cell) {
        cell.value = '';
        delete cell.formula;
        delete cell.parsed;
      }
      return;
    }
    const cell = this.cellForWrite(row, col);
    if (entered.kind === 'formula') {
      cell.value = '';
      cell.formula = entered.formula;
      cell.parsed = parseFormula(entered.formula);
      return;
    }
    cell.value = entered.value;
    delete cell.formula;
    delete cell.parsed;
    // Sheets gives a cell the format it recognised (a date, a percentage) unless the cell already has one.
    if (entered.format && isGeneralFormat(cell.numberFormat)) cell.numberFormat = entered.format;
  }

  /** Writes one value the way Sheets reads typed text (USER_ENTERED, §1.3.2–1.3.6). */
  enterValue(row: number, col: number, input: unknown): void {
    this.applyEntered(row, col, this.interpret(row, col, input));
  }

  interpret(row: number, col: number, input: unknown): EnteredContent {
    const ctx = this.parent.displayContext();
    return parseUserEntered(input, { ...ctx, plainText: this.isPlainText(row, col) });
  }

  /** Writes a typed value as it is (no parsing): how Forms stores a response in its linked sheet. */
  writeRawValue(row: number, col: number, value: unknown): void {
    if (value === null || value === undefined || value === '') {
      this.applyEntered(row, col, { kind: 'empty' });
      return;
    }
    if (value instanceof Date) {
      this.applyEntered(row, col, {
        kind: 'value',
        value: new Date(value.getTime()),
        format: AUTO_FORMATS[this.parent.sheetLocale].dateTime,
      });
      return;
    }
    const v = typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
    this.applyEntered(row, col, { kind: 'value', value: v });
  }

  /** Writes a block of raw values at (row, col), growing the grid if needed. */
  writeRaw(row: number, col: number, values: unknown[][]): void {
    const width = Math.max(0, ...values.map((r) => r.length));
    this.growTo(row + values.length - 1, col + width - 1);
    values.forEach((r, i) => r.forEach((v, j) => this.writeRawValue(row + i, col + j, v)));
  }

  /** The header row of a form's response sheet (row 1), written as plain values. */
  setHeaderRaw(values: unknown[]): void {
    this.writeRaw(1, 1, [values]);
  }

  /** Appends a form response after the last row with content, values as typed; returns its 1-based row. */
  appendRowRaw(values: unknown[]): number {
    const row = this.lastRow() + 1;
    this.writeRaw(row, 1, [values]);
    return row;
  }

  getValuesRaw(): CellValue[][] {
    return this.valuesOf(this.dataRect());
  }

  /** Grows the grid (at the bottom and right) so that (rows, cols) fits; new rows copy the formats above. */
  growTo(rows: number, cols: number): void {
    if (rows > this.maxRows) this.insertRows(this.maxRows + 1, rows - this.maxRows, this.maxRows);
    if (cols > this.maxCols) this.insertColumns(this.maxCols + 1, cols - this.maxCols, this.maxCols);
  }

  /**
   * A person types `text` into a cell of the Sheets UI. Sheets refuses the edit when the cell is protected
   * against this user or a reject-input validation rule refuses the value; otherwise it reads the text
   * like any typed input.
   */
  editAsUser(row: number, col: number, text: string, user: string = this.parent.kernel.user): EditOutcome {
    if (row < 1 || col < 1 || row > this.maxRows || col > this.maxCols) {
      throw new Error(`Cell (${row}, ${col}) is outside the grid of "${this.name}".`);
    }
    if (!this.parent.userMayEdit(this, row, col, user)) return { accepted: false, reason: 'protected' };
    assertCellLength(text);
    const entered = this.interpret(row, col, text);
    const rule = this.cell(row, col)?.validation;
    if (rule && !rule.allowInvalid) {
      const value = entered.kind === 'value' ? entered.value : '';
      if (entered.kind !== 'empty' && !validationAccepts(rule, value))
        return { accepted: false, reason: 'invalid' };
    }
    this.applyEntered(row, col, entered);
    return { accepted: true };
  }

  /** Inserts `count` empty rows before row `before`; `inheritFrom` names the row whose formats they copy. */
  insertRows(before: number, count: number, inheritFrom?: number): void {
    this.parent.assertCellBudget(count * this.maxCols);
    const template = inheritFrom !== undefined ? this.rows[inheritFrom - 1] : undefined;
    const fresh = (): Array<Cell | undefined> | undefined => {
      if (!template) return undefined;
      return template.map((c) => {
        if (!c || (c.numberFormat === undefined && c.style === undefined)) return undefined;
        const copy: Cell = { value: '' };
        if (c.numberFormat !== undefined) copy.numberFormat = c.numberFormat;
        if (c.style) copy.style = { ...c.style };
        return copy;
      });
    };
    const at = before - 1;
    if (at < this.rows.length) {
      this.rows = this.rows.slice(0, at).concat(Array.from({ length: count }, fresh), this.rows.slice(at));
    } else if (template) {
      this.rows.length = at;
      this.rows = this.rows.concat(Array.from({ length: count }, fresh));
    }
    this.maxRows += count;
    if (before <= this.frozenRows) this.frozenRows += count;
    this.shiftAll('row', before, count);
  }

  deleteRows(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this.maxRows)
      throw gasException(SHEETS_ERRORS.rowsOutOfBounds);
    const deletedNonFrozen = Math.max(0, start + count - 1 - Math.max(this.frozenRows, start - 1));
    if (this.maxRows - this.frozenRows - deletedNonFrozen <= 0) throw gasException(SHEETS_ERRORS.allRows);
    this.rows.splice(start - 1, count);
    this.maxRows -= count;
    const frozenDeleted = Math.max(0, Math.min(this.frozenRows, start + count - 1) - start + 1);
    this.frozenRows -= frozenDeleted;
    this.shiftAll('row', start, -count);
  }

  insertColumns(before: number, count: number, inheritFrom?: number): void {
    this.parent.assertCellBudget(count * this.maxRows);
    for (const r of this.rows) {
      if (!r || r.length < before - 1) continue;
      const template = inheritFrom !== undefined ? r[inheritFrom - 1] : undefined;
      const added = Array.from({ length: count }, (): Cell | undefined => {
        if (!template || (template.numberFormat === undefined && template.style === undefined))
          return undefined;
        const copy: Cell = { value: '' };
        if (template.numberFormat !== undefined) copy.numberFormat = template.numberFormat;
        if (template.style) copy.style = { ...template.style };
        return copy;
      });
      r.splice(before - 1, 0, ...added);
    }
    this.maxCols += count;
    if (before <= this.frozenCols) this.frozenCols += count;
    const widths = [...this.columnWidths.entries()];
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(c >= before ? c + count : c, w);
    this.shiftAll('col', before, count);
  }

  deleteColumns(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this.maxCols) {
      throw gasException(SHEETS_ERRORS.columnsOutOfBounds);
    }
    const deletedNonFrozen = Math.max(0, start + count - 1 - Math.max(this.frozenCols, start - 1));
    if (this.maxCols - this.frozenCols - deletedNonFrozen <= 0) throw gasException(SHEETS_ERRORS.allColumns);
    for (const r of this.rows) r?.splice(start - 1, count);
    this.maxCols -= count;
    const frozenDeleted = Math.max(0, Math.min(this.frozenCols, start + count - 1) - start + 1);
    this.frozenCols -= frozenDeleted;
    const widths = [...this.columnWidths.entries()];
    this.columnWidths.clear();
    for (const [c, w] of widths) {
      if (c < start) this.columnWidths.set(c, w);
      else if (c >= start + count) this.columnWidths.set(c - count, w);
    }
    this.shiftAll('col', start, -count);
  }

  /** Keeps protections, merges, the filter and conditional-format ranges on the same cells after a row/column change. */
  private shiftAll(axis: 'row' | 'col', at: number, delta: number): void {
    for (const p of this.protections) {
      if (p.rect && !shiftRect(p.rect, axis, at, delta)) p.removed = true;
      p.unprotected = p.unprotected.filter((r) => shiftRect(r, axis, at, delta));
    }
    this.protections.splice(0, this.protections.length, ...this.protections.filter((p) => !p.removed));
    const merges = this.merges.filter((m) => shiftRect(m, axis, at, delta));
    this.merges.splice(0, this.merges.length, ...merges);
    if (this.filter && !shiftRect(this.filter, axis, at, delta)) this.filter = null;
    for (const rule of this.conditionalRules) {
      rule.ranges = rule.ranges.filter((r) => r.sheet !== this || shiftRect(r, axis, at, delta));
    }
    for (const chart of this.charts) {
      chart.ranges = chart.ranges.filter((r) => r.sheet !== this || shiftRect(r, axis, at, delta));
    }
  }

  /** Empties the grid's content (and, unless `contentsOnly`, formats, notes and validations). */
  clearRect(
    rect: GridRect,
    what: { contents: boolean; formats: boolean; validations: boolean; notes: boolean },
  ): void {
    for (let i = 0; i < rect.numRows; i++) {
      const r = this.rows[rect.row - 1 + i];
      if (!r) continue;
      for (let j = 0; j < rect.numCols; j++) {
        const cell = r[rect.col - 1 + j];
        if (!cell) continue;
        if (what.contents) {
          cell.value = '';
          delete cell.formula;
          delete cell.parsed;
        }
        if (what.formats) {
          delete cell.numberFormat;
          delete cell.style;
        }
        if (what.validations) delete cell.validation;
        if (what.notes) delete cell.note;
      }
    }
  }

  wholeGrid(): GridRect {
    return { row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols };
  }

  toJSON(): SheetSnapshot {
    const rect = this.dataRect();
    const values = this.valuesOf(rect);
    const displayValues: string[][] = [];
    const formulas: string[][] = [];
    const numberFormats: string[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const d: string[] = [];
      const f: string[] = [];
      const n: string[] = [];
      for (let j = 0; j < rect.numCols; j++) {
        d.push(this.displayOf(i + 1, j + 1));
        f.push(this.cell(i + 1, j + 1)?.formula ?? '');
        n.push(this.numberFormatOf(i + 1, j + 1));
      }
      displayValues.push(d);
      formulas.push(f);
      numberFormats.push(n);
    }
    const notes: SheetSnapshot['notes'] = [];
    const styles: SheetSnapshot['styles'] = [];
    const runs: SheetSnapshot['validations'] = [];
    const openRuns = new Map<number, { rule: ValidationRule; start: number; end: number }>();
    const closeRun = (col: number): void => {
      const run = openRuns.get(col);
      if (!run) return;
      runs.push({
        range: a1Notation({ row: run.start, col, numRows: run.end - run.start + 1, numCols: 1 }),
        ...run.rule,
      });
      openRuns.delete(col);
    };
    const byColumn = [...this.cells()].sort((a, b) => a.col - b.col || a.row - b.row);
    for (const { row, col, cell } of byColumn) {
      const a1 = a1Notation({ row, col, numRows: 1, numCols: 1 });
      if (cell.note) notes.push({ a1, note: cell.note });
      if (cell.style && Object.keys(cell.style).length > 0) styles.push({ a1, ...cell.style });
      const run = openRuns.get(col);
      if (run && (run.rule !== cell.validation || run.end !== row - 1)) closeRun(col);
      if (cell.validation) {
        const current = openRuns.get(col);
        if (current) current.end = row;
        else openRuns.set(col, { rule: cell.validation, start: row, end: row });
      }
    }
    for (const col of [...openRuns.keys()]) closeRun(col);
    return {
      name: this.name,
      sheetId: this.sheetId,
      index: this.index,
      maxRows: this.maxRows,
      maxColumns: this.maxCols,
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenCols,
      hidden: this.hidden,
      tabColor: this.tabColor,
      values,
      displayValues,
      formulas,
      numberFormats,
      notes,
      styles,
      columnWidths: Object.fromEntries(this.columnWidths),
      hiddenColumns: [...this.hiddenColumns].sort((a, b) => a - b),
      merges: this.merges.map(a1Notation),
      protections: this.protections.map((p) => ({
        type: p.type,
        range: p.rect ? a1Notation(p.rect) : null,
        description: p.description,
        warningOnly: p.warningOnly,
        editors: this.parent.protectionEditors(p),
        unprotectedRanges: p.unprotected.map(a1Notation),
      })),
      validations: runs,
      conditionalFormats: this.conditionalRules.map((r) => ({
        criteria: r.criteria,
        values: [...r.values],
        format: { ...r.format },
        ranges: r.ranges.map((x) =>
          x.sheet === this ? a1Notation(x) : `'${x.sheet.name}'!${a1Notation(x)}`,
        ),
      })),
      filter: this.filter ? a1Notation(this.filter) : null,
      charts: this.charts.map(chartSnapshot),
    };
  }
}

export class SpreadsheetModel {
  readonly sheets: SheetModel[] = [];
  activeSheet!: SheetModel;
  readonly owner: string;
  /** Editors besides the owner, as the file's sharing lists them. */
  readonly editors: string[] = [];
  readonly timeZone: string;
  /** `getSpreadsheetLocale()`: `ru_RU` for a Russian user, `en_US` otherwise. */
  readonly locale: string;
  private nextSheetId = 0;
  private nextProtectionId = 1;
  private readonly evaluating = new Set<string>();

  constructor(
    readonly store: SpreadsheetStore,
    readonly id: string,
  ) {
    const kernel = store.kernel;
    this.owner = kernel.user;
    this.timeZone = kernel.timeZone;
    this.locale = kernel.locale === 'ru' ? 'ru_RU' : 'en_US';
  }

  get kernel(): Kernel {
    return this.store.kernel;
  }

  /** The name lives in the Drive registry, so DriveApp renames and `Spreadsheet.rename` agree. */
  get name(): string {
    return this.kernel.drive.find(this.id)?.name ?? '';
  }

  set name(value: string) {
    const rec = this.kernel.drive.find(this.id);
    if (rec) {
      rec.name = value;
      this.kernel.drive.touch(this.id);
    }
  }

  get sheetLocale(): SheetLocale {
    return this.locale.startsWith('ru') ? 'ru' : 'en';
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  displayContext(): { locale: SheetLocale; timeZone: string } {
    return { locale: this.sheetLocale, timeZone: this.timeZone };
  }

  totalCells(): number {
    return this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxCols, 0);
  }

  /** §1.3.9: a workbook holds at most 10,000,000 cells, empty grid cells included. */
  assertCellBudget(extraCells: number): void {
    if (this.totalCells() + extraCells > MAX_WORKBOOK_CELLS) throw gasException(SHEETS_ERRORS.workbookTooBig);
  }

  /** §1.6.1: exact name match. */
  sheetByName(name: string): SheetModel | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  /**
   * §1.6.2: a name already in use is refused. Compared without regard to case: the Sheets editor refuses
   * "лист1" next to "Лист1" and several emulators checked against live Sheets do the same (the doc marks
   * the case rule [unsure]).
   */
  assertNameFree(name: string, except?: SheetModel): void {
    const lower = name.toLowerCase();
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === lower)) {
      throw gasException(SHEETS_ERRORS.duplicateSheet(name));
    }
  }

  /** §1.6.4: "Лист2"/"Sheet2": the next number after the sheet count that is not taken. */
  defaultSheetName(): string {
    const base = this.sheetLocale === 'ru' ? 'Лист' : 'Sheet';
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `${base}${n}`;
      if (!this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
    }
  }

  /** Adds a sheet (1000×26) without counting a call; `index` is 0-based like `insertSheet(name, index)`. */
  insertSheetRaw(name?: string, index?: number, rows = DEFAULT_ROWS, cols = DEFAULT_COLUMNS): SheetModel {
    const sheetName = name ?? this.defaultSheetName();
    this.assertNameFree(sheetName);
    this.assertCellBudget(rows * cols);
    // The first sheet's gid is 0; later ones get large ids, as in Sheets URLs (#gid=…).
    const sheetId = this.nextSheetId === 0 ? 0 : (this.nextSheetId * 1_234_567_891) % 2_147_483_647;
    this.nextSheetId += 1;
    const sheet = new SheetModel(this, sheetId, sheetName, rows, cols);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  ensureSheet(name: string): SheetModel {
    return this.sheetByName(name) ?? this.insertSheetRaw(name);
  }

  deleteSheetRaw(sheet: SheetModel): void {
    if (this.sheets.length <= 1) throw gasException(SHEETS_ERRORS.lastSheet);
    const at = this.sheets.indexOf(sheet);
    if (at < 0) return;
    this.sheets.splice(at, 1);
    for (const other of this.sheets) {
      for (const rule of other.conditionalRules) rule.ranges = rule.ranges.filter((r) => r.sheet !== sheet);
    }
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, at - 1)] as SheetModel;
  }

  newProtection(sheet: SheetModel, type: 'RANGE' | 'SHEET', rect: GridRect | null): ProtectionModel {
    const p: ProtectionModel = {
      id: this.nextProtectionId++,
      type,
      sheet,
      rect,
      description: '',
      warningOnly: false,
      // Domain editing only exists for Google Workspace accounts.
      domainEdit: this.kernel.quotas.account === 'workspace',
      editors: null,
      unprotected: [],
      removed: false,
    };
    sheet.protections.push(p);
    return p;
  }

  /** The spreadsheet's editors: the owner first, then those it was shared with. */
  allEditors(): string[] {
    return [this.owner, ...this.editors.filter((e) => e !== this.owner)];
  }

  protectionEditors(p: ProtectionModel): string[] {
    return p.editors ? [...p.editors] : this.allEditors();
  }

  /** Whether `user` may change a cell through the UI: owners always; protected cells only for their editors. */
  userMayEdit(sheet: SheetModel, row: number, col: number, user: string): boolean {
    if (user === this.owner) return true;
    for (const p of sheet.protections) {
      if (p.removed || p.warningOnly) continue;
      const covers = p.rect
        ? rectContains(p.rect, row, col)
        : !p.unprotected.some((r) => rectContains(r, row, col));
      if (covers && !this.protectionEditors(p).includes(user)) return false;
    }
    return this.allEditors().includes(user);
  }

  /** A formula's value, computed when read (so it follows the cells it refers to); cycles give `#REF!`. */
  evaluate(sheet: SheetModel, row: number, col: number, cell: Cell): CellValue {
    if (!cell.parsed) return '#ERROR!';
    const key = `${sheet.sheetId}:${row}:${col}`;
    if (this.evaluating.has(key)) return '#REF!';
    this.evaluating.add(key);
    try {
      return evaluateFormula(cell.parsed, this.formulaHost(sheet));
    } finally {
      this.evaluating.delete(key);
    }
  }

  private formulaHost(sheet: SheetModel): FormulaHost {
    const find = (name: string | undefined): SheetModel | null =>
      name === undefined
        ? sheet
        : (this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null);
    return {
      read: (name, rect): FormulaValue[][] | null => {
        const target = find(name);
        if (!target) return null;
        const numRows = Math.max(0, Math.min(rect.numRows, target.maxRows - rect.row + 1));
        const numCols = Math.max(0, Math.min(rect.numCols, target.maxCols - rect.col + 1));
        return target.valuesOf({ row: rect.row, col: rect.col, numRows, numCols });
      },
      bounds: (name) => {
        const target = find(name);
        return target ? { maxRows: target.maxRows, maxCols: target.maxCols } : null;
      },
      toSerial: (date) => {
        const w = wallClockOf(date, this.timeZone);
        return (
          (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Date.UTC(1899, 11, 30)) /
          86_400_000
        );
      },
      now: () => this.kernel.clock.date(),
    };
  }

  toJSON(): SpreadsheetSnapshot {
    return {
      id: this.id,
      name: this.name,
      url: this.url,
      locale: this.locale,
      timeZone: this.timeZone,
      owner: this.owner,
      editors: this.allEditors(),
      activeSheet: this.activeSheet.name,
      sheets: this.sheets.map((s) => s.toJSON()),
    };
  }
}

export interface CreateOptions {
  rows?: number;
  columns?: number;
  parents?: string[];
}

export class SpreadsheetStore {
  private readonly byId = new Map<string, SpreadsheetModel>();

  constructor(readonly kernel: Kernel) {}

  /** Creates a spreadsheet file (first sheet "Лист1"/"Sheet1", 1000×26 by default, §1.4.3, §1.6.4). */
  create(name: string, options: CreateOptions = {}): SpreadsheetModel {
    const rows = options.rows ?? DEFAULT_ROWS;
    const cols = options.columns ?? DEFAULT_COLUMNS;
    if (rows * cols > MAX_WORKBOOK_CELLS) throw gasException(SHEETS_ERRORS.workbookTooBig);
    const id = this.kernel.newId('ss');
    this.kernel.drive.register(id, name, MIME.spreadsheet, options.parents);
    const model = new SpreadsheetModel(this, id);
    model.insertSheetRaw(undefined, undefined, rows, cols);
    this.byId.set(id, model);
    return model;
  }

  /** A copy of a spreadsheet's content under a new file (what DriveApp `makeCopy` needs). */
  copy(sourceId: string, name: string, parents?: string[]): SpreadsheetModel {
    const source = this.byId.get(sourceId);
    if (!source) throw new Error(`No offline spreadsheet with id ${sourceId}.`);
    const id = this.kernel.newId('ss');
    this.kernel.drive.register(id, name, MIME.spreadsheet, parents);
    const model = new SpreadsheetModel(this, id);
    for (const s of source.sheets) {
      const sheet = model.insertSheetRaw(s.name, undefined, s.maxRows, s.maxCols);
      Object.assign(sheet, {
        frozenRows: s.frozenRows,
        frozenCols: s.frozenCols,
        tabColor: s.tabColor,
        hidden: s.hidden,
      });
      for (const { row, col, cell } of s.cells()) {
        const copy: Cell = { ...cell, value: copyValue(cell.value) };
        if (cell.style) copy.style = { ...cell.style };
        Object.assign(sheet.cellForWrite(row, col), copy);
      }
      s.columnWidths.forEach((w, c) => sheet.columnWidths.set(c, w));
    }
    model.activeSheet = model.sheets[source.activeSheet.index - 1] ?? (model.sheets[0] as SheetModel);
    this.byId.set(id, model);
    return model;
  }

  get(id: string): SpreadsheetModel | undefined {
    return this.byId.get(id);
  }

  all(): SpreadsheetModel[] {
    return [...this.byId.values()];
  }

  /** A public `Spreadsheet` object over a stored spreadsheet, made without counting a call. */
  spreadsheetObject(id: string): SpreadsheetApi {
    const model = this.byId.get(id);
    if (!model) throw new Error(`No offline spreadsheet with id ${id}.`);
    return new OfflineSpreadsheet(model);
  }

  /** A public `Range` object (e.g. a form-submit event's `range`, §2.2.4), made without counting a call. */
  makeRange(
    spreadsheetId: string,
    sheetName: string,
    row: number,
    col: number,
    numRows = 1,
    numCols = 1,
  ): RangeApi {
    const sheet = this.byId.get(spreadsheetId)?.sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet "${sheetName}" in offline spreadsheet ${spreadsheetId}.`);
    return new OfflineRange(sheet, { row, col, numRows, numCols });
  }

  /**
   * The charts of one sheet with their data, read without counting calls (exporters, tests); the values
   * are read from the chart's ranges now.
   */
  chartsOf(spreadsheetId: string, sheetName: string): ChartSnapshot[] {
    const sheet = this.byId.get(spreadsheetId)?.sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet "${sheetName}" in offline spreadsheet ${spreadsheetId}.`);
    return sheet.charts.map(chartSnapshot);
  }

  toJSON(): SpreadsheetSnapshot[] {
    return this.all().map((m) => m.toJSON());
  }
}

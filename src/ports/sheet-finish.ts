/**
 * What makes a sheet «finished» for staff: frozen header, drop-downs for enumerations, a highlight of
 * rows without a valid consent, a filter, protections of personal data. Columns are 1-based positions
 * found by header at set-up time; the adapter resolves them to ranges down to the end of the grid.
 */

/** A drop-down list, or a custom formula the cell must satisfy (en-US syntax, row 2 relative). */
export type ValidationCriteria = { kind: 'list'; values: string[] } | { kind: 'formula'; formula: string };

/** Data validation on one column, from row 2 to the end of the grid. */
export interface ColumnValidation {
  column: number;
  criteria: ValidationCriteria;
  /** true: a value outside the rule is kept and marked; false: a person's entry is rejected. */
  allowInvalid: boolean;
  help: string;
}

/** A custom-formula highlight over columns 1…`lastColumn` from row 2 down. */
export interface HighlightRule {
  formula: string;
  lastColumn: number;
  background: string;
}

/**
 * A protection the add-on made: a whole sheet, or a run of columns. The description names the editors
 * it was given (from «Настройки»), so set-up can tell when the setting changed without reasoning about
 * who Google keeps as an editor anyway (the owner and whoever ran set-up, §1.7.1).
 */
export interface ProtectionSpec {
  description: string;
  /** null: the whole sheet; otherwise the first column and the number of columns. */
  columns: { start: number; count: number } | null;
}

/** A protection of the add-on's that exists now (its description starts with the add-on's marker). */
export interface ExistingProtection extends ProtectionSpec {
  id: string;
}

export interface SheetFinishState {
  frozenRows: number;
  hasFilter: boolean;
  /** The validation criteria on row 2, by 1-based column (list values, or the formula). */
  validations: Map<number, ValidationCriteria>;
  /** Custom formulas of the sheet's highlight rules, by rule id. */
  highlightFormulas: Map<string, string>;
  protections: ExistingProtection[];
}

/** Changes for one sheet; empty lists and false flags mean «nothing to do». */
export interface SheetFinishChanges {
  sheet: string;
  freezeHeader: boolean;
  /** A filter over the header row and every column up to this one (0: none to create). */
  filterColumns: number;
  validations: ColumnValidation[];
  /** Rule ids to drop, and rules to add (other rules stay as staff left them). */
  removeHighlights: string[];
  addHighlights: HighlightRule[];
  removeProtections: string[];
  addProtections: ProtectionSpec[];
  /** Existing protections to give a new description and the current editors. */
  updateProtections: Array<{ id: string; description: string }>;
  /** Editors of the add-on's protections (lower-case e-mails); empty means warning-only. */
  editors: string[];
}

/** What to look at on a sheet: each aspect costs calls, so only the ones the sheet's kind needs. */
export interface FinishAspects {
  frozen: boolean;
  /** Read row 2's validations over this many columns (0: skip). */
  validationColumns: number;
  highlights: boolean;
  filter: boolean;
  protections: 'sheet' | 'range' | 'none';
}

export interface SheetFinisher {
  /** What the sheet has now; aspects not asked for come back empty (no rules, no protections). */
  inspect(sheet: string, aspects: FinishAspects): SheetFinishState;
  apply(changes: SheetFinishChanges): void;
}

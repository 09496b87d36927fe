import { MentoringError, messages } from '../core';
import type {
  ExistingProtection,
  FinishAspects,
  HighlightRule,
  SheetFinishChanges,
  SheetFinishState,
  SheetFinisher,
  ValidationCriteria,
} from '../ports';
import type {
  ConditionalFormatRuleApi,
  ProtectionApi,
  SheetApi,
  SpreadsheetApi,
  SpreadsheetAppApi,
} from './api/spreadsheet';
import { ActiveSpreadsheet } from './active-spreadsheet';

interface Inspected {
  sheet: SheetApi;
  /** Read when first needed. */
  maxRows: number | null;
  rules: ConditionalFormatRuleApi[];
  protections: Map<string, ProtectionApi>;
}

function maxRowsOf(seen: Inspected): number {
  seen.maxRows ??= seen.sheet.getMaxRows();
  return seen.maxRows;
}

/**
 * Frozen headers, validations, highlights, filters and protections through SpreadsheetApp. `inspect`
 * reads what a sheet has (a handful of calls, plus two or three per existing rule or protection); `apply`
 * changes only what the core's plan names, so a finished sheet costs nothing but the inspection.
 */
export class SheetsFinisher implements SheetFinisher {
  private activeSpreadsheet: ActiveSpreadsheet | null = null;
  private readonly inspected = new Map<string, Inspected>();

  constructor(private readonly app: SpreadsheetAppApi) {}

  inspect(name: string, aspects: FinishAspects): SheetFinishState {
    const sheet = this.spreadsheet().getSheetByName(name);
    if (!sheet) throw new MentoringError('SHEET_MISSING', messages.setup.sheetMissing(name), name);
    const seen: Inspected = { sheet, maxRows: null, rules: [], protections: new Map() };
    const state: SheetFinishState = {
      frozenRows: aspects.frozen ? sheet.getFrozenRows() : 1,
      hasFilter: aspects.filter ? sheet.getFilter() !== null : true,
      validations: new Map(),
      highlightFormulas: new Map(),
      protections: [],
    };
    const { DataValidationCriteria, BooleanCriteria, ProtectionType } = this.app;
    if (aspects.validationColumns > 0 && maxRowsOf(seen) >= 2) {
      const row = sheet.getRange(2, 1, 1, aspects.validationColumns).getDataValidations()[0] ?? [];
      row.forEach((rule, i) => {
        if (!rule) return;
        const type = String(rule.getCriteriaType());
        const values = rule.getCriteriaValues();
        if (type === String(DataValidationCriteria.VALUE_IN_LIST))
          state.validations.set(i + 1, { kind: 'list', values: (values[0] as unknown[]).map(String) });
        else if (type === String(DataValidationCriteria.CUSTOM_FORMULA))
          state.validations.set(i + 1, { kind: 'formula', formula: String(values[0]) });
      });
    }
    if (aspects.highlights) {
      seen.rules = sheet.getConditionalFormatRules();
      seen.rules.forEach((rule, i) => {
        const condition = rule.getBooleanCondition();
        if (condition && String(condition.getCriteriaType()) === String(BooleanCriteria.CUSTOM_FORMULA))
          state.highlightFormulas.set(String(i), String(condition.getCriteriaValues()[0]));
      });
    }
    if (aspects.protections !== 'none') {
      const whole = aspects.protections === 'sheet';
      const marker = messages.finish.protectionMarker;
      sheet.getProtections(whole ? ProtectionType.SHEET : ProtectionType.RANGE).forEach((p, i) => {
        const description = p.getDescription();
        if (!description.startsWith(marker)) return;
        const id = String(i);
        seen.protections.set(id, p);
        let columns: ExistingProtection['columns'] = null;
        if (!whole) {
          const range = p.getRange();
          columns = { start: range.getColumn(), count: range.getNumColumns() };
        }
        state.protections.push({ id, description, columns });
      });
    }
    this.inspected.set(name, seen);
    return state;
  }

  apply(changes: SheetFinishChanges): void {
    const seen = this.inspected.get(changes.sheet);
    if (!seen) throw new Error(`apply before inspect: ${changes.sheet}`);
    const { sheet } = seen;
    const needsRows =
      changes.filterColumns > 0 ||
      changes.validations.length + changes.addHighlights.length + changes.removeHighlights.length > 0 ||
      changes.addProtections.some((p) => p.columns !== null);
    const maxRows = needsRows ? maxRowsOf(seen) : 0;
    if (changes.freezeHeader) sheet.setFrozenRows(1);
    if (changes.filterColumns > 0) sheet.getRange(1, 1, maxRows, changes.filterColumns).createFilter();
    for (const v of changes.validations) {
      if (maxRows < 2) break;
      const rule = criteria(this.app.newDataValidation(), v.criteria)
        .setAllowInvalid(v.allowInvalid)
        .setHelpText(v.help)
        .build();
      sheet.getRange(2, v.column, maxRows - 1, 1).setDataValidation(rule);
    }
    if ((changes.removeHighlights.length > 0 || changes.addHighlights.length > 0) && maxRows >= 2) {
      const drop = new Set(changes.removeHighlights);
      const kept = seen.rules.filter((_, i) => !drop.has(String(i)));
      const added = changes.addHighlights.map((h: HighlightRule) =>
        this.app
          .newConditionalFormatRule()
          .whenFormulaSatisfied(h.formula)
          .setBackground(h.background)
          .setRanges([sheet.getRange(2, 1, maxRows - 1, h.lastColumn)])
          .build(),
      );
      sheet.setConditionalFormatRules([...kept, ...added]);
    }
    for (const id of changes.removeProtections) seen.protections.get(id)?.remove();
    for (const u of changes.updateProtections) {
      const p = seen.protections.get(u.id);
      if (p) configure(p, u.description, changes.editors);
    }
    for (const spec of changes.addProtections) {
      const p = spec.columns
        ? sheet.getRange(1, spec.columns.start, maxRows, spec.columns.count).protect()
        : sheet.protect();
      configure(p, spec.description, changes.editors);
    }
  }

  private spreadsheet(): SpreadsheetApi {
    this.activeSpreadsheet ??= new ActiveSpreadsheet(this.app);
    return this.activeSpreadsheet.get();
  }
}

function criteria(
  builder: ReturnType<SpreadsheetAppApi['newDataValidation']>,
  c: ValidationCriteria,
): ReturnType<SpreadsheetAppApi['newDataValidation']> {
  return c.kind === 'list'
    ? builder.requireValueInList(c.values, true)
    : builder.requireFormulaSatisfied(c.formula);
}

/**
 * Google's pattern (§1.7.1): name the editors, then remove everyone else; the owner and whoever runs
 * set-up are kept by Google whatever the list says. No editors configured: a warning only, so nobody is
 * locked out before the curator fills in «Настройки».
 */
function configure(p: ProtectionApi, description: string, editors: readonly string[]): void {
  p.setDescription(description);
  if (editors.length === 0) {
    p.setWarningOnly(true);
    return;
  }
  if (p.isWarningOnly()) p.setWarningOnly(false);
  p.addEditors([...editors]);
  const wanted = new Set(editors);
  const others = p
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => !wanted.has(e.toLowerCase()));
  if (others.length > 0) p.removeEditors(others);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

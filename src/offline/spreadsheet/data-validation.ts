import type { DataValidationApi, DataValidationBuilderApi, RangeApi } from '../../gas/api/spreadsheet';
import { signatureMismatch, describeArgumentType } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import { enumValue } from './enums';
import type { ValidationRule } from './store';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

/** `SpreadsheetApp.newDataValidation()`: Google's builder starts with no criteria and allows invalid data. */
export class OfflineDataValidationBuilder implements DataValidationBuilderApi {
  private rule: ValidationRule;

  constructor(
    private readonly kernel: Kernel,
    from?: ValidationRule,
  ) {
    this.rule = from
      ? { ...from, values: [...from.values] }
      : { criteria: '', values: [], allowInvalid: true, helpText: null };
  }

  private tick(method: string): void {
    this.kernel.tick(`SpreadsheetApp.DataValidationBuilder.${method}`);
  }

  private set(criteria: string, values: unknown[]): this {
    this.rule = { ...this.rule, criteria, values };
    return this;
  }

  build(): DataValidationApi {
    this.tick('build');
    return new OfflineDataValidation(this.kernel, { ...this.rule, values: [...this.rule.values] });
  }

  copy(): DataValidationBuilderApi {
    this.tick('copy');
    return new OfflineDataValidationBuilder(this.kernel, this.rule);
  }

  getAllowInvalid(): boolean {
    this.tick('getAllowInvalid');
    return this.rule.allowInvalid;
  }

  getCriteriaType(): Criteria {
    this.tick('getCriteriaType');
    return enumValue<Criteria>(this.rule.criteria);
  }

  getCriteriaValues(): any[] {
    this.tick('getCriteriaValues');
    return copyCriteriaValues(this.rule.values);
  }

  getHelpText(): string | null {
    this.tick('getHelpText');
    return this.rule.helpText;
  }

  /**
   * Google reports the criteria values of a list as `[values, showDropdown]`. The 500-item limit (§1.7.3)
   * is checked when the rule is applied to a range, where Sheets receives it.
   */
  requireValueInList(values: string[], showDropdown = true): DataValidationBuilderApi {
    this.tick('requireValueInList');
    if (!Array.isArray(values)) {
      throw signatureMismatch(
        describeArgumentType(values),
        'SpreadsheetApp.DataValidationBuilder.requireValueInList',
      );
    }
    return this.set('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: RangeApi, showDropdown = true): DataValidationBuilderApi {
    this.tick('requireValueInRange');
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }

  requireCheckbox(checkedValue?: any, uncheckedValue?: any): DataValidationBuilderApi {
    this.tick('requireCheckbox');
    const values = [checkedValue, uncheckedValue].slice(0, arguments.length);
    return this.set('CHECKBOX', values);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilderApi {
    this.tick('requireNumberBetween');
    return this.set('NUMBER_BETWEEN', [start, end]);
  }

  requireTextIsEmail(): DataValidationBuilderApi {
    this.tick('requireTextIsEmail');
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }

  /** §1.7.4: `requireDate` takes no argument; `requireDate("=I1")` is a signature error. */
  requireDate(...args: unknown[]): DataValidationBuilderApi {
    this.tick('requireDate');
    if (args.length > 0) {
      throw signatureMismatch(
        args.map(describeArgumentType).join(','),
        'SpreadsheetApp.DataValidationBuilder.requireDate',
      );
    }
    return this.set('DATE_IS_VALID_DATE', []);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilderApi {
    this.tick('requireFormulaSatisfied');
    return this.set('CUSTOM_FORMULA', [formula]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi {
    this.tick('setAllowInvalid');
    this.rule = { ...this.rule, allowInvalid: !!allowInvalidData };
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilderApi {
    this.tick('setHelpText');
    this.rule = { ...this.rule, helpText: String(helpText) };
    return this;
  }

  withCriteria(criteria: Criteria, args: any[]): DataValidationBuilderApi {
    this.tick('withCriteria');
    return this.set(String(criteria), [...args]);
  }
}

/** A built rule; immutable, so the same object can sit on many cells. */
export class OfflineDataValidation implements DataValidationApi {
  constructor(
    private readonly kernel: Kernel,
    readonly rule: ValidationRule,
  ) {}

  private tick(method: string): void {
    this.kernel.tick(`SpreadsheetApp.DataValidation.${method}`);
  }

  copy(): DataValidationBuilderApi {
    this.tick('copy');
    return new OfflineDataValidationBuilder(this.kernel, this.rule);
  }

  getAllowInvalid(): boolean {
    this.tick('getAllowInvalid');
    return this.rule.allowInvalid;
  }

  getCriteriaType(): Criteria {
    this.tick('getCriteriaType');
    return enumValue<Criteria>(this.rule.criteria);
  }

  getCriteriaValues(): any[] {
    this.tick('getCriteriaValues');
    return copyCriteriaValues(this.rule.values);
  }

  getHelpText(): string {
    this.tick('getHelpText');
    return this.rule.helpText ?? '';
  }
}

/** Callers get a copy, list criteria included (a list is the first value), so they cannot edit the rule. */
function copyCriteriaValues(values: readonly unknown[]): any[] {
  return values.map((v) => (Array.isArray(v) ? [...v] : v));
}

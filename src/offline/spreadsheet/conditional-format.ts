import type {
  BooleanConditionApi,
  ConditionalFormatRuleApi,
  ConditionalFormatRuleBuilderApi,
  RangeApi,
} from '../../gas/api/spreadsheet';
import type { Kernel } from '../runtime/kernel';
import { enumValue } from './enums';
import { OfflineRange, rangeModel } from './range';
import type { ConditionalRule } from './store';

type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

function cloneRule(rule: ConditionalRule): ConditionalRule {
  return {
    criteria: rule.criteria,
    values: [...rule.values],
    format: { ...rule.format },
    ranges: rule.ranges.map((r) => ({ ...r })),
  };
}

function rangesOf(rule: ConditionalRule): RangeApi[] {
  return rule.ranges.map(
    (r) => new OfflineRange(r.sheet, { row: r.row, col: r.col, numRows: r.numRows, numCols: r.numCols }),
  );
}

class OfflineBooleanCondition implements BooleanConditionApi {
  constructor(
    private readonly kernel: Kernel,
    private readonly rule: ConditionalRule,
  ) {}

  private tick(method: string): void {
    this.kernel.tick(`SpreadsheetApp.BooleanCondition.${method}`);
  }

  getBackground(): string | null {
    this.tick('getBackground');
    return this.rule.format.background;
  }

  getFontColor(): string | null {
    this.tick('getFontColor');
    return this.rule.format.fontColor;
  }

  getBold(): boolean | null {
    this.tick('getBold');
    return this.rule.format.bold;
  }

  getCriteriaType(): Criteria {
    this.tick('getCriteriaType');
    return enumValue<Criteria>(this.rule.criteria ?? '');
  }

  getCriteriaValues(): any[] {
    this.tick('getCriteriaValues');
    return [...this.rule.values];
  }
}

/** `SpreadsheetApp.newConditionalFormatRule()`. */
export class OfflineConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private rule: ConditionalRule;

  constructor(
    private readonly kernel: Kernel,
    from?: ConditionalRule,
  ) {
    this.rule = from
      ? cloneRule(from)
      : { criteria: null, values: [], format: { background: null, fontColor: null, bold: null }, ranges: [] };
  }

  private tick(method: string): void {
    this.kernel.tick(`SpreadsheetApp.ConditionalFormatRuleBuilder.${method}`);
  }

  private when(criteria: string, values: unknown[]): ConditionalFormatRuleBuilderApi {
    this.rule.criteria = criteria;
    this.rule.values = values;
    return this;
  }

  build(): ConditionalFormatRuleApi {
    this.tick('build');
    return new OfflineConditionalFormatRule(this.kernel, cloneRule(this.rule));
  }

  copy(): ConditionalFormatRuleBuilderApi {
    this.tick('copy');
    return new OfflineConditionalFormatRuleBuilder(this.kernel, this.rule);
  }

  getBooleanCondition(): BooleanConditionApi | null {
    this.tick('getBooleanCondition');
    return this.rule.criteria ? new OfflineBooleanCondition(this.kernel, cloneRule(this.rule)) : null;
  }

  getRanges(): RangeApi[] {
    this.tick('getRanges');
    return rangesOf(this.rule);
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderApi {
    this.tick('whenFormulaSatisfied');
    return this.when('CUSTOM_FORMULA', [formula]);
  }

  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderApi {
    this.tick('whenTextEqualTo');
    return this.when('TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): ConditionalFormatRuleBuilderApi {
    this.tick('whenTextContains');
    return this.when('TEXT_CONTAINS', [text]);
  }

  whenCellEmpty(): ConditionalFormatRuleBuilderApi {
    this.tick('whenCellEmpty');
    return this.when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): ConditionalFormatRuleBuilderApi {
    this.tick('whenCellNotEmpty');
    return this.when('CELL_NOT_EMPTY', []);
  }

  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilderApi {
    this.tick('whenNumberGreaterThan');
    return this.when('NUMBER_GREATER_THAN', [number]);
  }

  whenNumberLessThan(number: number): ConditionalFormatRuleBuilderApi {
    this.tick('whenNumberLessThan');
    return this.when('NUMBER_LESS_THAN', [number]);
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilderApi {
    this.tick('setBackground');
    this.rule.format.background = color;
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi {
    this.tick('setFontColor');
    this.rule.format.fontColor = color;
    return this;
  }

  setBold(bold: boolean | null): ConditionalFormatRuleBuilderApi {
    this.tick('setBold');
    this.rule.format.bold = bold;
    return this;
  }

  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi {
    this.tick('setRanges');
    this.rule.ranges = ranges.map((r) => {
      const m = rangeModel(r);
      return { sheet: m.sheet, ...m.rect };
    });
    return this;
  }
}

export class OfflineConditionalFormatRule implements ConditionalFormatRuleApi {
  constructor(
    private readonly kernel: Kernel,
    readonly rule: ConditionalRule,
  ) {}

  copy(): ConditionalFormatRuleBuilderApi {
    this.kernel.tick('SpreadsheetApp.ConditionalFormatRule.copy');
    return new OfflineConditionalFormatRuleBuilder(this.kernel, this.rule);
  }

  getBooleanCondition(): BooleanConditionApi | null {
    this.kernel.tick('SpreadsheetApp.ConditionalFormatRule.getBooleanCondition');
    return this.rule.criteria ? new OfflineBooleanCondition(this.kernel, cloneRule(this.rule)) : null;
  }

  getRanges(): RangeApi[] {
    this.kernel.tick('SpreadsheetApp.ConditionalFormatRule.getRanges');
    return rangesOf(this.rule);
  }
}

/** The plain rule behind a built rule (what `Sheet.setConditionalFormatRules` stores). */
export function conditionalRuleModel(rule: ConditionalFormatRuleApi): ConditionalRule {
  if (!(rule instanceof OfflineConditionalFormatRule))
    throw new Error('Not an offline conditional format rule.');
  return cloneRule(rule.rule);
}

import type {
  CheckboxGridItemApi,
  CheckboxItemApi,
  ChoiceApi,
  DateItemApi,
  GridItemApi,
  ItemApi,
  ItemResponseApi,
  ListItemApi,
  MultipleChoiceItemApi,
  ParagraphTextItemApi,
  ScaleItemApi,
  SectionHeaderItemApi,
  TextItemApi,
} from '../../gas/api/forms';
import { gasException } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import { checkArgs, isBoolean, isDate, isNumber, isString, isStringArray, isStringGrid } from './args';
import { formatIsoDate } from './dates';
import type { AnswerValue, FormStore, ItemKind, ItemRecord, ResponseRecord } from './store';

export interface FormsContext {
  kernel: Kernel;
  store: FormStore;
  /** Stores a response and copies it to the linked sheet, without firing triggers (§0.4). */
  recordResponse(
    formId: string,
    answers: ResponseRecord['answers'],
    respondentEmail: string,
    at: number,
  ): ResponseRecord;
}

/** Google's class name for each item kind: what `toString()` prints and what call keys are made of. */
const CLASS_OF: Record<ItemKind, string> = {
  TEXT: 'TextItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  CHECKBOX: 'CheckboxItem',
  LIST: 'ListItem',
  SCALE: 'ScaleItem',
  GRID: 'GridItem',
  CHECKBOX_GRID: 'CheckboxGridItem',
  DATE: 'DateItem',
  SECTION_HEADER: 'SectionHeaderItem',
};

abstract class ItemBase {
  constructor(
    protected readonly ctx: FormsContext,
    readonly formId: string,
    readonly itemId: number,
    protected readonly className: string,
  ) {}

  protected tick(method: string): void {
    this.ctx.kernel.tick(`FormApp.${this.className}.${method}`);
  }

  protected get record(): ItemRecord {
    return this.ctx.store.item(this.formId, this.itemId);
  }

  protected edit(change: (item: ItemRecord) => void): this {
    change(this.record);
    this.ctx.store.changed(this.formId);
    return this;
  }

  getId(): number {
    this.tick('getId');
    return this.record.id;
  }

  getIndex(): number {
    this.tick('getIndex');
    return this.ctx.store.get(this.formId).items.findIndex((i) => i.id === this.itemId);
  }

  getTitle(): string {
    this.tick('getTitle');
    return this.record.title;
  }

  getHelpText(): string {
    this.tick('getHelpText');
    return this.record.helpText;
  }

  getType(): GoogleAppsScript.Forms.ItemType {
    this.tick('getType');
    return this.record.kind as unknown as GoogleAppsScript.Forms.ItemType;
  }

  setTitle(title: string): this {
    this.tick('setTitle');
    checkArgs(`FormApp.${this.className}.setTitle`, arguments, isString);
    return this.edit((i) => (i.title = title));
  }

  setHelpText(text: string): this {
    this.tick('setHelpText');
    checkArgs(`FormApp.${this.className}.setHelpText`, arguments, isString);
    return this.edit((i) => (i.helpText = text));
  }

  toString(): string {
    return this.className;
  }
}

/** An item as `Form.getItems()` returns it: only the common methods and the `as…Item()` casts. */
export class OfflineItem extends ItemBase implements ItemApi {
  constructor(ctx: FormsContext, formId: string, itemId: number) {
    super(ctx, formId, itemId, 'Item');
  }

  private cast<T>(kind: ItemKind, method: string): T {
    this.tick(method);
    const actual = this.record.kind;
    // Google refuses a cast to another kind; the exact wording is [unsure] (gas-fakes uses this shape).
    if (actual !== kind) throw gasException(`Item of type ${actual} can't be cast as ${kind}.`);
    return typedItem(this.ctx, this.formId, this.itemId, kind) as T;
  }

  asTextItem(): TextItemApi {
    return this.cast('TEXT', 'asTextItem');
  }
  asParagraphTextItem(): ParagraphTextItemApi {
    return this.cast('PARAGRAPH_TEXT', 'asParagraphTextItem');
  }
  asMultipleChoiceItem(): MultipleChoiceItemApi {
    return this.cast('MULTIPLE_CHOICE', 'asMultipleChoiceItem');
  }
  asCheckboxItem(): CheckboxItemApi {
    return this.cast('CHECKBOX', 'asCheckboxItem');
  }
  asListItem(): ListItemApi {
    return this.cast('LIST', 'asListItem');
  }
  asScaleItem(): ScaleItemApi {
    return this.cast('SCALE', 'asScaleItem');
  }
  asGridItem(): GridItemApi {
    return this.cast('GRID', 'asGridItem');
  }
  asCheckboxGridItem(): CheckboxGridItemApi {
    return this.cast('CHECKBOX_GRID', 'asCheckboxGridItem');
  }
  asDateItem(): DateItemApi {
    return this.cast('DATE', 'asDateItem');
  }
  asSectionHeaderItem(): SectionHeaderItemApi {
    return this.cast('SECTION_HEADER', 'asSectionHeaderItem');
  }
}

abstract class QuestionBase extends ItemBase {
  isRequired(): boolean {
    this.tick('isRequired');
    return this.record.required;
  }

  setRequired(enabled: boolean): this {
    this.tick('setRequired');
    checkArgs(`FormApp.${this.className}.setRequired`, arguments, isBoolean);
    return this.edit((i) => (i.required = enabled));
  }

  protected respond(value: AnswerValue): ItemResponseApi {
    return new OfflineItemResponse(this.ctx, this.formId, this.itemId, value);
  }
}

export class OfflineChoice implements ChoiceApi {
  constructor(
    private readonly kernel: Kernel,
    readonly value: string,
  ) {}

  getValue(): string {
    this.kernel.tick('FormApp.Choice.getValue');
    return this.value;
  }

  toString(): string {
    return 'Choice';
  }
}

abstract class ChoiceQuestionBase extends QuestionBase {
  createChoice(value: string): ChoiceApi {
    this.tick('createChoice');
    checkArgs(`FormApp.${this.className}.createChoice`, arguments, isString);
    return new OfflineChoice(this.ctx.kernel, value);
  }

  getChoices(): ChoiceApi[] {
    this.tick('getChoices');
    return this.record.choices.map((v) => new OfflineChoice(this.ctx.kernel, v));
  }

  setChoices(choices: ChoiceApi[]): this {
    this.tick('setChoices');
    checkArgs(
      `FormApp.${this.className}.setChoices`,
      arguments,
      (v) => Array.isArray(v) && v.every((c) => c instanceof OfflineChoice),
    );
    return this.edit((i) => (i.choices = choices.map((c) => (c as OfflineChoice).value)));
  }

  setChoiceValues(values: string[]): this {
    this.tick('setChoiceValues');
    checkArgs(`FormApp.${this.className}.setChoiceValues`, arguments, isStringArray);
    return this.edit((i) => (i.choices = [...values]));
  }
}

export class OfflineTextItem extends QuestionBase implements TextItemApi {
  createResponse(response: string): ItemResponseApi {
    this.tick('createResponse');
    checkArgs('FormApp.TextItem.createResponse', arguments, isString);
    return this.respond(response);
  }
}

export class OfflineParagraphTextItem extends QuestionBase implements ParagraphTextItemApi {
  createResponse(response: string): ItemResponseApi {
    this.tick('createResponse');
    checkArgs('FormApp.ParagraphTextItem.createResponse', arguments, isString);
    return this.respond(response);
  }
}

export class OfflineMultipleChoiceItem extends ChoiceQuestionBase implements MultipleChoiceItemApi {
  showOtherOption(enabled: boolean): this {
    this.tick('showOtherOption');
    checkArgs('FormApp.MultipleChoiceItem.showOtherOption', arguments, isBoolean);
    return this.edit((i) => (i.otherOption = enabled));
  }

  hasOtherOption(): boolean {
    this.tick('hasOtherOption');
    return this.record.otherOption;
  }

  createResponse(response: string): ItemResponseApi {
    this.tick('createResponse');
    checkArgs('FormApp.MultipleChoiceItem.createResponse', arguments, isString);
    return this.respond(response);
  }
}

export class OfflineCheckboxItem extends ChoiceQuestionBase implements CheckboxItemApi {
  showOtherOption(enabled: boolean): this {
    this.tick('showOtherOption');
    checkArgs('FormApp.CheckboxItem.showOtherOption', arguments, isBoolean);
    return this.edit((i) => (i.otherOption = enabled));
  }

  hasOtherOption(): boolean {
    this.tick('hasOtherOption');
    return this.record.otherOption;
  }

  createResponse(responses: string[]): ItemResponseApi {
    this.tick('createResponse');
    checkArgs('FormApp.CheckboxItem.createResponse', arguments, isStringArray);
    return this.respond([...responses]);
  }
}

export class OfflineListItem extends ChoiceQuestionBase implements ListItemApi {
  createResponse(response: string): ItemResponseApi {
    this.tick('createResponse');
    checkArgs('FormApp.ListItem.createResponse', arguments, isString);
    return this.respond(response);
  }
}

export class OfflineScaleItem extends QuestionBase implements ScaleItemApi {
  setBounds(lower: number, upper: number): this {
    this.tick('setBounds');
    checkArgs('FormApp.ScaleItem.setBounds', arguments, isNumber, isNumber);
    // The Forms editor offers a lower bound of 0 or 1 and an upper bound of 2..10; wording [unsure].
    if (lower !== 0 && lower !== 1) throw gasException('Invalid data updating form.');
    if (!(upper >= 2 && upper <= 10) || !Number.isInteger(upper))
      throw gasException('Invalid data updating form.');
    return this.edit((i) => {
      i.lowerBound = lower;
      i.upperBound = upper;
    });
  }

  setLabels(lower: string, upper: string): this {
    this.tick('setLabels');
    checkArgs('FormApp.ScaleItem.setLabels', arguments, isString, isString);
    return this.edit((i) => {
      i.leftLabel = lower;
      i.rightLabel = upper;
    });
  }

  getLowerBound(): number {
    this.tick('getLowerBound');
    return this.record.lowerBound;
  }

  getUpperBound(): number {
    this.tick('getUpperBound');
    return this.record.upperBound;
  }

  getLeftLabel(): string {
    this.tick('getLeftLabel');
    return this.record.leftLabel;
  }

  getRightLabel(): string {
    this.tick('getRightLabel');
    return this.record.rightLabel;
  }

  createResponse(response: number): ItemResponseApi {
    this.tick('createResponse');
    checkArgs('FormApp.ScaleItem.createResponse', arguments, isNumber);
    // A scale answer reads back as a String, e.g. '4' (§2.3.2).
    return this.respond(String(response));
  }
}

abstract class GridQuestionBase extends QuestionBase {
  getRows(): string[] {
    this.tick('getRows');
    return [...this.record.rows];
  }

  getColumns(): string[] {
    this.tick('getColumns');
    return [...this.record.columns];
  }

  setRows(rows: string[]): this {
    this.tick('setRows');
    checkArgs(`FormApp.${this.className}.setRows`, arguments, isStringArray);
    return this.edit((i) => (i.rows = [...rows]));
  }

  setColumns(columns: string[]): this {
    this.tick('setColumns');
    checkArgs(`FormApp.${this.className}.setColumns`, arguments, isStringArray);
    return this.edit((i) => (i.columns = [...columns]));
  }
}

export class OfflineGridItem extends GridQuestionBase implements GridItemApi {
  createResponse(responses: string[]): ItemResponseApi {
    this.tick('createResponse');
    checkArgs('FormApp.GridItem.createResponse', arguments, (v) => Array.isArray(v));
    // One entry per row, '' for a row left unanswered (§2.3.2).
    return this.respond(responses.map((r) => (r == null ? '' : String(r))));
  }
}

export class OfflineCheckboxGridItem extends GridQuestionBase implements CheckboxGridItemApi {
  createResponse(responses: string[][]): ItemResponseApi {
    this.tick('createResponse');
    checkArgs('FormApp.CheckboxGridItem.createResponse', arguments, isStringGrid);
    return this.respond(responses.map((r) => (r == null ? [] : [...r])));
  }
}

export class OfflineDateItem extends QuestionBase implements DateItemApi {
  includesYear(): boolean {
    this.tick('includesYear');
    return this.record.includesYear;
  }

  setIncludesYear(enableYear: boolean): this {
    this.tick('setIncludesYear');
    checkArgs('FormApp.DateItem.setIncludesYear', arguments, isBoolean);
    return this.edit((i) => (i.includesYear = enableYear));
  }

  createResponse(response: Date): ItemResponseApi {
    this.tick('createResponse');
    checkArgs('FormApp.DateItem.createResponse', arguments, isDate);
    // A date answer reads back as 'YYYY-MM-DD' (§2.3.2), the day in the script's time zone.
    return this.respond(formatIsoDate(response, this.ctx.kernel.timeZone));
  }
}

export class OfflineSectionHeaderItem extends ItemBase implements SectionHeaderItemApi {}

/** The typed handle for an item, as `Form.add…Item()` and `Item.as…Item()` return it. */
export function typedItem(ctx: FormsContext, formId: string, itemId: number, kind: ItemKind): ItemBase {
  const className = CLASS_OF[kind];
  switch (kind) {
    case 'TEXT':
      return new OfflineTextItem(ctx, formId, itemId, className);
    case 'PARAGRAPH_TEXT':
      return new OfflineParagraphTextItem(ctx, formId, itemId, className);
    case 'MULTIPLE_CHOICE':
      return new OfflineMultipleChoiceItem(ctx, formId, itemId, className);
    case 'CHECKBOX':
      return new OfflineCheckboxItem(ctx, formId, itemId, className);
    case 'LIST':
      return new OfflineListItem(ctx, formId, itemId, className);
    case 'SCALE':
      return new OfflineScaleItem(ctx, formId, itemId, className);
    case 'GRID':
      return new OfflineGridItem(ctx, formId, itemId, className);
    case 'CHECKBOX_GRID':
      return new OfflineCheckboxGridItem(ctx, formId, itemId, className);
    case 'DATE':
      return new OfflineDateItem(ctx, formId, itemId, className);
    case 'SECTION_HEADER':
      return new OfflineSectionHeaderItem(ctx, formId, itemId, className);
  }
}

/** One answer to one item: built by `Item.createResponse()` or read from a stored response. */
export class OfflineItemResponse implements ItemResponseApi {
  constructor(
    private readonly ctx: FormsContext,
    readonly formId: string,
    readonly itemId: number,
    readonly value: AnswerValue,
  ) {}

  getItem(): ItemApi {
    this.ctx.kernel.tick('FormApp.ItemResponse.getItem');
    return new OfflineItem(this.ctx, this.formId, this.itemId);
  }

  getResponse(): string[][] | string[] | string {
    this.ctx.kernel.tick('FormApp.ItemResponse.getResponse');
    return copyAnswer(this.value);
  }

  toString(): string {
    return 'ItemResponse';
  }
}

export function copyAnswer(value: AnswerValue): AnswerValue {
  if (typeof value === 'string') return value;
  return (value as Array<string | string[]>).map((v) => (Array.isArray(v) ? [...v] : v)) as AnswerValue;
}

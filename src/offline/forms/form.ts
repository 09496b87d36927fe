import type {
  CheckboxGridItemApi,
  CheckboxItemApi,
  DateItemApi,
  FormApi,
  FormResponseApi,
  GridItemApi,
  ItemApi,
  ListItemApi,
  MultipleChoiceItemApi,
  ParagraphTextItemApi,
  ScaleItemApi,
  SectionHeaderItemApi,
  TextItemApi,
} from '../../gas/api/forms';
import { describeArgumentType, gasException, signatureMismatch } from '../runtime/exception';
import { checkArgs, isBoolean, isNumber, isString } from './args';
import { DestinationType } from './enums';
import { FormsContext, OfflineItem, typedItem } from './items';
import { OfflineFormResponse } from './responses';
import type { FormRecord, ItemKind } from './store';

/** What the form needs from the response-sheet side to link and unlink a spreadsheet (§2.1.10). */
export interface DestinationLinker {
  link(formId: string, spreadsheetId: string): void;
  unlink(formId: string): void;
}

export interface FormContext extends FormsContext {
  destinations: DestinationLinker;
}

function itemIdOf(item: unknown): number | undefined {
  const id = (item as { itemId?: unknown } | null)?.itemId;
  return typeof id === 'number' ? id : undefined;
}

export class OfflineForm implements FormApi {
  constructor(
    private readonly ctx: FormContext,
    readonly formId: string,
  ) {}

  private tick(method: string): void {
    this.ctx.kernel.tick(`FormApp.Form.${method}`);
  }

  private get record(): FormRecord {
    return this.ctx.store.get(this.formId);
  }

  private set<K extends keyof FormRecord>(key: K, value: FormRecord[K]): this {
    this.record[key] = value;
    this.ctx.store.changed(this.formId);
    return this;
  }

  getId(): string {
    this.tick('getId');
    return this.formId;
  }

  getTitle(): string {
    this.tick('getTitle');
    return this.record.title;
  }

  setTitle(title: string): FormApi {
    this.tick('setTitle');
    checkArgs('FormApp.Form.setTitle', arguments, isString);
    // The form title is what respondents see; the Drive file keeps its own name (gas-fakes test/testform.js).
    return this.set('title', title);
  }

  getDescription(): string {
    this.tick('getDescription');
    return this.record.description;
  }

  setDescription(description: string): FormApi {
    this.tick('setDescription');
    checkArgs('FormApp.Form.setDescription', arguments, isString);
    return this.set('description', description);
  }

  getPublishedUrl(): string {
    this.tick('getPublishedUrl');
    // The respondent URL carries a separate published id and ends in /viewform (§2.4.2).
    return `https://docs.google.com/forms/d/e/${this.record.publishedKey}/viewform`;
  }

  getEditUrl(): string {
    this.tick('getEditUrl');
    return `https://docs.google.com/forms/d/${this.formId}/edit`;
  }

  shortenFormUrl(url: string): string {
    this.tick('shortenFormUrl');
    checkArgs('FormApp.Form.shortenFormUrl', arguments, isString);
    // A forms.gle link without /viewform (§2.4.2); the code is deterministic so runs compare.
    let hash = 0;
    for (const ch of url) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
    let code = '';
    for (let i = 0; i < 17; i++) {
      code += alphabet[hash % alphabet.length];
      hash = (hash * 1103515245 + 12345) >>> 0;
    }
    return `https://forms.gle/${code}`;
  }

  setCollectEmail(collect: boolean): FormApi {
    this.tick('setCollectEmail');
    checkArgs('FormApp.Form.setCollectEmail', arguments, isBoolean);
    return this.set('collectEmail', collect);
  }

  collectsEmail(): boolean {
    this.tick('collectsEmail');
    return this.record.collectEmail;
  }

  setAllowResponseEdits(enabled: boolean): FormApi {
    this.tick('setAllowResponseEdits');
    checkArgs('FormApp.Form.setAllowResponseEdits', arguments, isBoolean);
    return this.set('allowResponseEdits', enabled);
  }

  canEditResponse(): boolean {
    this.tick('canEditResponse');
    return this.record.allowResponseEdits;
  }

  setLimitOneResponsePerUser(enabled: boolean): FormApi {
    this.tick('setLimitOneResponsePerUser');
    checkArgs('FormApp.Form.setLimitOneResponsePerUser', arguments, isBoolean);
    return this.set('limitOneResponsePerUser', enabled);
  }

  hasLimitOneResponsePerUser(): boolean {
    this.tick('hasLimitOneResponsePerUser');
    return this.record.limitOneResponsePerUser;
  }

  setConfirmationMessage(message: string): FormApi {
    this.tick('setConfirmationMessage');
    checkArgs('FormApp.Form.setConfirmationMessage', arguments, isString);
    return this.set('confirmationMessage', message);
  }

  getConfirmationMessage(): string {
    this.tick('getConfirmationMessage');
    return this.record.confirmationMessage;
  }

  setAcceptingResponses(enabled: boolean): FormApi {
    this.tick('setAcceptingResponses');
    checkArgs('FormApp.Form.setAcceptingResponses', arguments, isBoolean);
    return this.set('acceptingResponses', enabled);
  }

  isAcceptingResponses(): boolean {
    this.tick('isAcceptingResponses');
    return this.record.acceptingResponses;
  }

  setProgressBar(enabled: boolean): FormApi {
    this.tick('setProgressBar');
    checkArgs('FormApp.Form.setProgressBar', arguments, isBoolean);
    return this.set('progressBar', enabled);
  }

  hasProgressBar(): boolean {
    this.tick('hasProgressBar');
    return this.record.progressBar;
  }

  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): FormApi {
    this.tick('setDestination');
    checkArgs('FormApp.Form.setDestination', arguments, (v) => v != null, isString);
    // SPREADSHEET is the only destination type; a string in its place fails the signature check (§0.3).
    if (type !== DestinationType.SPREADSHEET) {
      throw signatureMismatch(`${describeArgumentType(type)},String`, 'FormApp.Form.setDestination');
    }
    this.ctx.destinations.link(this.formId, id);
    return this;
  }

  getDestinationId(): string {
    this.tick('getDestinationId');
    const destination = this.record.destination;
    // Live Apps Script throws when no destination is set (§2.1.11); the wording is [unsure].
    if (!destination) throw gasException('The form currently has no response destination.');
    return destination.spreadsheetId;
  }

  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    this.tick('getDestinationType');
    const destination = this.record.destination;
    if (!destination) throw gasException('The form currently has no response destination.');
    return 'SPREADSHEET' as unknown as GoogleAppsScript.Forms.DestinationType;
  }

  removeDestination(): FormApi {
    this.tick('removeDestination');
    // The old sheet keeps its rows; the form keeps its own responses (§2.1.10).
    this.ctx.destinations.unlink(this.formId);
    return this;
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): ItemApi[] {
    this.tick('getItems');
    if (arguments.length > 0) checkArgs('FormApp.Form.getItems', arguments, isString);
    return this.record.items
      .filter((i) => itemType === undefined || i.kind === String(itemType))
      .map((i) => new OfflineItem(this.ctx, this.formId, i.id));
  }

  getItemById(id: number): ItemApi | null {
    this.tick('getItemById');
    checkArgs('FormApp.Form.getItemById', arguments, isNumber);
    const item = this.record.items.find((i) => i.id === id);
    return item ? new OfflineItem(this.ctx, this.formId, item.id) : null;
  }

  deleteItem(target: number | ItemApi): void {
    this.tick('deleteItem');
    const items = this.record.items;
    const index = this.indexOf(target, 'FormApp.Form.deleteItem');
    // Wording [unsure]; Google documents a scripting exception for an index out of range.
    if (index < 0 || index >= items.length) throw gasException(`Index (${index}) is out of bounds.`);
    items.splice(index, 1);
    this.ctx.store.changed(this.formId);
  }

  moveItem(from: number | ItemApi, to: number): ItemApi {
    this.tick('moveItem');
    const items = this.record.items;
    const index = this.indexOf(from, 'FormApp.Form.moveItem');
    // Out-of-range positions throw a scripting exception (§2.4.4); wording [unsure].
    if (index < 0 || index >= items.length)
      throw gasException(`The starting position ${index} is out of bounds.`);
    if (typeof to !== 'number' || !Number.isInteger(to) || to < 0 || to >= items.length) {
      throw gasException(`The destination position ${String(to)} is out of bounds.`);
    }
    const [moved] = items.splice(index, 1);
    items.splice(to, 0, moved!);
    this.ctx.store.changed(this.formId);
    return new OfflineItem(this.ctx, this.formId, moved!.id);
  }

  private indexOf(target: unknown, method: string): number {
    if (typeof target === 'number') return target;
    const id = itemIdOf(target);
    if (id === undefined) throw signatureMismatch(describeArgumentType(target), method);
    return this.record.items.findIndex((i) => i.id === id);
  }

  private add<T>(kind: ItemKind, method: string): T {
    this.tick(method);
    const item = this.ctx.store.newItem(this.formId, kind);
    return typedItem(this.ctx, this.formId, item.id, kind) as T;
  }

  addTextItem(): TextItemApi {
    return this.add('TEXT', 'addTextItem');
  }
  addParagraphTextItem(): ParagraphTextItemApi {
    return this.add('PARAGRAPH_TEXT', 'addParagraphTextItem');
  }
  addMultipleChoiceItem(): MultipleChoiceItemApi {
    return this.add('MULTIPLE_CHOICE', 'addMultipleChoiceItem');
  }
  addCheckboxItem(): CheckboxItemApi {
    return this.add('CHECKBOX', 'addCheckboxItem');
  }
  addListItem(): ListItemApi {
    return this.add('LIST', 'addListItem');
  }
  addScaleItem(): ScaleItemApi {
    return this.add('SCALE', 'addScaleItem');
  }
  addGridItem(): GridItemApi {
    return this.add('GRID', 'addGridItem');
  }
  addCheckboxGridItem(): CheckboxGridItemApi {
    return this.add('CHECKBOX_GRID', 'addCheckboxGridItem');
  }
  addDateItem(): DateItemApi {
    return this.add('DATE', 'addDateItem');
  }
  addSectionHeaderItem(): SectionHeaderItemApi {
    return this.add('SECTION_HEADER', 'addSectionHeaderItem');
  }

  getResponses(timestamp?: Date): FormResponseApi[] {
    this.tick('getResponses');
    if (arguments.length > 0) checkArgs('FormApp.Form.getResponses', arguments, (v) => v instanceof Date);
    // Responses at or after the timestamp when one is given (Form#getResponses(timestamp)).
    const since = timestamp ? timestamp.getTime() : -Infinity;
    return this.record.responses
      .filter((r) => r.timestamp >= since)
      .map((r) => new OfflineFormResponse(this.ctx, this.formId, r.id));
  }

  getResponse(responseId: string): FormResponseApi {
    this.tick('getResponse');
    checkArgs('FormApp.Form.getResponse', arguments, isString);
    // An unknown response id throws; wording [unsure].
    if (!this.record.responses.some((r) => r.id === responseId)) {
      throw gasException(`No response with ID ${responseId} exists for this form.`);
    }
    return new OfflineFormResponse(this.ctx, this.formId, responseId);
  }

  createResponse(): FormResponseApi {
    this.tick('createResponse');
    return new OfflineFormResponse(this.ctx, this.formId, null);
  }

  deleteResponse(responseId: string): FormApi {
    this.tick('deleteResponse');
    checkArgs('FormApp.Form.deleteResponse', arguments, isString);
    // Only the form's own store: the row already copied to a linked sheet stays (Form#deleteResponse).
    if (!this.record.responses.some((r) => r.id === responseId)) {
      throw gasException(`No response with ID ${responseId} exists for this form.`);
    }
    this.record.responses = this.record.responses.filter((r) => r.id !== responseId);
    return this;
  }

  deleteAllResponses(): FormApi {
    this.tick('deleteAllResponses');
    // Only the form's own store; rows already copied to a linked sheet stay (Form#deleteAllResponses).
    this.record.responses = [];
    return this;
  }

  toString(): string {
    return 'Form';
  }
}

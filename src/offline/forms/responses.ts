import type { FormResponseApi, ItemApi, ItemResponseApi } from '../../gas/api/forms';
import { gasException, signatureMismatch, describeArgumentType } from '../runtime/exception';
import { copyAnswer, FormsContext, OfflineItemResponse } from './items';
import type { ResponseRecord } from './store';

/** Reads the id of any of our item handles (generic or typed). */
function itemIdOf(item: unknown): number | undefined {
  const id = (item as { itemId?: unknown } | null)?.itemId;
  return typeof id === 'number' ? id : undefined;
}

/**
 * A form response: either one already stored (from a respondent or an earlier `submit()`), or a draft
 * made by `Form.createResponse()` that the script fills with `withItemResponse()` and then submits.
 */
export class OfflineFormResponse implements FormResponseApi {
  private draft: ResponseRecord['answers'] = [];

  constructor(
    private readonly ctx: FormsContext,
    readonly formId: string,
    private responseId: string | null,
  ) {}

  private tick(method: string): void {
    this.ctx.kernel.tick(`FormApp.FormResponse.${method}`);
  }

  private get stored(): ResponseRecord | null {
    if (this.responseId === null) return null;
    return this.ctx.store.get(this.formId).responses.find((r) => r.id === this.responseId) ?? null;
  }

  private answers(): ResponseRecord['answers'] {
    return this.stored?.answers ?? this.draft;
  }

  getId(): string {
    this.tick('getId');
    // A draft has no id until it is submitted; Google returns null then [unsure].
    return this.stored?.id ?? (null as unknown as string);
  }

  getTimestamp(): Date {
    this.tick('getTimestamp');
    const stored = this.stored;
    return stored ? new Date(stored.timestamp) : (null as unknown as Date);
  }

  getRespondentEmail(): string {
    this.tick('getRespondentEmail');
    return this.stored?.respondentEmail ?? '';
  }

  getEditResponseUrl(): string {
    this.tick('getEditResponseUrl');
    const form = this.ctx.store.get(this.formId);
    return `https://docs.google.com/forms/d/e/${form.publishedKey}/viewform?edit2=${this.stored?.id ?? ''}`;
  }

  getItemResponses(): ItemResponseApi[] {
    this.tick('getItemResponses');
    // Only the answered items, in the form's current order (§2.3.3); answers to deleted items drop out.
    const order = this.ctx.store.get(this.formId).items.map((i) => i.id);
    return this.answers()
      .filter((a) => order.includes(a.itemId))
      .sort((a, b) => order.indexOf(a.itemId) - order.indexOf(b.itemId))
      .map((a) => new OfflineItemResponse(this.ctx, this.formId, a.itemId, copyAnswer(a.value)));
  }

  getResponseForItem(item: ItemApi): ItemResponseApi | null {
    this.tick('getResponseForItem');
    const id = itemIdOf(item);
    if (id === undefined)
      throw signatureMismatch(describeArgumentType(item), 'FormApp.FormResponse.getResponseForItem');
    const answer = this.answers().find((a) => a.itemId === id);
    return answer ? new OfflineItemResponse(this.ctx, this.formId, id, copyAnswer(answer.value)) : null;
  }

  withItemResponse(response: ItemResponseApi): FormResponseApi {
    this.tick('withItemResponse');
    if (!(response instanceof OfflineItemResponse)) {
      throw signatureMismatch(describeArgumentType(response), 'FormApp.FormResponse.withItemResponse');
    }
    if (this.stored) throw gasException('This response has already been submitted.');
    // A second answer to the same item replaces the first.
    this.draft = this.draft.filter((a) => a.itemId !== response.itemId);
    this.draft.push({ itemId: response.itemId, value: copyAnswer(response.value) });
    return this;
  }

  submit(): FormResponseApi {
    this.tick('submit');
    // Google: "Throws a scripting exception if the response has already been submitted" (wording [unsure]).
    if (this.stored) throw gasException('This response has already been submitted.');
    const order = this.ctx.store.get(this.formId).items.map((i) => i.id);
    const answers = [...this.draft].sort((a, b) => order.indexOf(a.itemId) - order.indexOf(b.itemId));
    const record = this.ctx.recordResponse(this.formId, answers, '', this.ctx.kernel.clock.now());
    this.responseId = record.id;
    this.draft = [];
    return this;
  }

  toString(): string {
    return 'FormResponse';
  }
}

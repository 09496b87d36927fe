import { gasException } from '../runtime/exception';
import { MIME } from '../runtime/drive-registry';
import type { Kernel } from '../runtime/kernel';

/** Google's item kinds, by the names of `FormApp.ItemType` (only the ones the add-on builds). */
export type ItemKind =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'CHECKBOX'
  | 'LIST'
  | 'SCALE'
  | 'GRID'
  | 'CHECKBOX_GRID'
  | 'DATE'
  | 'SECTION_HEADER';

export interface ItemRecord {
  /** Google item ids are integers. */
  id: number;
  kind: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  otherOption: boolean;
  rows: string[];
  columns: string[];
  lowerBound: number;
  upperBound: number;
  leftLabel: string;
  rightLabel: string;
  includesYear: boolean;
}

/** An answer as `ItemResponse.getResponse()` returns it (§2.3.2). */
export type AnswerValue = string | string[] | string[][];

export interface ResponseRecord {
  id: string;
  timestamp: number;
  /** '' unless the form collected e-mail addresses when the response came in (§2.3.3). */
  respondentEmail: string;
  /** Answered items only, in form order at submission time. */
  answers: Array<{ itemId: number; value: AnswerValue }>;
}

/** One column of the linked response sheet, keyed by what it holds rather than its header (§2.1.9). */
export interface ResponseColumn {
  /** 'timestamp' | 'email' | 'item:<id>' | 'item:<id>:row:<index>' */
  key: string;
  header: string;
}

export interface DestinationRecord {
  spreadsheetId: string;
  sheetId: number;
  sheetName: string;
  columns: ResponseColumn[];
}

export interface FormRecord {
  id: string;
  title: string;
  description: string;
  items: ItemRecord[];
  collectEmail: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  confirmationMessage: string;
  acceptingResponses: boolean;
  progressBar: boolean;
  /** The `/d/e/<key>/viewform` part of respondent URLs (Google uses a separate published id). */
  publishedKey: string;
  destination: DestinationRecord | null;
  responses: ResponseRecord[];
}

/**
 * Every form of the offline Workspace as plain data. The FormApp objects read and write through it on
 * every call, so two handles to one form always agree, as they do in Apps Script. Nothing here ticks:
 * it is also what the respondent simulator, tests and the exporter read.
 */
export class FormStore {
  private readonly forms = new Map<string, FormRecord>();
  private nextItemId = 1_000_000_001;
  /** Called after a linked form's questions change, so the response sheet's header follows (§2.1.9). */
  onStructureChange: (formId: string) => void = () => undefined;

  constructor(private readonly kernel: Kernel) {}

  create(name: string, title: string): FormRecord {
    const id = this.kernel.newId('form');
    this.kernel.drive.register(id, name, MIME.form);
    const record: FormRecord = {
      id,
      title,
      description: '',
      items: [],
      collectEmail: false,
      allowResponseEdits: false,
      limitOneResponsePerUser: false,
      confirmationMessage: '',
      acceptingResponses: true,
      progressBar: false,
      publishedKey: this.kernel.newId('FAIpQL'),
      destination: null,
      responses: [],
    };
    this.forms.set(id, record);
    return record;
  }

  find(id: string): FormRecord | undefined {
    return this.forms.get(id);
  }

  /** Google's Drive wording for an id that is not a form the user can open (observed for FormApp.openByUrl). */
  get(id: string): FormRecord {
    const record = this.forms.get(id);
    if (!record) {
      throw gasException(
        'No item with the given ID could be found, or you do not have permission to access it.',
      );
    }
    return record;
  }

  all(): FormRecord[] {
    return [...this.forms.values()];
  }

  /**
   * A person deletes the form for good (Drive: delete forever). `openById` then fails with the Drive
   * "no item" text; the linked tab keeps its rows and its `getFormUrl()` [unsure what Google then returns].
   */
  deletePermanently(id: string): void {
    this.forms.delete(id);
    this.kernel.drive.remove(id);
  }

  newItem(formId: string, kind: ItemKind): ItemRecord {
    const form = this.get(formId);
    const item: ItemRecord = {
      id: this.nextItemId++,
      kind,
      title: '',
      helpText: '',
      required: false,
      // Live Apps Script gives a new choice item one empty choice (gas-fakes test/testform.js).
      choices: kind === 'MULTIPLE_CHOICE' || kind === 'CHECKBOX' || kind === 'LIST' ? [''] : [],
      otherOption: false,
      rows: [],
      columns: [],
      lowerBound: 1,
      upperBound: 5,
      leftLabel: '',
      rightLabel: '',
      includesYear: true,
    };
    form.items.push(item);
    this.changed(formId);
    return item;
  }

  item(formId: string, itemId: number): ItemRecord {
    const item = this.get(formId).items.find((i) => i.id === itemId);
    // Google's handles to deleted items fail on use; the wording is [unsure].
    if (!item) throw gasException('The item has been deleted from the form.');
    return item;
  }

  changed(formId: string): void {
    if (this.forms.get(formId)?.destination) this.onStructureChange(formId);
  }

  /** Plain-data snapshot for `npm start` and tests. */
  toJSON(): FormRecord[] {
    return JSON.parse(JSON.stringify(this.all())) as FormRecord[];
  }
}

import { MentoringError, formIdFromUrl, messages, normalizeEmail } from '../core';
import type {
  ChoiceUpdate,
  CreatedForm,
  FormDraft,
  FormItemDraft,
  Forms,
  ResponseSheet,
  ResponseSheets,
} from '../ports';
import type { FormApi, FormAppApi } from './api/forms';
import type { SheetApi, SpreadsheetAppApi } from './api/spreadsheet';
import { ActiveSpreadsheet } from './active-spreadsheet';

/**
 * The questionnaires in Google Forms. Each form is opened at most once per execution; building one costs
 * a call per setting and per item, syncing choices three calls per item, whatever the number of responses.
 */
export class GoogleForms implements Forms {
  private readonly opened = new Map<string, FormApi>();
  private readonly spreadsheet: ActiveSpreadsheet;

  constructor(
    private readonly app: FormAppApi,
    spreadsheetApp: SpreadsheetAppApi,
  ) {
    this.spreadsheet = new ActiveSpreadsheet(spreadsheetApp);
  }

  opens(formId: string): boolean {
    try {
      this.open(formId);
      return true;
    } catch {
      // Deleted for good, or the person lost access: Google throws the Drive "no item" text (§11).
      // A form in the trash still opens by id, as every Drive file does, and is kept.
      return false;
    }
  }

  /**
   * One `getResponses`, then one `getRespondentEmail` per response: linear in the form's responses, but
   * run only on the day someone is anonymised, which is rare (a college has hundreds of responses).
   */
  eraseResponsesOf(formId: string, emails: readonly string[]): number {
    if (emails.length === 0 || !this.opens(formId)) return 0;
    const wanted = new Set(emails.map(normalizeEmail));
    const form = this.open(formId);
    let erased = 0;
    for (const response of form.getResponses()) {
      if (!wanted.has(normalizeEmail(response.getRespondentEmail()))) continue;
      form.deleteResponse(response.getId());
      erased += 1;
    }
    return erased;
  }

  create(draft: FormDraft): CreatedForm {
    // FormApp.create names the Drive file; the title respondents see needs setTitle (offline FormApp notes).
    const form = this.app.create(draft.title);
    form
      .setTitle(draft.title)
      .setDescription(draft.description)
      .setConfirmationMessage(draft.confirmation)
      .setCollectEmail(draft.collectEmail);
    const itemIds: Record<string, number> = {};
    for (const item of draft.items) itemIds[item.key] = addItem(form, item);
    // Linked last, so the new response tab starts with every question's column in form order (§2.1.5).
    form.setDestination(this.app.DestinationType.SPREADSHEET, this.spreadsheet.getId());
    const formId = form.getId();
    this.opened.set(formId, form);
    return { ref: { formId, publishedUrl: form.getPublishedUrl(), editUrl: form.getEditUrl() }, itemIds };
  }

  relink(formId: string): void {
    this.open(formId).setDestination(this.app.DestinationType.SPREADSHEET, this.spreadsheet.getId());
  }

  updateChoices(formId: string, updates: readonly ChoiceUpdate[]): number[] {
    const form = this.open(formId);
    const missing: number[] = [];
    for (const u of updates) {
      const item = form.getItemById(u.itemId);
      if (!item) {
        missing.push(u.itemId);
        continue;
      }
      if (u.kind === 'grid') item.asGridItem().setRows(u.values);
      else if (u.kind === 'checkbox') item.asCheckboxItem().setChoiceValues(u.values);
      else if (u.kind === 'list') item.asListItem().setChoiceValues(u.values);
      else item.asMultipleChoiceItem().setChoiceValues(u.values);
    }
    return missing;
  }

  setDescription(formId: string, description: string): void {
    this.open(formId).setDescription(description);
  }

  private open(formId: string): FormApi {
    let form = this.opened.get(formId);
    if (!form) {
      form = this.app.openById(formId);
      this.opened.set(formId, form);
    }
    return form;
  }
}

/** Adds one item with its settings, in as few calls as the chain allows; returns its id. */
function addItem(form: FormApi, item: FormItemDraft): number {
  const help = <T extends { setHelpText(text: string): T }>(b: T): T =>
    item.help ? b.setHelpText(item.help) : b;
  const required = <T extends { setRequired(enabled: boolean): T }>(b: T): T =>
    item.required ? b.setRequired(true) : b;
  switch (item.kind) {
    case 'text':
      return required(help(form.addTextItem().setTitle(item.title))).getId();
    case 'paragraph':
      return required(help(form.addParagraphTextItem().setTitle(item.title))).getId();
    case 'choice': {
      const b = required(help(form.addMultipleChoiceItem().setTitle(item.title))).setChoiceValues(
        item.choices,
      );
      return (item.other ? b.showOtherOption(true) : b).getId();
    }
    case 'checkbox': {
      const b = required(help(form.addCheckboxItem().setTitle(item.title))).setChoiceValues(item.choices);
      return (item.other ? b.showOtherOption(true) : b).getId();
    }
    case 'list':
      return required(help(form.addListItem().setTitle(item.title)))
        .setChoiceValues(item.choices)
        .getId();
    case 'scale':
      return required(help(form.addScaleItem().setTitle(item.title)))
        .setBounds(item.low, item.high)
        .setLabels(item.lowLabel, item.highLabel)
        .getId();
    case 'grid':
      return required(help(form.addGridItem().setTitle(item.title)))
        .setRows(item.rows)
        .setColumns(item.columns)
        .getId();
    case 'section':
      return help(form.addSectionHeaderItem().setTitle(item.title)).getId();
    default:
      return unreachable(item);
  }
}

function unreachable(item: never): never {
  throw new Error(`Unknown form item kind: ${JSON.stringify(item)}`);
}

/**
 * Response tabs, found by `Sheet.getFormUrl()` and the form id inside it: one `getSheets`, one
 * `getFormUrl` per tab, one `getName` per linked tab.
 */
export class LinkedResponseSheets implements ResponseSheets {
  private readonly spreadsheet: ActiveSpreadsheet;
  private readonly byName = new Map<string, SheetApi>();

  constructor(spreadsheetApp: SpreadsheetAppApi) {
    this.spreadsheet = new ActiveSpreadsheet(spreadsheetApp);
  }

  list(): ResponseSheet[] {
    this.byName.clear();
    const found: ResponseSheet[] = [];
    for (const sheet of this.spreadsheet.get().getSheets()) {
      const formId = formIdFromUrl(sheet.getFormUrl());
      if (!formId) continue;
      const name = sheet.getName();
      this.byName.set(name, sheet);
      found.push({ formId, sheet: name });
    }
    return found;
  }

  rename(from: string, to: string): void {
    const sheet = this.byName.get(from) ?? this.spreadsheet.get().getSheetByName(from);
    if (!sheet) throw new MentoringError('SHEET_MISSING', messages.setup.sheetMissing(from), from);
    sheet.setName(to);
    this.byName.delete(from);
    this.byName.set(to, sheet);
  }
}

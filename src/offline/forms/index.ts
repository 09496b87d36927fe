import type { FormApi } from '../../gas/api/forms';
import type { Kernel } from '../runtime/kernel';
import type { OfflineTriggers, TriggerFiring } from '../script';
import { normalizeAnswers, RespondentAnswers } from './answers';
import { FormContext, OfflineForm } from './form';
import { OfflineFormApp } from './form-app';
import { OfflineFormResponse } from './responses';
import { ResponseSheetHost, ResponseSheets, WrittenRow } from './response-sheet';
import { FormRecord, FormStore, ResponseRecord } from './store';

export interface SubmitOptions {
  /**
   * Simulates Google's known double fire of the spreadsheet on-form-submit trigger (§2.2.5): the
   * trigger runs a second time a few seconds later, with the same values ('same', or true) or with all
   * answers blank ('blank', the Nov 2019 incident). Lets tests prove handlers are idempotent.
   */
  duplicateSpreadsheetTrigger?: boolean | 'same' | 'blank';
}

export interface Submission {
  response: ResponseRecord;
  /** The row written to the linked sheet, when there is one. */
  row: WrittenRow | null;
  /** Every trigger run the submission caused, in order (failures included, never thrown). */
  firings: TriggerFiring[];
}

/** Seconds between the real fire and the duplicate (§2.2.5 reports "a few seconds"). */
const DUPLICATE_DELAY_MS = 3_000;

/**
 * The offline FormApp with its responses: `app` is the service the add-on sees; `submitAsRespondent`
 * is a person filling in the form (it does not tick; the handlers it triggers do).
 */
export class OfflineForms {
  readonly store: FormStore;
  readonly sheets: ResponseSheets;
  readonly app: OfflineFormApp;
  private readonly ctx: FormContext;

  constructor(
    private readonly kernel: Kernel,
    private readonly triggers: OfflineTriggers,
    host: ResponseSheetHost | null = null,
  ) {
    this.store = new FormStore(kernel);
    this.sheets = new ResponseSheets(kernel, this.store, host);
    this.store.onStructureChange = (formId) => this.sheets.syncHeader(formId);
    this.ctx = {
      kernel,
      store: this.store,
      destinations: this.sheets,
      recordResponse: (formId, answers, email, at) => this.record(formId, answers, email, at).response,
    };
    this.app = new OfflineFormApp(this.ctx);
  }

  /** Connects the spreadsheet side (the workspace does this once both services exist). */
  useSpreadsheets(host: ResponseSheetHost): void {
    this.sheets.host = host;
  }

  /** A Form object for an event's `source`, made without ticking. */
  formObject(formId: string): FormApi {
    return new OfflineForm(this.ctx, formId);
  }

  all(): FormRecord[] {
    return this.store.all();
  }

  toJSON(): FormRecord[] {
    return this.store.toJSON();
  }

  /**
   * A person submits the form. Answers are checked as the Forms page would (unknown question titles,
   * missing required answers and choices that are not offered throw, naming the question), the response
   * is stored, copied to the linked sheet (§2.1), and then the installable triggers run, each as its
   * own execution: form on-submit triggers (event §2.3) and the destination spreadsheet's on-form-submit
   * triggers (event §2.2). A failing handler is recorded and does not undo the submission (§7.5).
   *
   * `at` back-dates the response when it lies in the past (for seeding); a future `at` advances the
   * virtual clock to it first.
   */
  submitAsRespondent(
    formId: string,
    answers: RespondentAnswers,
    respondentEmail?: string,
    at?: Date,
    options: SubmitOptions = {},
  ): Submission {
    const form = this.store.get(formId);
    if (!form.acceptingResponses) throw new Error(`Form "${form.title}" is not accepting responses.`);
    if (form.collectEmail && !respondentEmail) {
      throw new Error(`Form "${form.title}" collects e-mail addresses: give the respondent's e-mail.`);
    }
    if (form.limitOneResponsePerUser && respondentEmail) {
      const already = form.responses.some((r) => r.respondentEmail === respondentEmail);
      if (already) throw new Error(`${respondentEmail} has already responded to form "${form.title}".`);
    }
    const normalized = normalizeAnswers(form, answers, this.kernel.timeZone);
    if (at && at.getTime() > this.kernel.clock.now()) this.kernel.clock.set(at);
    const timestamp = at ? at.getTime() : this.kernel.clock.now();
    const { response, row } = this.record(formId, normalized, respondentEmail ?? '', timestamp);

    // Forms stores the response before copying it to the sheet; which trigger Google starts first is
    // not documented [unsure]. Handlers must not depend on the order.
    const firings = this.triggers.runner.fireFor(formId, 'ON_FORM_SUBMIT', (t) => ({
      authMode: 'FULL',
      response: new OfflineFormResponse(this.ctx, formId, response.id),
      source: this.formObject(formId),
      triggerUid: t.uid,
    }));
    if (row) {
      firings.push(...this.fireSpreadsheetSubmit(row, false));
      const duplicate = options.duplicateSpreadsheetTrigger;
      if (duplicate) {
        this.kernel.clock.advance(DUPLICATE_DELAY_MS);
        firings.push(...this.fireSpreadsheetSubmit(row, duplicate === 'blank'));
      }
    }
    return { response, row, firings };
  }

  private record(
    formId: string,
    answers: ResponseRecord['answers'],
    respondentEmail: string,
    timestamp: number,
  ): { response: ResponseRecord; row: WrittenRow | null } {
    const form = this.store.get(formId);
    const response: ResponseRecord = {
      // Google response ids read like `2_ABaOnud…`.
      id: `2_ABaOnu${this.kernel.newId('resp')}`,
      timestamp,
      // Only kept when the form collects addresses (§2.3.3).
      respondentEmail: form.collectEmail ? respondentEmail : '',
      answers,
    };
    form.responses.push(response);
    return { response, row: this.sheets.append(formId, response) };
  }

  /** The spreadsheet on-form-submit event (§2.2): values, namedValues, range, source, triggerUid. */
  private fireSpreadsheetSubmit(row: WrittenRow, blank: boolean): TriggerFiring[] {
    const host = this.sheets.host!;
    const values = blank ? row.values.map((v, i) => (i === 0 ? v : '')) : [...row.values];
    return this.triggers.runner.fireFor(row.spreadsheetId, 'ON_FORM_SUBMIT', (t) => {
      // Arrays because two columns may share a header: their values then share one entry.
      const namedValues: Record<string, string[]> = {};
      row.headers.forEach((header, i) => (namedValues[header] ??= []).push(values[i] ?? ''));
      return {
        authMode: 'FULL',
        namedValues,
        range: host.range(row.spreadsheetId, row.sheetId, row.row, 1, 1, row.headers.length),
        source: host.spreadsheet(row.spreadsheetId),
        triggerUid: t.uid,
        values: [...values],
      };
    });
  }
}

export type { RespondentAnswers } from './answers';
export type { ResponseSheetHost, WrittenRow } from './response-sheet';

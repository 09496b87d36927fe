import type { Clock } from '../../ports/clock';
import type { Journal, JournalEntry } from '../../ports/journal';
import type { Locks } from '../../ports/lock';
import type { Forms } from '../../ports/forms';
import type { Properties } from '../../ports/properties';
import type { BlockWrite, ResponseSheetValues, SheetBlocks } from '../../ports/sheet-blocks';
import type { CellValue } from '../../ports/workbook';
import { planAnonymisation, planWithdrawal, readConsentRegistry } from '../consent';
import { MentoringError } from '../errors';
import { messages } from '../messages';
import { normalizeEmail } from '../people';
import { SHEETS, sheetSpec } from '../schema/sheets';
import { MONITORING_SHEET } from '../season/monitoring/sheet-names';
import { readSettings } from '../settings/settings';
import { FORM_KEYS, FORMS_PROPERTY, parseStoredForms, type StoredForms } from '../setup/forms-plan';
import { underDocumentLock } from '../document-lock';
import { cellBlocks } from './blocks';
import { planSweep, sweepSheets, type SweepCounts, type SweepPlan } from './sweep';

/** What the submission pipeline needs from outside. */
export interface PipelineDeps {
  blocks: SheetBlocks;
  /** For erasing anonymised people's responses from the forms' own store. */
  forms: Pick<Forms, 'eraseResponsesOf'>;
  properties: Properties;
  locks: Locks;
  journal: Journal;
  clock: Clock;
}

/**
 * How long a run waits for the document lock: another submission's run takes a few seconds; a run that
 * does not get it leaves its response in the response sheet for the next run or the daily sweep.
 */
export const PIPELINE_LOCK_TIMEOUT_MS = 30_000;

export type RunOutcome =
  | { status: 'done'; counts: SweepCounts; plan: SweepPlan }
  /** Another execution held the document lock for the whole wait. */
  | { status: 'busy' }
  /** No forms yet («Настроить систему» has not made them). */
  | { status: 'noForms' };

const retentionDaysOf = (settingsValues: CellValue[][] | undefined): number => {
  const days = Number(readSettings(settingsValues ?? [])['consent.retentionDays']);
  return Number.isFinite(days) && days >= 0 ? days : 30;
};

/** Runs `body` under the document lock; `null` when another execution kept it for the whole wait. */
function underLock<T>(deps: PipelineDeps, body: () => T): T | null {
  return underDocumentLock(deps.locks, PIPELINE_LOCK_TIMEOUT_MS, () => deps.blocks.flush(), body);
}

function storedForms(deps: PipelineDeps): StoredForms {
  const store = deps.properties.document();
  if (!store) throw new MentoringError('NO_DOCUMENT', messages.setup.noDocument);
  return parseStoredForms(store.get(FORMS_PROPERTY));
}

/**
 * Reads everything a sweep needs (one getValues per sheet), plans it and applies the plan. `report`
 * adds a summary line to the journal (menu import, daily sweep that found something).
 */
function sweep(
  deps: PipelineDeps,
  forms: StoredForms,
  reprocess: boolean,
  report: boolean,
  extra: readonly JournalEntry[] = [],
): RunOutcome {
  const linked = linkedForms(forms);
  if (linked.length === 0) {
    deps.journal.writeAll(extra);
    return { status: 'noForms' };
  }
  const sheets = deps.blocks.read(sweepSheets());
  const responses = deps.blocks.readResponses(linked);
  const plan = planSweep({ forms, responses, sheets, now: deps.clock.now(), reprocess });
  deps.blocks.write(plan.writes);
  const summary: JournalEntry[] = report
    ? [
        {
          level: 'INFO',
          code: reprocess ? 'IMPORT_DONE' : 'SWEEP_DONE',
          message: reprocess ? messages.pipeline.importJournal : messages.pipeline.dailyJournal,
          details: messages.pipeline.sweepSummary(plan.counts),
        },
      ]
    : [];
  deps.journal.writeAll([...extra, ...plan.journal, ...summary]);
  return { status: 'done', counts: plan.counts, plan };
}

const linkedForms = (forms: StoredForms) =>
  (['mentee', 'mentor', 'consent'] as const).flatMap((k) => (forms[k] ? [forms[k]] : []));

/** Every form of the system (stages 2–7): whose responses anonymisation clears. */
const allForms = (forms: StoredForms) => FORM_KEYS.flatMap((k) => (forms[k] ? [forms[k]] : []));

/**
 * The submission pipeline (design decision 4): under the document lock, every response not yet in
 * «История анкет» is processed, whichever submission's trigger runs it. `reprocess` («Импортировать
 * ответы») applies all responses again in timestamp order; the result is the same as the triggers give.
 */
export function processResponses(deps: PipelineDeps, options: { reprocess: boolean }): RunOutcome {
  const forms = storedForms(deps);
  const outcome = underLock(deps, () => sweep(deps, forms, options.reprocess, options.reprocess));
  return outcome ?? { status: 'busy' };
}

/** The registry's latest ФИО for an e-mail, for the confirmation question (a read without the lock). */
export function consentHolderName(deps: PipelineDeps, email: string): string {
  const registry = deps.blocks.read([sheetSpec('consents').name]).get(sheetSpec('consents').name) ?? [];
  const records = readConsentRegistry(registry).filter((r) => r.email === email && r.fullName);
  return records.length > 0 ? records[records.length - 1].fullName : '';
}

export interface WithdrawalOutcome {
  status: 'done' | 'busy';
  /** Russian, for the alert. */
  summary: string;
}

/**
 * «Отозвать согласие…» once confirmed: the registry gets the withdrawal (source «меню»), and both banks
 * show «отозвано» / «исключён» at once, in the same run that processes any waiting responses.
 */
export function withdrawConsentNow(deps: PipelineDeps, rawEmail: string): WithdrawalOutcome {
  const email = normalizeEmail(rawEmail);
  const forms = storedForms(deps);
  const registryName = sheetSpec('consents').name;
  const outcome = underLock(deps, () => {
    const registry = deps.blocks.read([registryName]).get(registryName);
    if (!registry) throw new MentoringError('SHEET_MISSING', messages.setup.sheetMissing(registryName));
    const withdrawal = planWithdrawal(registry, email, deps.clock.now(), 'меню');
    if (withdrawal.appendRows.length > 0) {
      deps.blocks.write([
        {
          sheet: registryName,
          row: withdrawal.appendAt,
          column: 1,
          values: withdrawal.appendRows,
          textColumns: withdrawal.textColumns,
        },
      ]);
    }
    // The sweep re-reads the registry with the withdrawal in it and refreshes both banks' columns.
    sweep(deps, forms, false, false, withdrawal.journal);
    return withdrawal.summary;
  });
  return outcome === null
    ? { status: 'busy', summary: messages.pipeline.lockBusyMenu }
    : { status: 'done', summary: outcome };
}

export interface MaintenanceOutcome {
  status: 'done' | 'busy';
  sweep: RunOutcome | null;
  /** Normalised e-mails of the people anonymised in this run. */
  anonymised: string[];
}

/**
 * `dailyMaintenance`: sweeps responses the triggers missed, then anonymises everyone whose withdrawal is
 * older than `consent.retentionDays` in every sheet of the system (banks, history, pairs, events and
 * attendance, reminders, best practices, publications, the responses of every form, journal) and the
 * registry down to the minimum that proves the consent (152-ФЗ ст. 21 ч. 5).
 */
export function runDailyMaintenance(deps: PipelineDeps): MaintenanceOutcome {
  const forms = storedForms(deps);
  const outcome = underLock(deps, () => {
    const swept = sweep(deps, forms, false, false);
    if (swept.status === 'done' && swept.counts.considered > 0)
      deps.journal.writeAll([
        {
          level: 'INFO',
          code: 'SWEEP_DONE',
          message: messages.pipeline.dailyJournal,
          details: messages.pipeline.sweepSummary(swept.counts),
        },
      ]);
    const registryName = sheetSpec('consents').name;
    const names = [...sweepSheets(), sheetSpec('journal').name];
    // Read again: the sweep may have just written the rows that must be anonymised.
    const sheets = deps.blocks.read(names);
    const registry = sheets.get(registryName);
    if (!registry) return { swept, anonymised: [] };
    const retentionDays = retentionDaysOf(sheets.get(sheetSpec('settings').name));
    const planOver = (all: ReadonlyMap<string, CellValue[][]>, responses: readonly ResponseSheetValues[]) =>
      planAnonymisation(
        [
          ...[...all.entries()]
            .filter(([name]) => name !== registryName && name !== sheetSpec('settings').name)
            .map(([name, values]) => ({ name, values })),
          ...responses.map((r) => ({ name: r.sheet, values: r.values })),
        ],
        { name: registryName, values: registry },
        deps.clock.now(),
        retentionDays,
      );
    let plan = planOver(sheets, []);
    if (plan.people.length > 0) {
      // Someone is due: every other sheet of the system (pairs, events, attendance, reminders, best
      // practices, publications…) and every form's responses are read too, so nothing that names the
      // person is left. On the usual day nobody is due and this costs nothing.
      const rest = deps.blocks.read(
        [...SHEETS.map((spec) => spec.name), MONITORING_SHEET].filter((name) => !sheets.has(name)),
      );
      plan = planOver(new Map([...sheets, ...rest]), deps.blocks.readResponses(allForms(forms)));
    }
    const writes: BlockWrite[] = cellBlocks(plan.replacements);
    deps.blocks.write(writes);
    const erased =
      plan.people.length === 0
        ? 0
        : allForms(forms).reduce((n, f) => n + deps.forms.eraseResponsesOf(f.formId, plan.people), 0);
    deps.journal.writeAll([
      ...plan.journal,
      ...(plan.people.length === 0
        ? []
        : [
            {
              level: 'INFO' as const,
              code: 'FORM_RESPONSES_ERASED',
              message: messages.pipeline.formResponsesErased(erased, plan.people.length),
            },
          ]),
    ]);
    return { swept, anonymised: plan.people };
  });
  return outcome === null
    ? { status: 'busy', sweep: null, anonymised: [] }
    : { status: 'done', sweep: outcome.swept, anonymised: outcome.anonymised };
}

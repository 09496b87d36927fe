import {
  formOfSubmission,
  isValidEmail,
  messages,
  normalizeEmail,
  processResponses,
  runDailyMaintenance,
  withdrawConsentNow,
  consentHolderName,
  readSettings,
  sheetSpec,
  type QuestionnaireKey,
} from '../../core';
import { appsScriptDeps, type AddonDeps } from '../composition-root';
import { processPublicationConsentResponses } from '../publicity/entry-points';
import { refreshRoadmapQuietly } from '../roadmap/entry-points';
import { processMonitoringResponses } from '../season/monitoring';
import { processBestPracticeResponses } from '../season/practices';
import { reportTriggerFailure, runAction } from '../edge';

/**
 * The entry points of the submission pipeline: the spreadsheet's on-form-submit trigger, the daily
 * time-driven trigger, and two menu items. Each is one line of wiring around a use case of the core.
 */

/** The spreadsheet on-form-submit event (§2.2): only `values` is read, and only to spot a blank double fire. */
export interface FormSubmitEvent {
  values?: string[];
  namedValues?: Record<string, string[]>;
  range?: unknown;
  triggerUid?: string;
}

/**
 * A blank double fire (§2.2.5, Google's Nov 2019 incident): every answer empty. The row in the sheet is
 * intact and is processed by the real fire; this one has nothing to add.
 */
const isBlankFire = (event?: FormSubmitEvent): boolean =>
  !!event?.values &&
  event.values.length > 1 &&
  event.values.slice(1).every((v) => String(v ?? '').trim() === '');

/**
 * `onFormSubmitted` (installable, spreadsheet on-form-submit): processes every response not yet in the
 * history, not just the one in `e.range`, so a double fire, a missed fire or a concurrent run all end in
 * the same banks. When another run holds the lock it journals that the response waits and returns.
 */
export function onFormSubmitted(event?: FormSubmitEvent, deps: AddonDeps = appsScriptDeps()): void {
  if (isBlankFire(event)) return;
  const form = formOfSubmission(event?.namedValues);
  for (const processor of processorsFor(form)) {
    // Each processor catches on its own: a failing monitoring refresh must not keep a mentee's
    // questionnaire out of the bank, and the other way round.
    try {
      processor(deps, event);
    } catch (error) {
      reportTriggerFailure(deps, error, messages.pipeline.triggerFailed);
    }
  }
}

type SubmissionProcessor = (deps: AddonDeps, event?: FormSubmitEvent) => void;

/** The banks' pipeline: mentee and mentor questionnaires and the processing consent. */
const bankPipeline: SubmissionProcessor = (deps, event) => {
  const outcome = processResponses(deps, { reprocess: false });
  if (outcome.status === 'busy')
    deps.journal.write({
      level: 'WARNING',
      code: 'SUBMIT_LOCK_BUSY',
      message: messages.pipeline.lockBusyTrigger(String(event?.values?.[0] ?? '')),
    });
};

/** A best practice: journaled when the lock stays busy (the response waits for the next run). */
const practices: SubmissionProcessor = (deps) => {
  if (processBestPracticeResponses(deps).status === 'busy')
    deps.journal.write({
      level: 'WARNING',
      code: 'PRACTICES_LOCK_BUSY',
      message: messages.practices.lockBusy,
    });
};

/** Processors of the stage 6–7 forms, by form. */
const SEASON_PROCESSORS: Partial<Record<QuestionnaireKey, SubmissionProcessor>> = {
  monitoring: processMonitoringResponses,
  bestPractice: practices,
  publicationConsent: processPublicationConsentResponses,
};

/**
 * The processors a submission needs: its form's own, or every one when the form cannot be told from the
 * event (each is idempotent, so running one for nothing costs only its reads). A processing-consent
 * answer also runs every season processor: it can let in what waited for it (a monitoring answer, a best
 * practice), and a withdrawal withdraws the consent to publication too, whose drafts must lose the name
 * in the same run.
 */
function processorsFor(form: QuestionnaireKey | null): SubmissionProcessor[] {
  if (form === 'mentee' || form === 'mentor') return [bankPipeline];
  const season = form ? SEASON_PROCESSORS[form] : undefined;
  if (season) return [season];
  return [bankPipeline, ...Object.values(SEASON_PROCESSORS)];
}

/**
 * `dailyMaintenance` (installable, time-driven, about 03:00): the sweep for responses whose trigger did
 * not run or did not get the lock, then anonymisation after withdrawal.
 */
export function dailyMaintenance(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  try {
    const outcome = runDailyMaintenance(deps);
    if (outcome.status === 'busy')
      deps.journal.write({
        level: 'WARNING',
        code: 'MAINTENANCE_LOCK_BUSY',
        message: messages.pipeline.lockBusyTrigger(''),
      });
  } catch (error) {
    reportTriggerFailure(deps, error, messages.pipeline.triggerFailed);
  }
  // Then what stages 6 and 7 missed (each processor is idempotent and takes the lock itself), and the
  // road-map dashboard, so the director sees the day's figures every morning.
  for (const processor of Object.values(SEASON_PROCESSORS)) {
    try {
      processor(deps);
    } catch (error) {
      reportTriggerFailure(deps, error, messages.pipeline.triggerFailed);
    }
  }
  refreshRoadmapQuietly(deps);
}

/** «Импортировать ответы»: every response again, in timestamp order; ends with a summary alert. */
export function importResponses(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const outcome = processResponses(deps, { reprocess: true });
    const text =
      outcome.status === 'busy'
        ? messages.pipeline.lockBusyMenu
        : outcome.status === 'noForms'
          ? messages.pipeline.noForms
          : messages.pipeline.importSummary(outcome.counts);
    deps.ui.alert(messages.pipeline.importTitle, text);
  });
}

/**
 * «Отозвать согласие…»: asks for the e-mail, confirms (Да / Нет), then withdraws at once: the registry
 * records it and both banks show the person excluded; anonymisation follows after the retention period.
 */
export function withdrawConsent(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const title = messages.pipeline.withdrawTitle;
    const typed = deps.ui.prompt(title, messages.pipeline.withdrawPrompt);
    if (typed === null || typed.trim() === '') return;
    const email = normalizeEmail(typed);
    if (!isValidEmail(email)) {
      deps.ui.alert(title, messages.pipeline.withdrawInvalidEmail(typed.trim()));
      return;
    }
    const settingsName = sheetSpec('settings').name;
    const settings = readSettings(deps.blocks.read([settingsName]).get(settingsName) ?? []);
    const days = Number(settings['consent.retentionDays']) || 30;
    if (
      !deps.ui.confirm(title, messages.pipeline.withdrawConfirm(email, consentHolderName(deps, email), days))
    ) {
      deps.ui.alert(title, messages.pipeline.withdrawCancelled);
      return;
    }
    deps.ui.alert(title, withdrawConsentNow(deps, email).summary);
  });
}

import type { InstalledTrigger } from '../../ports/triggers';

/** The handler of the spreadsheet's on-form-submit trigger (one per spreadsheet). */
export const FORM_SUBMIT_HANDLER = 'onFormSubmitted';
/** The handler of the daily time-driven trigger. */
export const DAILY_HANDLER = 'dailyMaintenance';
/**
 * About 03:00 in the script's time zone: Google starts a daily trigger some time within the hour (§7.3),
 * and at night nobody is editing the banks. An add-on may not run a time-driven trigger more often than
 * hourly (§10.6); once a day is plenty for anonymisation deadlines counted in days.
 */
export const DAILY_HOUR = 3;

export interface TriggersPlan {
  installFormSubmit: boolean;
  installDaily: boolean;
  /** Duplicates (a second trigger for the same job) and triggers of ours with the wrong kind. */
  remove: InstalledTrigger[];
}

export const isEmptyTriggersPlan = (plan: TriggersPlan): boolean =>
  !plan.installFormSubmit && !plan.installDaily && plan.remove.length === 0;

/**
 * Exactly one on-form-submit trigger for this spreadsheet and one daily trigger, however often set-up
 * runs: existing ones are kept, extra ones removed. Triggers of other handlers, and this handler's
 * triggers on other spreadsheets (the same person may run the add-on in several files), are not touched.
 */
export function planTriggers(installed: readonly InstalledTrigger[], spreadsheetId: string): TriggersPlan {
  const remove: InstalledTrigger[] = [];
  let formSubmit = 0;
  let daily = 0;
  for (const t of installed) {
    if (t.handler === FORM_SUBMIT_HANDLER) {
      if (t.event === 'formSubmit' && t.sourceId !== spreadsheetId) continue;
      if (t.event === 'formSubmit' && formSubmit === 0) formSubmit += 1;
      else remove.push(t);
    } else if (t.handler === DAILY_HANDLER) {
      if (t.event === 'clock' && daily === 0) daily += 1;
      else remove.push(t);
    }
  }
  return { installFormSubmit: formSubmit === 0, installDaily: daily === 0, remove };
}

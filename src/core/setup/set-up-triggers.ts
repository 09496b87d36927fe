import type { JournalEntry } from '../../ports/journal';
import type { Triggers } from '../../ports/triggers';
import { messages } from '../messages';
import { DAILY_HANDLER, DAILY_HOUR, FORM_SUBMIT_HANDLER, TriggersPlan, planTriggers } from './triggers-plan';

export interface TriggersOutcome {
  plan: TriggersPlan;
  lines: string[];
  journal: JournalEntry[];
}

/** Installs what is missing and removes duplicates; with both triggers in place it only lists them. */
export function setUpTriggers(triggers: Triggers): TriggersOutcome {
  const plan = planTriggers(triggers.list(), triggers.spreadsheetId());
  const outcome: TriggersOutcome = { plan, lines: [], journal: [] };
  for (const t of plan.remove) {
    triggers.remove(t.id);
    outcome.journal.push({
      level: 'WARNING',
      code: 'TRIGGER_DUPLICATE_REMOVED',
      message: messages.triggers.removedJournal(t.handler, t.id),
      details: `${t.event} ${t.sourceId ?? ''}`.trim(),
    });
  }
  if (plan.installFormSubmit) triggers.installFormSubmit(FORM_SUBMIT_HANDLER);
  if (plan.installDaily) triggers.installDaily(DAILY_HANDLER, DAILY_HOUR);
  if (plan.installFormSubmit && plan.installDaily) outcome.lines.push(messages.triggers.installed);
  else if (plan.installFormSubmit) outcome.lines.push(messages.triggers.installedFormSubmit);
  else if (plan.installDaily) outcome.lines.push(messages.triggers.installedDaily);
  if (plan.remove.length > 0) outcome.lines.push(messages.triggers.removedDuplicates(plan.remove.length));
  return outcome;
}

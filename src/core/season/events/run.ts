import type { Calendars, EventCalendar } from '../../../ports/calendar';
import { isMentoringError } from '../../errors';
import { CalendarOutcome, EventsPlan, FinishContext, calendarChanges } from './plan';

/** The code the Calendar adapter gives a quota exception («Service invoked too many times…»). */
export const CALENDAR_QUOTA = 'CALENDAR_QUOTA';

const describe = (error: unknown): string =>
  isMentoringError(error)
    ? `${error.code}: ${error.details || error.userMessage}`
    : error instanceof Error
      ? `${error.name}: ${error.message}`
      : String(error);

const reasonOf = (error: unknown): string =>
  isMentoringError(error) ? error.userMessage : error instanceof Error ? error.message : String(error);

/**
 * Carries out the plan's Calendar actions row by row. An event is found by the id the sheet keeps; when
 * the cell is empty (cleared by staff, or an earlier run stopped before writing it) by the add-on's tag
 * among the events at that time, so a re-run never makes a second event. An event deleted by hand is
 * made again. When the daily quota runs out, the rows left are reported as not done: what was done is
 * still written, and the next run continues without duplicating anything.
 */
export function runCalendarActions(calendars: Calendars, plan: EventsPlan, remembered = ''): FinishContext {
  const outcomes = new Map<number, CalendarOutcome>();
  const actionable = plan.rows.filter((r) => r.action !== null);
  if (actionable.length === 0) return { outcomes, calendarMissing: false, quotaExhausted: false };
  // With no calendar in «Настройки», the one the first run used: the events live there, and a colleague's
  // own default calendar would not find them (they would all be made again, everyone invited twice).
  const rememberedCalendar = plan.settings.calendarId === '' && remembered !== '';
  const wanted = plan.settings.calendarId || remembered;
  const calendar = calendars.open(wanted);
  if (!calendar) {
    for (const r of actionable) outcomes.set(r.event.row, { kind: 'notDone' });
    return { outcomes, calendarMissing: true, quotaExhausted: false, calendarId: wanted, rememberedCalendar };
  }
  const calendarId = wanted || calendar.id();
  let quotaExhausted = false;
  for (const r of actionable) {
    if (quotaExhausted) {
      outcomes.set(r.event.row, { kind: 'notDone' });
      continue;
    }
    try {
      outcomes.set(r.event.row, carryOut(calendar, r.action!));
    } catch (error) {
      if (isMentoringError(error) && error.code === CALENDAR_QUOTA) {
        quotaExhausted = true;
        outcomes.set(r.event.row, { kind: 'notDone' });
      } else outcomes.set(r.event.row, { kind: 'failed', reason: reasonOf(error), details: describe(error) });
    }
  }
  return { outcomes, calendarMissing: false, quotaExhausted, calendarId, rememberedCalendar };
}

function carryOut(
  calendar: EventCalendar,
  action: NonNullable<EventsPlan['rows'][number]['action']>,
): CalendarOutcome {
  if (action.kind === 'delete') {
    let id = action.eventId;
    if (!id && action.tag && action.start && action.end)
      id = calendar.findTagged(action.tag, action.start, action.end)?.id ?? '';
    if (id) calendar.remove(id);
    // Gone already (deleted by hand, or never made): the row is marked cancelled all the same.
    return { kind: 'deleted' };
  }
  const { spec, tag } = action;
  let state = action.eventId ? calendar.event(action.eventId) : null;
  const recreated = action.eventId !== '' && state === null;
  if (!state && !recreated) state = calendar.findTagged(tag, spec.start, spec.end);
  if (!state) {
    const eventId = calendar.create(spec, tag);
    return { kind: 'created', eventId, guests: spec.guests.length, recreated };
  }
  const changes = calendarChanges(state, spec, tag);
  if (!changes) return { kind: 'unchanged', eventId: state.id };
  calendar.update(state.id, changes);
  return {
    kind: 'updated',
    eventId: state.id,
    guests: spec.guests.length,
    added: changes.addGuests.length,
    removed: changes.removeGuests.length,
  };
}

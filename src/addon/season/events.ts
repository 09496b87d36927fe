import {
  ATTENDANCE_SHEET,
  EVENTS_READ_SHEETS,
  EVENTS_SHEET,
  MentoringError,
  finishEvents,
  messages,
  planEvents,
  runCalendarActions,
  underDocumentLock,
} from '../../core';
import { appsScriptDeps, type AddonDeps } from '../composition-root';
import { runAction } from '../edge';

/**
 * «Создать приглашения на мероприятия» (issue 6, item 1). Under the document lock: the seven sheets it
 * needs are read once each, the core plans every row, Calendar is brought in line with the sheet (one
 * event per row, found by the id kept in «Событие в календаре» or by the add-on's tag), and the numbers,
 * event ids, invitation notes and the rows «Посещаемость» lacks are written in one block per sheet.
 */

/**
 * Document property: the calendar the events live in when «Настройки» name none — the default calendar
 * of whoever first created invitations.
 */
export const EVENTS_CALENDAR_PROPERTY = 'nastavnik.events.calendarId';

/** As long as a form submission takes; short of the 30 s a menu action may take (§7.7). */
const LOCK_TIMEOUT_MS = 10_000;

export function createInvitations(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const title = messages.events.title;
    const summary = underDocumentLock(
      deps.locks,
      LOCK_TIMEOUT_MS,
      () => deps.blocks.flush(),
      () => invite(deps),
    );
    if (summary === null)
      throw new MentoringError('EVENTS_LOCK_BUSY', messages.events.lockBusy, `waited ${LOCK_TIMEOUT_MS} ms`);
    deps.ui.alert(title, summary);
  });
}

function invite(deps: AddonDeps): string {
  const sheets = deps.blocks.read(EVENTS_READ_SHEETS());
  if (!sheets.has(EVENTS_SHEET) || !sheets.has(ATTENDANCE_SHEET))
    throw new MentoringError(
      'SHEET_MISSING',
      messages.events.sheetMissing,
      `${EVENTS_SHEET}, ${ATTENDANCE_SHEET}`,
    );
  const plan = planEvents({
    sheets,
    now: deps.clock.now(),
    timeZone: deps.documents.timeZone(),
    spreadsheetId: () => deps.workbook.spreadsheetId?.() ?? '',
  });
  const store = deps.properties.document();
  const remembered = store?.get(EVENTS_CALENDAR_PROPERTY) ?? '';
  const context = runCalendarActions(deps.calendars, plan, remembered);
  if (store && !plan.settings.calendarId && !remembered && context.calendarId && !context.calendarMissing)
    store.set(EVENTS_CALENDAR_PROPERTY, context.calendarId);
  const outcome = finishEvents(plan, context);
  deps.blocks.write(outcome.writes);
  if (outcome.journal.length > 0) deps.journal.writeAll(outcome.journal);
  return outcome.summary;
}

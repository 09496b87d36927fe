import { createInvitations } from '../../src/addon/season/events';
import {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_SHEET,
  EVENTS_SHEET,
  EVENT_COLUMNS,
} from '../../src/core/season/events/columns';
import type { CellValue } from '../../src/ports';
import { approvedCollege, documentFunctions, setSettings } from './documents-fixture';
import { depsOf } from './fixture';
import type { College } from './pipeline-fixture';

/**
 * A college in its season (issue 6): pairs approved (documents-fixture's approvedCollege: mentees
 * mentee0…, mentors mentor0…, every proposal accepted), with the season's menu items wired, and helpers
 * to plan events and mark attendance as staff do — by typing into the sheets.
 */

export const EVENTS = EVENTS_SHEET;
export const ATTENDANCE = ATTENDANCE_SHEET;

/** The add-on's functions by the names Apps Script calls them, with the season's. */
export function seasonFunctions(college: College): Record<string, (...args: unknown[]) => unknown> {
  const deps = () => depsOf(college.workspace);
  return {
    ...documentFunctions(college),
    createInvitations: () => createInvitations(undefined, deps()),
  };
}

/** `approvedCollege` with the season's menu items. Other helpers spread `seasonFunctions` with theirs. */
export function seasonCollege(mentees = 3, mentors = 2): College {
  const college = approvedCollege(mentees, mentors);
  const functions = seasonFunctions(college);
  college.workspace.useFunctions((name) => functions[name]);
  return college;
}

export type EventFields = Partial<Record<keyof typeof EVENT_COLUMNS, string>>;

/**
 * Adds a row to «Мероприятия» as a curator types it (dates as text: «25.11.2026 14:00» becomes a
 * date-time the way Sheets reads typing); returns its 1-based row.
 */
export function addEvent(college: College, fields: EventFields): number {
  const row = college.person.lastRow(EVENTS) + 1;
  for (const [key, value] of Object.entries(fields) as Array<[keyof typeof EVENT_COLUMNS, string]>)
    if (value !== '') college.person.editCell(EVENTS, row, EVENT_COLUMNS[key], value);
  return row;
}

/** Types into a cell of «Мероприятия» (row 1-based, as `addEvent` returned it). */
export function editEvent(
  college: College,
  row: number,
  field: keyof typeof EVENT_COLUMNS,
  value: string,
): void {
  college.person.editCell(EVENTS, row, EVENT_COLUMNS[field], value);
}

/** «Присутствие» for a person at an event, typed by staff in «Посещаемость». */
export function markAttendance(
  college: College,
  eventId: string,
  email: string,
  present: 'да' | 'нет',
): void {
  const rows = college.values(ATTENDANCE);
  const headers = rows[0]!.map(String);
  const idAt = headers.indexOf(ATTENDANCE_COLUMNS.eventId);
  const emailAt = headers.indexOf(ATTENDANCE_COLUMNS.email);
  const i = rows.findIndex((r, k) => k > 0 && r[idAt] === eventId && r[emailAt] === email);
  if (i < 1) throw new Error(`No attendance row for ${eventId} ${email}`);
  college.person.editCell(ATTENDANCE, i + 1, ATTENDANCE_COLUMNS.present, present);
}

/** Data rows of «Мероприятия» by header. */
export const eventRows = (college: College): Array<Record<string, CellValue>> => college.rows(EVENTS);

/** Data rows of «Посещаемость» by header. */
export const attendanceRows = (college: College): Array<Record<string, CellValue>> =>
  college.rows(ATTENDANCE);

/** «Создать приглашения на мероприятия» from the menu; the alert it showed. */
export function createInvitationsFromMenu(college: College): string {
  college.person.clickMenu('Создать приглашения на мероприятия');
  return college.alerts().slice(-1)[0] ?? '';
}

export { setSettings };

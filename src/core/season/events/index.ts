/**
 * Stages 4.2 and 6's events (issue 6, items 1 and 8): «Мероприятия», Calendar invitations,
 * «Посещаемость», and the mentors a set-up session trained.
 */
export * from './columns';
export { parseParticipants, resolveParticipants, directoryOf, displayName, roleLabel } from './participants';
export type { Directory, Participant, ParticipantItem, ParticipantRole, Resolution } from './participants';
export { readEventSettings, yesNo } from './settings';
export type { EventSettings } from './settings';
export { eventTimes, formatDateTime, instantOf, parseDateTimeText, wallTimeOf } from './times';
export type { EventTimes } from './times';
export {
  EVENT_TAG_KEY,
  EVENTS_READ_SHEETS,
  calendarChanges,
  eventStatusKind,
  eventTitle,
  finishEvents,
  planEvents,
} from './plan';
export type {
  CalendarAction,
  CalendarOutcome,
  EventRow,
  EventsInput,
  EventsOutcome,
  EventsPlan,
  FinishContext,
  RowPlan,
} from './plan';
export { CALENDAR_QUOTA, runCalendarActions } from './run';

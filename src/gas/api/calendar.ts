/**
 * The subset of Google's CalendarApp that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
type Cal = GoogleAppsScript.Calendar.Calendar;
type Ev = GoogleAppsScript.Calendar.CalendarEvent;
type Guest = GoogleAppsScript.Calendar.EventGuest;

/** The advanced parameters of `createEvent` the add-on passes (Google types them as a plain object). */
export interface CalendarEventOptionsApi {
  description?: string;
  location?: string;
  /** A comma-separated list of e-mail addresses to add as guests. */
  guests?: string;
  /** Whether Google e-mails the guests an invitation (default false). */
  sendInvites?: boolean;
}

export interface CalendarAppApi {
  GuestStatus: typeof GoogleAppsScript.Calendar.GuestStatus;
  getDefaultCalendar(): CalendarApi;
  /** `null` when the calendar does not exist or the user cannot reach it, although Google's typings omit it. */
  getCalendarById(id: string): CalendarApi | null;
  /** `null` when there is no such event, although Google's typings omit it. */
  getEventById(iCalId: string): CalendarEventApi | null;
  /** CalendarApp acts on the default calendar for these. */
  createEvent(title: string, startTime: Date, endTime: Date): CalendarEventApi;
  createEvent(
    title: string,
    startTime: Date,
    endTime: Date,
    options: CalendarEventOptionsApi,
  ): CalendarEventApi;
  getEvents(startTime: Date, endTime: Date): CalendarEventApi[];
}

export interface CalendarApi {
  getId: Cal['getId'];
  getName: Cal['getName'];
  createEvent(title: string, startTime: Date, endTime: Date): CalendarEventApi;
  createEvent(
    title: string,
    startTime: Date,
    endTime: Date,
    options: CalendarEventOptionsApi,
  ): CalendarEventApi;
  /** `null` when there is no such event, although Google's typings omit it. */
  getEventById(iCalId: string): CalendarEventApi | null;
  getEvents(startTime: Date, endTime: Date): CalendarEventApi[];
}

export interface CalendarEventApi {
  /** The iCalUID, e.g. `abc123@google.com`. */
  getId: Ev['getId'];
  getTitle: Ev['getTitle'];
  setTitle(title: string): CalendarEventApi;
  getStartTime: Ev['getStartTime'];
  getEndTime: Ev['getEndTime'];
  setTime(startTime: Date, endTime: Date): CalendarEventApi;
  getLocation: Ev['getLocation'];
  setLocation(location: string): CalendarEventApi;
  getDescription: Ev['getDescription'];
  setDescription(description: string): CalendarEventApi;
  addGuest(email: string): CalendarEventApi;
  removeGuest(email: string): CalendarEventApi;
  getGuestList(): EventGuestApi[];
  getGuestList(includeOwner: boolean): EventGuestApi[];
  /** `null` when the tag is not set, although Google's typings say string. */
  getTag(key: string): string | null;
  setTag(key: string, value: string): CalendarEventApi;
  deleteEvent: Ev['deleteEvent'];
}

export interface EventGuestApi {
  getEmail: Guest['getEmail'];
  getGuestStatus: Guest['getGuestStatus'];
}

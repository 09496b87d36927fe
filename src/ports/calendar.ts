/**
 * Google Calendar as «Создать приглашения на мероприятия» needs it: one calendar (the default one, or
 * the college's by id), its events found by id or by the add-on's private tag, created, changed and
 * deleted. Each method is a handful of Calendar calls whatever the sheets hold.
 */

/** A private key/value kept with an event and never shown to guests (`CalendarEvent.setTag`). */
export interface EventTag {
  key: string;
  value: string;
}

/** What an event should be: made from a row of «Мероприятия». */
export interface CalendarEventSpec {
  title: string;
  start: Date;
  end: Date;
  location: string;
  description: string;
  /** Normalised e-mails of the guests, in the order of the sheet. */
  guests: readonly string[];
}

/** An event as it is in the calendar now. */
export interface CalendarEventState {
  /** The iCalUID, what «Событие в календаре» keeps. */
  id: string;
  title: string;
  start: Date;
  end: Date;
  location: string;
  description: string;
  /** Normalised e-mails of the guests (the owner left out). */
  guests: string[];
  /** The value of the add-on's tag, or null when the event has none. */
  tag: string | null;
}

/** What to change on an event; absent fields stay as they are. */
export interface CalendarEventChanges {
  title?: string;
  time?: { start: Date; end: Date };
  location?: string;
  description?: string;
  tag?: EventTag;
  addGuests: readonly string[];
  removeGuests: readonly string[];
}

export interface EventCalendar {
  /** The calendar's own id (for the default calendar, the owner's address). */
  id(): string;
  /** The event with this iCalUID, or null when it is gone (deleted by hand in Calendar). */
  event(id: string): CalendarEventState | null;
  /** The event overlapping [start, end) that carries this tag, or null. */
  findTagged(tag: EventTag, start: Date, end: Date): CalendarEventState | null;
  /** Creates the event with its guests, e-mails them an invitation, tags it; returns its iCalUID. */
  create(spec: CalendarEventSpec, tag: EventTag): string;
  /** Applies the changes to the event (read with `event` or `findTagged` in this execution). */
  update(id: string, changes: CalendarEventChanges): void;
  /** Deletes the event; false when it was already gone. */
  remove(id: string): boolean;
}

export interface Calendars {
  /**
   * The calendar with this id, or the person's default calendar for ''; null when the id names no
   * calendar the person can reach.
   */
  open(calendarId: string): EventCalendar | null;
}

import { CALENDAR_QUOTA, EVENT_TAG_KEY, MentoringError, messages } from '../core';
import type {
  CalendarEventChanges,
  CalendarEventSpec,
  CalendarEventState,
  Calendars,
  EventCalendar,
  EventTag,
} from '../ports/calendar';
import type { CalendarApi, CalendarAppApi, CalendarEventApi } from './api/calendar';

/**
 * Google's texts when Calendar refuses for quota: the daily event quota and the per-second rate
 * («Service invoked too many times: Calendar.», «… in a short time: Calendar. Try Utilities.sleep…»,
 * apps-script-behaviours.md §7.9) and Calendar's own «You have been creating or deleting too many
 * calendars or calendar events in a short time». Any of them ends the run's Calendar work.
 */
const QUOTA = /too many times.*calendar|calendar usage limit|creating or deleting too many/i;

function guarded<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (QUOTA.test(text)) throw new MentoringError(CALENDAR_QUOTA, messages.events.quotaExhausted, text);
    throw error;
  }
}

const emailOf = (raw: string): string => raw.trim().toLowerCase();

/**
 * CalendarApp over the port. With no id, the default calendar of the person who runs the command.
 * CalendarApp is reached only when a command first needs it (a thunk), so building the adapters touches
 * no service in any authorization mode.
 */
export class GoogleCalendars implements Calendars {
  constructor(private readonly app: () => CalendarAppApi) {}

  open(calendarId: string): EventCalendar | null {
    let calendar: CalendarApi | null;
    try {
      calendar = guarded(() =>
        calendarId ? this.app().getCalendarById(calendarId) : this.app().getDefaultCalendar(),
      );
    } catch (error) {
      // A malformed id fails rather than returning null: both mean «no such calendar» to staff.
      if (error instanceof MentoringError) throw error;
      return null;
    }
    return calendar ? new GoogleEventCalendar(calendar) : null;
  }
}

/**
 * One calendar's events. An event read in this execution is kept, so updating it right after reading
 * costs no second lookup.
 */
class GoogleEventCalendar implements EventCalendar {
  private readonly events = new Map<string, CalendarEventApi>();

  constructor(private readonly calendar: CalendarApi) {}

  id(): string {
    return guarded(() => this.calendar.getId());
  }

  event(id: string): CalendarEventState | null {
    const event = guarded(() => this.calendar.getEventById(id));
    return event ? this.keep(event) : null;
  }

  findTagged(tag: EventTag, start: Date, end: Date): CalendarEventState | null {
    for (const event of guarded(() => this.calendar.getEvents(start, end)))
      if (guarded(() => event.getTag(tag.key)) === tag.value) return this.keep(event);
    return null;
  }

  create(spec: CalendarEventSpec, tag: EventTag): string {
    const event = guarded(() =>
      this.calendar.createEvent(spec.title, spec.start, spec.end, {
        description: spec.description,
        location: spec.location,
        guests: spec.guests.join(','),
        sendInvites: true,
      }),
    );
    const id = event.getId();
    this.events.set(id, event);
    try {
      event.setTag(tag.key, tag.value);
    } catch {
      // The event exists and its id reaches the sheet; the next run's update sets the missing tag.
    }
    return id;
  }

  update(id: string, changes: CalendarEventChanges): void {
    const event = this.fetch(id);
    if (!event) throw new MentoringError('CALENDAR_EVENT_GONE', messages.events.eventGone, id);
    guarded(() => {
      if (changes.title !== undefined) event.setTitle(changes.title);
      if (changes.time) event.setTime(changes.time.start, changes.time.end);
      if (changes.location !== undefined) event.setLocation(changes.location);
      if (changes.description !== undefined) event.setDescription(changes.description);
      if (changes.tag) event.setTag(changes.tag.key, changes.tag.value);
      for (const guest of changes.addGuests) event.addGuest(guest);
      for (const guest of changes.removeGuests) event.removeGuest(guest);
    });
  }

  remove(id: string): boolean {
    const event = this.fetch(id);
    if (!event) return false;
    guarded(() => event.deleteEvent());
    this.events.delete(id);
    return true;
  }

  private fetch(id: string): CalendarEventApi | null {
    return this.events.get(id) ?? guarded(() => this.calendar.getEventById(id));
  }

  private keep(event: CalendarEventApi): CalendarEventState {
    const id = event.getId();
    this.events.set(id, event);
    return {
      id,
      title: event.getTitle(),
      start: new Date(event.getStartTime().getTime()),
      end: new Date(event.getEndTime().getTime()),
      location: event.getLocation(),
      description: event.getDescription(),
      guests: event.getGuestList().map((g) => emailOf(g.getEmail())),
      tag: event.getTag(EVENT_TAG_KEY),
    };
  }
}

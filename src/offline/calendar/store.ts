/**
 * The offline Google Calendar: every user's default calendar and the events on it, as plain models.
 * Public CalendarApp objects (which count calls) are thin views over these models.
 *
 * Non-ticking helpers for tests, scenarios and the `npm start` exporter (`workspace.calendar`):
 * - `events()` — every event not deleted, as plain data (`EventSnapshot`), in creation order;
 * - `event(iCalId)` — one event's snapshot, or undefined (also after `deleteEvent`);
 * - `invitationsSent()` — one record per guest per invitation e-mail Google would have sent
 *   (`createEvent` with `sendInvites: true`);
 * - `respond(iCalId, guestEmail, status)` — a guest answering the invitation (YES / NO / MAYBE);
 * - `toJSON()` — calendars, events and invitations, for state.json.
 */
import type { Kernel } from '../runtime/kernel';

export type GuestStatusName = 'INVITED' | 'MAYBE' | 'NO' | 'OWNER' | 'YES';

export interface CalendarModel {
  /** A user's default calendar has the user's e-mail as its id (CalendarApp reference, getId). */
  id: string;
  name: string;
  owner: string;
}

export interface GuestModel {
  email: string;
  status: GuestStatusName;
}

export interface EventModel {
  /** The iCalUID: `getId()` and what `getEventById` looks up. */
  id: string;
  calendarId: string;
  /** Who created it (the event's owner, `getGuestList(true)` lists them as OWNER). */
  creator: string;
  title: string;
  start: Date;
  end: Date;
  description: string;
  location: string;
  guests: GuestModel[];
  /** setTag / getTag: key/value strings kept with the event, not shown to guests. */
  tags: Map<string, string>;
  sendInvites: boolean;
  created: Date;
  deleted: boolean;
}

export interface InvitationRecord {
  eventId: string;
  calendarId: string;
  /** The guest the invitation e-mail went to. */
  to: string;
  from: string;
  title: string;
  start: Date;
  end: Date;
  at: Date;
}

export interface EventSnapshot {
  id: string;
  calendarId: string;
  creator: string;
  title: string;
  start: Date;
  end: Date;
  description: string;
  location: string;
  guests: GuestModel[];
  tags: Record<string, string>;
  sendInvites: boolean;
  created: Date;
}

export const GUEST_STATUSES: readonly GuestStatusName[] = ['INVITED', 'MAYBE', 'NO', 'OWNER', 'YES'];

export function eventSnapshot(e: EventModel): EventSnapshot {
  return {
    id: e.id,
    calendarId: e.calendarId,
    creator: e.creator,
    title: e.title,
    start: new Date(e.start.getTime()),
    end: new Date(e.end.getTime()),
    description: e.description,
    location: e.location,
    guests: e.guests.map((g) => ({ ...g })),
    tags: Object.fromEntries(e.tags),
    sendInvites: e.sendInvites,
    created: new Date(e.created.getTime()),
  };
}

export class CalendarStore {
  private readonly calendars = new Map<string, CalendarModel>();
  private readonly all: EventModel[] = [];
  private readonly invitations: InvitationRecord[] = [];

  constructor(readonly kernel: Kernel) {}

  /** The default calendar of `user`, made on first use (every Google account has one). */
  defaultCalendarOf(user: string): CalendarModel {
    let calendar = this.calendars.get(user);
    if (!calendar) {
      // [unsure] A primary calendar is named after its owner; the account's e-mail stands in for the name.
      calendar = { id: user, name: user, owner: user };
      this.calendars.set(user, calendar);
    }
    return calendar;
  }

  calendar(id: string): CalendarModel | undefined {
    return this.calendars.get(id);
  }

  /**
   * An event shows on its own calendar and, once a person is a guest, on that person's default calendar
   * too, under the same iCalUID (that is what makes `getEventById` idempotent across guests).
   */
  visibleIn(calendar: CalendarModel): EventModel[] {
    return this.all.filter(
      (e) =>
        !e.deleted &&
        (e.calendarId === calendar.id ||
          (calendar.id === calendar.owner && e.guests.some((g) => g.email === calendar.owner))),
    );
  }

  add(event: Omit<EventModel, 'id' | 'created' | 'deleted'>): EventModel {
    // Google's iCalUIDs look like `7kc5s6v0q9dg2a3h1l2ef0ltq8@google.com`; a counter keeps runs comparable.
    const id = `${this.kernel.newId('ev').slice(0, 26).toLowerCase()}@google.com`;
    const model: EventModel = { ...event, id, created: this.kernel.clock.date(), deleted: false };
    this.all.push(model);
    return model;
  }

  recordInvitations(event: EventModel, guests: string[]): void {
    for (const to of guests) {
      this.invitations.push({
        eventId: event.id,
        calendarId: event.calendarId,
        to,
        from: event.creator,
        title: event.title,
        start: new Date(event.start.getTime()),
        end: new Date(event.end.getTime()),
        at: this.kernel.clock.date(),
      });
    }
  }

  // ── non-ticking helpers (tests, scenarios, exporter) ──

  events(): EventSnapshot[] {
    return this.all.filter((e) => !e.deleted).map(eventSnapshot);
  }

  event(iCalId: string): EventSnapshot | undefined {
    const found = this.all.find((e) => e.id === iCalId && !e.deleted);
    return found ? eventSnapshot(found) : undefined;
  }

  invitationsSent(): InvitationRecord[] {
    return this.invitations.map((i) => ({
      ...i,
      start: new Date(i.start.getTime()),
      end: new Date(i.end.getTime()),
      at: new Date(i.at.getTime()),
    }));
  }

  /** A guest answering the invitation in their own calendar (what `getGuestStatus` then reports). */
  respond(iCalId: string, guestEmail: string, status: 'YES' | 'NO' | 'MAYBE'): void {
    const event = this.all.find((e) => e.id === iCalId && !e.deleted);
    const guest = event?.guests.find((g) => g.email === guestEmail.toLowerCase());
    if (!guest) throw new Error(`${guestEmail} is not a guest of offline event ${iCalId}.`);
    guest.status = status;
  }

  toJSON(): {
    calendars: CalendarModel[];
    events: EventSnapshot[];
    invitationsSent: InvitationRecord[];
  } {
    return {
      calendars: [...this.calendars.values()].map((c) => ({ ...c })),
      events: this.events(),
      invitationsSent: this.invitationsSent(),
    };
  }
}

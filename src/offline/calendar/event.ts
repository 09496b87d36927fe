import type { CalendarEventApi, EventGuestApi } from '../../gas/api/calendar';
import { describeArgumentType, gasException, signatureMismatch } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import { bareAddress } from '../mail/addresses';
import type { EventModel, GuestStatusName } from './store';

type GuestStatus = GoogleAppsScript.Calendar.GuestStatus;

/** `instanceof Date` fails for Dates made in another realm (the bundle's `vm` context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !isNaN((value as Date).getTime());
}

/**
 * Google refuses an event that ends before it starts [unsure: the text is the one Q&A threads quote for
 * CalendarApp.createEvent; not in the reference]; an event that ends when it starts is accepted.
 */
export function assertTimes(start: unknown, end: unknown, method: string, extra: unknown[] = []): void {
  if (!isDate(start) || !isDate(end)) {
    throw signatureMismatch([start, end, ...extra].map(describeArgumentType).join(','), method);
  }
  if (end.getTime() < start.getTime()) throw gasException('Event start date must be before event end date.');
}

/**
 * A guest's address, lower-cased as Calendar stores attendees. An address Google cannot use is refused
 * [unsure: Google's text for a malformed guest is not documented; "Invalid argument: <parameter>" is
 * Apps Script's usual wording, so `addGuest` says `email` and createEvent's option says `guests`].
 */
export function guestAddress(text: unknown, parameter: 'email' | 'guests'): string {
  const address = typeof text === 'string' ? bareAddress(text) : null;
  if (!address) throw gasException(`Invalid argument: ${parameter}`);
  return address.toLowerCase();
}

export class OfflineEventGuest implements EventGuestApi {
  constructor(
    private readonly kernel: Kernel,
    private readonly email: string,
    private readonly status: GuestStatusName,
  ) {}

  getEmail(): string {
    this.kernel.tick('CalendarApp.EventGuest.getEmail');
    return this.email;
  }

  getGuestStatus(): GuestStatus {
    this.kernel.tick('CalendarApp.EventGuest.getGuestStatus');
    return this.status as unknown as GuestStatus;
  }
}

/**
 * A live view of one event: setters change the stored event at once (CalendarEvent has no save step).
 * After `deleteEvent` the object keeps answering from the last state [unsure: Google's behaviour for a
 * deleted event's object is not documented], but no lookup finds the event any more.
 */
export class OfflineCalendarEvent implements CalendarEventApi {
  constructor(
    private readonly kernel: Kernel,
    readonly model: EventModel,
  ) {}

  private tick(method: string): void {
    this.kernel.tick(`CalendarApp.CalendarEvent.${method}`);
  }

  getId(): string {
    this.tick('getId');
    return this.model.id;
  }

  getTitle(): string {
    this.tick('getTitle');
    return this.model.title;
  }

  setTitle(title: string): CalendarEventApi {
    this.tick('setTitle');
    this.model.title = String(title);
    return this;
  }

  getStartTime(): Date {
    this.tick('getStartTime');
    return new Date(this.model.start.getTime());
  }

  getEndTime(): Date {
    this.tick('getEndTime');
    return new Date(this.model.end.getTime());
  }

  setTime(startTime: Date, endTime: Date): CalendarEventApi {
    this.tick('setTime');
    assertTimes(startTime, endTime, 'CalendarApp.CalendarEvent.setTime');
    this.model.start = new Date(startTime.getTime());
    this.model.end = new Date(endTime.getTime());
    return this;
  }

  /** `''` when no location was set (Google's getters return empty strings, not null). */
  getLocation(): string {
    this.tick('getLocation');
    return this.model.location;
  }

  setLocation(location: string): CalendarEventApi {
    this.tick('setLocation');
    this.model.location = String(location);
    return this;
  }

  getDescription(): string {
    this.tick('getDescription');
    return this.model.description;
  }

  setDescription(description: string): CalendarEventApi {
    this.tick('setDescription');
    this.model.description = String(description);
    return this;
  }

  /**
   * Adds a guest without e-mailing them: CalendarApp's addGuest sends no invitation (only createEvent's
   * `sendInvites` does) [unsure: undocumented; public reports say no e-mail arrives]. Adding a guest
   * twice keeps one.
   */
  addGuest(email: string): CalendarEventApi {
    this.tick('addGuest');
    const address = guestAddress(email, 'email');
    if (!this.model.guests.some((g) => g.email === address))
      this.model.guests.push({ email: address, status: 'INVITED' });
    return this;
  }

  /** Removing someone who is not a guest changes nothing. */
  removeGuest(email: string): CalendarEventApi {
    this.tick('removeGuest');
    const address = String(email).trim().toLowerCase();
    this.model.guests = this.model.guests.filter((g) => g.email !== address);
    return this;
  }

  /** Google: "Gets the guests for the event, not including the event owner" unless `includeOwner`. */
  getGuestList(includeOwner = false): EventGuestApi[] {
    this.tick('getGuestList');
    const guests = this.model.guests.map((g) => new OfflineEventGuest(this.kernel, g.email, g.status));
    if (!includeOwner || this.model.guests.some((g) => g.email === this.model.creator)) return guests;
    return [new OfflineEventGuest(this.kernel, this.model.creator, 'OWNER'), ...guests];
  }

  /** null for a key never set [unsure: Google's typings say String; scripts test the result for null]. */
  getTag(key: string): string | null {
    this.tick('getTag');
    return this.model.tags.get(String(key)) ?? null;
  }

  setTag(key: string, value: string): CalendarEventApi {
    this.tick('setTag');
    if (typeof key !== 'string' || typeof value !== 'string') {
      throw signatureMismatch(
        [key, value].map(describeArgumentType).join(','),
        'CalendarApp.CalendarEvent.setTag',
      );
    }
    this.model.tags.set(key, value);
    return this;
  }

  deleteEvent(): void {
    this.tick('deleteEvent');
    this.model.deleted = true;
  }
}

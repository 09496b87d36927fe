import { MentoringError } from '../../../src/core';
import type {
  CalendarEventChanges,
  CalendarEventSpec,
  CalendarEventState,
  Calendars,
  EventCalendar,
  EventTag,
} from '../../../src/ports/calendar';

interface FakeEvent extends CalendarEventState {
  deleted: boolean;
}

/**
 * An in-memory calendar behind the port, for the core's tests: it records what was asked of it and can
 * run out of quota after a number of writes.
 */
export class FakeCalendar implements EventCalendar, Calendars {
  readonly events: FakeEvent[] = [];
  readonly log: string[] = [];
  /** Writes (create, update, remove) allowed before the quota error; Infinity by default. */
  writesLeft = Infinity;
  /** When set, `open` finds no calendar with any other id. */
  knownCalendarId = '';

  id(): string {
    return this.knownCalendarId || 'metodist@college.example';
  }

  open(calendarId: string): EventCalendar | null {
    return calendarId === '' || calendarId === this.knownCalendarId ? this : null;
  }

  live(): FakeEvent[] {
    return this.events.filter((e) => !e.deleted);
  }

  event(id: string): CalendarEventState | null {
    this.log.push(`event ${id}`);
    const e = this.live().find((x) => x.id === id);
    return e ? copy(e) : null;
  }

  findTagged(tag: EventTag, start: Date, end: Date): CalendarEventState | null {
    this.log.push(`find ${tag.value}`);
    const e = this.live().find(
      (x) => x.tag === tag.value && x.start.getTime() < end.getTime() && x.end.getTime() > start.getTime(),
    );
    return e ? copy(e) : null;
  }

  create(spec: CalendarEventSpec, tag: EventTag): string {
    this.spend();
    const id = `ev${this.events.length + 1}@google.com`;
    this.events.push({ ...spec, guests: [...spec.guests], id, tag: tag.value, deleted: false });
    this.log.push(`create ${id}`);
    return id;
  }

  update(id: string, changes: CalendarEventChanges): void {
    this.spend();
    const e = this.live().find((x) => x.id === id)!;
    if (changes.title !== undefined) e.title = changes.title;
    if (changes.time) Object.assign(e, changes.time);
    if (changes.location !== undefined) e.location = changes.location;
    if (changes.description !== undefined) e.description = changes.description;
    if (changes.tag) e.tag = changes.tag.value;
    e.guests = [...e.guests.filter((g) => !changes.removeGuests.includes(g)), ...changes.addGuests];
    this.log.push(`update ${id}`);
  }

  remove(id: string): boolean {
    this.spend();
    const e = this.live().find((x) => x.id === id);
    this.log.push(`remove ${id}`);
    if (!e) return false;
    e.deleted = true;
    return true;
  }

  private spend(): void {
    if (this.writesLeft <= 0)
      throw new MentoringError('CALENDAR_QUOTA', 'квота', 'Service invoked too many times: Calendar.');
    this.writesLeft -= 1;
  }
}

const copy = (e: FakeEvent): CalendarEventState => ({
  id: e.id,
  title: e.title,
  start: e.start,
  end: e.end,
  location: e.location,
  description: e.description,
  guests: [...e.guests],
  tag: e.tag,
});

import type {
  CalendarApi,
  CalendarAppApi,
  CalendarEventApi,
  CalendarEventOptionsApi,
} from '../../gas/api/calendar';
import { describeArgumentType, gasException, signatureMismatch } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import { splitAddressList } from '../mail/addresses';
import { runningUser } from '../session/identity';
import { assertTimes, guestAddress, isDate, OfflineCalendarEvent } from './event';
import { CalendarModel, CalendarStore, GUEST_STATUSES } from './store';

const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar';

export const GuestStatus = Object.freeze(
  Object.fromEntries(GUEST_STATUSES.map((n) => [n, n])),
) as unknown as typeof GoogleAppsScript.Calendar.GuestStatus;

/**
 * Calendar needs the user's authorization, which a simple trigger without it lacks (§10.4, §7.10 form
 * of the text) [unsure: Google may list the read-only Calendar scopes as alternatives in the message].
 */
function requireCalendarScope(kernel: Kernel, method: string): void {
  const exec = kernel.current;
  if (exec && exec.kind === 'simple-trigger' && exec.authMode !== 'FULL') {
    throw gasException(
      `You do not have permission to call ${method}. Required permissions: ${CALENDAR_SCOPE}`,
    );
  }
}

/** Events overlapping [start, end): Google returns those that start in, end in, or span the window. */
function eventsBetween(
  kernel: Kernel,
  store: CalendarStore,
  calendar: CalendarModel,
  start: unknown,
  end: unknown,
  method: string,
): CalendarEventApi[] {
  if (!isDate(start) || !isDate(end)) {
    throw signatureMismatch([start, end].map(describeArgumentType).join(','), method);
  }
  return store
    .visibleIn(calendar)
    .filter((e) => e.start.getTime() < end.getTime() && e.end.getTime() > start.getTime())
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .map((e) => new OfflineCalendarEvent(kernel, e));
}

function createEventOn(
  kernel: Kernel,
  store: CalendarStore,
  calendar: CalendarModel,
  args: unknown[],
  method: string,
): CalendarEventApi {
  const [title, start, end, options] = args;
  if (typeof title !== 'string' || args.length < 3 || args.length > 4) {
    throw signatureMismatch(args.map(describeArgumentType).join(','), method);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw signatureMismatch(args.map(describeArgumentType).join(','), method);
  }
  assertTimes(start, end, method, args.slice(3));
  const opts = (options ?? {}) as CalendarEventOptionsApi;
  const guests = [...new Set(splitAddressList(opts.guests).map((g) => guestAddress(g, 'guests')))];
  // Quotas page: "Calendar events created" 5,000 a day (consumer) / 10,000 (Workspace).
  kernel.quotas.consume('calendarEventsCreated');
  const event = store.add({
    calendarId: calendar.id,
    creator: runningUser(kernel),
    title,
    start: new Date((start as Date).getTime()),
    end: new Date((end as Date).getTime()),
    description: opts.description === undefined ? '' : String(opts.description),
    location: opts.location === undefined ? '' : String(opts.location),
    guests: guests.map((email) => ({ email, status: 'INVITED' as const })),
    tags: new Map(),
    // Google: "sendInvites: whether to send invitation emails (default: false)".
    sendInvites: opts.sendInvites === true,
  });
  if (event.sendInvites) store.recordInvitations(event, guests);
  return new OfflineCalendarEvent(kernel, event);
}

function eventIn(kernel: Kernel, store: CalendarStore, calendar: CalendarModel, iCalId: string) {
  const found = store.visibleIn(calendar).find((e) => e.id === String(iCalId));
  return found ? new OfflineCalendarEvent(kernel, found) : null;
}

export class OfflineCalendar implements CalendarApi {
  constructor(
    private readonly kernel: Kernel,
    private readonly store: CalendarStore,
    readonly model: CalendarModel,
  ) {}

  private tick(method: string): void {
    this.kernel.tick(`CalendarApp.Calendar.${method}`);
  }

  getId(): string {
    this.tick('getId');
    return this.model.id;
  }

  getName(): string {
    this.tick('getName');
    return this.model.name;
  }

  createEvent(title: string, startTime: Date, endTime: Date): CalendarEventApi;
  createEvent(
    title: string,
    startTime: Date,
    endTime: Date,
    options: CalendarEventOptionsApi,
  ): CalendarEventApi;
  createEvent(...args: unknown[]): CalendarEventApi {
    this.tick('createEvent');
    return createEventOn(this.kernel, this.store, this.model, args, 'CalendarApp.Calendar.createEvent');
  }

  /** null when no event of this calendar has that iCalUID (or it was deleted). */
  getEventById(iCalId: string): CalendarEventApi | null {
    this.tick('getEventById');
    return eventIn(this.kernel, this.store, this.model, iCalId);
  }

  getEvents(startTime: Date, endTime: Date): CalendarEventApi[] {
    this.tick('getEvents');
    return eventsBetween(
      this.kernel,
      this.store,
      this.model,
      startTime,
      endTime,
      'CalendarApp.Calendar.getEvents',
    );
  }
}

/**
 * CalendarApp: "provides direct access to the user's default calendar" — the calendar of the account the
 * code runs as (Session's effective user; the installer in an installable trigger).
 */
export class OfflineCalendarApp implements CalendarAppApi {
  readonly GuestStatus = GuestStatus;

  constructor(
    private readonly kernel: Kernel,
    private readonly store: CalendarStore,
  ) {}

  private tick(method: string): void {
    requireCalendarScope(this.kernel, `CalendarApp.${method}`);
    this.kernel.tick(`CalendarApp.CalendarApp.${method}`);
  }

  private defaultModel(): CalendarModel {
    return this.store.defaultCalendarOf(runningUser(this.kernel));
  }

  getDefaultCalendar(): CalendarApi {
    this.tick('getDefaultCalendar');
    return new OfflineCalendar(this.kernel, this.store, this.defaultModel());
  }

  /**
   * null for a calendar the user neither owns nor is subscribed to (Google: "or null if the calendar
   * doesn't exist, if the user can't access it"). Offline every user has only their default calendar.
   */
  getCalendarById(id: string): CalendarApi | null {
    this.tick('getCalendarById');
    const own = this.defaultModel();
    return String(id) === own.id ? new OfflineCalendar(this.kernel, this.store, own) : null;
  }

  /** Looks in the default calendar only (Google's reference says so for events of other calendars). */
  getEventById(iCalId: string): CalendarEventApi | null {
    this.tick('getEventById');
    return eventIn(this.kernel, this.store, this.defaultModel(), iCalId);
  }

  createEvent(title: string, startTime: Date, endTime: Date): CalendarEventApi;
  createEvent(
    title: string,
    startTime: Date,
    endTime: Date,
    options: CalendarEventOptionsApi,
  ): CalendarEventApi;
  createEvent(...args: unknown[]): CalendarEventApi {
    this.tick('createEvent');
    return createEventOn(this.kernel, this.store, this.defaultModel(), args, 'CalendarApp.createEvent');
  }

  getEvents(startTime: Date, endTime: Date): CalendarEventApi[] {
    this.tick('getEvents');
    return eventsBetween(
      this.kernel,
      this.store,
      this.defaultModel(),
      startTime,
      endTime,
      'CalendarApp.getEvents',
    );
  }
}

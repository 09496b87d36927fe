import type {
  CalendarEventChanges,
  CalendarEventSpec,
  CalendarEventState,
  EventTag,
} from '../../../ports/calendar';
import type { JournalEntry } from '../../../ports/journal';
import type { BlockWrite } from '../../../ports/sheet-blocks';
import type { CellValue } from '../../../ports/workbook';
import { menteesFromBank, mentorsFromBank } from '../../matching/profiles';
import { messages } from '../../messages';
import { PAIRS_SHEET } from '../../pairs/columns';
import { readPairRows } from '../../pairs/pairs-sheet';
import { Table, isBlankRow, layoutRow, tableOf, textAt, valueAt } from '../../pairs/table';
import { normalizeEmail } from '../../people/email';
import { competencesFromSettings } from '../../questionnaires/parse';
import { headerKey } from '../../schema/headers';
import { sheetSpec } from '../../schema/sheets';
import { readSettings } from '../../settings/settings';
import { EVENT_SETTING_KEYS } from '../../settings/event-rows';
import {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_SHEET,
  ATTENDANCE_VALUE_COLUMNS,
  EVENTS_SHEET,
  EVENT_COLUMNS,
  EVENT_ID_PREFIX,
  EVENT_VALUE_COLUMNS,
  isCancelledStatus,
} from './columns';
import {
  Directory,
  Participant,
  Resolution,
  directoryOf,
  displayName,
  parseParticipants,
  resolveParticipants,
  roleLabel,
} from './participants';
import { EventSettings, eventSettingLabel, readEventSettings } from './settings';
import { EventTimes, eventTimes, formatDateTime, formatDay } from './times';

/**
 * «Создать приглашения на мероприятия», pure: from the sheets read once each, what to do in Calendar
 * for each row of «Мероприятия» (`planEvents`), and, once the shell has done it, what to write back and
 * tell the person (`finishEvents`). Calendar is the shell's; the sheets' state is decided here.
 */

/** The tag key that marks an event as made from a row of «Мероприятия» (value `<spreadsheetId>:<№>`). */
export const EVENT_TAG_KEY = 'nastavnik.event';

/** The sheets the command reads, each with one getValues. */
export const EVENTS_READ_SHEETS = (): string[] => [
  EVENTS_SHEET,
  ATTENDANCE_SHEET,
  sheetSpec('settings').name,
  sheetSpec('mentors').name,
  sheetSpec('mentees').name,
  PAIRS_SHEET,
  sheetSpec('consents').name,
];

export type EventStatusKind = 'planned' | 'held' | 'cancelled' | 'unknown';

export function eventStatusKind(status: string): EventStatusKind {
  const s = status.trim().toLowerCase().replace(/ё/g, 'е');
  if (s === '' || s.startsWith('запланир')) return 'planned';
  if (s.startsWith('провед')) return 'held';
  if (isCancelledStatus(s)) return 'cancelled';
  return 'unknown';
}

/** One row of «Мероприятия» as read. */
export interface EventRow {
  /** 1-based sheet row. */
  row: number;
  /** «№» as in the sheet, or the one this run gives it. */
  id: string;
  assigned: boolean;
  /** The row repeated the «№» of an earlier row (a copy): it was given `id` instead. */
  copyOf: { id: string; row: number } | null;
  /** «Событие в календаре» repeated an earlier row's: dropped, so the copy gets its own event. */
  copiedEvent: boolean;
  kind: string;
  title: string;
  /** «Установочная сессия наставников: Знакомство с программой». */
  fullTitle: string;
  place: string;
  participants: string;
  responsible: string;
  status: EventStatusKind;
  statusText: string;
  calendarEvent: string;
  invitations: string;
  times: EventTimes;
  /** «М-3 «…»» for the summary. */
  label: string;
}

export type CalendarAction =
  | { kind: 'sync'; eventId: string; tag: EventTag; spec: CalendarEventSpec }
  /** `tag`/`start`/`end` are set when the id cell is empty but the row was invited before. */
  | { kind: 'delete'; eventId: string; tag: EventTag | null; start: Date | null; end: Date | null };

export interface RowPlan {
  event: EventRow;
  /** Why the row gets no Calendar action (empty when it gets one or needs none). */
  problems: string[];
  resolution: Resolution | null;
  action: CalendarAction | null;
  /** A past event already in the calendar: left as it is. */
  past: boolean;
}

export interface EventsPlan {
  settings: EventSettings;
  events: Table;
  attendance: Table;
  rows: RowPlan[];
  timeZone: string;
  now: Date;
}

export interface EventsInput {
  sheets: ReadonlyMap<string, CellValue[][]>;
  now: Date;
  timeZone: string;
  /**
   * The spreadsheet's id: with «№», the tag that finds an event whose id cell was cleared. Asked only
   * when a row needs Calendar (it costs service calls).
   */
  spreadsheetId: () => string;
}

const capitalise = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** «Вид: Название» as the event's title in Calendar and in «Посещаемость». */
export function eventTitle(kind: string, title: string): string {
  const k = capitalise(kind.trim());
  const t = title.trim();
  return k && t ? `${k}: ${t}` : k || t;
}

/** The number in «М-12» (any prefix staff typed), or null. */
const idNumber = (id: string): number | null => {
  const m = /(\d+)\s*$/.exec(id);
  return m ? Number(m[1]) : null;
};

const EVENT_FIELDS: readonly string[] = [
  EVENT_COLUMNS.kind,
  EVENT_COLUMNS.title,
  EVENT_COLUMNS.start,
  EVENT_COLUMNS.end,
  EVENT_COLUMNS.place,
  EVENT_COLUMNS.participants,
];

function readEventRows(table: Table, settings: EventSettings, timeZone: string): EventRow[] {
  const C = EVENT_COLUMNS;
  let next = table.rows.reduce((max, r) => Math.max(max, idNumber(textAt(table, r, C.id)) ?? 0), 0) + 1;
  const out: EventRow[] = [];
  const seenIds = new Map<string, number>();
  const seenEvents = new Set<string>();
  table.rows.forEach((values, i) => {
    if (isBlankRow(values) || EVENT_FIELDS.every((h) => textAt(table, values, h) === '')) return;
    const text = (h: string) => textAt(table, values, h);
    // A row copied with its «№» (to plan a similar event) is a new event: it gets its own number, and the
    // copied Calendar id is dropped, so the copy never moves, changes or deletes the original's event.
    const typed = text(C.id);
    const copyOf = typed ? seenIds.get(typed.toLowerCase()) : undefined;
    const existing = copyOf === undefined ? typed : '';
    const id = existing || `${EVENT_ID_PREFIX}${next++}`;
    if (existing) seenIds.set(existing.toLowerCase(), i + 2);
    let calendarEvent = text(C.calendarEvent);
    const copiedEvent = calendarEvent !== '' && (copyOf !== undefined || seenEvents.has(calendarEvent));
    if (copiedEvent) calendarEvent = '';
    else if (calendarEvent) seenEvents.add(calendarEvent);
    const kind = text(C.kind);
    const title = text(C.title);
    const fullTitle = eventTitle(kind, title);
    const statusText = text(C.status);
    out.push({
      row: i + 2,
      id,
      assigned: !existing,
      copyOf: copyOf === undefined ? null : { id: typed, row: copyOf },
      copiedEvent,
      kind,
      title,
      fullTitle,
      place: text(C.place),
      participants: text(C.participants),
      responsible: text(C.responsible),
      status: eventStatusKind(statusText),
      statusText,
      calendarEvent,
      invitations: copiedEvent ? '' : text(C.invitations),
      times: eventTimes(
        valueAt(table, values, C.start),
        valueAt(table, values, C.end),
        timeZone,
        settings.defaultMinutes,
      ),
      label: messages.events.label(id, fullTitle),
    });
  });
  return out;
}

const startsWithAny = (text: string, stems: readonly string[]): boolean =>
  stems.some((s) => text.trim().toLowerCase().startsWith(s));

/** What the sheets say should happen to each row of «Мероприятия». */
export function planEvents(input: EventsInput): EventsPlan {
  const { sheets, now, timeZone } = input;
  let id: string | null = null;
  const spreadsheetId = (): string => (id ??= input.spreadsheetId());
  const rawSettings = readSettings(sheets.get(sheetSpec('settings').name) ?? []);
  const settings = readEventSettings(rawSettings);
  const competences = competencesFromSettings(rawSettings);
  const directory: Directory = directoryOf({
    mentors: mentorsFromBank(sheets.get(sheetSpec('mentors').name) ?? [], competences),
    mentees: menteesFromBank(sheets.get(sheetSpec('mentees').name) ?? [], competences),
    pairs: readPairRows(tableOf(PAIRS_SHEET, sheets.get(PAIRS_SHEET))),
    registry: sheets.get(sheetSpec('consents').name) ?? [],
  });
  const events = tableOf(EVENTS_SHEET, sheets.get(EVENTS_SHEET));
  const attendance = tableOf(ATTENDANCE_SHEET, sheets.get(ATTENDANCE_SHEET));
  const organisation = rawSettings['organization.shortName'] ?? '';
  const p = messages.events.problems;
  const inv = messages.events.invitations;

  const rows = readEventRows(events, settings, timeZone).map((event): RowPlan => {
    const plan: RowPlan = { event, problems: [], resolution: null, action: null, past: false };
    const tag = (): EventTag => ({ key: EVENT_TAG_KEY, value: `${spreadsheetId()}:${event.id}` });
    if (event.status === 'unknown') {
      plan.problems.push(p.unknownStatus(event.statusText));
      return plan;
    }
    if (event.status === 'cancelled') {
      // Deleted once: afterwards the id cell is empty and «Приглашения» says so.
      if (!settings.calendarInvites) return plan;
      if (event.calendarEvent)
        plan.action = { kind: 'delete', eventId: event.calendarEvent, tag: null, start: null, end: null };
      else if (startsWithAny(event.invitations, inv.sentStems) && event.times.ok)
        plan.action = {
          kind: 'delete',
          eventId: '',
          tag: tag(),
          start: event.times.start,
          end: event.times.end,
        };
      return plan;
    }
    const items = parseParticipants(event.participants);
    plan.resolution = resolveParticipants(items, directory);
    if (event.status === 'held' || !settings.calendarInvites) return plan;

    if (!event.fullTitle) plan.problems.push(p.noTitle);
    if (!event.times.ok) plan.problems.push(event.times.problem);
    if (plan.resolution.empty) plan.problems.push(p.noParticipants);
    else if (plan.resolution.invited.length === 0) plan.problems.push(p.nobodyInvited);
    if (plan.problems.length > 0 || !event.times.ok) return plan;
    if (event.times.start.getTime() < now.getTime()) {
      // A past event keeps the calendar event it has; one never invited is not invited now.
      if (event.calendarEvent) plan.past = true;
      else plan.problems.push(p.past(formatDateTime(event.times.start, timeZone)));
      return plan;
    }
    plan.action = {
      kind: 'sync',
      eventId: event.calendarEvent,
      tag: tag(),
      spec: {
        title: event.fullTitle,
        start: event.times.start,
        end: event.times.end,
        location: event.place,
        description: messages.events.description(event.fullTitle, event.responsible, organisation, event.id),
        guests: plan.resolution.invited.map((x) => x.email),
      },
    };
    return plan;
  });
  return { settings, events, attendance, rows, timeZone, now };
}

/** What an event lacks to match the sheet; `null` when nothing differs. */
export function calendarChanges(
  state: CalendarEventState,
  spec: CalendarEventSpec,
  tag: EventTag,
): CalendarEventChanges | null {
  const current = new Set(state.guests);
  const wanted = new Set(spec.guests);
  const changes: CalendarEventChanges = {
    ...(state.title !== spec.title ? { title: spec.title } : {}),
    ...(state.start.getTime() !== spec.start.getTime() || state.end.getTime() !== spec.end.getTime()
      ? { time: { start: spec.start, end: spec.end } }
      : {}),
    ...(state.location !== spec.location ? { location: spec.location } : {}),
    ...(state.description !== spec.description ? { description: spec.description } : {}),
    ...(state.tag !== tag.value ? { tag } : {}),
    addGuests: spec.guests.filter((g) => !current.has(g)),
    removeGuests: state.guests.filter((g) => !wanted.has(g)),
  };
  const empty =
    Object.keys(changes).length === 2 && changes.addGuests.length === 0 && changes.removeGuests.length === 0;
  return empty ? null : changes;
}

/** What the shell did in Calendar for one row. */
export type CalendarOutcome =
  | { kind: 'created'; eventId: string; guests: number; recreated: boolean }
  | { kind: 'updated'; eventId: string; guests: number; added: number; removed: number }
  | { kind: 'unchanged'; eventId: string }
  | { kind: 'deleted' }
  /** Quota exhausted, or no calendar: the row waits for the next run. */
  | { kind: 'notDone' }
  | { kind: 'failed'; reason: string; details: string };

export interface EventsOutcome {
  writes: BlockWrite[];
  journal: JournalEntry[];
  summary: string;
  /** For tests and the scenario: rows added to «Посещаемость». */
  attendanceAdded: number;
}

export interface FinishContext {
  /** Calendar outcomes by sheet row; rows without an action are absent. */
  outcomes: ReadonlyMap<number, CalendarOutcome>;
  /** The calendar named in «Настройки» (or remembered, see `rememberedCalendar`) could not be opened. */
  calendarMissing: boolean;
  /**
   * The calendar opened, by id: with no calendar in «Настройки» the default calendar of whoever ran the
   * command first, which the add-on remembers so a colleague's run finds the same events.
   */
  calendarId?: string;
  /** The id used was the remembered one (no calendar in «Настройки»), not the setting's. */
  rememberedCalendar?: boolean;
  /** The daily quota ran out during the run. */
  quotaExhausted: boolean;
}

/**
 * The changed cells as blocks: one per run of adjacent changed columns (on «Мероприятия»: «№», then
 * «Событие в календаре» and «Приглашения»), each from the first to the last row changed in it. Columns
 * nobody changed are never written, so what staff type in «Статус», «Участники» or «Начало» while the
 * Calendar work runs, and any formula there, stay as they are. Rows in between are written back as read
 * in the add-on's own columns only.
 */
function spanBlocks(
  table: Table,
  changes: ReadonlyMap<number, Record<string, CellValue>>,
  textHeaders: readonly string[],
): BlockWrite[] {
  const rowsByColumn = new Map<number, number[]>();
  for (const [row, fields] of changes)
    for (const h of Object.keys(fields)) {
      const at = table.index.get(headerKey(h));
      if (at !== undefined) rowsByColumn.set(at, [...(rowsByColumn.get(at) ?? []), row]);
    }
  const columns = [...rowsByColumn.keys()].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const c of columns) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === c - 1) run.push(c);
    else runs.push([c]);
  }
  const text = new Set(textHeaders.flatMap((h) => table.index.get(headerKey(h)) ?? []));
  return runs.map((run) => {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const rowNumbers = run.flatMap((c) => rowsByColumn.get(c)!);
    const top = Math.min(...rowNumbers);
    const bottom = Math.max(...rowNumbers);
    const values: CellValue[][] = [];
    for (let r = top; r <= bottom; r++)
      values.push(layoutRow(table, changes.get(r) ?? {}, table.rows[r - 2] ?? []).slice(first, last + 1));
    return {
      sheet: table.sheet,
      row: top,
      column: first + 1,
      values,
      textColumns: run.filter((c) => text.has(c)).map((c) => c + 1),
    };
  });
}

const attendanceKey = (id: string, email: string): string => `${id.trim().toLowerCase()}\u0000${email}`;

const textHeadersOf = (sheet: 'events' | 'attendance'): string[] =>
  sheet === 'events'
    ? Object.values(EVENT_COLUMNS).filter((h) => !EVENT_VALUE_COLUMNS.includes(h))
    : Object.values(ATTENDANCE_COLUMNS).filter((h) => !ATTENDANCE_VALUE_COLUMNS.includes(h));

/**
 * After the shell's Calendar work: the cells to write («№», «Событие в календаре», «Приглашения»),
 * the rows «Посещаемость» lacks, the journal and the summary. Rows the quota left undone keep their
 * cells, so the next run picks them up where this one stopped.
 */
export function finishEvents(plan: EventsPlan, context: FinishContext): EventsOutcome {
  const { timeZone, now } = plan;
  const m = messages.events;
  const C = EVENT_COLUMNS;
  const A = ATTENDANCE_COLUMNS;
  const today = formatDay(now, timeZone);
  const eventChanges = new Map<number, Record<string, CellValue>>();
  const change = (row: number, fields: Record<string, CellValue>): void => {
    eventChanges.set(row, { ...(eventChanges.get(row) ?? {}), ...fields });
  };
  const journal: JournalEntry[] = [];
  const counts = { created: 0, updated: 0, unchanged: 0, deleted: 0, invited: 0, newGuests: 0 };
  const skipped: string[] = [];
  const notInvited: string[] = [];
  const notDone: string[] = [];
  const recreated: string[] = [];
  const renumbered: string[] = [];

  for (const r of plan.rows) {
    const e = r.event;
    if (e.assigned) change(e.row, { [C.id]: e.id });
    if (e.copiedEvent) change(e.row, { [C.calendarEvent]: '', [C.invitations]: '' });
    if (e.copyOf) renumbered.push(m.summary.line(e.label, m.summary.renumbered(e.copyOf.id, e.copyOf.row)));
    for (const problem of r.problems) skipped.push(m.summary.line(e.label, problem));
    const outcome = context.outcomes.get(e.row);
    if (r.past) counts.unchanged += 1;
    if (outcome) {
      switch (outcome.kind) {
        case 'created':
          counts.created += 1;
          counts.invited += outcome.guests;
          change(e.row, {
            [C.calendarEvent]: outcome.eventId,
            [C.invitations]: m.invitations.sent(today, outcome.guests),
          });
          if (outcome.recreated) {
            recreated.push(m.summary.recreated(e.label));
            journal.push({
              level: 'WARNING',
              code: 'EVENT_RECREATED',
              message: m.journal.recreated(e.label),
              details: `${e.calendarEvent} → ${outcome.eventId}`,
            });
          }
          break;
        case 'updated':
          counts.updated += 1;
          counts.newGuests += outcome.added;
          change(e.row, {
            [C.calendarEvent]: outcome.eventId,
            [C.invitations]: m.invitations.updated(today, outcome.guests, outcome.added, outcome.removed),
          });
          break;
        case 'unchanged':
          counts.unchanged += 1;
          if (outcome.eventId !== e.calendarEvent) change(e.row, { [C.calendarEvent]: outcome.eventId });
          break;
        case 'deleted':
          counts.deleted += 1;
          change(e.row, { [C.calendarEvent]: '', [C.invitations]: m.invitations.cancelled(today) });
          break;
        case 'notDone':
          notDone.push(e.id);
          break;
        case 'failed':
          skipped.push(m.summary.line(e.label, m.problems.failed(outcome.reason)));
          journal.push({
            level: 'ERROR',
            code: 'CALENDAR_FAILED',
            message: m.journal.failed(e.label),
            details: outcome.details,
          });
          break;
      }
    }
    const res = r.resolution;
    // A cancelled row's people are not listed: nobody is invited to it.
    if (res && e.status !== 'cancelled') {
      const parts = [
        ...(res.withoutConsent.length > 0
          ? [m.people.withoutConsent(res.withoutConsent.map(displayName))]
          : []),
        ...(res.withoutEmail.length > 0 ? [m.people.withoutEmail(res.withoutEmail.map(displayName))] : []),
        ...(res.unknown.length > 0 ? [m.people.unknown(res.unknown)] : []),
        ...(res.ambiguous.length > 0 ? [m.people.ambiguous(res.ambiguous)] : []),
        ...(res.unknownPairs.length > 0 ? [m.people.unknownPairs(res.unknownPairs)] : []),
      ];
      if (parts.length > 0) notInvited.push(m.summary.line(e.label, parts.join('; ')));
    }
  }

  // «Посещаемость»: one row per event and invited person not there yet (key: № + e-mail); the event's
  // title and date follow the sheet when staff change them.
  const att = plan.attendance;
  const present = new Map<string, number>();
  att.rows.forEach((values, i) => {
    const key = attendanceKey(textAt(att, values, A.eventId), normalizeEmail(textAt(att, values, A.email)));
    if (!present.has(key)) present.set(key, i + 2);
  });
  const appended: CellValue[][] = [];
  const attendanceChanges = new Map<number, Record<string, CellValue>>();
  for (const r of plan.rows) {
    const e = r.event;
    if (e.status === 'cancelled' || e.status === 'unknown' || !r.resolution) continue;
    const date: CellValue = e.times.ok ? e.times.start : (e.times.start ?? '');
    for (const person of r.resolution.invited) {
      const at = present.get(attendanceKey(e.id, person.email));
      if (at !== undefined) {
        const values = att.rows[at - 2]!;
        const shown = valueAt(att, values, A.date);
        const sameDate =
          shown instanceof Date && date instanceof Date ? shown.getTime() === date.getTime() : shown === date;
        if (textAt(att, values, A.event) !== e.fullTitle || !sameDate)
          attendanceChanges.set(at, { [A.event]: e.fullTitle, [A.date]: date });
        continue;
      }
      present.set(attendanceKey(e.id, person.email), -1);
      appended.push(attendanceRow(att, e, person, date));
    }
  }
  const writes: BlockWrite[] = [];
  writes.push(...spanBlocks(plan.events, eventChanges, textHeadersOf('events')));
  const updateBlocks = spanBlocks(att, attendanceChanges, textHeadersOf('attendance'));
  writes.push(...updateBlocks);
  if (appended.length > 0)
    writes.push({
      sheet: att.sheet,
      row: att.rows.length + 2,
      column: 1,
      values: appended,
      textColumns: textHeadersOf('attendance').flatMap((h) => {
        const at = att.index.get(headerKey(h));
        return at === undefined ? [] : [at + 1];
      }),
    });

  if (context.quotaExhausted && notDone.length > 0)
    journal.push({
      level: 'WARNING',
      code: 'CALENDAR_QUOTA',
      message: m.journal.quota(notDone),
      details: '',
    });
  const missingId = context.calendarId ?? plan.settings.calendarId;
  if (context.calendarMissing)
    journal.push({
      level: 'WARNING',
      code: 'CALENDAR_MISSING',
      message: m.journal.noCalendar(missingId),
      details: '',
    });

  const lines: string[] = [];
  if (plan.rows.length === 0) lines.push(m.summary.nothing);
  else if (!plan.settings.calendarInvites)
    lines.push(m.summary.invitesOff(eventSettingLabel(EVENT_SETTING_KEYS.calendarInvites)));
  else {
    if (context.calendarMissing)
      lines.push(
        context.rememberedCalendar
          ? m.summary.noRememberedCalendar(missingId, eventSettingLabel(EVENT_SETTING_KEYS.calendarId))
          : m.summary.noCalendar(missingId, eventSettingLabel(EVENT_SETTING_KEYS.calendarId)),
      );
    lines.push(m.summary.created(counts.created, counts.invited));
    if (counts.updated > 0) lines.push(m.summary.updated(counts.updated, counts.newGuests));
    if (counts.unchanged > 0) lines.push(m.summary.unchanged(counts.unchanged));
    if (counts.deleted > 0) lines.push(m.summary.deleted(counts.deleted));
    if (context.quotaExhausted && notDone.length > 0) lines.push(m.summary.quota(notDone));
  }
  const numbered = plan.rows.filter((r) => r.event.assigned).map((r) => r.event.id);
  if (numbered.length > 0) lines.push(m.summary.numbered(numbered));
  if (appended.length > 0) lines.push(m.summary.attendance(appended.length));
  lines.push(...plan.settings.problems);
  if (renumbered.length > 0) lines.push('', ...renumbered);
  if (recreated.length > 0) lines.push('', ...recreated);
  if (skipped.length > 0) lines.push('', m.summary.skippedHeader, ...skipped);
  if (notInvited.length > 0) lines.push('', m.summary.peopleHeader, ...notInvited);
  return { writes, journal, summary: lines.join('\n'), attendanceAdded: appended.length };
}

function attendanceRow(att: Table, e: EventRow, person: Participant, date: CellValue): CellValue[] {
  const A = ATTENDANCE_COLUMNS;
  if (att.width === 0)
    return [e.id, e.fullTitle, date, person.fullName, person.email, roleLabel(person.role), ''];
  return layoutRow(att, {
    [A.eventId]: e.id,
    [A.event]: e.fullTitle,
    [A.date]: date,
    [A.fullName]: person.fullName,
    [A.email]: person.email,
    [A.role]: roleLabel(person.role),
    [A.present]: '',
  });
}

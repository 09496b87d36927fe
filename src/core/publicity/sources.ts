import type { CellValue } from '../../ports/workbook';
import { BANK_SYSTEM_HEADERS } from '../banks/columns';
import { ROADMAP_STAGES } from '../documents/roadmap';
import { messages } from '../messages';
import { PAIRS_SHEET } from '../pairs/columns';
import { isGroupRow, readPairRows, splitPeople } from '../pairs/pairs-sheet';
import { isBlankRow, tableOf, textAt, valueAt, type Table } from '../pairs/table';
import { normalizeEmail, parseFullName, samePerson } from '../people';
import { ROADMAP_COLUMNS, ROADMAP_SHEET } from '../roadmap/columns';
import { headerKey } from '../schema/headers';
import {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_SHEET,
  EVENTS_SHEET,
  EVENT_COLUMNS,
  EVENT_KINDS,
  isCancelledStatus,
  trainedMentors,
} from '../season/events/columns';
import { BEST_PRACTICE_MARK, PRACTICES_SHEET, PRACTICE_COLUMNS } from '../season/practices/columns';

/**
 * What a publication is about (issue 7, item 2): an event of «Мероприятия», a practice of «Методическая
 * копилка» or a milestone of a stage in «Дорожная карта», read from the sheets as plain data, with the
 * people who took part. The people come with their e-mail when the add-on can tell it (attendance rows,
 * the banks), since consent is looked up by e-mail; a name the banks do not know stays without one and
 * is never named.
 */

const MENTEES_SHEET = 'Банк наставляемых';
const MENTORS_SHEET = 'Банк наставников';

/** Every sheet a publication run reads besides «Публикации», «Согласия» and «Настройки». */
export const PUBLICATION_SOURCE_SHEETS: readonly string[] = [
  EVENTS_SHEET,
  ATTENDANCE_SHEET,
  PRACTICES_SHEET,
  ROADMAP_SHEET,
  PAIRS_SHEET,
  MENTEES_SHEET,
  MENTORS_SHEET,
];

export type SourceKind = 'event' | 'practice' | 'stage';

/** What a person is in the source: the word the text uses for them. */
export type PublicationRole = 'mentor' | 'mentee' | 'author' | 'participant';

export interface PublicationParticipant {
  /** Normalised e-mail; '' when the add-on cannot tell who it is. */
  email: string;
  fullName: string;
  role: PublicationRole;
  /** From the banks ('' when unknown). */
  position: string;
  subject: string;
  /** Which bank knows the person: how an unnamed author is described («наставник ПЦК …»). */
  bank: 'mentor' | 'mentee' | null;
}

/** An event's tense in the text: held (past), planned (announcement). */
export type EventState = 'held' | 'planned';

export interface PublicationSource {
  /** «event:М-2», «practice:К-1», «stage:5:<activity>»: finds the source again on later runs. */
  key: string;
  kind: SourceKind;
  /** «Мероприятие М-2 «…»», «Практика К-1 «…»», «Этап 5 «…»: …» (the sheet's «Источник»). */
  label: string;
  /** The road map's stage, 1–7. */
  stage: number;
  stageTitle: string;
  /** The event's or practice's name; the stage's activity. */
  title: string;
  /** When it happened (event start, practice date); null: the day of preparation. */
  date: Date | null;
  /** Event: the kind as the sheet says it; practice: its kind; stage: ''. */
  detail: string;
  /** The event kind's key (EVENT_KINDS), null when the sheet's text is another. */
  eventKind: keyof typeof EVENT_KINDS | null;
  eventState: EventState;
  /** A room or address; '' for a link (online meetings' links are never published) or none. */
  place: string;
  online: boolean;
  /** Who the event is for, as a group («наставники и наставляемые»), '' when the sheet says otherwise. */
  audience: string;
  /** Practice: chosen by the round table. */
  best: boolean;
  /** Stage: the road map's indicator and status as «Дорожная карта» shows them. */
  indicator: string;
  roadmapStatus: string;
  /** Counts the text states: best practices so far (round table), pairs and groups (stage 5). */
  counts: { bestPractices: number; pairs: number; groups: number };
  participants: PublicationParticipant[];
}

export type SourceLookup =
  | { state: 'found'; source: PublicationSource }
  | { state: 'missing' }
  /** The event was cancelled: nothing to tell about it. */
  | { state: 'cancelled' };

export type SourcePick = { ok: true; source: PublicationSource } | { ok: false; message: string };

type Sheets = ReadonlyMap<string, readonly (readonly CellValue[])[]>;

const comparable = (v: CellValue | undefined): string =>
  String(v ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е');

/** Text cut to `max` characters at a word boundary, with «…». */
export const clip = (text: string, max: number): string => {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

/**
 * How long a field staff typed is kept before the drafts are composed: long enough that names are
 * struck out of whole words before the drafts cut the text to their own lengths.
 */
const RAW = 600;

/** People of both banks by e-mail: ФИО, position, subject. A mentor who is also a mentee is a mentor. */
interface BankPerson {
  email: string;
  fullName: string;
  position: string;
  subject: string;
  bank: 'mentor' | 'mentee';
}

function bankPeople(sheets: Sheets): Map<string, BankPerson> {
  const people = new Map<string, BankPerson>();
  for (const [sheet, bank] of [
    [MENTEES_SHEET, 'mentee'],
    [MENTORS_SHEET, 'mentor'],
  ] as const) {
    const table = tableOf(sheet, sheets.get(sheet));
    for (const row of table.rows) {
      const email = normalizeEmail(textAt(table, row, BANK_SYSTEM_HEADERS.email));
      if (!email) continue;
      people.set(email, {
        email,
        fullName: parseFullName(textAt(table, row, BANK_SYSTEM_HEADERS.fullName)).full,
        position: textAt(table, row, 'Должность'),
        subject: textAt(table, row, 'ПЦК / предмет'),
        bank,
      });
    }
  }
  return people;
}

function participant(
  people: Map<string, BankPerson>,
  email: string,
  fullName: string,
  role: PublicationRole,
): PublicationParticipant {
  const known = people.get(email);
  return {
    email,
    fullName: known?.fullName || parseFullName(fullName).full,
    role,
    position: known?.position ?? '',
    subject: known?.subject ?? '',
    bank: known?.bank ?? null,
  };
}

/** A date cell: a Date from getValues, or «25.11.2026» typed as text. */
function dateOf(v: CellValue): Date | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(String(v ?? '').trim());
  return m ? new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]), 12) : null;
}

const EVENT_STAGE: Readonly<Record<keyof typeof EVENT_KINDS, number>> = {
  setupSession: 4,
  consultation: 4,
  exchange: 4,
  conference: 6,
  roundTable: 6,
  final: 6,
};

const kindOf = (text: string): keyof typeof EVENT_KINDS | null =>
  (Object.keys(EVENT_KINDS) as Array<keyof typeof EVENT_KINDS>).find(
    (k) => comparable(EVENT_KINDS[k]) === comparable(text),
  ) ?? null;

const LINK = /(https?:\/\/|www\.|\.ru\b|\.com\b|zoom|telemost|meet\.|webinar|vk\.com)/i;

/** Who the event is for, as a group the text may name; anything else (e-mails, names) is not printed. */
function audienceOf(text: string): string {
  const s = comparable(text);
  const a = messages.publicity.audience;
  if (!s) return '';
  if (/(^|[^а-я])все([^а-я]|$)/.test(s)) return a.everyone;
  const mentors = s.includes('наставник');
  const mentees = s.includes('наставляем');
  if (mentors && mentees) return a.both;
  if (mentors) return a.mentors;
  if (mentees) return a.mentees;
  return '';
}

const STAGE_TITLE = (n: number): string => ROADMAP_STAGES[n - 1]?.title ?? '';

/** Practices the round table chose so far (for its news item). */
function bestPractices(sheets: Sheets): number {
  const table = tableOf(PRACTICES_SHEET, sheets.get(PRACTICES_SHEET));
  return table.rows.filter((r) => comparable(textAt(table, r, PRACTICE_COLUMNS.best)) === BEST_PRACTICE_MARK)
    .length;
}

function eventSource(sheets: Sheets, id: string, people: Map<string, BankPerson>): SourceLookup {
  const table = tableOf(EVENTS_SHEET, sheets.get(EVENTS_SHEET));
  const row = table.rows.find((r) => comparable(textAt(table, r, EVENT_COLUMNS.id)) === comparable(id));
  if (!row) return { state: 'missing' };
  const status = textAt(table, row, EVENT_COLUMNS.status);
  if (isCancelledStatus(status)) return { state: 'cancelled' };
  const text = (h: string): string => textAt(table, row, h);
  const detail = text(EVENT_COLUMNS.kind);
  const eventKind = kindOf(detail);
  const title = clip(text(EVENT_COLUMNS.title), RAW);
  const placeText = text(EVENT_COLUMNS.place);
  const online = LINK.test(placeText);
  const attendance = tableOf(ATTENDANCE_SHEET, sheets.get(ATTENDANCE_SHEET));
  const rows = attendance.rows.filter(
    (r) => comparable(textAt(attendance, r, ATTENDANCE_COLUMNS.eventId)) === comparable(id),
  );
  const presence = (r: CellValue[]): string => comparable(textAt(attendance, r, ATTENDANCE_COLUMNS.present));
  // Those marked present; until anybody is marked, everyone invited and not marked absent.
  const present = rows.some((r) => presence(r) === 'да') ? rows.filter((r) => presence(r) === 'да') : rows;
  const participants = present
    .filter((r) => presence(r) !== 'нет')
    .map((r) => {
      const role = comparable(textAt(attendance, r, ATTENDANCE_COLUMNS.role));
      return participant(
        people,
        normalizeEmail(textAt(attendance, r, ATTENDANCE_COLUMNS.email)),
        textAt(attendance, r, ATTENDANCE_COLUMNS.fullName),
        role.startsWith('наставник') ? 'mentor' : role.startsWith('наставляем') ? 'mentee' : 'participant',
      );
    });
  const stage = eventKind ? EVENT_STAGE[eventKind] : 6;
  return {
    state: 'found',
    source: {
      key: `event:${id}`,
      kind: 'event',
      label: messages.publicity.sourceLabel.event(id, clip(title, 80)),
      stage,
      stageTitle: STAGE_TITLE(stage),
      title,
      date: dateOf(valueAt(table, row, EVENT_COLUMNS.start)),
      detail: clip(detail, RAW),
      eventKind,
      eventState: comparable(status).startsWith('провед') ? 'held' : 'planned',
      place: online ? '' : clip(placeText, RAW),
      online,
      audience: audienceOf(text(EVENT_COLUMNS.participants)),
      best: false,
      indicator: '',
      roadmapStatus: '',
      counts: { bestPractices: eventKind === 'roundTable' ? bestPractices(sheets) : 0, pairs: 0, groups: 0 },
      participants,
    },
  };
}

/**
 * The authors of a practice: the names in «Авторы» matched to the banks (ФИО, initials allowed), and
 * the e-mail of «Эл. почта автора» given to the author it belongs to (or added first when «Авторы» does
 * not name them).
 */
function practiceAuthors(
  authorsText: string,
  email: string,
  people: Map<string, BankPerson>,
): PublicationParticipant[] {
  const known = [...people.values()];
  const authors: PublicationParticipant[] = splitPeople(authorsText)
    .filter((name) => /[A-Za-zА-Яа-яЁё]/.test(name))
    .map((name) => {
      const matches = known.filter((p) => samePerson(p.fullName, name));
      return participant(people, matches.length === 1 ? matches[0]!.email : '', name, 'author');
    });
  if (email) {
    const owner = people.get(email);
    const at = authors.findIndex(
      (a) =>
        a.email === email ||
        (a.email === '' && owner !== undefined && samePerson(owner.fullName, a.fullName)),
    );
    if (at >= 0) authors[at] = participant(people, email, authors[at]!.fullName, 'author');
    else if (authors.length === 1 && authors[0]!.email === '' && !owner)
      authors[0] = participant(people, email, authors[0]!.fullName, 'author');
    else if (!authors.some((a) => a.email === email))
      authors.unshift(participant(people, email, owner?.fullName ?? '', 'author'));
  }
  return authors;
}

function practiceSource(sheets: Sheets, id: string, people: Map<string, BankPerson>): SourceLookup {
  const table = tableOf(PRACTICES_SHEET, sheets.get(PRACTICES_SHEET));
  const row = table.rows.find((r) => comparable(textAt(table, r, PRACTICE_COLUMNS.id)) === comparable(id));
  if (!row) return { state: 'missing' };
  const text = (h: string): string => textAt(table, row, h);
  const title = clip(text(PRACTICE_COLUMNS.title), RAW);
  return {
    state: 'found',
    source: {
      key: `practice:${id}`,
      kind: 'practice',
      label: messages.publicity.sourceLabel.practice(id, clip(title, 80)),
      stage: 6,
      stageTitle: STAGE_TITLE(6),
      title,
      date: dateOf(valueAt(table, row, PRACTICE_COLUMNS.date)),
      detail: clip(text(PRACTICE_COLUMNS.kind), RAW),
      eventKind: null,
      eventState: 'held',
      place: '',
      online: false,
      audience: '',
      best: comparable(text(PRACTICE_COLUMNS.best)) === BEST_PRACTICE_MARK,
      indicator: '',
      roadmapStatus: '',
      counts: { bestPractices: 0, pairs: 0, groups: 0 },
      participants: practiceAuthors(
        text(PRACTICE_COLUMNS.authors),
        normalizeEmail(text(PRACTICE_COLUMNS.email)),
        people,
      ),
    },
  };
}

/** «5», 5, «5.», «Этап 5»: the stage number of a road-map row, or null. */
function stageNumber(v: CellValue): number | null {
  const m = /(\d+)/.exec(String(v ?? ''));
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 7 ? n : null;
}

const stageKey = (stage: number, activity: string): string => `stage:${stage}:${comparable(activity)}`;

/** The people of a stage a news item may name: stage 5 the pairs and groups, stage 4 the trained mentors. */
function stageParticipants(
  sheets: Sheets,
  stage: number,
  people: Map<string, BankPerson>,
): { participants: PublicationParticipant[]; pairs: number; groups: number } {
  if (stage === 5) {
    // Every pair and group that was formed, as «Дорожная карта» and the final report count them (a
    // terminated one was formed too; a one-mentee row of the form «групповая» is a group).
    const pairs = readPairRows(tableOf(PAIRS_SHEET, sheets.get(PAIRS_SHEET))).filter(
      (p) => p.kind === 'approved' || p.kind === 'active' || p.kind === 'finished' || p.kind === 'terminated',
    );
    const seen = new Set<string>();
    const participants: PublicationParticipant[] = [];
    const add = (email: string, name: string, role: PublicationRole): void => {
      const key = email || name;
      if (!key || seen.has(key)) return;
      seen.add(key);
      participants.push(participant(people, email, name, role));
    };
    for (const p of pairs) add(p.mentorEmail, p.mentorName, 'mentor');
    for (const p of pairs) p.menteeEmails.forEach((e, i) => add(e, p.menteeNames[i] ?? '', 'mentee'));
    return {
      participants,
      pairs: pairs.filter((p) => !isGroupRow(p)).length,
      groups: pairs.filter(isGroupRow).length,
    };
  }
  if (stage === 4) {
    const trained = trainedMentors(sheets.get(EVENTS_SHEET), sheets.get(ATTENDANCE_SHEET));
    return {
      participants: [...trained].sort().map((e) => participant(people, e, '', 'mentor')),
      pairs: 0,
      groups: 0,
    };
  }
  return { participants: [], pairs: 0, groups: 0 };
}

function stageSource(sheets: Sheets, key: string, people: Map<string, BankPerson>): SourceLookup {
  const table = tableOf(ROADMAP_SHEET, sheets.get(ROADMAP_SHEET));
  const row = table.rows.find((r) => {
    const n = stageNumber(valueAt(table, r, ROADMAP_COLUMNS.stage));
    return n !== null && stageKey(n, textAt(table, r, ROADMAP_COLUMNS.activity)) === key;
  });
  if (!row) return { state: 'missing' };
  const stage = stageNumber(valueAt(table, row, ROADMAP_COLUMNS.stage))!;
  const activity = clip(textAt(table, row, ROADMAP_COLUMNS.activity), RAW);
  const stageTitle = clip(textAt(table, row, ROADMAP_COLUMNS.stageTitle), RAW) || STAGE_TITLE(stage);
  const { participants, pairs, groups } = stageParticipants(sheets, stage, people);
  return {
    state: 'found',
    source: {
      key,
      kind: 'stage',
      label: messages.publicity.sourceLabel.stage(stage, clip(stageTitle, 60), clip(activity, 80)),
      stage,
      stageTitle,
      title: activity,
      date: null,
      detail: '',
      eventKind: null,
      eventState: 'held',
      place: '',
      online: false,
      audience: '',
      best: false,
      indicator: clip(textAt(table, row, ROADMAP_COLUMNS.indicator), RAW),
      roadmapStatus: comparable(textAt(table, row, ROADMAP_COLUMNS.status)),
      counts: { bestPractices: 0, pairs, groups },
      participants,
    },
  };
}

/** The source a key names, as the sheets hold it now. */
export function sourceByKey(sheets: Sheets, key: string): SourceLookup {
  const people = bankPeople(sheets);
  if (key.startsWith('event:')) return eventSource(sheets, key.slice('event:'.length), people);
  if (key.startsWith('practice:')) return practiceSource(sheets, key.slice('practice:'.length), people);
  if (key.startsWith('stage:')) return stageSource(sheets, key, people);
  return { state: 'missing' };
}

/** The key of the source in a sheet's row (1-based), or the Russian reason there is none. */
export function sourceKeyAt(
  sheets: Sheets,
  cell: { sheet: string; row: number } | null,
): { ok: true; key: string } | { ok: false; message: string } {
  const m = messages.publicity.prepare;
  const notSelected = { ok: false as const, message: m.notSelected };
  if (!cell || cell.row < 2) return notSelected;
  const at = (sheet: string): { table: Table; row: CellValue[] } | null => {
    const table = tableOf(sheet, sheets.get(sheet));
    const row = table.rows[cell.row - 2];
    return row && !isBlankRow(row) ? { table, row } : null;
  };
  if (headerKey(cell.sheet) === headerKey(EVENTS_SHEET)) {
    const found = at(EVENTS_SHEET);
    if (!found) return notSelected;
    const id = textAt(found.table, found.row, EVENT_COLUMNS.id);
    if (!id) return { ok: false, message: m.noId(EVENTS_SHEET, cell.row) };
    if (isCancelledStatus(textAt(found.table, found.row, EVENT_COLUMNS.status)))
      return { ok: false, message: m.cancelled(id) };
    return { ok: true, key: `event:${id}` };
  }
  if (headerKey(cell.sheet) === headerKey(PRACTICES_SHEET)) {
    const found = at(PRACTICES_SHEET);
    if (!found) return notSelected;
    const id = textAt(found.table, found.row, PRACTICE_COLUMNS.id);
    if (!id) return { ok: false, message: m.noId(PRACTICES_SHEET, cell.row) };
    return { ok: true, key: `practice:${id}` };
  }
  if (headerKey(cell.sheet) === headerKey(ROADMAP_SHEET)) {
    const found = at(ROADMAP_SHEET);
    if (!found) return notSelected;
    const stage = stageNumber(valueAt(found.table, found.row, ROADMAP_COLUMNS.stage));
    if (stage === null) return { ok: false, message: m.noStage(cell.row) };
    return { ok: true, key: stageKey(stage, textAt(found.table, found.row, ROADMAP_COLUMNS.activity)) };
  }
  return notSelected;
}

/** The source of the selected row: an event, a practice or a stage milestone; else why not. */
export function sourceAt(sheets: Sheets, cell: { sheet: string; row: number } | null): SourcePick {
  const key = sourceKeyAt(sheets, cell);
  if (!key.ok) return key;
  const found = sourceByKey(sheets, key.key);
  if (found.state === 'found') return { ok: true, source: found.source };
  return { ok: false, message: messages.publicity.prepare.notSelected };
}

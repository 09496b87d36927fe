import type { CellValue } from '../../../ports/workbook';
import { normalizeEmail } from '../../people/email';
import { headerIndex, headerKey } from '../../schema/headers';

/**
 * The sheets of stage 4.2 and 6's events by header: «Мероприятия» (one row per event staff plan) and
 * «Посещаемость» (one row per invited person and event, where staff mark who came). Columns are found
 * by header text, never by position, because staff add and move columns. Other helpers import these
 * constants (the final report, the road map, publications): the headers are a contract.
 */

export const EVENTS_SHEET = 'Мероприятия';

export const EVENT_COLUMNS = {
  id: '№',
  kind: 'Вид',
  title: 'Название',
  start: 'Начало',
  end: 'Окончание',
  place: 'Место или ссылка',
  participants: 'Участники',
  responsible: 'Ответственный',
  status: 'Статус',
  calendarEvent: 'Событие в календаре',
  invitations: 'Приглашения',
  note: 'Примечание',
} as const;

/** Columns of «Мероприятия» that hold values (date and time) rather than typed text. */
export const EVENT_VALUE_COLUMNS: readonly string[] = [EVENT_COLUMNS.start, EVENT_COLUMNS.end];

/** Kinds of events of the road map (stage 4.2: training; stage 6: exchange, conference, round table). */
export const EVENT_KINDS = {
  setupSession: 'установочная сессия наставников',
  consultation: 'консультация',
  exchange: 'обмен опытом',
  conference: 'конференция или семинар',
  roundTable: 'круглый стол',
  final: 'итоговое мероприятие',
} as const;

export const EVENT_KIND_LIST: readonly string[] = Object.values(EVENT_KINDS);

export const EVENT_STATUS = {
  planned: 'запланировано',
  held: 'проведено',
  cancelled: 'отменено',
} as const;

export const EVENT_STATUS_LIST: readonly string[] = Object.values(EVENT_STATUS);

/** Prefix of an event's number: «М-3». */
export const EVENT_ID_PREFIX = 'М-';

export const ATTENDANCE_SHEET = 'Посещаемость';

export const ATTENDANCE_COLUMNS = {
  eventId: '№ мероприятия',
  event: 'Мероприятие',
  date: 'Дата',
  fullName: 'ФИО',
  email: 'Эл. почта',
  role: 'Роль',
  present: 'Присутствие',
} as const;

/** Columns of «Посещаемость» that hold values rather than typed text. */
export const ATTENDANCE_VALUE_COLUMNS: readonly string[] = [ATTENDANCE_COLUMNS.date];

/** «Присутствие»: staff mark «да» or «нет»; empty until they do. */
export const PRESENCE = { yes: 'да', no: 'нет' } as const;

/** «Роль» in «Посещаемость». */
export const ATTENDANCE_ROLES = { mentor: 'наставник', mentee: 'наставляемый', other: 'участник' } as const;

const comparable = (v: CellValue | undefined): string =>
  String(v ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е');

/** `row → cell` under a header ('' when the sheet has no such column). */
function cellsOf(values: readonly (readonly CellValue[])[]) {
  const index = headerIndex(values[0] ?? []);
  return (header: string) => {
    const at = index.get(headerKey(header));
    return (row: readonly CellValue[]): string => (at === undefined ? '' : comparable(row[at]));
  };
}

/** «отменено», «Отменено.», «отменена»: the status by its stem, as staff type it. */
export const isCancelledStatus = (status: string): boolean => comparable(status).startsWith('отмен');

/**
 * The mentors who are trained (road map, stage 4.2): e-mails of the people marked «да» in
 * «Посещаемость» for an «установочная сессия наставников» that is not «отменено». Both arguments are
 * whole sheets as read with one getValues (header row first); columns are found by header.
 */
export function trainedMentors(
  eventsValues: readonly (readonly CellValue[])[] | undefined,
  attendanceValues: readonly (readonly CellValue[])[] | undefined,
): Set<string> {
  const events = eventsValues ?? [];
  const attendance = attendanceValues ?? [];
  const E = cellsOf(events);
  const [id, kind, status] = [E(EVENT_COLUMNS.id), E(EVENT_COLUMNS.kind), E(EVENT_COLUMNS.status)];
  const sessions = new Set(
    events
      .slice(1)
      .filter((row) => kind(row) === EVENT_KINDS.setupSession && !isCancelledStatus(status(row)))
      .map((row) => id(row))
      .filter((n) => n !== ''),
  );
  const A = cellsOf(attendance);
  const [eventId, email, present] = [
    A(ATTENDANCE_COLUMNS.eventId),
    A(ATTENDANCE_COLUMNS.email),
    A(ATTENDANCE_COLUMNS.present),
  ];
  const trained = new Set<string>();
  for (const row of attendance.slice(1)) {
    if (present(row) !== PRESENCE.yes || !sessions.has(eventId(row))) continue;
    const key = normalizeEmail(email(row));
    if (key) trained.add(key);
  }
  return trained;
}

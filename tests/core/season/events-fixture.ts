import {
  ATTENDANCE_COLUMNS,
  CONSENT_COLUMNS,
  CONSENT_PURPOSES,
  EVENT_COLUMNS,
  PAIRS_COLUMNS,
  SETTINGS_COLUMNS,
  bankSheetSpec,
  headersOf,
} from '../../../src/core';
import type { CellValue } from '../../../src/ports';

/**
 * A small college as sheet values (header row first) for the events' core tests.
 *
 * Mentor bank: Петров (m1, willing, consent), Сидоров (m2, willing, consent withdrawn), Козлов (m3, not
 * willing), Орлов (m4, willing, consent, excluded), Белов (m5, willing, consent, in no pair).
 * Mentee bank: Иванова (e1), Смирнова (e2), Кузнецова (e3, no consent), Попова (e4).
 * Pairs: 1 Петров → Иванова (утверждена); 2 Петров → Смирнова + Кузнецова, group (действует);
 * 3 Сидоров → Попова (предложена); 4 Белов → «Волкова Анна» known by name only (утверждена).
 */

export const TZ = 'Europe/Moscow';
/** 01.11.2026 10:00 in Moscow. */
export const NOW = new Date('2026-11-01T07:00:00Z');
/** A Moscow wall-clock time as Sheets hands a date-time over: an instant. */
export const msk = (d: number, m: number, y: number, h = 0, min = 0): Date =>
  new Date(Date.UTC(y, m - 1, d, h - 3, min));

const bank = (key: 'mentors' | 'mentees', people: Array<Record<string, CellValue>>): CellValue[][] => {
  const headers = headersOf(bankSheetSpec(key));
  return [headers, ...people.map((p) => headers.map((h) => p[h] ?? ''))];
};

const person = (email: string, name: string, extra: Record<string, CellValue> = {}) => ({
  'Эл. почта': email,
  ФИО: name,
  Участие: 'допущен',
  ...extra,
});

export const MENTORS = bank('mentors', [
  person('m1@college.example', 'Петров Иван Сергеевич', { 'Готовность быть наставником': 'да' }),
  person('m2@college.example', 'Сидоров Пётр Ильич', { 'Готовность быть наставником': 'да' }),
  person('m3@college.example', 'Козлов Олег Иванович', { 'Готовность быть наставником': 'нет' }),
  person('m4@college.example', 'Орлов Антон Павлович', {
    'Готовность быть наставником': 'да',
    Участие: 'исключён — по заявлению',
  }),
  person('m5@college.example', 'Белов Игорь Петрович', { 'Готовность быть наставником': 'да' }),
]);

export const MENTEES = bank('mentees', [
  person('e1@college.example', 'Иванова Мария Петровна'),
  person('e2@college.example', 'Смирнова Анна Викторовна'),
  person('e3@college.example', 'Кузнецова Ольга Игоревна'),
  person('e4@college.example', 'Попова Елена Сергеевна'),
]);

const P = PAIRS_COLUMNS;
const PAIR_HEADERS = [P.id, P.mentorEmail, P.mentorName, P.menteeEmails, P.menteeNames, P.form, P.status];
export const PAIRS: CellValue[][] = [
  PAIR_HEADERS,
  [
    '1',
    'm1@college.example',
    'Петров Иван Сергеевич',
    'e1@college.example',
    'Иванова Мария Петровна',
    'традиционная',
    'утверждена',
  ],
  [
    '2',
    'm1@college.example',
    'Петров Иван Сергеевич',
    'e2@college.example\ne3@college.example',
    'Смирнова Анна Викторовна\nКузнецова Ольга Игоревна',
    'групповая',
    'действует',
  ],
  [
    '3',
    'm2@college.example',
    'Сидоров Пётр Ильич',
    'e4@college.example',
    'Попова Елена Сергеевна',
    'традиционная',
    'предложена',
  ],
  [
    '4',
    'm5@college.example',
    'Белов Игорь Петрович',
    '',
    'Волкова Анна Сергеевна',
    'традиционная',
    'утверждена',
  ],
];

const consentRow = (email: string, name: string, role: string, status: string, decided: Date): CellValue[] =>
  Object.values(CONSENT_COLUMNS).map((h) =>
    h === CONSENT_COLUMNS.email
      ? email
      : h === CONSENT_COLUMNS.fullName
        ? name
        : h === CONSENT_COLUMNS.role
          ? role
          : h === CONSENT_COLUMNS.purpose
            ? CONSENT_PURPOSES.processing
            : h === CONSENT_COLUMNS.decidedAt
              ? decided
              : h === CONSENT_COLUMNS.status
                ? status
                : '',
  );

export const CONSENTS: CellValue[][] = [
  Object.values(CONSENT_COLUMNS),
  consentRow('m1@college.example', 'Петров Иван Сергеевич', 'наставник', 'дано', msk(1, 9, 2026)),
  consentRow('m2@college.example', 'Сидоров Пётр Ильич', 'наставник', 'дано', msk(1, 9, 2026)),
  consentRow('m2@college.example', 'Сидоров Пётр Ильич', 'наставник', 'отозвано', msk(10, 10, 2026)),
  consentRow('m3@college.example', 'Козлов Олег Иванович', 'наставник', 'дано', msk(1, 9, 2026)),
  consentRow('m4@college.example', 'Орлов Антон Павлович', 'наставник', 'дано', msk(1, 9, 2026)),
  consentRow('m5@college.example', 'Белов Игорь Петрович', 'наставник', 'дано', msk(1, 9, 2026)),
  consentRow('e1@college.example', 'Иванова Мария Петровна', 'наставляемый', 'дано', msk(1, 9, 2026)),
  consentRow('e2@college.example', 'Смирнова Анна Викторовна', 'наставляемый', 'дано', msk(1, 9, 2026)),
  consentRow('e4@college.example', 'Попова Елена Сергеевна', 'наставляемый', 'дано', msk(1, 9, 2026)),
  // A methodist from another department: in no bank, consented to processing.
  consentRow('guest@college.example', 'Гостева Нина Львовна', 'методист', 'дано', msk(1, 9, 2026)),
];

export const settingsValues = (values: Record<string, string> = {}): CellValue[][] => [
  [SETTINGS_COLUMNS.key, SETTINGS_COLUMNS.label, SETTINGS_COLUMNS.value, SETTINGS_COLUMNS.explanation],
  ['organization.shortName', '', 'ПОУ «КУ»', ''],
  ...Object.entries(values).map(([k, v]) => [k, '', v, '']),
];

export const EVENT_HEADERS: string[] = Object.values(EVENT_COLUMNS);
export const ATTENDANCE_HEADERS: string[] = Object.values(ATTENDANCE_COLUMNS);

/** A row of «Мероприятия» by header. */
export const eventRow = (fields: Partial<Record<keyof typeof EVENT_COLUMNS, CellValue>>): CellValue[] =>
  (Object.keys(EVENT_COLUMNS) as Array<keyof typeof EVENT_COLUMNS>).map((k) => fields[k] ?? '');

/** A row of «Посещаемость» by header. */
export const attendanceRow = (
  fields: Partial<Record<keyof typeof ATTENDANCE_COLUMNS, CellValue>>,
): CellValue[] =>
  (Object.keys(ATTENDANCE_COLUMNS) as Array<keyof typeof ATTENDANCE_COLUMNS>).map((k) => fields[k] ?? '');

export function sheetsWith(
  events: CellValue[][],
  options: { attendance?: CellValue[][]; settings?: Record<string, string> } = {},
): Map<string, CellValue[][]> {
  return new Map<string, CellValue[][]>([
    ['Мероприятия', [EVENT_HEADERS, ...events]],
    ['Посещаемость', [ATTENDANCE_HEADERS, ...(options.attendance ?? [])]],
    ['Настройки', settingsValues(options.settings)],
    ['Банк наставников', MENTORS],
    ['Банк наставляемых', MENTEES],
    ['Пары и группы', PAIRS],
    ['Согласия', CONSENTS],
  ]);
}

import { CONSENT_COLUMNS, CONSENT_PURPOSES, PAIRS_COLUMNS, PROGRESS_COLUMNS } from '../../../src/core';
import { COMPLETION_COLUMNS } from '../../../src/core/season/completion/columns';
import { ATTENDANCE_COLUMNS, EVENT_COLUMNS } from '../../../src/core/season/events/columns';
import {
  MONITORING_FLAGS,
  MONITORING_SCALES,
  MONITORING_TITLES,
} from '../../../src/core/season/monitoring/columns';
import { PRACTICE_COLUMNS } from '../../../src/core/season/practices/columns';
import type { CellValue } from '../../../src/ports';

/**
 * One season of a small college as sheet values (header row first), with figures worked out by hand
 * in the comments: the final report's tests check the report against them.
 *
 * Report date 15.06.2027 → academic year 2026/2027 (01.09.2026–31.08.2027).
 * Pairs formed in the year: 1 (завершена), 2 (a group of two, действует), 3 (расторгнута) — 2 pairs and
 * 1 group; mentors m1, m2 (m1 has pairs 1 and 3); mentees e1, e2, e3, e4. Pair 4 is only proposed and
 * pair 5 belongs to 2025/2026: neither is in the report.
 */

export const REPORT_NOW = new Date('2027-06-15T07:00:00Z');
export const TZ = 'Europe/Moscow';

/** A day as Sheets hands it over: midnight in Moscow. */
export const day = (d: number, m: number, y: number): Date => new Date(Date.UTC(y, m - 1, d, -3));

const P = PAIRS_COLUMNS;
const C = COMPLETION_COLUMNS;
const PAIR_HEADERS = [
  P.id,
  P.mentorEmail,
  P.mentorName,
  P.menteeEmails,
  P.menteeNames,
  P.form,
  P.start,
  P.end,
  P.status,
  P.order,
  C.closedAt,
  C.noticeAt,
  C.reason,
  C.activitiesDone,
];

export const PAIRS: CellValue[][] = [
  PAIR_HEADERS,
  [
    '1',
    'm1@college.example',
    'Петров Иван Сергеевич',
    'e1@college.example',
    'Иванова Мария Петровна',
    'традиционная «один-на-один»',
    day(1, 9, 2026),
    day(31, 5, 2027),
    'завершена',
    '№ 1-од от 01.09.2026',
    day(31, 5, 2027),
    '',
    '',
    '7 из 8',
  ],
  [
    '2',
    'm2@college.example',
    'Сидорова Анна Павловна',
    'e2@college.example\ne3@college.example',
    'Козлов Пётр Андреевич\nОрлова Вера Николаевна',
    'групповая',
    day(1, 10, 2026),
    day(31, 5, 2027),
    'действует',
    '№ 1-од от 01.09.2026',
    '',
    '',
    '',
    // Not closed yet: «Выполнение программ» has activities 1 and 2 (1 marked twice) → «2».
    '',
  ],
  [
    '3',
    'm1@college.example',
    'Петров Иван Сергеевич',
    'e4@college.example',
    'Белова Ольга Игоревна',
    'традиционная «один-на-один»',
    day(1, 10, 2026),
    day(30, 6, 2027),
    'расторгнута',
    '№ 1-од от 01.09.2026',
    day(20, 1, 2027),
    day(15, 1, 2027),
    'перевод в другую организацию',
    '2 из 6',
  ],
  [
    '4',
    'm2@college.example',
    'Сидорова Анна Павловна',
    'x@college.example',
    'Новикова Яна Олеговна',
    'традиционная',
    '',
    '',
    'предложена',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    '5',
    'm3@college.example',
    'Громов Олег Викторович',
    'old@college.example',
    'Старова Нина Ивановна',
    'традиционная',
    day(1, 9, 2025),
    day(31, 5, 2026),
    'завершена',
    '',
    day(31, 5, 2026),
    '',
    '',
    '8 из 8',
  ],
];

export const PROGRESS: CellValue[][] = [
  Object.values(PROGRESS_COLUMNS),
  ['2', '1', 'Вводная встреча', day(5, 10, 2026), ''],
  ['2', '2', 'Посещение занятий', day(20, 11, 2026), ''],
  ['2', '1', 'Вводная встреча', day(6, 10, 2026), ''],
  ['1', '1', 'Вводная встреча', day(3, 9, 2026), ''],
];

const E = EVENT_COLUMNS;
export const EVENTS: CellValue[][] = [
  [
    E.id,
    E.kind,
    E.title,
    E.start,
    E.end,
    E.place,
    E.participants,
    E.responsible,
    E.status,
    E.calendarEvent,
    E.invitations,
    E.note,
  ],
  [
    'М-1',
    'установочная сессия наставников',
    'Установочная сессия наставников',
    new Date('2026-09-15T12:00:00Z'),
    new Date('2026-09-15T14:00:00Z'),
    'ауд. 12',
    'наставники',
    'Смирнов А.И.',
    'проведено',
    '',
    '',
    '',
  ],
  [
    'М-2',
    'консультация',
    'Консультация по ФГОС',
    new Date('2026-11-10T12:00:00Z'),
    '',
    'ауд. 5',
    'наставляемые',
    'Смирнов А.И.',
    'запланировано',
    '',
    '',
    '',
  ],
  [
    'М-3',
    'круглый стол',
    'Круглый стол «Лучшие практики наставничества»',
    new Date('2027-05-20T11:00:00Z'),
    '',
    'актовый зал',
    'все',
    'Смирнов А.И.',
    'проведено',
    '',
    '',
    '',
  ],
  // Last year's session: not in this report, and m3's training then is not this year's.
  [
    'М-0',
    'установочная сессия наставников',
    'Установочная сессия 2025',
    new Date('2025-09-10T12:00:00Z'),
    '',
    'ауд. 12',
    'наставники',
    'Смирнов А.И.',
    'проведено',
    '',
    '',
    '',
  ],
];

const A = ATTENDANCE_COLUMNS;
export const ATTENDANCE: CellValue[][] = [
  [A.eventId, A.event, A.date, A.fullName, A.email, A.role, A.present],
  // М-1: invited 3, attended 2 (m1, m2: trained).
  [
    'М-1',
    'Установочная сессия наставников',
    day(15, 9, 2026),
    'Петров Иван Сергеевич',
    'm1@college.example',
    'наставник',
    'да',
  ],
  [
    'М-1',
    'Установочная сессия наставников',
    day(15, 9, 2026),
    'Сидорова Анна Павловна',
    'm2@college.example',
    'наставник',
    'да',
  ],
  [
    'М-1',
    'Установочная сессия наставников',
    day(15, 9, 2026),
    'Громов Олег Викторович',
    'm3@college.example',
    'наставник',
    'нет',
  ],
  // М-3: invited 3, attended 2.
  ['М-3', 'Круглый стол', day(20, 5, 2027), 'Петров Иван Сергеевич', 'm1@college.example', 'наставник', 'да'],
  [
    'М-3',
    'Круглый стол',
    day(20, 5, 2027),
    'Иванова Мария Петровна',
    'e1@college.example',
    'наставляемый',
    'да',
  ],
  [
    'М-3',
    'Круглый стол',
    day(20, 5, 2027),
    'Козлов Пётр Андреевич',
    'e2@college.example',
    'наставляемый',
    '',
  ],
  [
    'М-0',
    'Установочная сессия 2025',
    day(10, 9, 2025),
    'Громов Олег Викторович',
    'm3@college.example',
    'наставник',
    'да',
  ],
];

const K = PRACTICE_COLUMNS;
export const PRACTICES: CellValue[][] = [
  [K.id, K.title, K.authors, K.email, K.pair, K.kind, K.link, K.date, K.status, K.best, K.note, K.key],
  [
    'К-1',
    'Кейс-метод на занятиях по информатике',
    'Петров И.С., Иванова М.П.',
    'm1@college.example',
    '1',
    'кейс',
    'https://example.org/k1',
    day(10, 4, 2027),
    'опубликована',
    'да',
    '',
    'k1',
  ],
  [
    'К-2',
    'Открытое занятие по ФГОС СПО',
    'Сидорова А.П.',
    'm2@college.example',
    '2',
    'открытое занятие',
    '',
    day(12, 4, 2027),
    'одобрена',
    '',
    '',
    'k2',
  ],
  [
    'К-0',
    'Практика прошлого года',
    'Громов О.В.',
    'm3@college.example',
    '5',
    'кейс',
    '',
    day(10, 4, 2026),
    'опубликована',
    'да',
    '',
    'k0',
  ],
];

const people: Array<[string, string, string]> = [
  ['m1@college.example', 'Петров Иван Сергеевич', 'наставник'],
  ['m2@college.example', 'Сидорова Анна Павловна', 'наставник'],
  ['e1@college.example', 'Иванова Мария Петровна', 'наставляемый'],
  ['e2@college.example', 'Козлов Пётр Андреевич', 'наставляемый'],
  ['e3@college.example', 'Орлова Вера Николаевна', 'наставляемый'],
  // e4 (Белова) gave no consent: her monitoring answer is not processed.
];

export const CONSENTS: CellValue[][] = [
  Object.values(CONSENT_COLUMNS),
  ...people.map(([email, name, role]) =>
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
                ? day(1, 9, 2026)
                : h === CONSENT_COLUMNS.status
                  ? 'дано'
                  : '',
    ),
  ),
];

/** One monitoring answer: every scale 5 and every flag «да» unless `scales`/`flags` say otherwise. */
export interface MonitoringAnswer {
  at: Date;
  email: string;
  name: string;
  role: 'наставник' | 'наставляемый';
  phase: 'начало программы' | 'завершение программы';
  scales?: Partial<Record<keyof typeof MONITORING_SCALES, number>>;
  flags?: Partial<Record<keyof typeof MONITORING_FLAGS, 'да' | 'нет'>>;
}

const scaleKeys = Object.keys(MONITORING_SCALES) as Array<keyof typeof MONITORING_SCALES>;
const flagKeys = Object.keys(MONITORING_FLAGS) as Array<keyof typeof MONITORING_FLAGS>;

/** The form's answers by question title (for `college.submit`). */
export function monitoringFormAnswers(a: MonitoringAnswer): Record<string, string> {
  return {
    [MONITORING_TITLES.fullName]: a.name,
    [MONITORING_TITLES.role]: a.role,
    [MONITORING_TITLES.phase]: a.phase,
    ...Object.fromEntries(scaleKeys.map((k) => [MONITORING_SCALES[k].title, String(a.scales?.[k] ?? 5)])),
    [MONITORING_TITLES.frequency]: 'еженедельно',
    ...Object.fromEntries(flagKeys.map((k) => [MONITORING_FLAGS[k].title, a.flags?.[k] ?? 'да'])),
  };
}

const S = 'начало программы' as const;
const F = 'завершение программы' as const;

/**
 * Hand-computed figures (counted answers: start m1, e1, m2, e2; end m1, e1 (the later one), m2):
 * - «Эффективность программы»: start (6+5+7+6)/4 = 6,0; end (8+8+7)/3 = 7,67 → 7,7; change +1,7.
 * - «Комфорт общения»: start (7+7+8+8)/4 = 7,5; end 9,0; change +1,5.
 * - «Ощущение поддержки»: start (8+8+8+8)/4 = 8,0; end (7+8+7)/3 = 7,33 → 7,3; change −0,7.
 * - other scales 5,0 → 5,0, change 0,0.
 * - «Хотят продолжить участие»: start 3 of 4 = 75 %; end 2 of 3 = 67 %; change −8 п. п.
 * - «Хотят стать наставниками»: start 2 of 4 = 50 %; end 2 of 3 = 67 %; change +17 п. п.
 * - response rates: 6 participants due at start and at the end (pair 2 ends 31.05, before the report);
 *   start 4 of 6 = 67 %, end 3 of 6 = 50 %.
 * - left out: e4's answer (no consent) and e1's first end answer (answered again): 2.
 */
export const MONITORING_ANSWERS: MonitoringAnswer[] = [
  {
    at: new Date('2026-10-05T08:00:00Z'),
    email: 'm1@college.example',
    name: 'Петров Иван Сергеевич',
    role: 'наставник',
    phase: S,
    scales: { effectiveness: 6, comfort: 7, support: 8 },
    flags: { continueProgramme: 'да', becomeMentor: 'да' },
  },
  {
    at: new Date('2026-10-05T09:00:00Z'),
    email: 'e1@college.example',
    name: 'Иванова Мария Петровна',
    role: 'наставляемый',
    phase: S,
    scales: { effectiveness: 5, comfort: 7, support: 8 },
    flags: { continueProgramme: 'нет', becomeMentor: 'нет' },
  },
  {
    at: new Date('2026-10-06T08:00:00Z'),
    email: 'm2@college.example',
    name: 'Сидорова Анна Павловна',
    role: 'наставник',
    phase: S,
    scales: { effectiveness: 7, comfort: 8, support: 8 },
    flags: { continueProgramme: 'да', becomeMentor: 'да' },
  },
  {
    at: new Date('2026-10-06T09:00:00Z'),
    email: 'e2@college.example',
    name: 'Козлов Пётр Андреевич',
    role: 'наставляемый',
    phase: S,
    scales: { effectiveness: 6, comfort: 8, support: 8 },
    flags: { continueProgramme: 'да', becomeMentor: 'нет' },
  },
  {
    at: new Date('2026-10-07T09:00:00Z'),
    email: 'e4@college.example',
    name: 'Белова Ольга Игоревна',
    role: 'наставляемый',
    phase: S,
    scales: { effectiveness: 1, comfort: 1, support: 1 },
  },
  {
    at: new Date('2027-05-25T08:00:00Z'),
    email: 'm1@college.example',
    name: 'Петров Иван Сергеевич',
    role: 'наставник',
    phase: F,
    scales: { effectiveness: 8, comfort: 9, support: 7 },
    flags: { continueProgramme: 'да', becomeMentor: 'да' },
  },
  {
    at: new Date('2027-05-25T09:00:00Z'),
    email: 'e1@college.example',
    name: 'Иванова Мария Петровна',
    role: 'наставляемый',
    phase: F,
    scales: { effectiveness: 2, comfort: 2, support: 2 },
    flags: { continueProgramme: 'нет', becomeMentor: 'нет' },
  },
  {
    at: new Date('2027-05-26T08:00:00Z'),
    email: 'm2@college.example',
    name: 'Сидорова Анна Павловна',
    role: 'наставник',
    phase: F,
    scales: { effectiveness: 7, comfort: 9, support: 7 },
    flags: { continueProgramme: 'нет', becomeMentor: 'да' },
  },
  {
    at: new Date('2027-05-27T09:00:00Z'),
    email: 'e1@college.example',
    name: 'Иванова Мария Петровна',
    role: 'наставляемый',
    phase: F,
    scales: { effectiveness: 8, comfort: 9, support: 8 },
    flags: { continueProgramme: 'да', becomeMentor: 'нет' },
  },
];

/** «Ответы: мониторинг» as the form's response sheet holds them. */
export function monitoringResponses(
  answers: readonly MonitoringAnswer[] = MONITORING_ANSWERS,
): CellValue[][] {
  const titles = Object.keys(monitoringFormAnswers(answers[0]!));
  return [
    ['Отметка времени', 'Адрес электронной почты', ...titles],
    ...answers.map((a) => {
      const byTitle = monitoringFormAnswers(a);
      return [
        a.at,
        a.email,
        ...titles.map((t) => {
          const v = byTitle[t]!;
          return /^\d+$/.test(v) ? Number(v) : v;
        }),
      ];
    }),
  ];
}

import { CONSENT_COLUMNS, MONITORING_FORM, PAIRS_COLUMNS } from '../../../src/core';
import type { CellValue } from '../../../src/ports';

/**
 * A small season by hand: four pairs (one only proposed), nine monitoring answers, the consents. The
 * expected figures in the tests are computed by hand from these rows.
 */

export const NOW = new Date(2026, 11, 1, 12, 0); // 01.12.2026

const P = PAIRS_COLUMNS;
const PAIR_HEADERS = Object.values(P);

function pairRow(fields: Partial<Record<keyof typeof P, CellValue>>): CellValue[] {
  return PAIR_HEADERS.map((h) => {
    const key = (Object.keys(P) as Array<keyof typeof P>).find((k) => P[k] === h)!;
    return fields[key] ?? '';
  });
}

export function pairsSheet(): CellValue[][] {
  return [
    PAIR_HEADERS,
    // P1: the mentor «a» and two mentees, running until May: due for the start only.
    pairRow({
      id: '1',
      mentorEmail: 'a@college.ru',
      mentorName: 'Алексеева Анна Борисовна',
      menteeEmails: 'm1@college.ru\nm2@college.ru',
      menteeNames: 'Борисов Борис Петрович\nВасильева Вера Ивановна',
      status: 'действует',
      start: new Date(2026, 8, 1),
      end: new Date(2027, 4, 31),
    }),
    // P2: the same mentor, closed: due for the start and the end.
    pairRow({
      id: '2',
      mentorEmail: 'a@college.ru',
      mentorName: 'Алексеева Анна Борисовна',
      menteeEmails: 'm3@college.ru',
      menteeNames: 'Григорьев Глеб Олегович',
      status: 'завершена',
      start: new Date(2026, 8, 1),
      end: new Date(2026, 11, 20),
    }),
    // P3: only proposed: nobody expected.
    pairRow({
      id: '3',
      mentorEmail: 'b@college.ru',
      mentorName: 'Богданов Богдан Богданович',
      menteeEmails: 'm4@college.ru',
      menteeNames: 'Егорова Ева Егоровна',
      status: 'предложена',
    }),
    // P4: approved; the mentor has no consent, the mentee no e-mail.
    pairRow({
      id: '4',
      mentorEmail: 'c@college.ru',
      mentorName: 'Сидоров Семён Семёнович',
      menteeEmails: '',
      menteeNames: 'Дмитриева Дарья Дмитриевна',
      status: 'утверждена',
      start: new Date(2026, 9, 1),
      end: new Date(2027, 5, 30),
    }),
  ];
}

export function consentsSheet(emails: readonly string[] = ['a', 'm1', 'm2', 'm3', 'x']): CellValue[][] {
  const headers = Object.values(CONSENT_COLUMNS);
  return [
    headers,
    ...emails.map((e) =>
      headers.map((h) =>
        h === CONSENT_COLUMNS.email
          ? `${e}@college.ru`
          : h === CONSENT_COLUMNS.purpose
            ? 'обработка ПДн в системе наставничества'
            : h === CONSENT_COLUMNS.status
              ? 'дано'
              : h === CONSENT_COLUMNS.decidedAt
                ? new Date(2026, 8, 1)
                : '',
      ),
    ),
  ];
}

export interface MonitoringAnswer {
  at: Date;
  email: string;
  name: string;
  role: 'наставник' | 'наставляемый';
  phase: 'начало программы' | 'завершение программы';
  /** Effectiveness, then the other five scales share one value. */
  effectiveness: number;
  others: number;
  frequency: string;
  /** glad, continue, become a mentor, growth. */
  flags: ['да' | 'нет', 'да' | 'нет', 'да' | 'нет', 'да' | 'нет'];
  valuable?: string;
}

/** The form's answers by question title, as the respondent gives them. */
export function answersByTitle(a: MonitoringAnswer): Record<string, string> {
  const titles = MONITORING_FORM.questions.map((q) => q.title);
  const byKey: Record<string, string> = {
    fullName: a.name,
    role: a.role,
    phase: a.phase,
    effectiveness: String(a.effectiveness),
    comfort: String(a.others),
    individualMeetings: String(a.others),
    groupMeetings: String(a.others),
    support: String(a.others),
    goals: String(a.others),
    frequency: a.frequency,
    glad: a.flags[0],
    continueProgramme: a.flags[1],
    becomeMentor: a.flags[2],
    growth: a.flags[3],
    valuable: a.valuable ?? '',
    missing: '',
  };
  return Object.fromEntries(MONITORING_FORM.questions.map((q, i) => [titles[i]!, byKey[q.key] ?? '']));
}

export function responsesSheet(answers: readonly MonitoringAnswer[]): CellValue[][] {
  const titles = MONITORING_FORM.questions.map((q) => q.title);
  const header = ['Отметка времени', 'Адрес электронной почты', ...titles];
  return [
    header,
    ...answers.map((a) => {
      const byTitle = answersByTitle(a);
      return [
        a.at,
        a.email,
        ...titles.map((t) => {
          const v = byTitle[t] ?? '';
          return /^\d+$/.test(v) ? Number(v) : v;
        }),
      ];
    }),
  ];
}

const day = (m: number, d: number, h = 10): Date => new Date(2026, m - 1, d, h, 0);

/** Sheet rows 2–10. */
export const ANSWERS: MonitoringAnswer[] = [
  // row 2
  {
    at: day(10, 1),
    email: 'a@college.ru',
    name: 'Алексеева Анна Борисовна',
    role: 'наставник',
    phase: 'начало программы',
    effectiveness: 6,
    others: 7,
    frequency: 'еженедельно',
    flags: ['да', 'да', 'да', 'нет'],
  },
  // row 3: replaced by row 7
  {
    at: day(10, 2),
    email: 'm1@college.ru',
    name: 'Борисов Борис Петрович',
    role: 'наставляемый',
    phase: 'начало программы',
    effectiveness: 4,
    others: 5,
    frequency: 'ежемесячно',
    flags: ['да', 'нет', 'нет', 'да'],
  },
  // row 4
  {
    at: day(10, 3),
    email: 'm2@college.ru',
    name: 'Васильева Вера Ивановна',
    role: 'наставляемый',
    phase: 'начало программы',
    effectiveness: 5,
    others: 6,
    frequency: 'еженедельно',
    flags: ['да', 'да', 'нет', 'нет'],
  },
  // row 5
  {
    at: day(10, 4),
    email: 'm3@college.ru',
    name: 'Григорьев Глеб Олегович',
    role: 'наставляемый',
    phase: 'начало программы',
    effectiveness: 8,
    others: 8,
    frequency: 'еженедельно',
    flags: ['да', 'да', 'да', 'да'],
  },
  // row 6: in no pair
  {
    at: day(10, 4, 12),
    email: 'x@college.ru',
    name: 'Хохлова Христина Ивановна',
    role: 'наставляемый',
    phase: 'начало программы',
    effectiveness: 1,
    others: 1,
    frequency: 'не встречались',
    flags: ['нет', 'нет', 'нет', 'нет'],
  },
  // row 7: m1 again, later: this one counts
  {
    at: day(10, 5),
    email: 'm1@college.ru',
    name: 'Борисов Борис Петрович',
    role: 'наставляемый',
    phase: 'начало программы',
    effectiveness: 6,
    others: 5,
    frequency: 'ежемесячно',
    flags: ['да', 'нет', 'нет', 'да'],
  },
  // row 8
  {
    at: day(12, 1, 9),
    email: 'a@college.ru',
    name: 'Алексеева Анна Борисовна',
    role: 'наставник',
    phase: 'завершение программы',
    effectiveness: 9,
    others: 8,
    frequency: 'еженедельно',
    flags: ['да', 'да', 'да', 'да'],
  },
  // row 9
  {
    at: day(12, 1, 9),
    email: 'm3@college.ru',
    name: 'Григорьев Глеб Олегович',
    role: 'наставляемый',
    phase: 'завершение программы',
    effectiveness: 10,
    others: 9,
    frequency: 'еженедельно',
    flags: ['да', 'да', 'да', 'да'],
  },
  // row 10: c has no consent
  {
    at: day(10, 6),
    email: 'c@college.ru',
    name: 'Сидоров Семён Семёнович',
    role: 'наставник',
    phase: 'начало программы',
    effectiveness: 3,
    others: 3,
    frequency: 'ежемесячно',
    flags: ['нет', 'нет', 'нет', 'нет'],
  },
];

/**
 * The sheets of stage 5 by header: «Пары и группы», «Запреты пар», «Поиск наставника продолжается».
 * Columns are found by header text, never by position, because staff add and move columns.
 */

/** Statuses of a pair or group, in the order a pair lives through them. */
export const PAIR_STATUS = {
  proposed: 'предложена',
  approved: 'утверждена',
  active: 'действует',
  finished: 'завершена',
  terminated: 'расторгнута',
} as const;

export const PAIR_STATUS_LIST: readonly string[] = Object.values(PAIR_STATUS);

/**
 * «Пары и группы»: one row per pair or per group. A group's mentees share the row, their e-mails and
 * names one per line in the same order, so the row is what an order «о закреплении» lists and what a
 * group's programme is made from.
 */
export const PAIRS_COLUMNS = {
  id: '№ пары/группы',
  mentorEmail: 'Наставник: эл. почта',
  mentorName: 'Наставник: ФИО',
  menteeEmails: 'Наставляемые: эл. почта',
  menteeNames: 'Наставляемые: ФИО',
  form: 'Форма наставничества',
  start: 'Начало',
  end: 'Окончание',
  status: 'Статус',
  order: 'Приказ (номер и дата)',
  note: 'Примечание',
  score: 'Оценка',
  explanation: 'Обоснование',
  alternative: 'Лучшая альтернатива',
  approvedAt: 'Дата утверждения',
  pinned: 'Закреплена куратором',
} as const;

/** Columns of «Пары и группы» that hold values (dates, numbers) rather than typed text. */
export const PAIRS_VALUE_COLUMNS: readonly string[] = [
  PAIRS_COLUMNS.start,
  PAIRS_COLUMNS.end,
  PAIRS_COLUMNS.score,
  PAIRS_COLUMNS.approvedAt,
];

/** «Закреплена куратором»: a proposal the next «Подобрать пары» keeps. */
export const PINNED_MARK = 'да';

/** «Запреты пар»: pairs staff never want proposed. */
export const FORBIDDEN_COLUMNS = {
  mentorEmail: 'Наставник: эл. почта',
  menteeEmail: 'Наставляемый: эл. почта',
  reason: 'Причина',
} as const;

/** «Поиск наставника продолжается»: mentees left without a pair (stage 5.3). */
export const WAITING_COLUMNS = {
  email: 'Эл. почта',
  fullName: 'ФИО',
  reason: 'Причина',
  supportNote: 'Поддержка на время поиска',
  firstListed: 'В списке с',
  lastTried: 'Последний подбор',
} as const;

export const WAITING_VALUE_COLUMNS: readonly string[] = [
  WAITING_COLUMNS.firstListed,
  WAITING_COLUMNS.lastTried,
];

/** Sheet names of stage 5 (the schema's sheet specs use these). */
export const PAIRS_SHEET = 'Пары и группы';
export const FORBIDDEN_SHEET = 'Запреты пар';
export const WAITING_SHEET = 'Поиск наставника продолжается';

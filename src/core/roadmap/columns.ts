/**
 * «Дорожная карта» (issue 7, item 3): the road map's seven stages and their activities, each with a
 * status computed from the data. A report sheet: «Обновить дорожную карту» rewrites it whole, except the
 * columns staff own (e.g. «Комментарий»), which are kept row by row, matched by stage and activity.
 */
export const ROADMAP_SHEET = 'Дорожная карта';

export const ROADMAP_COLUMNS = {
  stage: 'Этап',
  stageTitle: 'Наименование этапа',
  activity: 'Мероприятие',
  indicator: 'Показатель (по данным таблицы)',
  status: 'Статус',
  deadlineText: 'Срок',
  deadline: 'Контрольная дата',
  responsible: 'Ответственный',
  publications: 'Публикации',
  comment: 'Комментарий',
} as const;

/** The columns the refresh writes; every other column (the comment, any column staff add) is theirs. */
export const ROADMAP_OWNED_COLUMNS: readonly string[] = [
  ROADMAP_COLUMNS.stage,
  ROADMAP_COLUMNS.stageTitle,
  ROADMAP_COLUMNS.activity,
  ROADMAP_COLUMNS.indicator,
  ROADMAP_COLUMNS.status,
  ROADMAP_COLUMNS.deadlineText,
  ROADMAP_COLUMNS.deadline,
  ROADMAP_COLUMNS.responsible,
  ROADMAP_COLUMNS.publications,
];

/** Columns holding values (numbers, dates); the others are written as plain text. */
export const ROADMAP_VALUE_COLUMNS: readonly string[] = [
  ROADMAP_COLUMNS.stage,
  ROADMAP_COLUMNS.deadline,
  ROADMAP_COLUMNS.publications,
];

export const ROADMAP_STATUS = {
  done: 'выполнено',
  inProgress: 'в работе',
  notStarted: 'не начато',
  overdue: 'просрочено',
} as const;

export type RoadmapStatus = (typeof ROADMAP_STATUS)[keyof typeof ROADMAP_STATUS];

/** Background of an overdue row (a light red), and of done rows (a light green). */
export const ROADMAP_COLOURS: Readonly<Record<RoadmapStatus, string>> = {
  выполнено: '#d9ead3',
  'в работе': '#fff2cc',
  'не начато': '#ffffff',
  просрочено: '#f4cccc',
};

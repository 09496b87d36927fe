/**
 * Columns closing a pair or group adds to «Пары и группы» (issue 6, item 4), after the documents'
 * columns. The statuses are stage 5's PAIR_STATUS.finished «завершена» and .terminated «расторгнута».
 * Found by header, like every column.
 */
export const COMPLETION_COLUMNS = {
  closedAt: 'Дата завершения',
  noticeAt: 'Дата уведомления',
  reason: 'Причина расторжения',
  activitiesDone: 'Выполнено мероприятий',
} as const;

/** The dates are values (a Date in the cell); the reason and «7 из 9» are text. */
export const COMPLETION_VALUE_COLUMNS: readonly string[] = [
  COMPLETION_COLUMNS.closedAt,
  COMPLETION_COLUMNS.noticeAt,
];

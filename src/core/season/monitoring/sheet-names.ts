/**
 * The sheets of monitoring, in a module with no imports so the sheet schema can use it without pulling
 * in the summary (columns.ts re-exports everything here).
 */

/** The report sheet, rewritten whole by «Обновить мониторинг» and after each monitoring answer. */
export const MONITORING_SHEET = 'Мониторинг';

/** The reminder log: one row per letter sent (or attempted), the record that keeps anyone from getting two. */
export const REMINDERS_SHEET = 'Напоминания';

export const REMINDER_COLUMNS = {
  date: 'Дата',
  email: 'Эл. почта',
  fullName: 'ФИО',
  phase: 'Этап',
  status: 'Статус',
} as const;

/** «Статус» of a reminder row. Only «отправлено» counts as reminded. */
export const REMINDER_STATUS = {
  sent: 'отправлено',
  failed: 'не отправлено',
} as const;

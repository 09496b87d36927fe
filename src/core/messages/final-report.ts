/**
 * Russian strings of the final report (issue 6, item 6): the menu item, what «Сформировать итоговый
 * отчёт» says, its journal lines, and the words the report's figures are printed with. ru.ts includes
 * them as `messages.finalReport`.
 */
const q = (s: string): string => `«${s}»`;

export const finalReportRu = {
  menu: {
    make: 'Сформировать итоговый отчёт',
  },

  title: 'Итоговый отчёт',

  /** «2026/2027» — the academic year the report covers. */
  academicYear: (first: number) => `${first}/${first + 1}`,
  /** The file name: the kind and the years, without «/» (Drive and Windows would turn it into a gap). */
  fileName: (kind: string, first: number) => `${kind} за ${first}–${first + 1} учебный год`,

  made: (name: string, url: string) => `Итоговый отчёт сформирован: ${q(name)}.\n${url}`,
  refreshed: (name: string, url: string) =>
    `Итоговый отчёт ${q(name)} обновлён по данным таблицы (тот же документ, ссылка прежняя).\n${url}`,
  remade: (name: string, url: string) =>
    `Прежний итоговый отчёт был удалён или находится в корзине, поэтому сформирован новый: ${q(name)}.\n${url}`,
  summary: (pairs: number, events: number, practices: number, answers: number) =>
    `В отчёте: пар и групп — ${pairs}, проведённых мероприятий — ${events}, практик — ${practices}, ` +
    `анкет мониторинга — ${answers}.`,
  ignoredAnswers: (count: number) =>
    `Анкет мониторинга не учтено: ${count} (без согласия, вне пар или повторные; подробности — на листе ` +
    '«Мониторинг» после «Обновить мониторинг»).',
  tooLarge: (rows: number, max: number) =>
    `В таблицах отчёта получилось бы ${rows} строк (пары и группы, мероприятия, практики), а за один запуск ` +
    `(6 минут) Google успевает заполнить около ${max}. Отчёт не сформирован, на Диске ничего не изменено. ` +
    'Уберите из шаблона «Итоговый отчёт» таблицу пар (итоговые числа останутся) или разделите отчёт ' +
    '(например, по отделениям в отдельных таблицах).',
  noSettings: 'Лист «Настройки» не найден. Выполните «Настроить систему» в меню «Наставничество».',
  badYear: (value: string) =>
    `В «Настройки» учебный год отчёта указан как ${q(value)}; ожидается, например, 2026/2027. ` +
    'Отчёт сформирован за текущий учебный год.',

  journalMade: (name: string) => `Сформирован итоговый отчёт ${q(name)}`,
  journalRefreshed: (name: string) => `Итоговый отчёт ${q(name)} обновлён из таблицы`,
  journalRemade: (name: string) =>
    `Прежний итоговый отчёт удалён или в корзине; сформирован новый ${q(name)}`,

  /** A change of a share in percentage points: «+25 п. п.». */
  points: (signed: string) => `${signed} п.\u00a0п.`,
  /** No figure for a phase (nobody answered it yet). */
  noFigure: '—',
  /** «Выполнено мероприятий» when nobody marked any. */
  sinceStart: (from: string) => `с ${from}`,
};

/**
 * The rows of «Настройки» for the final report (issue 6, item 6): which academic year it covers, and
 * the curator's conclusions — kept in the spreadsheet, not typed into the report, because
 * «Обновить из таблицы» renders the whole report again and would lose text typed into it.
 */
export const FINAL_REPORT_SETTING_ROWS = [
  {
    key: 'report.academicYear',
    label: 'Учебный год итогового отчёта',
    defaultValue: '',
    explanation:
      'Например: 2026/2027. Пусто — учебный год на дату формирования отчёта (с 1 сентября по 31 августа).',
  },
  {
    key: 'report.conclusions',
    label: 'Выводы и предложения для итогового отчёта',
    defaultValue: '',
    explanation:
      'Текст раздела «Выводы и предложения». Пусто — в отчёте остаются строки, чтобы вписать выводы от руки ' +
      'в напечатанный отчёт.',
  },
];

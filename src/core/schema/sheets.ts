import { JOURNAL_COLUMNS } from '../journal/journal-row';
import { SETTINGS_COLUMNS } from '../settings/settings';
import { COMPETENCES } from './competences';

/**
 * The sheets of the mentoring system, with their Russian names and headers: the one place that knows
 * them. Columns are found by header text, never by position, because staff add and move columns.
 */

/** Bump when a sheet or column is added; stored in document properties by «Настроить систему». */
export const SCHEMA_VERSION = 1;

/** Document property that holds the schema version the workbook was last set up with. */
export const SCHEMA_VERSION_PROPERTY = 'nastavnik.schemaVersion';

export interface ColumnSpec {
  header: string;
  /**
   * Answers people typed (names, phones, free text): formatted as plain text `@` before anything is
   * written, so «+7 926 …», «007» or «=…» stay exactly as typed (apps-script-behaviours.md §1.3.2–1.3.5).
   */
  text: boolean;
}

export type SheetKey = 'mentors' | 'mentees' | 'consents' | 'pairs' | 'settings' | 'journal';

export interface SheetSpec {
  key: SheetKey;
  name: string;
  columns: readonly ColumnSpec[];
}

const text = (header: string): ColumnSpec => ({ header, text: true });
const value = (header: string): ColumnSpec => ({ header, text: false });

const personColumns: readonly ColumnSpec[] = [
  text('Эл. почта'),
  text('ФИО'),
  text('Должность'),
  text('ПЦК / предмет'),
  text('Педагогический стаж'),
  text('Квалификационная категория'),
];

export const SHEETS: readonly SheetSpec[] = [
  {
    key: 'mentors',
    name: 'Банк наставников',
    columns: [
      ...personColumns,
      text('Награды и звания'),
      text('Опыт наставничества'),
      ...COMPETENCES.map((c) => text(`Готов делиться: ${c}`)),
      text('Предпочитаемая форма наставничества'),
      value('Сколько наставляемых может взять'),
      text('Удобное время и формат'),
      text('Нужно обучение'),
      text('Готовность быть наставником'),
      text('Статус'),
      value('Обновлено'),
    ],
  },
  {
    key: 'mentees',
    name: 'Банк наставляемых',
    columns: [
      ...personColumns,
      text('Педагогическое образование'),
      ...COMPETENCES.map((c) => value(`Затруднение: ${c}`)),
      text('Предпочитаемая поддержка'),
      text('Предпочитаемая форма наставничества'),
      text('Главный запрос'),
      text('Статус'),
      value('Обновлено'),
    ],
  },
  {
    key: 'consents',
    name: 'Согласия',
    columns: [
      text('Эл. почта'),
      text('ФИО'),
      text('Роль'),
      text('Вид согласия'),
      value('Дата получения'),
      text('Способ получения'),
      text('Реквизиты документа'),
      value('Дата отзыва'),
      text('Статус'),
      text('Примечание'),
    ],
  },
  {
    key: 'pairs',
    name: 'Пары и группы',
    columns: [
      text('№ пары/группы'),
      text('Наставник: эл. почта'),
      text('Наставник: ФИО'),
      text('Наставляемые: эл. почта'),
      text('Наставляемые: ФИО'),
      text('Форма наставничества'),
      value('Начало'),
      value('Окончание'),
      text('Статус'),
      text('Приказ (номер и дата)'),
      text('Примечание'),
    ],
  },
  {
    key: 'settings',
    name: 'Настройки',
    columns: [
      text(SETTINGS_COLUMNS.key),
      text(SETTINGS_COLUMNS.label),
      text(SETTINGS_COLUMNS.value),
      text(SETTINGS_COLUMNS.explanation),
    ],
  },
  {
    key: 'journal',
    name: 'Журнал',
    columns: [
      value(JOURNAL_COLUMNS.at),
      text(JOURNAL_COLUMNS.level),
      text(JOURNAL_COLUMNS.code),
      text(JOURNAL_COLUMNS.message),
      text(JOURNAL_COLUMNS.details),
    ],
  },
];

export function sheetSpec(key: SheetKey): SheetSpec {
  const spec = SHEETS.find((s) => s.key === key);
  if (!spec) throw new Error(`Unknown sheet key: ${key}`);
  return spec;
}

export const headersOf = (spec: SheetSpec): string[] => spec.columns.map((c) => c.header);

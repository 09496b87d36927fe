import type { Competence } from './competences';
import { bankSheetSpec } from '../banks/columns';
import { HISTORY_COLUMNS } from '../banks/history';
import { CONSENT_COLUMNS } from '../consent/registry';
import { JOURNAL_COLUMNS } from '../journal/journal-row';
import { SETTINGS_COLUMNS } from '../settings/settings';
import {
  FORBIDDEN_COLUMNS,
  FORBIDDEN_SHEET,
  PAIRS_COLUMNS,
  PAIRS_SHEET,
  PAIRS_VALUE_COLUMNS,
  WAITING_COLUMNS,
  WAITING_SHEET,
  WAITING_VALUE_COLUMNS,
} from '../pairs/columns';
import { ORDER_REGISTER_COLUMNS, ORDER_REGISTER_SHEET } from '../documents/register';
import { PROGRESS_COLUMNS, PROGRESS_SHEET } from '../documents/completion';
import { PAIRS_DOCUMENT_COLUMNS } from './document-columns';
import {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_SHEET,
  ATTENDANCE_VALUE_COLUMNS,
  EVENT_COLUMNS,
  EVENT_VALUE_COLUMNS,
  EVENTS_SHEET,
} from '../season/events/columns';
import { COMPLETION_COLUMNS, COMPLETION_VALUE_COLUMNS } from '../season/completion/columns';
import { PRACTICE_COLUMNS, PRACTICE_VALUE_COLUMNS, PRACTICES_SHEET } from '../season/practices/columns';
import { REMINDER_COLUMNS, REMINDERS_SHEET } from '../season/monitoring/sheet-names';
import {
  ROADMAP_COLUMNS,
  ROADMAP_OWNED_COLUMNS,
  ROADMAP_SHEET,
  ROADMAP_VALUE_COLUMNS,
} from '../roadmap/columns';
import { PUBLICATION_COLUMNS, PUBLICATION_VALUE_COLUMNS, PUBLICATIONS_SHEET } from '../publicity/columns';

/**
 * The sheets of the mentoring system, with their Russian names and headers: the one place that knows
 * them. Columns are found by header text, never by position, because staff add and move columns.
 */

/** Bump when a sheet or column is added; stored in document properties by «Настроить систему». */
export const SCHEMA_VERSION = 5;

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

export type SheetKey =
  | 'mentors'
  | 'mentees'
  | 'consents'
  | 'history'
  | 'pairs'
  | 'forbiddenPairs'
  | 'waiting'
  | 'orderRegister'
  | 'programmeProgress'
  | 'events'
  | 'attendance'
  | 'settings'
  | 'practices'
  | 'reminders'
  | 'roadmap'
  | 'publications'
  | 'journal';

export interface SheetSpec {
  key: SheetKey;
  name: string;
  columns: readonly ColumnSpec[];
}

const text = (header: string): ColumnSpec => ({ header, text: true });
const value = (header: string): ColumnSpec => ({ header, text: false });

/** Registry and history columns holding dates are values; everything else there is text typed by people. */
const DATE_HEADERS = new Set<string>([
  CONSENT_COLUMNS.decidedAt,
  CONSENT_COLUMNS.withdrawnAt,
  CONSENT_COLUMNS.anonymisedAt,
  HISTORY_COLUMNS.timestamp,
  HISTORY_COLUMNS.processedAt,
  HISTORY_COLUMNS.row,
]);
const byHeader = (header: string): ColumnSpec => (DATE_HEADERS.has(header) ? value(header) : text(header));

export const SHEETS: readonly SheetSpec[] = [
  // Bank columns with the default competence labels; set-up with staff-edited competences uses
  // bankSheetSpec(bank, competencesFromSettings(settings)).
  bankSheetSpec('mentors'),
  bankSheetSpec('mentees'),
  {
    key: 'consents',
    name: 'Согласия',
    columns: Object.values(CONSENT_COLUMNS).map(byHeader),
  },
  {
    key: 'history',
    name: 'История анкет',
    columns: Object.values(HISTORY_COLUMNS).map(byHeader),
  },
  {
    key: 'pairs',
    name: PAIRS_SHEET,
    // Stage 5 appended its columns (score, explanation, approval date, pin) after the stage-1 ones, so
    // set-up adds them at the right end of a sheet made earlier.
    // Issue 5 appended the documents' links after those.
    columns: [
      ...Object.values(PAIRS_COLUMNS).map((h) => (PAIRS_VALUE_COLUMNS.includes(h) ? value(h) : text(h))),
      ...Object.values(PAIRS_DOCUMENT_COLUMNS).map(text),
      // Issue 6, item 4: closing a pair or group (dates are values; reason and «7 из 9» text).
      ...Object.values(COMPLETION_COLUMNS).map((h) =>
        COMPLETION_VALUE_COLUMNS.includes(h) ? value(h) : text(h),
      ),
    ],
  },
  {
    key: 'forbiddenPairs',
    name: FORBIDDEN_SHEET,
    columns: Object.values(FORBIDDEN_COLUMNS).map(text),
  },
  {
    key: 'waiting',
    name: WAITING_SHEET,
    columns: Object.values(WAITING_COLUMNS).map((h) =>
      WAITING_VALUE_COLUMNS.includes(h) ? value(h) : text(h),
    ),
  },
  {
    // Issue 5, decision 5: every generated order with its register, year, number, date and link.
    key: 'orderRegister',
    name: ORDER_REGISTER_SHEET,
    columns: Object.values(ORDER_REGISTER_COLUMNS).map((h) =>
      h === ORDER_REGISTER_COLUMNS.sequence || h === ORDER_REGISTER_COLUMNS.date ? value(h) : text(h),
    ),
  },
  {
    // Issue 5, item 8: «Отметить выполнение» in a programme writes a row here (completion.ts).
    key: 'programmeProgress',
    name: PROGRESS_SHEET,
    columns: Object.values(PROGRESS_COLUMNS).map((h) => (h === PROGRESS_COLUMNS.date ? value(h) : text(h))),
  },
  {
    // Issue 6, item 1: events staff plan; «Создать приглашения на мероприятия» (src/core/season/events).
    key: 'events',
    name: EVENTS_SHEET,
    columns: Object.values(EVENT_COLUMNS).map((h) => (EVENT_VALUE_COLUMNS.includes(h) ? value(h) : text(h))),
  },
  {
    // Issue 6, item 1: one row per invited person and event; staff mark «Присутствие».
    key: 'attendance',
    name: ATTENDANCE_SHEET,
    columns: Object.values(ATTENDANCE_COLUMNS).map((h) =>
      ATTENDANCE_VALUE_COLUMNS.includes(h) ? value(h) : text(h),
    ),
  },
  {
    // Issue 6, item 5: best practices from the form «Лучшая практика» (src/core/season/practices).
    key: 'practices',
    name: PRACTICES_SHEET,
    columns: Object.values(PRACTICE_COLUMNS).map((h) =>
      PRACTICE_VALUE_COLUMNS.includes(h) ? value(h) : text(h),
    ),
  },
  {
    // Issue 6, item 3: the log of monitoring reminders, so nobody is e-mailed twice (date is a value).
    key: 'reminders',
    name: REMINDERS_SHEET,
    columns: Object.values(REMINDER_COLUMNS).map((h) => (h === REMINDER_COLUMNS.date ? value(h) : text(h))),
  },
  {
    // Issue 7, item 3: the road-map dashboard, rewritten by «Обновить дорожную карту» (src/core/roadmap);
    // «Комментарий» is the staff's and is kept.
    key: 'roadmap',
    name: ROADMAP_SHEET,
    columns: [...ROADMAP_OWNED_COLUMNS, ROADMAP_COLUMNS.comment].map((h) =>
      ROADMAP_VALUE_COLUMNS.includes(h) ? value(h) : text(h),
    ),
  },
  {
    // Issue 7, item 2: one row per draft and channel, «Подготовить публикацию…» (src/core/publicity);
    // staff move «Статус» on by hand (черновик → согласовано → опубликовано).
    key: 'publications',
    name: PUBLICATIONS_SHEET,
    columns: Object.values(PUBLICATION_COLUMNS).map((h) =>
      PUBLICATION_VALUE_COLUMNS.includes(h) ? value(h) : text(h),
    ),
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

/** The sheets with the banks' competence columns labelled as staff set them in «Настройки». */
export function sheetSpecsFor(competences: readonly Competence[]): SheetSpec[] {
  return SHEETS.map((s) =>
    s.key === 'mentors' || s.key === 'mentees' ? bankSheetSpec(s.key, competences) : s,
  );
}

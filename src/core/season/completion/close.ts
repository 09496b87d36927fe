import type { JournalEntry } from '../../../ports/journal';
import type { BlockWrite } from '../../../ports/sheet-blocks';
import type { CellValue } from '../../../ports/workbook';
import { documentPerson } from '../../documents/bank-person';
import { completionsOf } from '../../documents/completion';
import type { DocumentPerson } from '../../documents/data-types';
import { type CalendarDay, daysBetween, dayNumeric, parseDayText } from '../../documents/dates';
import { programmeContent } from '../../documents/programme';
import { MentoringError } from '../../errors';
import { messages } from '../../messages';
import { normalizeEmail } from '../../people';
import { competencesFromSettings } from '../../questionnaires/parse';
import { PAIRS_COLUMNS, PAIRS_SHEET, PAIR_STATUS } from '../../pairs/columns';
import { type PairRow, isGroupRow, readPairRows } from '../../pairs/pairs-sheet';
import { type Table, columnsOf, rowPatch, tableOf, valueAt } from '../../pairs/table';
import { PROGRESS_SHEET } from '../../documents/completion';
import { sheetSpec } from '../../schema/sheets';
import { readSettings } from '../../settings/settings';
import { COMPLETION_COLUMNS } from './columns';
import { earliestTermination, yearsWithoutDecree } from './working-days';

/**
 * «Завершить пару или группу…» (issue 6, item 4), pure: which row may be closed, the dates the person
 * types checked against ТК РФ ст. 351.8, and the one row patch that closes it with «Выполнено
 * мероприятий» computed from the programme's plan and «Выполнение программ».
 *
 * Days are calendar days; a day goes into a cell as local midnight (the script's time zone in Apps
 * Script), as stage 5 writes «Дата утверждения», and a cell is read back the same way.
 */

const M = () => messages.completion;
const C = PAIRS_COLUMNS;
const X = COMPLETION_COLUMNS;

/** The sheets the closing reads, each once, under the lock. */
export const CLOSING_SHEETS = (): string[] => [
  PAIRS_SHEET,
  sheetSpec('settings').name,
  sheetSpec('mentees').name,
  PROGRESS_SHEET,
];

export const dayOfDate = (d: Date): CalendarDay => ({
  year: d.getFullYear(),
  month: d.getMonth() + 1,
  day: d.getDate(),
});

export const dateOfDay = (d: CalendarDay): Date => new Date(d.year, d.month - 1, d.day);

/** A cell holding a date (a Date from getValues, or «25.11.2026» typed as text), or null. */
export function cellDay(value: CellValue): CalendarDay | null {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : dayOfDate(value);
  return parseDayText(String(value ?? ''));
}

/** A person's answer: '' is `fallback`, a date «ДД.ММ.ГГГГ» (or «5 мая 2026») is that day, anything else null. */
export function answerDay(text: string, fallback: CalendarDay): CalendarDay | null {
  return text.trim() === '' ? fallback : parseDayText(text);
}

export const isBefore = (a: CalendarDay, b: CalendarDay): boolean => daysBetween(b, a) < 0;

/** A pair or group that may be closed, as the dialog shows it. */
export interface ClosablePair {
  id: string;
  /** «Пара № 3» / «Группа № 3». */
  label: string;
  /** 1-based sheet row when it was read. */
  row: number;
  /** The status read then (the commit checks it did not change). */
  status: string;
  start: CalendarDay | null;
  end: CalendarDay | null;
  /** «Иванова М.П. — Петрова А.С.» for the question. */
  people: string;
}

export type ClosableOutcome = { ok: true; pair: ClosablePair } | { ok: false; message: string };

const labelOf = (row: PairRow): string => M().label(isGroupRow(row), row.id || String(row.row));

/** Completion columns the sheet lacks (set-up adds them; without them nothing could be recorded). */
export function missingCompletionColumns(table: Table): string[] {
  return Object.values(X).filter((h) => columnsOf(table, [h]).length === 0);
}

/**
 * Whether the row under the person's cursor may be closed: a pair or group «утверждена» or «действует».
 * A proposal must be approved or rejected first; a closed one says when it was closed.
 */
export function closableAt(values: readonly (readonly CellValue[])[], rowNumber: number): ClosableOutcome {
  const table = tableOf(PAIRS_SHEET, values);
  const missing = missingCompletionColumns(table);
  if (missing.length > 0) return { ok: false, message: M().missingColumns(PAIRS_SHEET, missing) };
  const row = readPairRows(table).find((r) => r.row === rowNumber);
  if (!row || row.kind === 'blank' || (!row.id && !row.mentorEmail))
    return { ok: false, message: M().emptyRow(PAIRS_SHEET, rowNumber) };
  const label = labelOf(row);
  const cells = table.rows[rowNumber - 2] ?? [];
  switch (row.kind) {
    case 'proposed':
      return { ok: false, message: M().proposed(label) };
    case 'finished':
    case 'terminated': {
      const closed = cellDay(valueAt(table, cells, X.closedAt));
      const status = row.kind === 'finished' ? PAIR_STATUS.finished : PAIR_STATUS.terminated;
      return { ok: false, message: M().alreadyClosed(label, status, closed ? dayNumeric(closed) : '') };
    }
    case 'approved':
    case 'active':
      break;
    default:
      return { ok: false, message: M().otherStatus(label, row.status) };
  }
  const mentees = row.menteeNames.length > 0 ? row.menteeNames : row.menteeEmails;
  return {
    ok: true,
    pair: {
      id: row.id,
      label,
      row: row.row,
      status: row.status,
      start: cellDay(valueAt(table, cells, C.start)),
      end: cellDay(valueAt(table, cells, C.end)),
      people: `${row.mentorName || row.mentorEmail} — ${mentees.join(', ')}`,
    },
  };
}

/** «01.10.2026 – 30.06.2027», or '' when the sheet has no dates. */
export const termText = (pair: ClosablePair): string =>
  pair.start ? `${dayNumeric(pair.start)} – ${pair.end ? dayNumeric(pair.end) : '…'}` : '';

/** What the person decided in the dialog. */
export type Closing =
  | { kind: 'finished'; closedAt: CalendarDay }
  | { kind: 'terminated'; noticeAt: CalendarDay; closedAt: CalendarDay; reason: string };

/** A closing date before the programme began is refused. */
export function checkNotBeforeStart(pair: ClosablePair, day: CalendarDay): string | null {
  return pair.start && isBefore(day, pair.start)
    ? M().beforeStart(dayNumeric(day), dayNumeric(pair.start))
    : null;
}

/** The earliest termination after a notice and the note when a year's calendar has no decree yet. */
export function terminationWindow(noticeAt: CalendarDay): { earliest: CalendarDay; note: string } {
  const earliest = earliestTermination(noticeAt);
  const years = yearsWithoutDecree(noticeAt, earliest);
  return { earliest, note: years.length > 0 ? M().noDecreeNote(years) : '' };
}

/** ТК РФ ст. 351.8: a termination date before the end of three working days' notice is refused. */
export function checkTermination(noticeAt: CalendarDay, closedAt: CalendarDay): string | null {
  const { earliest } = terminationWindow(noticeAt);
  return isBefore(closedAt, earliest)
    ? M().tooEarly(dayNumeric(closedAt), dayNumeric(noticeAt), dayNumeric(earliest))
    : null;
}

/**
 * Activities of the pair's programme done, as «7 из 9». The plan is the one the programme is generated
 * and «Отметить выполнение» offers from (programmeContent over the mentees' difficulties in the bank);
 * «Выполнение программ» holds one row per activity marked done.
 */
export function activitiesDone(
  sheets: ReadonlyMap<string, CellValue[][]>,
  row: PairRow,
  start: CalendarDay,
  end: CalendarDay,
): { done: number; total: number } {
  const settings = readSettings(sheets.get(sheetSpec('settings').name) ?? []);
  const competences = competencesFromSettings(settings);
  const bankName = sheetSpec('mentees').name;
  const bank = tableOf(bankName, sheets.get(bankName));
  const people = new Map<string, DocumentPerson>();
  for (const cells of bank.rows) {
    const person = documentPerson(bank, cells, competences);
    const email = normalizeEmail(person.email ?? '');
    if (email) people.set(email, person);
  }
  const mentees = row.menteeEmails.map(
    (email, i) => people.get(email) ?? { fullName: row.menteeNames[i] ?? '', email },
  );
  const plan = programmeContent(mentees, start, isBefore(end, start) ? start : end).activities;
  const numbers = new Set(plan.map((a) => String(a.number)));
  const marked = completionsOf(sheets.get(PROGRESS_SHEET) ?? [], row.id);
  const done = [...marked.keys()].filter((n) => numbers.has(n)).length;
  return { done, total: plan.length };
}

export interface ClosingPlan {
  writes: BlockWrite[];
  journal: JournalEntry[];
  /** Russian, for the alert. */
  summary: string;
}

/**
 * The closing as one row patch of «Пары и группы», planned from a fresh read under the lock. The pair is
 * found again by its number: a matching run may have deleted rows above it meanwhile. If its row or
 * status changed since the dialog read it, nothing is written.
 */
export function planClosing(
  sheets: ReadonlyMap<string, CellValue[][]>,
  pair: ClosablePair,
  closing: Closing,
  today: CalendarDay,
): ClosingPlan {
  const table = tableOf(PAIRS_SHEET, sheets.get(PAIRS_SHEET));
  const rows = readPairRows(table).filter((r) => (pair.id ? r.id === pair.id : r.row === pair.row));
  const row = rows.length === 1 ? rows[0]! : null;
  if (!row || row.status !== pair.status || missingCompletionColumns(table).length > 0)
    throw new MentoringError('PAIR_CHANGED', M().changed(pair.label), `${pair.label}, row ${pair.row}`);
  const start = pair.start ?? today;
  const { done, total } = activitiesDone(sheets, row, start, pair.end ?? closing.closedAt);
  const doneText = M().activitiesDone(done, total);
  const date = dayNumeric(closing.closedAt);
  const fields: Record<string, CellValue> =
    closing.kind === 'finished'
      ? {
          [C.status]: PAIR_STATUS.finished,
          [X.closedAt]: dateOfDay(closing.closedAt),
          [X.noticeAt]: '',
          [X.reason]: '',
          [X.activitiesDone]: doneText,
        }
      : {
          [C.status]: PAIR_STATUS.terminated,
          [X.closedAt]: dateOfDay(closing.closedAt),
          [X.noticeAt]: dateOfDay(closing.noticeAt),
          [X.reason]: closing.reason.trim(),
          [X.activitiesDone]: doneText,
        };
  // The reason is typed by a person: a plain-text cell keeps «=…» or «+…» as typed.
  const patch = rowPatch(table, row.row, fields, columnsOf(table, [C.status, X.reason, X.activitiesDone]));
  const details = [
    `${row.mentorName || row.mentorEmail} — ${(row.menteeNames.length ? row.menteeNames : row.menteeEmails).join(', ')}`,
    ...(closing.kind === 'terminated'
      ? [`уведомление ${dayNumeric(closing.noticeAt)}`, `причина: ${closing.reason.trim()}`]
      : []),
  ].join('\n');
  return {
    writes: patch ? [patch] : [],
    journal: [
      closing.kind === 'finished'
        ? {
            level: 'INFO',
            code: 'PAIR_FINISHED',
            message: M().journalFinished(pair.label, date, doneText),
            details,
          }
        : {
            level: 'INFO',
            code: 'PAIR_TERMINATED',
            message: M().journalTerminated(pair.label, date, doneText),
            details,
          },
    ],
    summary:
      closing.kind === 'finished'
        ? M().finished(pair.label, date, doneText)
        : M().terminated(pair.label, date, dayNumeric(closing.noticeAt), doneText),
  };
}

import type { CellValue } from '../../ports/workbook';
import { messages } from '../messages';
import { tableOf, textAt, valueAt } from '../pairs/table';
import { formatDateNumeric, parseDayText } from './dates';
import type { OutlineCell, OutlineTable } from './outline';
import type { TemplateData, TemplateRecord, TemplateValue } from './types';

/**
 * «Отметить выполнение» (issue 5, item 8): which activities of a programme's plan are done. The facts
 * live in the spreadsheet, on «Выполнение программ» (one row per activity done), not in the document:
 * the curator sees every programme's progress in one sheet, and «Обновить из таблицы» renders the
 * marks again from it, so refreshing a programme never loses them. Set-up creates the sheet.
 */
export const PROGRESS_SHEET = 'Выполнение программ';

export const PROGRESS_COLUMNS = {
  pair: '№ пары/группы',
  activity: '№ мероприятия',
  title: 'Мероприятие',
  date: 'Дата выполнения',
  document: 'Программа',
} as const;

export interface Completion {
  pair: string;
  activity: string;
  date: Date;
}

function dateOf(value: CellValue): Date | null {
  if (value instanceof Date) return value;
  const day = parseDayText(String(value));
  return day ? new Date(Date.UTC(day.year, day.month - 1, day.day, 9)) : null;
}

/** The pair's activities done, by activity number (the first row for a number wins: it was marked first). */
export function completionsOf(values: readonly (readonly CellValue[])[], pairId: string): Map<string, Date> {
  const table = tableOf(PROGRESS_SHEET, values);
  const out = new Map<string, Date>();
  for (const row of table.rows) {
    if (textAt(table, row, PROGRESS_COLUMNS.pair) !== pairId.trim()) continue;
    const activity = textAt(table, row, PROGRESS_COLUMNS.activity).replace(/\.$/, '');
    const date = dateOf(valueAt(table, row, PROGRESS_COLUMNS.date));
    if (activity && date && !out.has(activity)) out.set(activity, date);
  }
  return out;
}

/** «выполнено 25.11.2026». */
export const completionMark = (date: Date, timeZone: string): string =>
  messages.docsMenu.doneMark(formatDateNumeric(date, timeZone));

const isRecord = (v: TemplateValue | undefined): v is TemplateRecord =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !('kind' in v);

/** A programme's data with `мероприятие.отметка` filled from the completions. */
export function withCompletions(
  data: TemplateData,
  done: ReadonlyMap<string, Date>,
  timeZone: string,
): TemplateData {
  const programme = data['программа'];
  if (!isRecord(programme) || !Array.isArray(programme['мероприятия'])) return data;
  const activities = (programme['мероприятия'] as readonly TemplateValue[]).map((a) => {
    if (!isRecord(a)) return a;
    const date = done.get(String(a['номер']));
    return date ? { ...a, отметка: completionMark(date, timeZone) } : a;
  });
  return { ...data, программа: { ...programme, мероприятия: activities } };
}

/** The plan's activities as the prompt lists them: number, content, and the mark when done. */
export function activitiesOf(data: TemplateData): Array<{ number: string; text: string; mark: string }> {
  const programme = data['программа'];
  if (!isRecord(programme) || !Array.isArray(programme['мероприятия'])) return [];
  return (programme['мероприятия'] as readonly TemplateValue[]).filter(isRecord).map((a) => ({
    number: String(a['номер'] ?? ''),
    text: String(a['содержание'] ?? ''),
    mark: String(a['отметка'] ?? ''),
  }));
}

/** The person's answer as an activity number of the plan, or null. «3», « 3. », «№3» are 3. */
export function parseActivityChoice(text: string, numbers: readonly string[]): string | null {
  const m = /^\s*№?\s*(\d+)\s*\.?\s*$/.exec(text);
  if (!m) return null;
  const n = String(Number(m[1]));
  return numbers.includes(n) ? n : null;
}

/**
 * «Отметить выполнение» writes only the mark into the open Doc (issue DOCSPEED) instead of rendering
 * the whole programme again: the shell reads the body's tables as text (`OutlineTable`s in the order
 * of `Body.getTables()`, one paragraph per line of a cell), this plans which cells get which text, and
 * the shell sets just those cells. The plan table is found by the default template's headers
 * (templates/programme.ts); its columns are found by name, so a template with more or fewer columns
 * still works.
 */
export const PLAN_TABLE_HEADERS = {
  number: '№',
  activity: 'Мероприятие',
  mark: 'Отметка о выполнении',
} as const;

/** One cell of the open Doc's body tables (`Body.getTables()` order) and the text it gets. */
export interface CellEdit {
  table: number;
  row: number;
  cell: number;
  /** The cell's text as read (one paragraph): the shell writes nothing when the cell reads otherwise. */
  from: string;
  text: string;
  /**
   * For an empty cell: cells of the same table, best first, whose first character's text style the new
   * text takes (the shell uses the first that has one). Text inserted into an emptied paragraph has no
   * character to take its style from, while a render replaces the template's own text and so styles
   * the mark like the template cell: another mark of the plan (styled as a render printed it) comes
   * first, then the row's cells with text, nearest first.
   */
  styleFrom?: Array<{ row: number; cell: number }>;
}

const plain = (s: string): string => s.replace(/\s+/g, ' ').trim();
const cellText = (cell: OutlineCell | undefined): string =>
  (cell?.paragraphs ?? []).map((p) => p.text).join('\n');

/**
 * The cells to set so that the Doc's plan shows the marks of `activities` (as `activitiesOf` lists
 * them, with the new mark): each done activity whose «Отметка о выполнении» cell reads otherwise gets
 * its mark, nothing else is touched ([] when the Doc shows every mark already).
 *
 * null when the Doc is not the programme the data describes, row for row: no single table with the
 * plan's headers, a row count other than the activities', a row whose «№» or «Мероприятие» is not the
 * activity's, or a mark cell that is not one paragraph. Staff may have edited the Doc or the data may
 * have changed since it was rendered; the caller then renders the whole Doc again, which is what the
 * person would get from «Обновить из таблицы».
 */
export function planMarkEdits(
  tables: readonly OutlineTable[],
  activities: ReadonlyArray<{ number: string; text: string; mark: string }>,
): CellEdit[] | null {
  const H = PLAN_TABLE_HEADERS;
  const found = tables.flatMap((table, index) => {
    const header = (table.rows[0]?.cells ?? []).map((c) => plain(cellText(c)).toLowerCase());
    const column = (name: string) => header.indexOf(name.toLowerCase());
    const columns = { number: column(H.number), activity: column(H.activity), mark: column(H.mark) };
    return columns.number >= 0 && columns.mark >= 0 ? [{ table, index, columns }] : [];
  });
  if (found.length !== 1) return null;
  const { table, index, columns } = found[0]!;
  if (table.rows.length !== activities.length + 1) return null;
  const first = (cell: OutlineCell | undefined): string => cell?.paragraphs[0]?.text ?? '';
  const markedRow = table.rows.findIndex((r, i) => i > 0 && first(r.cells[columns.mark]) !== '');
  const styleFrom = (row: number): Array<{ row: number; cell: number }> => {
    const near = table.rows[row]!.cells.map((cell, index) => ({ cell, index }))
      .filter(({ cell, index }) => index !== columns.mark && first(cell) !== '')
      .sort(
        (a, b) => Math.abs(a.index - columns.mark) - Math.abs(b.index - columns.mark) || a.index - b.index,
      )
      .map(({ index }) => ({ row, cell: index }));
    return markedRow > 0 ? [{ row: markedRow, cell: columns.mark }, ...near] : near;
  };
  const edits: CellEdit[] = [];
  for (const [i, activity] of activities.entries()) {
    const row = i + 1;
    const cells = table.rows[row]!.cells;
    const number = plain(cellText(cells[columns.number])).replace(/^№\s*/, '').replace(/\.$/, '');
    if (number !== activity.number) return null;
    if (columns.activity >= 0 && plain(cellText(cells[columns.activity])) !== plain(activity.text))
      return null;
    if (!activity.mark) continue;
    const mark = cells[columns.mark];
    if (!mark || mark.paragraphs.length !== 1) return null;
    const from = mark.paragraphs[0]!.text;
    if (from === activity.mark) continue;
    const edit: CellEdit = { table: index, row, cell: columns.mark, from, text: activity.mark };
    const style = from === '' ? styleFrom(row) : [];
    edits.push(style.length > 0 ? { ...edit, styleFrom: style } : edit);
  }
  return edits;
}

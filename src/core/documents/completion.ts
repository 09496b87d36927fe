import type { CellValue } from '../../ports/workbook';
import { messages } from '../messages';
import { tableOf, textAt, valueAt } from '../pairs/table';
import { formatDateNumeric, parseDayText } from './dates';
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

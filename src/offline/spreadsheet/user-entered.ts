import { instantOf, isValidDay } from './datetime';

/**
 * How Sheets reads a value written by `setValue`/`setValues`/`appendRow` or typed by a person: like text
 * typed into the UI (USER_ENTERED, §1.3.2). A string can become a formula, a number, a boolean or a date;
 * a leading apostrophe keeps it text (§1.3.4); a `+`/`-` prefix that is not a number makes a formula that
 * fails to parse (§1.3.3); nothing is converted in a plain-text (`@`) cell (§1.3.5–1.3.6).
 */
export type CellValue = string | number | boolean | Date;

export type EnteredContent =
  | { kind: 'empty' }
  | { kind: 'value'; value: CellValue; format?: string }
  | { kind: 'formula'; formula: string };

export type SheetLocale = 'ru' | 'en';

export interface EntryContext {
  locale: SheetLocale;
  timeZone: string;
  /** The cell's number format is plain text (`@`). */
  plainText: boolean;
}

/** Formats Sheets applies by itself to a cell whose typed text it read as a date or time. */
export const AUTO_FORMATS: Record<SheetLocale, { date: string; dateTime: string; time: string }> = {
  ru: { date: 'dd.MM.yyyy', dateTime: 'dd.MM.yyyy HH:mm:ss', time: 'H:mm:ss' },
  en: { date: 'M/d/yyyy', dateTime: 'M/d/yyyy H:mm:ss', time: 'h:mm:ss am/pm' },
};

export function parseUserEntered(input: unknown, ctx: EntryContext): EnteredContent {
  if (input === null || input === undefined) return { kind: 'empty' };
  if (typeof input === 'number' || typeof input === 'boolean') return { kind: 'value', value: input };
  // A Date written by a script is a date-time value; it keeps its instant.
  if (input instanceof Date)
    return { kind: 'value', value: new Date(input.getTime()), format: AUTO_FORMATS[ctx.locale].dateTime };
  // [unsure] §1.3.10: other objects are written as their string form.
  const text = typeof input === 'string' ? input : String(input);
  if (text === '') return { kind: 'empty' };
  if (ctx.plainText) return { kind: 'value', value: text };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  if (text.startsWith('=')) return { kind: 'formula', formula: text };
  const trimmed = text.trim();
  const bool = parseBoolean(trimmed, ctx.locale);
  if (bool !== null) return { kind: 'value', value: bool };
  const date = parseDate(trimmed, ctx);
  if (date) return { kind: 'value', value: date.value, format: date.format };
  const num = parseNumber(trimmed, ctx.locale);
  if (num)
    return num.format
      ? { kind: 'value', value: num.value, format: num.format }
      : { kind: 'value', value: num.value };
  // §1.3.3: `+7 926 662-51-06` is read as the formula `=+7 926 662-51-06`, which cannot parse. A lone
  // sign stays text (a dash typed as "no data").
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1)
    return { kind: 'formula', formula: `=${text}` };
  return { kind: 'value', value: text };
}

function parseBoolean(text: string, locale: SheetLocale): boolean | null {
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || (locale === 'ru' && upper === 'ИСТИНА')) return true;
  if (upper === 'FALSE' || (locale === 'ru' && upper === 'ЛОЖЬ')) return false;
  return null;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const RU_DECIMAL_COMMA = /^[+-]?(?:\d+,\d*|,\d+)$/;
const EN_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function parseNumber(text: string, locale: SheetLocale): { value: number; format?: string } | null {
  const percent = text.endsWith('%');
  const body = percent ? text.slice(0, -1).trim() : text;
  let value: number | null = null;
  if (PLAIN_NUMBER.test(body)) value = Number(body);
  // In a ru_RU spreadsheet the decimal separator is a comma: `1,5` is one and a half. A dot still reads
  // as a decimal point here ([unsure]: the UI may take `1.5` for the 1st of May in ru_RU).
  else if (locale === 'ru' && RU_DECIMAL_COMMA.test(body)) value = Number(body.replace(',', '.'));
  else if (locale === 'en' && EN_GROUPED.test(body)) value = Number(body.replace(/,/g, ''));
  if (value === null || !Number.isFinite(value)) return null;
  if (!percent) return { value };
  const scaled = value / 100;
  return { value: scaled, format: Number.isInteger(value) ? '0%' : '0.00%' };
}

const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const EN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Date-looking text becomes a date in the spreadsheet's zone, read with the spreadsheet locale's order
 * (§1.3.2): `25.11.2026` in ru_RU, `11/25/2026` in en_US, ISO `2026-11-25` in both; `14:30` is a time
 * (a Date on 30 Dec 1899, §1.1.2).
 */
export function parseDate(
  text: string,
  ctx: Pick<EntryContext, 'locale' | 'timeZone'>,
): { value: Date; format: string } | null {
  const formats = AUTO_FORMATS[ctx.locale];
  let y: number, mo: number, d: number, time: string[];
  let m = (ctx.locale === 'ru' ? RU_DATE : EN_DATE).exec(text);
  if (m) {
    y = Number(m[3]);
    mo = Number(ctx.locale === 'ru' ? m[2] : m[1]);
    d = Number(ctx.locale === 'ru' ? m[1] : m[2]);
    time = [m[4] ?? '', m[5] ?? '', m[6] ?? ''];
  } else if ((m = ISO_DATE.exec(text))) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
    time = [m[4] ?? '', m[5] ?? '', m[6] ?? ''];
  } else if ((m = TIME.exec(text))) {
    const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return null;
    const value = instantOf({ year: 1899, month: 12, day: 30, hour: h, minute: mi, second: s }, ctx.timeZone);
    return { value, format: formats.time };
  } else {
    return null;
  }
  if (!isValidDay(y, mo, d)) return null;
  const hasTime = time[0] !== '';
  const [h, mi, s] = hasTime ? [Number(time[0]), Number(time[1]), Number(time[2] || 0)] : [0, 0, 0];
  if (h > 23 || mi > 59 || s > 59) return null;
  const value = instantOf({ year: y, month: mo, day: d, hour: h, minute: mi, second: s }, ctx.timeZone);
  return { value, format: hasTime ? formats.dateTime : formats.date };
}

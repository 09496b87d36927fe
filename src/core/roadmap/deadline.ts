import { calendarDay, instantOf, type CalendarDay } from '../documents/dates';

/**
 * The road map's deadlines as staff type them in «Настройки» (`roadmap.stageN.deadline`): «август –
 * сентябрь», «до 15 октября», «май – июнь 2027», «31.10.2026» or «в течение года». The deadline is the
 * last day the text names, in the academic year `now` falls in (August to July: «сентябрь» is this
 * autumn's, «май» next spring's). Unreadable text gives null: the stage is then never called overdue.
 */
const MONTH_STEMS: ReadonlyArray<[RegExp, number]> = [
  [/^январ/, 1],
  [/^феврал/, 2],
  [/^март/, 3],
  [/^апрел/, 4],
  [/^ма[йя]/, 5],
  [/^июн/, 6],
  [/^июл/, 7],
  [/^август/, 8],
  [/^сентябр/, 9],
  [/^октябр/, 10],
  [/^ноябр/, 11],
  [/^декабр/, 12],
];

/** First month of the academic year the road map runs in (stage 1 starts in August). */
const YEAR_START_MONTH = 8;
/** «в течение года»: the school year ends with June (stage 6 is «май – июнь»). */
const YEAR_END_MONTH = 6;

const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The calendar year of a month in the academic year starting in August of `startYear`. */
const yearOfMonth = (month: number, startYear: number): number =>
  month >= YEAR_START_MONTH ? startYear : startYear + 1;

/** The academic year (its first calendar year) `now` falls in. */
export function academicYearStart(now: Date, timeZone: string): number {
  const today = calendarDay(now, timeZone);
  return today.month >= YEAR_START_MONTH ? today.year : today.year - 1;
}

/** The last day a deadline text names, or null when it names none. */
export function deadlineDay(text: string, now: Date, timeZone: string): CalendarDay | null {
  const s = text.trim().toLowerCase().replace(/ё/g, 'е');
  if (!s) return null;
  const startYear = academicYearStart(now, timeZone);
  let found: CalendarDay | null = null;
  for (const m of s.matchAll(/(\d{1,2})\.(\d{1,2})\.(\d{4})/g)) {
    const day = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
    if (day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= lastDayOf(day.year, day.month))
      found = day;
  }
  if (found) return found;
  const words = s.match(/[а-я]+|\d+/g) ?? [];
  words.forEach((word, i) => {
    const month = MONTH_STEMS.find(([re]) => re.test(word))?.[1];
    if (!month) return;
    const next = words[i + 1];
    const year = next && /^\d{4}$/.test(next) ? Number(next) : yearOfMonth(month, startYear);
    const before = words[i - 1];
    const last = lastDayOf(year, month);
    const day =
      before && /^\d{1,2}$/.test(before) && Number(before) >= 1 ? Math.min(Number(before), last) : last;
    found = { year, month, day };
  });
  if (found) return found;
  if (/в течение (учебного )?года|весь (учебный )?год|постоянно|ежегодно/.test(s))
    return { year: startYear + 1, month: YEAR_END_MONTH, day: lastDayOf(startYear + 1, YEAR_END_MONTH) };
  return null;
}

/** A calendar day as an instant within it (noon UTC: the same day in every Russian zone). */
export const dayInstant = (d: CalendarDay): Date => new Date(Date.UTC(d.year, d.month - 1, d.day, 12));

/**
 * The start of a calendar day in a time zone: written to a date cell, Sheets shows it as the bare date
 * («30.09.2026») rather than a date and time, when the spreadsheet is in the college's zone.
 */
export const dayStart = (d: CalendarDay, timeZone: string): Date =>
  instantOf({ day: d, hour: 0, minute: 0 }, timeZone);

/** −1, 0, 1 as `a` is before, the same as, or after `b`. */
export const compareDays = (a: CalendarDay, b: CalendarDay): number =>
  Math.sign(a.year - b.year || a.month - b.month || a.day - b.day);

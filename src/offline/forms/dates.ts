import { zonedInstant, zonedParts } from '../runtime/zoned-time';

export { zonedParts } from '../runtime/zoned-time';
export type { ZonedParts } from '../runtime/zoned-time';

/** The instant at which the wall clock in `timeZone` reads the given local time. */
export function zonedTime(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return zonedInstant({ year, month, day, hour, minute, second }, timeZone);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of the day the instant falls on in `timeZone` (the form date answer, §2.3.2). */
export function formatIsoDate(date: Date, timeZone: string): string {
  const p = zonedParts(date.getTime(), timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** ISO week number (1..53) of a calendar date: the `week-of-year` of a time-driven event (§7.4). */
export function isoWeek(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/**
 * How a response-sheet date-time reads in the spreadsheet's locale (§2.1.3, §2.2.3): Russian
 * `25.11.2026 14:03:11`, English `11/25/2026 14:03:11` (Google's en_US default pattern M/d/yyyy H:mm:ss).
 */
export function formatLocaleDateTime(ms: number, timeZone: string, locale: string): string {
  const p = zonedParts(ms, timeZone);
  if (isRussian(locale))
    return `${pad(p.day)}.${pad(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
  return `${p.month}/${p.day}/${p.year} ${p.hour}:${pad(p.minute)}:${pad(p.second)}`;
}

/** How a date cell reads in the spreadsheet's locale: `25.11.2026` / `11/25/2026`. */
export function formatLocaleDate(ms: number, timeZone: string, locale: string): string {
  const p = zonedParts(ms, timeZone);
  if (isRussian(locale)) return `${pad(p.day)}.${pad(p.month)}.${p.year}`;
  return `${p.month}/${p.day}/${p.year}`;
}

export function isRussian(locale: string): boolean {
  return /^ru($|[_-])/i.test(locale);
}

import type { CellValue } from '../../../ports/workbook';
import {
  formatDateNumeric,
  instantOf,
  parseDayText,
  wallTimeOf,
  type CalendarDay,
} from '../../documents/dates';

export { instantOf, wallTimeOf };
import { messages } from '../../messages';

/**
 * An event's start and end from the cells of «Мероприятия». Sheets hands over a date-time a person
 * typed as a Date (an instant); text that Sheets did not recognise («25.11.2026 в 14:00», a date typed in
 * a plain-text cell) is read here in the college's time zone, so 14:00 means 14:00 in Moscow whatever
 * zone the server runs in.
 */

export type { WallTime } from '../../documents/dates';

/** «14:00», «14.00», «9:30» → hours and minutes; null when it is not a time of day. */
function parseClock(text: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

/**
 * A date and time typed as text: «25.11.2026 14:00», «25.11.2026, 14.00», «25.11.2026 в 14:00»,
 * «25 ноября 2026 г. 14:00», «2026-11-25 14:00». `time` is null when only the day was given.
 */
export function parseDateTimeText(
  text: string,
): { day: CalendarDay; time: { hour: number; minute: number } | null } | null {
  const s = text.replace(/\s+/g, ' ').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}:\d{2}))?$/.exec(s);
  if (iso) {
    const day = parseDayText(`${iso[3]}.${iso[2]}.${iso[1]}`);
    if (!day) return null;
    const time = iso[4] ? parseClock(iso[4]) : null;
    return iso[4] && !time ? null : { day, time };
  }
  const withTime = /^(.*?)[\s,]+(?:в\s+)?(\d{1,2}[:.]\d{2})$/.exec(s);
  if (withTime) {
    const day = parseDayText(withTime[1]!.replace(/,$/, ''));
    const time = parseClock(withTime[2]!);
    return day && time ? { day, time } : null;
  }
  const day = parseDayText(s);
  return day ? { day, time: null } : null;
}

const isBlank = (v: CellValue | undefined): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const validDate = (v: CellValue | undefined): v is Date => v instanceof Date && !isNaN(v.getTime());

/**
 * A time of day alone typed into a cell («15:30») comes back from Sheets as a Date on its epoch day,
 * 30.12.1899; in a zone whose offset then was local mean time (Moscow: +2:30:17) the seconds may be off,
 * so the time is rounded to the minute.
 */
function timeOfDayOnly(date: Date, timeZone: string): { hour: number; minute: number } | null {
  const wall = wallTimeOf(date, timeZone);
  if (wall.day.year >= 1900) return null;
  const minutes = Math.round((wall.hour * 3600 + wall.minute * 60 + wall.second) / 60) % (24 * 60);
  return { hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

export type EventTimes =
  { ok: true; start: Date; end: Date } | { ok: false; problem: string; start: Date | null };

/**
 * Start and end of an event. The end may be empty (the start plus `defaultMinutes`), a date and time, or
 * only a time of day on the start's day («15:30»). A start without a time of day is refused: an
 * invitation for midnight is never what staff meant.
 */
export function eventTimes(
  startCell: CellValue | undefined,
  endCell: CellValue | undefined,
  timeZone: string,
  defaultMinutes: number,
): EventTimes {
  const p = messages.events.problems;
  if (isBlank(startCell)) return { ok: false, problem: p.noStart, start: null };
  let start: Date;
  if (validDate(startCell)) {
    if (timeOfDayOnly(startCell, timeZone)) return { ok: false, problem: p.noStartDate, start: null };
    start = startCell;
    const wall = wallTimeOf(start, timeZone);
    if (wall.hour === 0 && wall.minute === 0) return { ok: false, problem: p.noStartTime, start };
  } else {
    const parsed = parseDateTimeText(String(startCell));
    if (!parsed) return { ok: false, problem: p.badStart(String(startCell).trim()), start: null };
    if (!parsed.time)
      return {
        ok: false,
        problem: p.noStartTime,
        start: instantOf({ day: parsed.day, hour: 0, minute: 0 }, timeZone),
      };
    start = instantOf({ day: parsed.day, ...parsed.time }, timeZone);
  }
  let end: Date;
  if (isBlank(endCell)) end = new Date(start.getTime() + defaultMinutes * 60_000);
  else if (validDate(endCell)) {
    const clock = timeOfDayOnly(endCell, timeZone);
    end = clock ? instantOf({ day: wallTimeOf(start, timeZone).day, ...clock }, timeZone) : endCell;
  } else {
    const text = String(endCell).trim();
    const clock = parseClock(text);
    const parsed = clock ? null : parseDateTimeText(text);
    if (clock) end = instantOf({ day: wallTimeOf(start, timeZone).day, ...clock }, timeZone);
    else if (parsed?.time) end = instantOf({ day: parsed.day, ...parsed.time }, timeZone);
    else return { ok: false, problem: p.badEnd(text), start };
  }
  if (end.getTime() <= start.getTime()) return { ok: false, problem: p.endBeforeStart, start };
  return { ok: true, start, end };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** «25.11.2026 14:00» in the time zone. */
export function formatDateTime(date: Date, timeZone: string): string {
  const w = wallTimeOf(date, timeZone);
  return `${pad(w.day.day)}.${pad(w.day.month)}.${w.day.year} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** «25.11.2026» in the time zone: the documents' own numeric date. */
export const formatDay = formatDateNumeric;

/**
 * Dates in documents per ГОСТ Р 7.0.97-2016: «25.11.2026» and «25 ноября 2026 г.». The month names are
 * written here (genitive) instead of asking the runtime's locale data, and the calendar day is taken
 * in the script's time zone, not the machine's: Sheets hands dates over as instants, and 00:00 in
 * Moscow is still the previous day in UTC.
 */
export interface CalendarDay {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** A wall-clock time in a time zone: the day and the time of day, to the minute. */
export interface WallTime {
  day: CalendarDay;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Only numeric parts are read, so no locale data decides any text of the document.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time of an instant in a time zone ('Europe/Moscow'). */
export function wallTimeOf(date: Date, timeZone: string): WallTime & { second: number } {
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date))
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  return {
    day: { year: p.year!, month: p.month!, day: p.day! },
    hour: p.hour! % 24,
    minute: p.minute!,
    second: p.second!,
  };
}

/** The instant of a wall-clock time in a time zone (the zone's offset at that moment, DST included). */
export function instantOf(wall: WallTime, timeZone: string): Date {
  const asUtc = Date.UTC(wall.day.year, wall.day.month - 1, wall.day.day, wall.hour, wall.minute);
  const offsetAt = (t: number): number => {
    const w = wallTimeOf(new Date(t), timeZone);
    return (
      Date.UTC(w.day.year, w.day.month - 1, w.day.day, w.hour, w.minute, w.second) -
      Math.floor(t / 1000) * 1000
    );
  };
  let t = asUtc - offsetAt(asUtc);
  // Once more, for a wall time on the other side of a DST change from the first guess.
  t = asUtc - offsetAt(t);
  return new Date(t);
}

/** The calendar day of an instant in a time zone ('Europe/Moscow'). */
export function calendarDay(date: Date, timeZone: string): CalendarDay {
  return wallTimeOf(date, timeZone).day;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** «25.11.2026» from a day. */
export const dayNumeric = (d: CalendarDay): string => `${pad(d.day)}.${pad(d.month)}.${d.year}`;

/** «25 ноября 2026 г.» from a day. */
export const dayWords = (d: CalendarDay): string => `${d.day} ${MONTHS_GENITIVE[d.month - 1]} ${d.year} г.`;

/** «25.11.2026». */
export function formatDateNumeric(date: Date, timeZone: string): string {
  return dayNumeric(calendarDay(date, timeZone));
}

/** «25 ноября 2026 г.» (no leading zero). */
export function formatDateWords(date: Date, timeZone: string): string {
  return dayWords(calendarDay(date, timeZone));
}

const validDay = (d: CalendarDay): CalendarDay | null => {
  const probe = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return probe.getUTCFullYear() === d.year &&
    probe.getUTCMonth() === d.month - 1 &&
    probe.getUTCDate() === d.day
    ? d
    : null;
};

/** «25.11.2026» or «25 ноября 2026 г.» typed as text → the day; null when it is not a date. */
export function parseDayText(text: string): CalendarDay | null {
  const s = text.trim().toLowerCase();
  const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?$/.exec(s);
  if (numeric) return validDay({ day: +numeric[1]!, month: +numeric[2]!, year: +numeric[3]! });
  const words = /^(\d{1,2})\s+([а-яё]+)\s+(\d{4})(?:\s*г(?:ода|\.)?)?$/.exec(s);
  if (words) {
    const month = MONTHS_GENITIVE.indexOf(words[2]!.replace(/ё/g, 'е')) + 1;
    if (month > 0) return validDay({ day: +words[1]!, month, year: +words[3]! });
  }
  return null;
}

/** Days between two calendar days (b − a), for spreading a plan over a term. */
export const daysBetween = (a: CalendarDay, b: CalendarDay): number =>
  Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);

/** The day `n` days after `d`. */
export function addDays(d: CalendarDay, n: number): CalendarDay {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

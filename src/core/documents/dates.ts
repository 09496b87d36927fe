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

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Only numeric parts are read, so no locale data decides any text of the document.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day of an instant in a time zone ('Europe/Moscow'). */
export function calendarDay(date: Date, timeZone: string): CalendarDay {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day')
      parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day! };
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

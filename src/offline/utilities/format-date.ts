import { gasException } from '../runtime/exception';
import { MONTHS, PatternToken, WEEKDAYS, tokenizePattern } from './date-pattern';
import { TimeZone, resolveTimeZone } from './time-zones';

/**
 * `Utilities.formatDate`: Java SimpleDateFormat patterns in the given zone, English month and day names
 * (§8.1). Wall-clock fields come from the zone's offset at that instant (Intl's tz database), read from a
 * shifted Date with UTC getters.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw gasException('Invalid argument: date'); // [unsure] no live record
  const zone = resolveTimeZone(timeZone);
  return tokenizePattern(pattern)
    .map((token) => (token.kind === 'literal' ? token.text : formatField(token, ms, zone)))
    .join('');
}

function formatField(token: Extract<PatternToken, { kind: 'field' }>, ms: number, zone: TimeZone): string {
  const offset = zone.offsetAt(ms);
  const w = new Date(ms + offset);
  const { count } = token;
  const num = (n: number): string => String(n).padStart(count, '0');
  const year = w.getUTCFullYear();
  const month = w.getUTCMonth();
  const day = w.getUTCDate();
  const weekday = w.getUTCDay();
  const hour = w.getUTCHours();
  switch (token.letter) {
    case 'G':
      return year > 0 ? 'AD' : 'BC';
    case 'y':
      return count === 2 ? num(year % 100) : num(year);
    case 'Y':
      return count === 2 ? num(weekYear(w) % 100) : num(weekYear(w));
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[month] ?? '';
      if (count === 3) return (MONTHS[month] ?? '').slice(0, 3);
      return num(month + 1);
    case 'w':
      return num(weekOfYear(w));
    case 'W':
      return num(Math.floor((day - 1 + new Date(Date.UTC(year, month, 1)).getUTCDay()) / 7) + 1);
    case 'D':
      return num(dayOfYear(w));
    case 'd':
      return num(day);
    case 'F':
      return num(Math.floor((day - 1) / 7) + 1);
    case 'E':
      return count >= 4 ? (WEEKDAYS[weekday] ?? '') : (WEEKDAYS[weekday] ?? '').slice(0, 3);
    case 'u':
      return num(weekday === 0 ? 7 : weekday);
    case 'a':
      return hour < 12 ? 'AM' : 'PM';
    case 'H':
      return num(hour);
    case 'k':
      return num(hour === 0 ? 24 : hour);
    case 'K':
      return num(hour % 12);
    case 'h':
      return num(hour % 12 === 0 ? 12 : hour % 12);
    case 'm':
      return num(w.getUTCMinutes());
    case 's':
      return num(w.getUTCSeconds());
    case 'S':
      return num(w.getUTCMilliseconds());
    case 'z':
      return count >= 4 ? zone.longName(ms) : zone.shortName(ms);
    case 'Z':
      return isoOffset(offset, 2);
    case 'X':
      if (count > 3) throw gasException(`invalid ISO 8601 format: length=${count}`);
      return offset === 0 ? 'Z' : isoOffset(offset, count);
    default:
      throw gasException(`Illegal pattern character '${token.letter}'`);
  }
}

/** `+03` (1), `+0300` (2), `+03:00` (3): the X widths; Z is always width 2. */
function isoOffset(offsetMs: number, width: number): string {
  const minutes = Math.abs(offsetMs) / 60_000;
  const sign = offsetMs < 0 ? '-' : '+';
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  if (width === 1) return `${sign}${hh}`;
  return width === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

function dayOfYear(w: Date): number {
  return (
    Math.round(
      (Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate()) - Date.UTC(w.getUTCFullYear(), 0, 1)) /
        86_400_000,
    ) + 1
  );
}

/**
 * Weeks as Java's default (US) calendar counts them: weeks start on Sunday and week 1 is the week that
 * contains 1 January, so the last days of December can belong to week 1 of the next year.
 */
function weekOfYear(w: Date): number {
  const year = w.getUTCFullYear();
  if (weekYear(w) > year) return 1;
  const jan1Weekday = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  return Math.floor((dayOfYear(w) - 1 + jan1Weekday) / 7) + 1;
}

function weekYear(w: Date): number {
  const year = w.getUTCFullYear();
  const saturday = Date.UTC(year, w.getUTCMonth(), w.getUTCDate() + (6 - w.getUTCDay()));
  return new Date(saturday).getUTCFullYear() > year ? year + 1 : year;
}

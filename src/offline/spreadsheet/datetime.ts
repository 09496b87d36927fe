import { WallClock, zonedInstant, zonedParts } from '../runtime/zoned-time';
/**
 * Wall-clock arithmetic in a spreadsheet's time zone. Sheets stores dates as wall-clock serials and turns
 * them into instants with the *spreadsheet's* zone (§1.1.2), so typed dates and displayed dates go
 * through the zone, never through the machine's.
 */
export type { WallClock } from '../runtime/zoned-time';

export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const { year, month, day, hour, minute, second } = zonedParts(instant.getTime(), timeZone);
  return { year, month, day, hour, minute, second };
}

/** The instant at which the zone's clocks show `w` (the first one, around a DST change). */
export function instantOf(w: WallClock, timeZone: string): Date {
  return new Date(zonedInstant(w, timeZone));
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Renders a wall clock with the date tokens of Sheets number formats (`yyyy`, `yy`, `MM`, `M`, `dd`,
 * `d`, `HH`, `H`, `hh`, `h`, `mm`, `m`, `ss`, `s`); other characters are kept.
 */
export function formatWallClock(w: WallClock, pattern: string): string {
  let out = '';
  let i = 0;
  let lastWasHour = false;
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    let j = i;
    while (pattern[j] === ch) j++;
    const run = j - i;
    let piece: string | undefined;
    switch (ch) {
      case 'y':
        piece = run <= 2 ? pad(w.year % 100, 2) : String(w.year);
        break;
      case 'M':
        piece = pad(w.month, run >= 2 ? 2 : 1);
        break;
      case 'd':
        piece = pad(w.day, run >= 2 ? 2 : 1);
        break;
      case 'H':
      case 'h':
        piece = pad(w.hour, run >= 2 ? 2 : 1);
        break;
      case 'm':
        // `m` after an hour token is minutes; elsewhere Sheets reads it as month.
        piece = lastWasHour ? pad(w.minute, run >= 2 ? 2 : 1) : pad(w.month, run >= 2 ? 2 : 1);
        break;
      case 's':
        piece = pad(w.second, run >= 2 ? 2 : 1);
        break;
      default:
        piece = undefined;
    }
    if (piece === undefined) {
      out += pattern.slice(i, j);
    } else {
      out += piece;
      lastWasHour = ch === 'H' || ch === 'h' || (ch === 'm' && lastWasHour);
    }
    i = j;
  }
  return out;
}

/** True when a number format draws a date or a time rather than a number. */
export function isDateFormat(format: string): boolean {
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[yd]|[Hh]|ss/.test(unquoted);
}

/** Sheets' day serial (days since 30 Dec 1899, wall clock) as a wall clock. */
export function wallClockOfSerial(serial: number): WallClock {
  const ms = Math.round(serial * 86_400_000) + Date.UTC(1899, 11, 30);
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

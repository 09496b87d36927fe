import { gasException } from '../runtime/exception';
import { MONTHS, WEEKDAYS, isNumericField, tokenizePattern } from './date-pattern';
import { instantOfWallClock, resolveTimeZone } from './time-zones';

/**
 * `Utilities.parseDate`: Java's lenient `SimpleDateFormat.parse` (§8.2). Lenient means out-of-range
 * fields roll over (31.02 → 3 March) and text after the pattern is ignored; anything that does not match
 * the pattern throws a generic Exception, whose message callers must not rely on (§8.2).
 */
export function parseDate(text: string, timeZone: string, pattern: string, now: number): Date {
  const input = String(text);
  const fail = (): Error => gasException(`Unparseable date: "${input}"`);
  const tokens = tokenizePattern(pattern);
  const fields: Record<string, number> = {};
  let zoneOffset: number | undefined;
  let pm: boolean | undefined;
  let pos = 0;

  tokens.forEach((token, index) => {
    if (token.kind === 'literal') {
      if (!input.startsWith(token.text, pos)) throw fail();
      pos += token.text.length;
      return;
    }
    const next = tokens[index + 1];
    if (isNumericField(token)) {
      // Abutting numeric fields (`yyyyMMdd`) are read by their width; otherwise all digits are taken.
      const width = next && isNumericField(next) ? token.count : undefined;
      const match = /^[+-]?\d+/.exec(input.slice(pos, width === undefined ? undefined : pos + width));
      if (!match) throw fail();
      pos += match[0].length;
      let value = Number(match[0]);
      if ((token.letter === 'y' || token.letter === 'Y') && token.count <= 2 && /^\d{2}$/.test(match[0])) {
        value = twoDigitYear(value, now);
      }
      fields[token.letter] = value;
      return;
    }
    switch (token.letter) {
      case 'M':
      case 'L': {
        const found = matchName(input, pos, MONTHS);
        if (!found) throw fail();
        fields.M = found.index + 1;
        pos += found.length;
        return;
      }
      case 'E': {
        const found = matchName(input, pos, WEEKDAYS);
        if (!found) throw fail();
        pos += found.length;
        return;
      }
      case 'a': {
        const marker = input.slice(pos, pos + 2).toUpperCase();
        if (marker !== 'AM' && marker !== 'PM') throw fail();
        pm = marker === 'PM';
        pos += 2;
        return;
      }
      case 'G': {
        const era = input.slice(pos, pos + 2).toUpperCase();
        if (era !== 'AD' && era !== 'BC') throw fail();
        pos += 2;
        return;
      }
      case 'z':
      case 'Z':
      case 'X': {
        const zone = /^(?:Z|(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?|GMT|UTC)/.exec(input.slice(pos));
        if (!zone) throw fail();
        zoneOffset = zone[1]
          ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3] ?? 0)) * 60_000
          : 0;
        pos += zone[0].length;
        return;
      }
      default:
        throw fail();
    }
  });

  let hour = fields.H ?? (fields.k !== undefined ? fields.k % 24 : undefined) ?? 0;
  if (fields.h !== undefined || fields.K !== undefined) hour = (fields.h ?? fields.K ?? 0) % 12;
  if (pm) hour += 12;
  // setUTCFullYear rolls over out-of-range fields like lenient Java and, unlike Date.UTC, keeps years 0–99.
  const wall = new Date(0);
  wall.setUTCFullYear(fields.y ?? fields.Y ?? 1970, (fields.M ?? 1) - 1, fields.d ?? 1);
  wall.setUTCHours(hour, fields.m ?? 0, fields.s ?? 0, fields.S ?? 0);
  const wallMs = wall.getTime();
  const instant =
    zoneOffset !== undefined ? wallMs - zoneOffset : instantOfWallClock(resolveTimeZone(timeZone), wallMs);
  return new Date(instant);
}

/** English names, full or abbreviated, case-insensitive (as SimpleDateFormat parses in English). */
function matchName(
  input: string,
  pos: number,
  names: string[],
): { index: number; length: number } | undefined {
  const rest = input.slice(pos).toLowerCase();
  for (const [index, name] of names.entries())
    if (rest.startsWith(name.toLowerCase())) return { index, length: name.length };
  for (const [index, name] of names.entries())
    if (rest.startsWith(name.slice(0, 3).toLowerCase())) return { index, length: 3 };
  return undefined;
}

/** Java puts a two-digit year within 80 years before and 20 years after now. */
function twoDigitYear(yy: number, now: number): number {
  const thisYear = new Date(now).getUTCFullYear();
  const start = thisYear - 80;
  let year = start - (start % 100) + yy;
  if (year < start) year += 100;
  return year;
}

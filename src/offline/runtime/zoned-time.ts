/**
 * Wall-clock arithmetic in a named time zone (the script's, a spreadsheet's or a trigger's), with Intl
 * only: the offline Workspace never reads the machine's zone, so results do not depend on where tests
 * run. Sheets turns serials into instants with the spreadsheet's zone (§1.1.2); time-driven events carry
 * fields in the trigger's zone (§7.4).
 */
export interface WallClock {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface ZonedParts extends WallClock {
  /** 1 = Monday … 7 = Sunday (ISO, as Google's time-driven event has it, §7.4). */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What the clocks in `timeZone` show at the instant `ms`. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 1,
  };
}

const asUtc = (w: WallClock): number => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** The instant (ms) at which the clocks in `timeZone` show `w` (the first one, around a DST change). */
export function zonedInstant(w: WallClock, timeZone: string): number {
  const wanted = asUtc(w);
  let guess = wanted;
  // A few rounds settle the zone offset, including across a DST change.
  for (let i = 0; i < 3; i++) {
    const next = wanted - (asUtc(zonedParts(guess, timeZone)) - guess);
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

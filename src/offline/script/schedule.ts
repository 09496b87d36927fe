import { zonedParts, zonedTime } from '../forms/dates';
import type { ClockSchedule } from './store';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * When a time-driven trigger falls due. Google picks a random minute inside the hour and keeps it
 * (a 9 a.m. trigger fires between 9 and 10, §7.3); offline the minute is `nearMinute` or 0, so runs are
 * reproducible and code that assumes an exact minute is no better off than it would be live.
 */
export function firstDue(schedule: ClockSchedule, createdAt: number): number | null {
  switch (schedule.kind) {
    case 'once':
      return schedule.at ?? null;
    case 'minutes':
      return createdAt + schedule.every * MINUTE;
    case 'hours':
      return withMinute(createdAt + schedule.every * HOUR, schedule);
    case 'days':
    case 'weeks':
    case 'monthly':
      return nextCalendarDue(schedule, createdAt, true);
  }
}

/** The due time after `lastDue` for a recurring trigger; null for a one-off trigger. */
export function nextDue(schedule: ClockSchedule, lastDue: number): number | null {
  switch (schedule.kind) {
    case 'once':
      return null;
    case 'minutes':
      return lastDue + schedule.every * MINUTE;
    case 'hours':
      return lastDue + schedule.every * HOUR;
    case 'days':
    case 'weeks':
    case 'monthly':
      return nextCalendarDue(schedule, lastDue, false);
  }
}

function withMinute(ms: number, schedule: ClockSchedule): number {
  if (schedule.nearMinute === undefined) return ms;
  const p = zonedParts(ms, schedule.timeZone);
  return zonedTime(schedule.timeZone, p.year, p.month, p.day, p.hour, schedule.nearMinute, 0);
}

/** Daily, weekly and monthly triggers step on the calendar of their zone, so DST keeps the wall time. */
function nextCalendarDue(schedule: ClockSchedule, after: number, first: boolean): number {
  const tz = schedule.timeZone;
  const start = zonedParts(after, tz);
  const hour = schedule.atHour ?? start.hour;
  const minute = schedule.nearMinute ?? (schedule.atHour === undefined ? start.minute : 0);
  const at = (y: number, m: number, d: number): number => zonedTime(tz, y, m, d, hour, minute, 0);
  // Calendar days counted in UTC from the local date, which avoids DST arithmetic.
  const dayMs = 86_400_000;
  const base = Date.UTC(start.year, start.month - 1, start.day);
  const dayAt = (offset: number): { y: number; m: number; d: number; weekday: number } => {
    const dt = new Date(base + offset * dayMs);
    return {
      y: dt.getUTCFullYear(),
      m: dt.getUTCMonth() + 1,
      d: dt.getUTCDate(),
      weekday: dt.getUTCDay() || 7,
    };
  };
  if (schedule.kind === 'days') {
    if (!first) {
      const n = dayAt(schedule.every);
      return at(n.y, n.m, n.d);
    }
    for (let offset = 0; ; offset++) {
      const c = dayAt(offset);
      const t = at(c.y, c.m, c.d);
      if (t > after) return t;
    }
  }
  if (schedule.kind === 'weeks') {
    const weekDay = schedule.weekDay ?? start.weekday;
    if (!first) {
      const n = dayAt(7 * schedule.every);
      return at(n.y, n.m, n.d);
    }
    for (let offset = 0; ; offset++) {
      const c = dayAt(offset);
      if (c.weekday !== weekDay) continue;
      const t = at(c.y, c.m, c.d);
      if (t > after) return t;
    }
  }
  // Monthly: the given day of each month (months without that day are skipped).
  const monthDay = schedule.monthDay ?? start.day;
  for (let months = first ? 0 : 1; ; months++) {
    const y = start.year + Math.floor((start.month - 1 + months) / 12);
    const m = ((start.month - 1 + months) % 12) + 1;
    const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (monthDay > daysInMonth) continue;
    const t = at(y, m, monthDay);
    if (t > after) return t;
  }
}

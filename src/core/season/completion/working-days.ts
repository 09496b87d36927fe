import { type CalendarDay, addDays } from '../../documents/dates';

/**
 * The Russian production calendar for a five-day week: which days are working days, for the notice
 * period of ТК РФ ст. 351.8 (early termination of mentoring by either side «не менее чем за три рабочих
 * дня» in writing).
 *
 * A day is a day off when it is a Saturday or Sunday, a non-working public holiday of ст. 112 ч. 1
 * (1–6 and 8 January, 7 January, 23 February, 8 March, 1 May, 9 May, 12 June, 4 November), or a day off
 * the government moved there; a weekend the government made a working day is a working day. Each
 * year's transfers are data below, from the government's decree «О переносе выходных дней» where one
 * was found; for any other year the rule of ст. 112 ч. 2 is applied: a weekend that coincides with a
 * holiday moves to the next working day after the holiday — except the January holidays (ч. 1 abz. 2–3),
 * which only a decree can move.
 */

/** ТК РФ ст. 112 ч. 1, as 'MM-DD'. */
const HOLIDAYS: ReadonlySet<string> = new Set([
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
]);

/** A year's days off and working weekends as the published production calendar has them. */
interface YearTransfers {
  /** The decree, for the journal and the guide. */
  source: string;
  /** Weekdays that are days off (transfers, and the weekends ст. 112 ч. 2 moved), 'MM-DD'. */
  daysOff: readonly string[];
  /** Saturdays or Sundays that are working days, 'MM-DD'. */
  workingWeekends: readonly string[];
}

const DECREES: Readonly<Record<number, YearTransfers>> = {
  // Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»:
  // 4 Jan (Sat) → 2 May, 5 Jan (Sun) → 31 Dec, 23 Feb (Sun) → 8 May, 8 Mar (Sat) → 13 Jun, and
  // Saturday 1 Nov → Monday 3 Nov (1 Nov is a working Saturday). 24 Feb and 10 Mar stay working days,
  // since the decree moved those weekends elsewhere.
  2025: {
    source: 'постановление Правительства РФ от 04.10.2024 № 1335',
    daysOff: ['05-02', '05-08', '06-13', '11-03', '12-31'],
    workingWeekends: ['11-01'],
  },
  // Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»:
  // 3 Jan (Sat) → 9 Jan, 4 Jan (Sun) → 31 Dec; by ст. 112 ч. 2, 8 Mar (Sun) → 9 Mar and 9 May (Sat) →
  // 11 May. No working Saturdays.
  2026: {
    source: 'постановление Правительства РФ от 24.09.2025 № 1466',
    daysOff: ['01-09', '03-09', '05-11', '12-31'],
    workingWeekends: [],
  },
  // 2027: no decree was published when this was written (the press reported only a draft: 4–7 Nov off,
  // Saturday 13 Nov working). The year follows ст. 112 ч. 2 (statutoryTransfers): 1 May (Sat) → 3 May,
  // 9 May (Sun) → 10 May, 12 Jun (Sat) → 14 Jun; 2 and 3 January fall on a weekend and are not moved.
  // Add the decree's transfers here once it is adopted.
};

const pad = (n: number): string => String(n).padStart(2, '0');
const monthDay = (d: CalendarDay): string => `${pad(d.month)}-${pad(d.day)}`;
const weekday = (d: CalendarDay): number => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
const isWeekend = (d: CalendarDay): boolean => weekday(d) === 0 || weekday(d) === 6;

/** ст. 112 ч. 2 for a year without a decree: each weekend holiday (but January's) moves the day off on. */
function statutoryTransfers(year: number): Set<string> {
  const daysOff = new Set<string>();
  for (const md of HOLIDAYS) {
    const [month, day] = md.split('-').map(Number) as [number, number];
    const holiday = { year, month, day };
    if (month === 1 || !isWeekend(holiday)) continue;
    let next = addDays(holiday, 1);
    while (
      next.year === year &&
      (isWeekend(next) || HOLIDAYS.has(monthDay(next)) || daysOff.has(monthDay(next)))
    )
      next = addDays(next, 1);
    if (next.year === year) daysOff.add(monthDay(next));
  }
  return daysOff;
}

const transfersCache = new Map<number, { daysOff: Set<string>; workingWeekends: Set<string> }>();

function transfersOf(year: number): { daysOff: Set<string>; workingWeekends: Set<string> } {
  let found = transfersCache.get(year);
  if (!found) {
    const decree = DECREES[year];
    found = decree
      ? { daysOff: new Set(decree.daysOff), workingWeekends: new Set(decree.workingWeekends) }
      : { daysOff: statutoryTransfers(year), workingWeekends: new Set() };
    transfersCache.set(year, found);
  }
  return found;
}

/** The decree the year's calendar comes from, or null when ст. 112 ч. 2 alone was applied. */
export const calendarDecree = (year: number): string | null => DECREES[year]?.source ?? null;

/** True for a working day of a five-day week. */
export function isWorkingDay(d: CalendarDay): boolean {
  const md = monthDay(d);
  const transfers = transfersOf(d.year);
  if (transfers.workingWeekends.has(md)) return true;
  if (HOLIDAYS.has(md) || transfers.daysOff.has(md)) return false;
  return !isWeekend(d);
}

/**
 * The `n`-th working day after `day` (the day itself never counts, working or not): the count of a term
 * starts the day after the event that begins it (ТК РФ ст. 14 ч. 2). `n` = 0 is the day itself.
 */
export function addWorkingDays(day: CalendarDay, n: number): CalendarDay {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  let current = day;
  for (let left = n; left > 0;) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** ТК РФ ст. 351.8: «предупредив … не менее чем за три рабочих дня». */
export const NOTICE_WORKING_DAYS = 3;

/**
 * The earliest day mentoring may end when one side gave written notice on `noticeDay`. The three
 * working days of notice are the first three working days after the notice day; the mentoring ends at
 * the earliest at the end of the third of them, so that day is the earliest «Дата завершения». Notice on
 * Wednesday 29.04.2026: Thursday 30.04, then 1–3 May are days off, Monday 04.05, Tuesday 05.05 —
 * the earliest termination is 05.05.2026.
 */
export const earliestTermination = (noticeDay: CalendarDay): CalendarDay =>
  addWorkingDays(noticeDay, NOTICE_WORKING_DAYS);

/** The years from `from` to `to` whose calendar comes from ст. 112 alone (no decree known). */
export function yearsWithoutDecree(from: CalendarDay, to: CalendarDay): number[] {
  const years: number[] = [];
  for (let y = Math.min(from.year, to.year); y <= Math.max(from.year, to.year); y++)
    if (!DECREES[y]) years.push(y);
  return years;
}

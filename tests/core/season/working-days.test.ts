import {
  addWorkingDays,
  calendarDecree,
  earliestTermination,
  isWorkingDay,
  yearsWithoutDecree,
} from '../../../src/core/season/completion/working-days';
import { dayNumeric, parseDayText, type CalendarDay } from '../../../src/core/documents/dates';

const day = (text: string): CalendarDay => parseDayText(text)!;
const earliest = (notice: string): string => dayNumeric(earliestTermination(day(notice)));
const working = (text: string): boolean => isWorkingDay(day(text));

/** Every day off of a month that is not a Saturday or Sunday, and every working Saturday or Sunday. */
function exceptions(year: number, month: number): { weekdaysOff: number[]; workingWeekends: number[] } {
  const weekdaysOff: number[] = [];
  const workingWeekends: number[] = [];
  for (let d = 1; d <= new Date(Date.UTC(year, month, 0)).getUTCDate(); d++) {
    const weekend = [0, 6].includes(new Date(Date.UTC(year, month - 1, d)).getUTCDay());
    const isWorking = isWorkingDay({ year, month, day: d });
    if (!weekend && !isWorking) weekdaysOff.push(d);
    if (weekend && isWorking) workingWeekends.push(d);
  }
  return { weekdaysOff, workingWeekends };
}

/** Working days of a whole year: the published calendars give 247 for 2025 and 247 for 2026. */
function workingDaysIn(year: number): number {
  let n = 0;
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const d = new Date(t);
    if (isWorkingDay({ year, month: d.getUTCMonth() + 1, day: d.getUTCDate() })) n += 1;
  }
  return n;
}

describe('the production calendar (ТК РФ ст. 112 and the decrees on transfers)', () => {
  it('2025 follows decree № 1335: 2 and 8 May, 13 June, 3 November and 31 December off; Saturday 1 November works', () => {
    expect(calendarDecree(2025)).toContain('№ 1335');
    expect(exceptions(2025, 1).weekdaysOff).toEqual([1, 2, 3, 6, 7, 8]);
    // 23 February fell on a Sunday and 8 March on a Saturday, but the decree moved those days off to
    // 8 May and 13 June: 24 February and 10 March were working days.
    expect(exceptions(2025, 2).weekdaysOff).toEqual([]);
    expect(exceptions(2025, 3).weekdaysOff).toEqual([]);
    expect(exceptions(2025, 5).weekdaysOff).toEqual([1, 2, 8, 9]);
    expect(exceptions(2025, 6).weekdaysOff).toEqual([12, 13]);
    expect(exceptions(2025, 11)).toEqual({ weekdaysOff: [3, 4], workingWeekends: [1] });
    expect(exceptions(2025, 12).weekdaysOff).toEqual([31]);
    expect(workingDaysIn(2025)).toBe(247);
  });

  it('2026 follows decree № 1466: 9 January, 9 March, 11 May and 31 December off, no working Saturdays', () => {
    expect(calendarDecree(2026)).toContain('№ 1466');
    expect(exceptions(2026, 1).weekdaysOff).toEqual([1, 2, 5, 6, 7, 8, 9]);
    expect(exceptions(2026, 2).weekdaysOff).toEqual([23]);
    expect(exceptions(2026, 3).weekdaysOff).toEqual([9]);
    expect(exceptions(2026, 5).weekdaysOff).toEqual([1, 11]);
    expect(exceptions(2026, 6).weekdaysOff).toEqual([12]);
    expect(exceptions(2026, 11).weekdaysOff).toEqual([4]);
    expect(exceptions(2026, 12).weekdaysOff).toEqual([31]);
    for (let m = 1; m <= 12; m++) expect(exceptions(2026, m).workingWeekends).toEqual([]);
    expect(workingDaysIn(2026)).toBe(247);
  });

  it('2027 has no decree yet: ст. 112 ч. 2 moves 1 May → 3 May, 9 May → 10 May, 12 June → 14 June, but not 2–3 January', () => {
    expect(calendarDecree(2027)).toBeNull();
    expect(exceptions(2027, 1).weekdaysOff).toEqual([1, 4, 5, 6, 7, 8]);
    expect(working('11.01.2027')).toBe(true);
    expect(exceptions(2027, 2).weekdaysOff).toEqual([23]);
    expect(exceptions(2027, 3).weekdaysOff).toEqual([8]);
    expect(exceptions(2027, 5).weekdaysOff).toEqual([3, 10]);
    expect(exceptions(2027, 6).weekdaysOff).toEqual([14]);
    expect(exceptions(2027, 11).weekdaysOff).toEqual([4]);
    expect(exceptions(2027, 12).weekdaysOff).toEqual([]);
    expect(yearsWithoutDecree(day('29.12.2026'), day('12.01.2027'))).toEqual([2027]);
  });
});

describe('addWorkingDays: the n-th working day after the day, the day itself not counted', () => {
  it('counts from the next day whether the day itself works or not', () => {
    expect(dayNumeric(addWorkingDays(day('14.10.2026'), 1))).toBe('15.10.2026'); // Wed → Thu
    expect(dayNumeric(addWorkingDays(day('16.10.2026'), 1))).toBe('19.10.2026'); // Fri → Mon
    expect(dayNumeric(addWorkingDays(day('17.10.2026'), 1))).toBe('19.10.2026'); // Sat → Mon
    expect(dayNumeric(addWorkingDays(day('17.10.2026'), 0))).toBe('17.10.2026');
    expect(() => addWorkingDays(day('17.10.2026'), -1)).toThrow(RangeError);
  });

  it('walks over the New Year holidays and the transferred 9 January', () => {
    // 30.12.2025 is a Tuesday: 31.12 is off by decree № 1335, 1–8 January are holidays, 9 January is off
    // by decree № 1466, 10–11 January a weekend.
    expect(dayNumeric(addWorkingDays(day('30.12.2025'), 1))).toBe('12.01.2026');
    expect(dayNumeric(addWorkingDays(day('29.12.2025'), 2))).toBe('12.01.2026');
  });
});

describe('earliestTermination: notice on D, three working days after D, the end of the third at the earliest', () => {
  it('an ordinary week: notice on Monday 12.10.2026 → Thursday 15.10.2026', () => {
    expect(earliest('12.10.2026')).toBe('15.10.2026');
  });

  it('a Friday notice counts Monday to Wednesday: 16.10.2026 → 21.10.2026', () => {
    expect(earliest('16.10.2026')).toBe('21.10.2026');
  });

  it('around the May holidays of 2026: notice on 29.04.2026 → 05.05.2026 (30.04, 04.05, 05.05)', () => {
    expect(working('30.04.2026')).toBe(true);
    expect(working('01.05.2026')).toBe(false);
    expect(working('04.05.2026')).toBe(true);
    expect(earliest('29.04.2026')).toBe('05.05.2026');
    expect(earliest('30.04.2026')).toBe('06.05.2026');
  });

  it('Victory Day on a Saturday moves the day off to Monday 11.05.2026: notice on 07.05.2026 → 13.05.2026', () => {
    expect(earliest('07.05.2026')).toBe('13.05.2026');
  });

  it('the working Saturday of 2025 counts: notice on Friday 31.10.2025 → 06.11.2025 (01.11, 05.11, 06.11)', () => {
    expect(earliest('31.10.2025')).toBe('06.11.2025');
  });

  it('across the New Year of 2026: notice on 29.12.2025 → 13.01.2026', () => {
    expect(earliest('29.12.2025')).toBe('13.01.2026');
  });

  it('May 2027 without a decree: notice on 29.04.2027 → 05.05.2027 (30.04, 04.05, 05.05)', () => {
    expect(earliest('29.04.2027')).toBe('05.05.2027');
  });
});

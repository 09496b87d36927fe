import { Kernel } from '../../../src/offline/runtime/kernel';
import { OfflineUtilities } from '../../../src/offline/utilities/utilities';
import { thrown } from '../thrown';

const utilities = new OfflineUtilities(new Kernel());
const format = (date: Date, tz: string, pattern: string): string => utilities.formatDate(date, tz, pattern);

describe('Utilities.formatDate zones (§8.1)', () => {
  it('Europe/Moscow is UTC+3: 2026-11-25T09:00Z prints "25.11.2026 12:00"', () => {
    expect(format(new Date('2026-11-25T09:00:00Z'), 'Europe/Moscow', 'dd.MM.yyyy HH:mm')).toBe(
      '25.11.2026 12:00',
    );
  });

  it('GMT: Date.UTC(2023,0,1,12) prints "2023-01-01 12:00:00" (observed example)', () => {
    expect(format(new Date(Date.UTC(2023, 0, 1, 12)), 'GMT', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2023-01-01 12:00:00',
    );
  });

  it('custom offsets GMT+3, GMT-05:30 and UTC are understood', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(format(at, 'GMT+3', 'HH:mm XXX')).toBe('03:00 +03:00');
    expect(format(at, 'GMT-05:30', 'dd HH:mm Z')).toBe('31 18:30 -0530');
    expect(format(at, 'UTC', 'HH:mm X z')).toBe('00:00 Z UTC');
  });

  it('daylight saving time follows the tz database (New York in July is EDT, -04:00)', () => {
    const july = new Date('2026-07-01T12:00:00Z');
    const january = new Date('2026-01-15T12:00:00Z');
    expect(format(july, 'America/New_York', 'HH:mm z XXX')).toBe('08:00 EDT -04:00');
    expect(format(january, 'America/New_York', 'HH:mm z XXX')).toBe('07:00 EST -05:00');
  });

  it('zone names: Moscow is MSK, its long name Moscow Standard Time; Z is +0300', () => {
    const at = new Date('2026-11-25T09:00:00Z');
    expect(format(at, 'Europe/Moscow', 'z zzzz Z X XX XXX')).toBe(
      'MSK Moscow Standard Time +0300 +03 +0300 +03:00',
    );
  });

  it('an id Java does not know falls back to GMT [unsure]', () => {
    expect(format(new Date('2026-11-25T09:00:00Z'), 'Mars/Olympus', 'HH:mm')).toBe('09:00');
  });
});

describe('Utilities.formatDate patterns: Java SimpleDateFormat, English names (§8.1)', () => {
  const at = new Date('2026-03-05T07:04:09.007Z'); // Thursday

  it.each([
    ['y', '2026'],
    ['yy', '26'],
    ['yyyy', '2026'],
    ['M', '3'],
    ['MM', '03'],
    ['MMM', 'Mar'],
    ['MMMM', 'March'],
    ['d', '5'],
    ['dd', '05'],
    ['H', '7'],
    ['HH', '07'],
    ['h', '7'],
    ['hh', '07'],
    ['m', '4'],
    ['mm', '04'],
    ['s', '9'],
    ['ss', '09'],
    ['S', '7'],
    ['SSS', '007'],
    ['E', 'Thu'],
    ['EEE', 'Thu'],
    ['EEEE', 'Thursday'],
    ['a', 'AM'],
    ['D', '64'],
    ['u', '4'],
    ["'at' HH 'o''clock'", "at 07 o'clock"],
    ["''", "'"],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2026-03-05T07:04:09.007Z'],
  ])('%s → %s', (pattern, expected) => {
    expect(format(at, 'GMT', pattern)).toBe(expected);
  });

  it('12-hour clock in the afternoon: h is 1–12 and a is PM; k is 1–24, K 0–11', () => {
    const afternoon = new Date('2026-03-05T12:30:00Z');
    expect(format(afternoon, 'GMT', 'h:mm a k K')).toBe('12:30 PM 12 0');
    expect(format(new Date('2026-03-05T00:15:00Z'), 'GMT', 'h a k')).toBe('12 AM 24');
  });

  it('letters Java does not know throw an Exception', () => {
    const error = thrown(() => format(at, 'GMT', 'yyyy-MM-dd q'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe("Illegal pattern character 'q'");
  });

  it('a non-Date first argument is a signature mismatch (§0.3)', () => {
    const error = thrown(() => utilities.formatDate('2026-01-01' as unknown as Date, 'GMT', 'yyyy'));
    expect(error.message).toBe(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('Utilities.parseDate (§8.2)', () => {
  it('reads wall-clock time in the given zone: "25.11.2026 12:00" in Moscow is 09:00Z', () => {
    expect(utilities.parseDate('25.11.2026 12:00', 'Europe/Moscow', 'dd.MM.yyyy HH:mm').toISOString()).toBe(
      '2026-11-25T09:00:00.000Z',
    );
  });

  it('round-trips with formatDate across a DST change', () => {
    const at = new Date('2026-07-01T12:34:56Z');
    const pattern = 'yyyy-MM-dd HH:mm:ss';
    const text = format(at, 'America/New_York', pattern);
    expect(utilities.parseDate(text, 'America/New_York', pattern).getTime()).toBe(at.getTime());
  });

  it('abutting numeric fields are read by width; month names in English; zones in the text win', () => {
    expect(utilities.parseDate('20260305', 'GMT', 'yyyyMMdd').toISOString()).toBe('2026-03-05T00:00:00.000Z');
    expect(utilities.parseDate('5 March 2026', 'GMT', 'd MMMM yyyy').toISOString()).toBe(
      '2026-03-05T00:00:00.000Z',
    );
    expect(utilities.parseDate('2026-03-05 10:00 +0300', 'GMT', 'yyyy-MM-dd HH:mm Z').toISOString()).toBe(
      '2026-03-05T07:00:00.000Z',
    );
  });

  it('is lenient like Java: 31.02.2026 rolls over to 3 March', () => {
    expect(utilities.parseDate('31.02.2026', 'GMT', 'dd.MM.yyyy').toISOString()).toBe(
      '2026-03-03T00:00:00.000Z',
    );
  });

  it('unparseable input throws a generic Exception', () => {
    const error = thrown(() => utilities.parseDate('not a date', 'GMT', 'dd.MM.yyyy'));
    expect(error.name).toBe('Exception');
    expect(() => utilities.parseDate('25/11/2026', 'GMT', 'dd.MM.yyyy')).toThrow();
  });
});

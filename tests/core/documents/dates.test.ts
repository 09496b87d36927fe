import { calendarDay, formatDateNumeric, formatDateWords, parseDayText } from '../../../src/core';

describe('даты по ГОСТ Р 7.0.97-2016', () => {
  it('«25.11.2026» и «25 ноября 2026 г.»', () => {
    const date = new Date('2026-11-25T09:00:00Z');
    expect(formatDateNumeric(date, 'Europe/Moscow')).toBe('25.11.2026');
    expect(formatDateWords(date, 'Europe/Moscow')).toBe('25 ноября 2026 г.');
  });

  it('в словесной форме день без ведущего нуля, месяц в родительном падеже', () => {
    const date = new Date('2027-03-02T09:00:00Z');
    expect(formatDateWords(date, 'Europe/Moscow')).toBe('2 марта 2027 г.');
    expect(formatDateNumeric(date, 'Europe/Moscow')).toBe('02.03.2027');
  });

  it('день берётся в часовом поясе скрипта, а не машины', () => {
    // Полночь 1 сентября по Москве — это ещё 31 августа по UTC.
    const date = new Date('2026-08-31T21:00:00Z');
    expect(formatDateNumeric(date, 'Europe/Moscow')).toBe('01.09.2026');
    expect(formatDateNumeric(date, 'UTC')).toBe('31.08.2026');
    expect(calendarDay(date, 'Asia/Kamchatka')).toEqual({ year: 2026, month: 9, day: 1 });
  });

  it('даты, набранные текстом, понимаются, а несуществующие — нет', () => {
    expect(parseDayText('25.11.2026')).toEqual({ year: 2026, month: 11, day: 25 });
    expect(parseDayText('1 сентября 2026 г.')).toEqual({ year: 2026, month: 9, day: 1 });
    expect(parseDayText('31.02.2026')).toBeNull();
    expect(parseDayText('завтра')).toBeNull();
  });
});

import { type CalendarDay, calendarDay } from '../../documents/dates';
import { messages } from '../../messages';

/**
 * The academic year a final report covers: 1 September to 31 August. «report.academicYear» in
 * «Настройки» names it («2026/2027», «2026/27», «2026–2027» or just «2026»); empty, it is the year of
 * the report's date, so a report made in June covers the year ending then.
 */
export interface AcademicYear {
  /** The calendar year it starts in (2026 for 2026/2027). */
  first: number;
  /** «2026/2027». */
  label: string;
  from: CalendarDay;
  to: CalendarDay;
  /** The setting's text when it could not be read (the year of the date was taken instead). */
  unreadSetting: string | null;
}

/** yyyymmdd, to compare calendar days. */
export const dayNumber = (d: CalendarDay): number => d.year * 10_000 + d.month * 100 + d.day;

const yearStarting = (first: number, unreadSetting: string | null): AcademicYear => ({
  first,
  label: messages.finalReport.academicYear(first),
  from: { year: first, month: 9, day: 1 },
  to: { year: first + 1, month: 8, day: 31 },
  unreadSetting,
});

export function academicYear(setting: string, now: Date, timeZone: string): AcademicYear {
  const text = setting.trim();
  const m = /^(\d{4})(?:\s*[/\-–—]\s*(\d{2}|\d{4}))?$/.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = m[2]
      ? Number(m[2].length === 2 ? `${String(first + 1).slice(0, 2)}${m[2]}` : m[2])
      : first + 1;
    if (second === first + 1 && first >= 2000 && first < 2100) return yearStarting(first, null);
  }
  const today = calendarDay(now, timeZone);
  return yearStarting(today.month >= 9 ? today.year : today.year - 1, text === '' ? null : text);
}

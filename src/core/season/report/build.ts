import { readMonitoringSettings } from '../../settings/monitoring-rows';
import type { CellValue } from '../../../ports/workbook';
import { calendarDay, parseDayText } from '../../documents/dates';
import { PROGRESS_COLUMNS, PROGRESS_SHEET } from '../../documents/completion';
import { PAIRS_COLUMNS, PAIRS_SHEET } from '../../pairs/columns';
import { type PairStatusKind, isGroupRow, readPairRows } from '../../pairs/pairs-sheet';
import { type Table, isBlankRow, tableOf, textAt, valueAt } from '../../pairs/table';
import { headerKey } from '../../schema/headers';
import { COMPLETION_COLUMNS } from '../completion/columns';
import {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_SHEET,
  EVENTS_SHEET,
  EVENT_COLUMNS,
  EVENT_KINDS,
  EVENT_STATUS,
  PRESENCE,
  trainedMentors,
} from '../events/columns';
import {
  MONITORING_FLAGS,
  MONITORING_SCALES,
  type MonitoringFigures,
  type MonitoringFlagKey,
  type MonitoringScaleKey,
  summariseMonitoring,
} from '../monitoring/columns';
import { BEST_PRACTICE_MARK, PRACTICES_SHEET, PRACTICE_COLUMNS } from '../practices/columns';
import { type AcademicYear, academicYear, dayNumber } from './academic-year';

/**
 * The final report's figures (issue 6, item 6), pure: from the sheets as read with one getValues each
 * (header row first) to what the report states. Which rows count:
 * - pairs and groups «formed»: status утверждена, действует, завершена or расторгнута (a proposal is not
 *   a programme) whose term overlaps the academic year (no dates: counted);
 * - events: status «проведено», held in the academic year; invited = its rows in «Посещаемость»,
 *   attended = those marked «да»; mentors trained = `trainedMentors` over the year's set-up sessions;
 * - practices: every row of «Методическая копилка» with a title, proposed in the year or undated;
 * - monitoring: `summariseMonitoring` over the year's pairs, so the figures are those of «Мониторинг».
 */

type Values = readonly (readonly CellValue[])[];

export interface FinalReportSources {
  /** «Настройки» by key (readSettings). */
  settings: Readonly<Record<string, string>>;
  /** Sheets by name, as read (absent sheets: no rows). */
  sheets: ReadonlyMap<string, Values>;
  /** «Ответы: мониторинг», found by its form; [] when there is no such sheet yet. */
  monitoringResponses: Values;
  /** «Согласия»: monitoring answers of people without consent are not processed. */
  consents: Values;
  now: Date;
  timeZone: string;
}

export type FormedKind = Extract<PairStatusKind, 'approved' | 'active' | 'finished' | 'terminated'>;

export interface ReportPair {
  id: string;
  mentorName: string;
  mentorEmail: string;
  menteeNames: string[];
  /** Normalised e-mails (or folded names where the sheet has no e-mail), to count people once. */
  menteeKeys: string[];
  form: string;
  start: Date | null;
  end: Date | null;
  status: string;
  kind: FormedKind;
  group: boolean;
  /** «Дата завершения» of a closed pair. */
  closedAt: Date | null;
  /** «Причина расторжения». */
  reason: string;
  /** «Выполнено мероприятий» as closing wrote it («7 из 9»); else the number marked on «Выполнение программ». */
  activitiesDone: string;
}

export interface ReportEvent {
  id: string;
  date: Date | null;
  kind: string;
  title: string;
  invited: number;
  attended: number;
}

export interface ReportPractice {
  id: string;
  title: string;
  authors: string;
  kind: string;
  status: string;
  best: boolean;
  link: string;
  date: Date | null;
}

/** One line of a start/end table: a scale's mean (1–10) or a flag's share of «да» (0–1). */
export interface ReportIndicator {
  key: string;
  label: string;
  start: number | null;
  end: number | null;
}

export interface ReportMonitoring {
  /** Counted answers per phase (0 and 0: nobody answered; the report says so). */
  answers: { start: number; end: number };
  rates: {
    start: { expected: number; answered: number; rate: number | null };
    end: { expected: number; answered: number; rate: number | null };
  };
  scales: ReportIndicator[];
  shares: ReportIndicator[];
  /** Answers left out (no consent, no pair, repeated). */
  ignored: number;
}

export interface FinalReport {
  year: AcademicYear;
  date: Date;
  conclusions: string;
  pairs: ReportPair[];
  totals: {
    pairs: number;
    groups: number;
    mentors: number;
    mentees: number;
    finished: number;
    terminated: number;
    running: number;
  };
  monitoring: ReportMonitoring;
  events: ReportEvent[];
  setupSessions: number;
  trainedMentors: number;
  practices: ReportPractice[];
  bestPractices: number;
}

const FORMED: ReadonlySet<PairStatusKind> = new Set(['approved', 'active', 'finished', 'terminated']);

/** A cell as a date: a Date as it is, «25.11.2026» as noon UTC that day (the same day in any Russian zone). */
export function cellDate(value: CellValue | undefined): Date | null {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : value;
  const day = parseDayText(String(value ?? ''));
  return day ? new Date(Date.UTC(day.year, day.month - 1, day.day, 9)) : null;
}

const sheet = (sources: FinalReportSources, name: string): Values => sources.sheets.get(name) ?? [];

function inYear(date: Date | null, year: AcademicYear, timeZone: string): boolean {
  if (!date) return true;
  const n = dayNumber(calendarDay(date, timeZone));
  return n >= dayNumber(year.from) && n <= dayNumber(year.to);
}

/** The term overlaps the year; a missing end is open, a missing start is the year's. */
function overlapsYear(start: Date | null, end: Date | null, year: AcademicYear, timeZone: string): boolean {
  const from = start ? dayNumber(calendarDay(start, timeZone)) : -Infinity;
  const to = end ? dayNumber(calendarDay(end, timeZone)) : Infinity;
  return from <= dayNumber(year.to) && to >= dayNumber(year.from);
}

function completionCounts(values: Values): Map<string, number> {
  const table = tableOf(PROGRESS_SHEET, values);
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    const pair = textAt(table, row, PROGRESS_COLUMNS.pair);
    const activity = textAt(table, row, PROGRESS_COLUMNS.activity).replace(/\.$/, '');
    const key = `${pair}\u0000${activity}`;
    if (!pair || !activity || seen.has(key)) continue;
    seen.add(key);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

interface YearPairs {
  pairs: ReportPair[];
  /** «Пары и группы» with only the year's formed rows, for summariseMonitoring. */
  values: CellValue[][];
}

function yearPairs(sources: FinalReportSources, year: AcademicYear): YearPairs {
  const values = sheet(sources, PAIRS_SHEET);
  const table = tableOf(PAIRS_SHEET, values);
  const done = completionCounts(sheet(sources, PROGRESS_SHEET));
  const pairs: ReportPair[] = [];
  const rows: CellValue[][] = [];
  for (const row of readPairRows(table)) {
    if (!FORMED.has(row.kind)) continue;
    const cells = table.rows[row.row - 2]!;
    const start = cellDate(valueAt(table, cells, PAIRS_COLUMNS.start));
    const end = cellDate(valueAt(table, cells, PAIRS_COLUMNS.end));
    const closedAt = cellDate(valueAt(table, cells, COMPLETION_COLUMNS.closedAt));
    if (!overlapsYear(start, closedAt ?? end, year, sources.timeZone)) continue;
    rows.push(cells);
    const written = textAt(table, cells, COMPLETION_COLUMNS.activitiesDone);
    pairs.push({
      id: row.id,
      mentorName: row.mentorName,
      mentorEmail: row.mentorEmail,
      menteeNames: row.menteeNames,
      menteeKeys: row.menteeEmails.length > 0 ? row.menteeEmails : row.menteeNames.map(headerKey),
      form: row.form,
      start,
      end,
      status: row.status,
      kind: row.kind as FormedKind,
      group: isGroupRow(row),
      closedAt: row.kind === 'finished' || row.kind === 'terminated' ? closedAt : null,
      reason: row.kind === 'terminated' ? textAt(table, cells, COMPLETION_COLUMNS.reason) : '',
      activitiesDone: written || String(done.get(row.id) ?? 0),
    });
  }
  return { pairs, values: [[...(values[0] ?? [])], ...rows] };
}

function attendanceByEvent(values: Values): Map<string, { invited: number; attended: number }> {
  const table = tableOf(ATTENDANCE_SHEET, values);
  const out = new Map<string, { invited: number; attended: number }>();
  for (const row of table.rows) {
    const id = textAt(table, row, ATTENDANCE_COLUMNS.eventId);
    const who =
      textAt(table, row, ATTENDANCE_COLUMNS.email) || textAt(table, row, ATTENDANCE_COLUMNS.fullName);
    if (!id || !who) continue;
    const counts = out.get(id) ?? { invited: 0, attended: 0 };
    counts.invited += 1;
    if (headerKey(textAt(table, row, ATTENDANCE_COLUMNS.present)) === PRESENCE.yes) counts.attended += 1;
    out.set(id, counts);
  }
  return out;
}

const isHeld = (status: string): boolean =>
  headerKey(status).startsWith(headerKey(EVENT_STATUS.held).slice(0, 6));

function heldEvents(sources: FinalReportSources, year: AcademicYear): ReportEvent[] {
  const table: Table = tableOf(EVENTS_SHEET, sheet(sources, EVENTS_SHEET));
  const attendance = attendanceByEvent(sheet(sources, ATTENDANCE_SHEET));
  const events: ReportEvent[] = [];
  for (const row of table.rows) {
    if (isBlankRow(row) || !isHeld(textAt(table, row, EVENT_COLUMNS.status))) continue;
    const date = cellDate(valueAt(table, row, EVENT_COLUMNS.start));
    if (!inYear(date, year, sources.timeZone)) continue;
    const id = textAt(table, row, EVENT_COLUMNS.id);
    const counts = attendance.get(id) ?? { invited: 0, attended: 0 };
    events.push({
      id,
      date,
      kind: textAt(table, row, EVENT_COLUMNS.kind),
      title: textAt(table, row, EVENT_COLUMNS.title),
      ...counts,
    });
  }
  return events;
}

/** «Мероприятия» with only the rows of the year (undated rows too), for `trainedMentors`. */
function eventsOfYear(sources: FinalReportSources, year: AcademicYear): CellValue[][] {
  const values = sheet(sources, EVENTS_SHEET);
  const table = tableOf(EVENTS_SHEET, values);
  const rows = table.rows.filter((row) =>
    inYear(cellDate(valueAt(table, row, EVENT_COLUMNS.start)), year, sources.timeZone),
  );
  return [[...(values[0] ?? [])], ...rows];
}

function practicesOf(sources: FinalReportSources, year: AcademicYear): ReportPractice[] {
  const table = tableOf(PRACTICES_SHEET, sheet(sources, PRACTICES_SHEET));
  const out: ReportPractice[] = [];
  for (const row of table.rows) {
    const title = textAt(table, row, PRACTICE_COLUMNS.title);
    if (!title) continue;
    const date = cellDate(valueAt(table, row, PRACTICE_COLUMNS.date));
    if (!inYear(date, year, sources.timeZone)) continue;
    out.push({
      id: textAt(table, row, PRACTICE_COLUMNS.id),
      title,
      authors: textAt(table, row, PRACTICE_COLUMNS.authors),
      kind: textAt(table, row, PRACTICE_COLUMNS.kind),
      status: textAt(table, row, PRACTICE_COLUMNS.status),
      best: headerKey(textAt(table, row, PRACTICE_COLUMNS.best)) === BEST_PRACTICE_MARK,
      link: textAt(table, row, PRACTICE_COLUMNS.link),
      date,
    });
  }
  return out;
}

function monitoringOf(sources: FinalReportSources, pairsValues: CellValue[][]): ReportMonitoring {
  // The same reading of the setting as «Мониторинг», so the report's figures are the sheet's.
  const summary = summariseMonitoring({
    pairs: pairsValues,
    responses: sources.monitoringResponses,
    consents: sources.consents,
    now: sources.now,
    endWindowDays: readMonitoringSettings(sources.settings).endWindowDays,
  });
  const o: MonitoringFigures = summary.overall;
  const scaleKeys = Object.keys(MONITORING_SCALES) as MonitoringScaleKey[];
  const flagKeys = Object.keys(MONITORING_FLAGS) as MonitoringFlagKey[];
  return {
    answers: { ...o.answers },
    rates: {
      start: { ...o.responseRates.start },
      end: { ...o.responseRates.end },
    },
    scales: scaleKeys
      .map((key) => ({
        key,
        label: MONITORING_SCALES[key].label,
        start: o.scales[key].start,
        end: o.scales[key].end,
      }))
      .filter((s) => s.start !== null || s.end !== null),
    shares: flagKeys
      .map((key) => ({
        key,
        label: MONITORING_FLAGS[key].label,
        start: o.shares[key].start.share,
        end: o.shares[key].end.share,
      }))
      .filter((s) => s.start !== null || s.end !== null),
    ignored: summary.ignored.length,
  };
}

/** Everything the final report states, for the academic year of `report.academicYear` (or of now). */
export function buildFinalReport(sources: FinalReportSources): FinalReport {
  const year = academicYear(sources.settings['report.academicYear'] ?? '', sources.now, sources.timeZone);
  const { pairs, values } = yearPairs(sources, year);
  const events = heldEvents(sources, year);
  const practices = practicesOf(sources, year);
  const mentors = new Set(pairs.map((p) => p.mentorEmail || headerKey(p.mentorName)).filter((k) => k));
  const mentees = new Set(pairs.flatMap((p) => p.menteeKeys));
  const count = (kind: FormedKind) => pairs.filter((p) => p.kind === kind).length;
  return {
    year,
    date: sources.now,
    conclusions: String(sources.settings['report.conclusions'] ?? '').trim(),
    pairs,
    totals: {
      pairs: pairs.filter((p) => !p.group).length,
      groups: pairs.filter((p) => p.group).length,
      mentors: mentors.size,
      mentees: mentees.size,
      finished: count('finished'),
      terminated: count('terminated'),
      running: count('approved') + count('active'),
    },
    monitoring: monitoringOf(sources, values),
    events,
    setupSessions: events.filter((e) => headerKey(e.kind) === headerKey(EVENT_KINDS.setupSession)).length,
    trainedMentors: trainedMentors(eventsOfYear(sources, year), sheet(sources, ATTENDANCE_SHEET)).size,
    practices,
    bestPractices: practices.filter((p) => p.best).length,
  };
}

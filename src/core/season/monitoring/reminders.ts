import type { Letter } from '../../../ports/mail';
import type { CellValue } from '../../../ports/workbook';
import { formatDateTime } from '../../banks/describe';
import { CONSENT_PURPOSES, consentStatuses } from '../../consent/registry';
import { nameGender } from '../../documents/names';
import { monitoringRu } from '../../messages/monitoring';
import { PAIR_STATUS } from '../../pairs/columns';
import { tableOf } from '../../pairs/table';
import { normalizeEmail } from '../../people/email';
import { parseFullName } from '../../people/names';
import {
  MONITORING_PHASES,
  MONITORING_PHASE_KEYS,
  type MonitoringPhase,
} from '../../questionnaires/monitoring-spec';
import { headerIndex, headerKey } from '../../schema/headers';
import type { MonitoringSettings } from '../../settings/monitoring-rows';
import { MentoringError } from '../../errors';
import { REMINDER_COLUMNS, REMINDER_STATUS, REMINDERS_SHEET } from './sheet-names';
import type { MonitoringSummary } from './summary';

/**
 * Who is reminded to answer the monitoring questionnaire, with what letter. Pure: the shell reads the
 * sheets and the day's e-mail quota, shows the preview, sends and logs. «Напоминания» is the record: a
 * person reminded of a phase within `monitoring.reminderIntervalDays` is not written to again, so two
 * runs or two clicks never send two letters.
 */

/** Letters one run sends at most: a letter takes about a second and a menu action has six minutes. */
export const MAX_LETTERS_PER_RUN = 100;

/** Names listed in the preview before «и ещё N». */
const PREVIEW_NAMES = 5;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderLetter {
  email: string;
  fullName: string;
  phases: MonitoringPhase[];
  pairIds: string[];
  letter: Letter;
}

export interface ReminderPlan {
  /** Everyone due, in the order of «Пары и группы». */
  letters: ReminderLetter[];
  /** Participants due but without an e-mail in «Пары и группы», by name. */
  withoutEmail: string[];
  /** Participants due but without processing consent: no letter (152-ФЗ ст. 9). */
  withoutConsent: number;
  /** Participants due whose every phase was reminded within the interval. */
  recentlyReminded: number;
}

export interface ReminderInput {
  summary: MonitoringSummary;
  /** «Согласия». */
  consents: readonly (readonly CellValue[])[];
  /** «Напоминания». */
  log: readonly (readonly CellValue[])[];
  settings: MonitoringSettings;
  now: Date;
  /** The monitoring form's respondent link. */
  formLink: string;
  curator: string;
  organization: string;
}

function readDate(v: CellValue | undefined): Date | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(String(v ?? '').trim());
  if (!m) return null;
  const [, d, mo, y, h = '0', mi = '0'] = m;
  return new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
}

const phaseOf = (text: CellValue | undefined): MonitoringPhase | null =>
  MONITORING_PHASE_KEYS.find((p) => headerKey(MONITORING_PHASES[p]) === headerKey(text ?? '')) ?? null;

/** E-mail|phase of every letter sent since `since`, from «Напоминания». */
export function remindedSince(log: readonly (readonly CellValue[])[], since: Date): Set<string> {
  const index = headerIndex(log[0] ?? []);
  const at = (h: string): number => index.get(headerKey(h)) ?? -1;
  const cols = {
    date: at(REMINDER_COLUMNS.date),
    email: at(REMINDER_COLUMNS.email),
    phase: at(REMINDER_COLUMNS.phase),
    status: at(REMINDER_COLUMNS.status),
  };
  const missing = Object.entries(cols).filter(([, at]) => at < 0);
  // Without these columns nobody would count as reminded and every click would e-mail everyone again:
  // nothing is sent until the header is put back.
  if (missing.length > 0)
    throw new MentoringError(
      'REMINDERS_LOG_HEADERS',
      monitoringRu.remind.logHeadersMissing(REMINDERS_SHEET, Object.values(REMINDER_COLUMNS)),
      `missing: ${missing.map(([k]) => k).join(', ')}`,
    );
  const reminded = new Set<string>();
  for (const row of log.slice(1)) {
    if (headerKey(row[cols.status] ?? '') !== headerKey(REMINDER_STATUS.sent)) continue;
    const date = readDate(row[cols.date]);
    const phase = phaseOf(row[cols.phase]);
    const email = normalizeEmail(row[cols.email] ?? '');
    if (date && phase && email && date.getTime() >= since.getTime()) reminded.add(`${email}|${phase}`);
  }
  return reminded;
}

/** The letter to one person: «Уважаемая Мария Петровна!», the phases, the programme, the link. */
export function reminderLetter(
  person: { email: string; fullName: string; phases: readonly MonitoringPhase[]; pairIds: readonly string[] },
  input: Pick<ReminderInput, 'settings' | 'formLink' | 'curator' | 'organization'>,
): Letter {
  const L = monitoringRu.letter;
  const name = parseFullName(person.fullName);
  return {
    to: person.email,
    subject: input.settings.reminderSubject,
    name: L.senderName(input.organization),
    body: L.body({
      greeting: L.greeting(person.fullName ? nameGender(person.fullName) : null, name.name, name.patronymic),
      phases: person.phases.map((p) => MONITORING_PHASES[p]),
      programmes: L.programmes(person.pairIds),
      link: input.formLink,
      signature: L.signature(input.curator, input.organization),
    }),
  };
}

/**
 * Who is due: start — participants of утверждена / действует pairs without a start answer; end —
 * participants of pairs due for the end questionnaire (ending within the window, past their end, or
 * closed) without an end answer. Then: no e-mail → named; no consent → no letter; reminded of the phase
 * within the interval → not again.
 */
export function planReminders(input: ReminderInput): ReminderPlan {
  const startStatuses = new Set([PAIR_STATUS.approved, PAIR_STATUS.active].map(headerKey));
  const participants = new Map(input.summary.participants.map((p) => [p.key, p]));
  const due = new Map<string, { phases: Set<MonitoringPhase>; pairIds: string[] }>();
  const order: string[] = [];
  const add = (key: string, phase: MonitoringPhase, pairId: string): void => {
    const p = participants.get(key);
    if (!p || p.answered[phase]) return;
    let entry = due.get(key);
    if (!entry) {
      entry = { phases: new Set(), pairIds: [] };
      due.set(key, entry);
      order.push(key);
    }
    entry.phases.add(phase);
    if (!entry.pairIds.includes(pairId)) entry.pairIds.push(pairId);
  };
  for (const { pair } of input.summary.pairs) {
    const members = [pair.mentor, ...pair.mentees].map((m) =>
      m.email ? m.email : m.fullName ? `name:${headerKey(m.fullName)}` : '',
    );
    for (const key of members) {
      if (!key) continue;
      if (startStatuses.has(headerKey(pair.status))) add(key, 'start', pair.id);
      if (pair.due.end) add(key, 'end', pair.id);
    }
  }

  const consent = consentStatuses(input.consents, CONSENT_PURPOSES.processing);
  const since = new Date(input.now.getTime() - input.settings.reminderIntervalDays * DAY_MS);
  const reminded = remindedSince(input.log, since);
  const plan: ReminderPlan = { letters: [], withoutEmail: [], withoutConsent: 0, recentlyReminded: 0 };
  for (const key of order) {
    const p = participants.get(key)!;
    const entry = due.get(key)!;
    if (!p.email) {
      plan.withoutEmail.push(p.fullName);
      continue;
    }
    if (consent.get(p.email) !== 'дано') {
      plan.withoutConsent++;
      continue;
    }
    const phases = MONITORING_PHASE_KEYS.filter(
      (ph) => entry.phases.has(ph) && !reminded.has(`${p.email}|${ph}`),
    );
    if (phases.length === 0) {
      plan.recentlyReminded++;
      continue;
    }
    const person = { email: p.email, fullName: p.fullName, phases, pairIds: entry.pairIds };
    plan.letters.push({ ...person, letter: reminderLetter(person, input) });
  }
  return plan;
}

/** How many letters this run sends: what is due, within today's quota and one run's time. */
export const lettersThisRun = (plan: ReminderPlan, quota: number): number =>
  Math.max(0, Math.min(plan.letters.length, quota, MAX_LETTERS_PER_RUN));

/** The confirmation text: how many letters, to whom, today's quota, the letter itself. */
export function reminderPreview(plan: ReminderPlan, quota: number): string {
  const R = monitoringRu.remind;
  const names = plan.letters.slice(0, PREVIEW_NAMES).map((l) => l.fullName || l.email);
  const total = plan.letters.length;
  const now = lettersThisRun(plan, quota);
  const parts = [R.recipients(total, names, total - names.length), R.quota(quota)];
  if (now < total) parts.push(now === quota ? R.overQuota(now, total) : R.overRun(now, total));
  if (plan.withoutEmail.length > 0) parts.push(R.withoutEmail(plan.withoutEmail));
  if (plan.withoutConsent > 0) parts.push(R.withoutConsent(plan.withoutConsent));
  const sample = plan.letters[0]!.letter;
  parts.push('', R.letterHeader, `${R.subject}: ${sample.subject}`, '', sample.body, '', R.confirm);
  return parts.join('\n');
}

/** Rows of «Напоминания» for the letters of a run (one per phase), laid out by the sheet's header row. */
export function reminderLogRows(
  outcomes: ReadonlyArray<{ letter: ReminderLetter; status: string }>,
  headers: readonly CellValue[],
  at: Date,
): CellValue[][] {
  return outcomes.flatMap(({ letter, status }) =>
    letter.phases.map((phase) => {
      const byHeader = new Map<string, CellValue>([
        [headerKey(REMINDER_COLUMNS.date), at],
        [headerKey(REMINDER_COLUMNS.email), letter.email],
        [headerKey(REMINDER_COLUMNS.fullName), letter.fullName],
        [headerKey(REMINDER_COLUMNS.phase), MONITORING_PHASES[phase]],
        [headerKey(REMINDER_COLUMNS.status), status],
      ]);
      return headers.map((h) => byHeader.get(headerKey(h)) ?? '');
    }),
  );
}

/** First free row of a log sheet (after its last non-blank row). */
export const nextLogRow = (log: readonly (readonly CellValue[])[]): number =>
  tableOf('', log).rows.length + 2;

/** «25.11.2026 10:15», for the sheet's «Обновлено». */
export const updatedAtText = (d: Date): string => formatDateTime(d);

import {
  FORMS_PROPERTY,
  MONITORING_SHEET,
  MentoringError,
  PAIRS_SHEET,
  REMINDERS_SHEET,
  headersOf,
  lettersThisRun,
  messages,
  monitoringReport,
  nextLogRow,
  parseStoredForms,
  planMonitoringHistory,
  planReminders,
  readMonitoringSettings,
  readSettings,
  reminderLogRows,
  reminderPreview,
  sheetSpec,
  summariseMonitoring,
  underDocumentLock,
  updatedAtText,
  REMINDER_COLUMNS,
  REMINDER_STATUS,
  headerKey,
} from '../../core';
import type {
  MonitoringSettings,
  MonitoringSummary,
  ReminderLetter,
  ReminderPlan,
  Settings,
} from '../../core';
import type { CellValue, FormRef } from '../../ports';
import { appsScriptDeps, type AddonDeps } from '../composition-root';
import { runAction } from '../edge';

/**
 * Stage 6's monitoring: the «Мониторинг» sheet rebuilt from the form's answers (menu and form trigger),
 * and reminders by e-mail. Each run reads every sheet it needs once, lets the core decide, and writes the
 * report in one setValues, the history and the reminder log in one block each.
 */

/** Long enough for a submission being processed to finish; short of the 30 s a UI call may take (§7.7). */
const LOCK_TIMEOUT_MS = 10_000;

const M = () => messages.monitoring;

const CONSENTS = () => sheetSpec('consents').name;
const HISTORY = () => sheetSpec('history').name;
const SETTINGS = () => sheetSpec('settings').name;

function monitoringForm(deps: AddonDeps): FormRef | null {
  return parseStoredForms(deps.properties.document()?.get(FORMS_PROPERTY) ?? null).monitoring ?? null;
}

interface MonitoringRead {
  sheets: Map<string, CellValue[][]>;
  responses: CellValue[][];
  responseSheet: string;
  settings: Settings;
  monitoring: MonitoringSettings;
  summary: MonitoringSummary;
}

/** Reads the sheets (one getValues each) and summarises; null when the response sheet is not linked. */
function readMonitoring(
  deps: AddonDeps,
  form: FormRef,
  extra: readonly string[] = [],
): MonitoringRead | null {
  const [linked] = deps.blocks.readResponses([{ formId: form.formId, publishedUrl: form.publishedUrl }]);
  if (!linked) return null;
  const sheets = deps.blocks.read([PAIRS_SHEET, CONSENTS(), HISTORY(), SETTINGS(), ...extra]);
  const settings = readSettings(sheets.get(SETTINGS()) ?? []);
  const monitoring = readMonitoringSettings(settings);
  const summary = summariseMonitoring({
    pairs: sheets.get(PAIRS_SHEET) ?? [],
    responses: linked.values,
    consents: sheets.get(CONSENTS()) ?? [],
    now: deps.clock.now(),
    endWindowDays: monitoring.endWindowDays,
    responseSheet: linked.sheet,
  });
  return { sheets, responses: linked.values, responseSheet: linked.sheet, settings, monitoring, summary };
}

/** Writes «Мониторинг» and its charts, and records in «История анкет» what is new; journals it. */
function rebuild(deps: AddonDeps, read: MonitoringRead): void {
  const now = deps.clock.now();
  const report = monitoringReport(read.summary, updatedAtText(now));
  deps.monitoring.report.rewrite(MONITORING_SHEET, report.content);
  deps.monitoring.report.placeCharts(MONITORING_SHEET, report.charts);
  const history = read.sheets.get(HISTORY());
  if (history && history.length > 0) {
    const plan = planMonitoringHistory(read.summary, history, now, read.responseSheet);
    if (plan.rows.length > 0) {
      const headers = history[0]!;
      const textHeaders = new Set(
        sheetSpec('history')
          .columns.filter((c) => c.text)
          .map((c) => c.header),
      );
      const textColumns = headers.flatMap((h, i) => (textHeaders.has(String(h)) ? [i + 1] : []));
      deps.blocks.write([
        { sheet: HISTORY(), row: plan.firstRow, column: 1, values: plan.rows, textColumns },
      ]);
    }
    deps.journal.writeAll(plan.journal);
  }
}

/** Runs `body` under the document lock, its writes flushed before the lock goes; null when busy. */
function locked<T>(deps: AddonDeps, body: () => T): { value: T } | null {
  return underDocumentLock(
    deps.locks,
    LOCK_TIMEOUT_MS,
    () => deps.blocks.flush(),
    () => ({ value: body() }),
  );
}

/**
 * The form processor: the lead wires it into `onFormSubmitted` (a monitoring answer, or a consent that
 * lets a waiting answer in) and `dailyMaintenance`. Takes the lock itself; when another run holds it the
 * next run or the daily sweep catches up, since everything is recomputed from the response sheet.
 * Re-running changes nothing but the «Обновлено» time.
 */
export function processMonitoringResponses(deps: AddonDeps): void {
  const form = monitoringForm(deps);
  if (!form) return;
  const done = locked(deps, () => {
    const read = readMonitoring(deps, form);
    if (!read) {
      deps.journal.write({
        level: 'WARNING',
        code: 'MONITORING_RESPONSES_MISSING',
        message: M().journal.responseSheetMissing,
      });
      return;
    }
    // Before the first answer there is nothing to monitor: the sheet is not made by a trigger during the
    // banks' months (the menu item makes it whenever asked).
    if (read.summary.counted.length + read.summary.ignored.length === 0) return;
    rebuild(deps, read);
  });
  if (!done)
    deps.journal.write({
      level: 'WARNING',
      code: 'MONITORING_LOCK_BUSY',
      message: M().refresh.lockBusy,
    });
}

// ── Menu items ──

/** «Обновить мониторинг»: rebuilds the sheet and its charts now. */
export function refreshMonitoring(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const form = monitoringForm(deps);
    if (!form) throw new MentoringError('MONITORING_NO_FORM', M().refresh.noForm);
    const summary = locked(deps, () => {
      const read = readMonitoring(deps, form);
      if (!read) throw new MentoringError('MONITORING_RESPONSES_MISSING', M().journal.responseSheetMissing);
      rebuild(deps, read);
      return read.summary;
    });
    if (!summary) throw new MentoringError('MONITORING_LOCK_BUSY', M().refresh.lockBusy);
    deps.ui.toast(
      M().refresh.title,
      M().refresh.done(summary.value.counted.length, summary.value.ignored.length),
    );
  });
}

interface Reminders {
  plan: ReminderPlan;
  /** «Напоминания» as read. */
  log: CellValue[][];
  intervalDays: number;
}

function reminderPlan(deps: AddonDeps, form: FormRef): Reminders {
  const read = readMonitoring(deps, form, [REMINDERS_SHEET]);
  if (!read) throw new MentoringError('MONITORING_RESPONSES_MISSING', M().journal.responseSheetMissing);
  const log = read.sheets.get(REMINDERS_SHEET);
  if (!log) throw new MentoringError('SHEET_MISSING', M().remind.sheetMissing, REMINDERS_SHEET);
  const plan = planReminders({
    summary: read.summary,
    consents: read.sheets.get(CONSENTS()) ?? [],
    log,
    settings: read.monitoring,
    now: deps.clock.now(),
    formLink: form.publishedUrl,
    curator: read.settings['curator.name'] ?? '',
    organization: read.settings['organization.shortName'] || read.settings['organization.fullName'] || '',
  });
  return { plan, log, intervalDays: read.monitoring.reminderIntervalDays };
}

/**
 * «Напомнить о мониторинге…»: a preview first (how many, to whom, today's quota, the letter), then one
 * letter each. Under the lock the plan is made again from a fresh read, so a second click or a
 * concurrent run finds those letters logged and sends nothing twice. The log is written even when
 * sending stops half-way (quota, or an error): try/finally.
 */
export function remindMonitoring(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const R = M().remind;
    const form = monitoringForm(deps);
    if (!form) throw new MentoringError('MONITORING_NO_FORM', R.noForm);
    const { plan: preview, intervalDays } = reminderPlan(deps, form);
    if (preview.letters.length === 0) {
      const notes = [
        R.nobody(intervalDays),
        ...(preview.withoutEmail.length > 0 ? [R.withoutEmail(preview.withoutEmail)] : []),
        ...(preview.withoutConsent > 0 ? [R.withoutConsent(preview.withoutConsent)] : []),
      ];
      deps.ui.alert(R.title, notes.join('\n'));
      return;
    }
    const quota = deps.monitoring.mail.remainingDailyQuota();
    if (quota <= 0) {
      deps.ui.alert(R.title, `${R.recipients(preview.letters.length, [], 0)}\n${R.quotaZero}`);
      return;
    }
    if (!deps.ui.confirm(R.title, reminderPreview(preview, quota))) {
      deps.ui.toast(R.title, R.cancelled);
      return;
    }
    const outcome = locked(deps, () => sendReminders(deps, form, quota));
    if (!outcome) throw new MentoringError('MONITORING_LOCK_BUSY', R.lockBusy);
    deps.ui.alert(R.title, outcome.value);
  });
}

/** Sends this run's letters and logs each; returns the closing message. */
function sendReminders(deps: AddonDeps, form: FormRef, quota: number): string {
  const R = M().remind;
  const { plan, log, intervalDays } = reminderPlan(deps, form);
  const total = plan.letters.length;
  if (total === 0) return R.nobody(intervalDays);
  const batch = plan.letters.slice(0, lettersThisRun(plan, quota));
  const outcomes: Array<{ letter: ReminderLetter; status: string }> = [];
  const failures: string[] = [];
  let quotaHit = false;
  try {
    for (const letter of batch) {
      const result = deps.monitoring.mail.send(letter.letter);
      if (result.sent) {
        outcomes.push({ letter, status: REMINDER_STATUS.sent });
        continue;
      }
      if (result.quotaExhausted) {
        quotaHit = true;
        break;
      }
      failures.push(`${letter.fullName || letter.email} (${letter.email}): ${result.details}`);
      outcomes.push({ letter, status: `${REMINDER_STATUS.failed}: ${result.details}` });
    }
  } finally {
    // Whatever stopped the loop, the letters that went are on record before the lock is released.
    if (outcomes.length > 0) {
      const headers = log[0] ?? headersOf(sheetSpec('reminders'));
      const textColumns = headers.flatMap((h, i) =>
        headerKey(h) === headerKey(REMINDER_COLUMNS.date) ? [] : [i + 1],
      );
      deps.blocks.write([
        {
          sheet: REMINDERS_SHEET,
          row: nextLogRow(log),
          column: 1,
          values: reminderLogRows(outcomes, headers, deps.clock.now()),
          textColumns,
        },
      ]);
      if (failures.length > 0)
        deps.journal.write({
          level: 'WARNING',
          code: 'MONITORING_REMINDER_FAILED',
          message: R.failed(failures),
        });
    }
  }
  const sent = outcomes.filter((o) => o.status === REMINDER_STATUS.sent).length;
  const lines = [quotaHit ? R.stopped(sent, total) : R.done(sent)];
  if (!quotaHit && batch.length < total)
    lines.push(batch.length < quota ? R.again(total - batch.length) : R.later(total - batch.length));
  if (failures.length > 0) lines.push(R.failed(failures));
  if (plan.withoutEmail.length > 0) lines.push(R.withoutEmail(plan.withoutEmail));
  return lines.join('\n');
}

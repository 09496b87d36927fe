import {
  FINAL_REPORT_MAX_ROWS,
  FORMS_PROPERTY,
  MentoringError,
  finalReportTooLarge,
  repeatedRows,
  PAIRS_SHEET,
  messages,
  parseStoredForms,
  sheetSpec,
  sourceLines,
  templateData,
  underDocumentLock,
} from '../../core';
import type { FinalReport, RenderPlan } from '../../core';
import { DRIVE_PROPERTY, parseStoredDrive } from '../../core/setup/set-up-documents';
import type { JournalEntry } from '../../ports';
import type { DriveFile } from '../../ports/documents';
import { appsScriptDeps, type AddonDeps } from '../composition-root';
import { GENERATED_MARK, GenerationRun } from '../documents/context';
import {
  REPORT_SHEETS,
  finalReportInput,
  finalReportKey,
  monitoringFormLine,
  monitoringResponses,
} from '../documents/source-data';
import { runAction } from '../edge';

/**
 * «Сформировать итоговый отчёт» (issue 6, item 6): the season's report as a Google Doc from the
 * «Итоговый отчёт» template, in the documents folder of the record-keeping year («2026 / Отчёты»). One
 * report per academic year: its id is kept in `nastavnik.drive` (`generated`, like the road map), and a
 * second run renders the same Doc again in place — same id, same link, no second file. A report staff
 * trashed or deleted is made anew, and the journal says so. In Docs, «Обновить из таблицы» refreshes it
 * as well: its description names its spreadsheet, template and monitoring form.
 *
 * Reads: one getValues per sheet of REPORT_SHEETS and the monitoring responses; writes: the Doc, one
 * property and the journal. Under the document lock, so two clicks never make two reports.
 */

/** Long enough for a form submission to finish; short of the 30 s a UI call may take (§7.7). */
const LOCK_TIMEOUT_MS = 10_000;

type Outcome = 'made' | 'refreshed' | 'remade';

function openRun(deps: AddonDeps): { run: GenerationRun; monitoringForm: string | null } {
  const store = deps.properties.document();
  if (!store) throw new MentoringError('NO_DOCUMENT', messages.setup.noDocument);
  const stored = parseStoredDrive(store.get(DRIVE_PROPERTY));
  if (!stored || !stored.documentsFolderId)
    throw new MentoringError('DOCUMENTS_NOT_SET_UP', messages.generation.notSetUp);
  const sheets = deps.blocks.read(REPORT_SHEETS());
  for (const name of [sheetSpec('settings').name, PAIRS_SHEET])
    if (!sheets.has(name))
      throw new MentoringError('DOCUMENTS_NOT_SET_UP', messages.generation.notSetUp, name);
  const forms = parseStoredForms(store.get(FORMS_PROPERTY));
  return {
    run: new GenerationRun(deps, store, stored, sheets),
    monitoringForm: forms.monitoring?.formId ?? null,
  };
}

/** The journal lines of one run: what happened to the report, and the renderer's warnings («____»). */
function journalLines(
  outcome: Outcome,
  name: string,
  key: string,
  url: string,
  plan: RenderPlan,
): JournalEntry[] {
  const M = messages.finalReport;
  const details = `${key}\n${url}`;
  const heads: Record<Outcome, JournalEntry> = {
    made: { level: 'INFO', code: 'FINAL_REPORT_MADE', message: M.journalMade(name), details },
    refreshed: { level: 'INFO', code: 'FINAL_REPORT_REFRESHED', message: M.journalRefreshed(name), details },
    remade: { level: 'WARNING', code: 'FINAL_REPORT_REMADE', message: M.journalRemade(name), details },
  };
  const head = heads[outcome];
  if (plan.warnings.length === 0) return [head];
  return [
    head,
    {
      level: 'WARNING',
      code: 'DOCUMENT_WARNINGS',
      message: messages.generation.journalWarnings(name),
      details: plan.warnings.map((w) => `${w.where}: ${w.message}`).join('\n'),
    },
  ];
}

function alertText(
  outcome: Outcome,
  file: DriveFile & { name: string },
  report: FinalReport,
  plan: RenderPlan,
): string {
  const M = messages.finalReport;
  const head = { made: M.made, refreshed: M.refreshed, remade: M.remade }[outcome](file.name, file.url);
  const m = report.monitoring;
  return [
    head,
    M.summary(
      report.pairs.length,
      report.events.length,
      report.practices.length,
      m.answers.start + m.answers.end,
    ),
    ...(m.ignored > 0 ? [M.ignoredAnswers(m.ignored)] : []),
    ...(report.year.unreadSetting !== null ? [M.badYear(report.year.unreadSetting)] : []),
    ...(plan.warnings.length > 0 ? [messages.generation.warningsNote(plan.warnings.length)] : []),
  ].join('\n');
}

/** Makes or refreshes the year's report; returns the alert's text. Runs under the document lock. */
export function finalReport(deps: AddonDeps): string {
  const { run, monitoringForm } = openRun(deps);
  const { input, report } = finalReportInput(run, monitoringResponses(deps, monitoringForm));
  // The template is checked and the plan made before anything on Drive changes.
  const plan = run.plan('finalReport', templateData(input));
  if (finalReportTooLarge(plan))
    throw new MentoringError(
      'FINAL_REPORT_TOO_LARGE',
      messages.finalReport.tooLarge(repeatedRows(plan), FINAL_REPORT_MAX_ROWS),
      `${repeatedRows(plan)} repeated rows`,
    );
  const key = finalReportKey(report);
  const templateId = run.stored.templates.finalReport!;
  const description =
    `${GENERATED_MARK}${key}` +
    sourceLines(deps.workbook.spreadsheetId?.() ?? null, templateId) +
    monitoringFormLine(monitoringForm);
  const previous = run.stored.generated?.[key] ?? null;
  const present = previous !== null && deps.documents.itemState(previous, 'file') === 'present';

  let outcome: Outcome;
  let file: DriveFile & { name: string };
  if (present) {
    file = deps.documents.renderInPlace({ documentId: previous, templateId, plan, description });
    outcome = 'refreshed';
  } else {
    const name = messages.finalReport.fileName(messages.documents.kinds.finalReport, report.year.first);
    const rendered = deps.documents.render({
      templateId,
      name,
      folderId: run.folderFor('finalReport'),
      plan,
      description,
    });
    run.rememberGenerated(key, rendered.document.id);
    file = { ...rendered.document, name };
    outcome = previous === null ? 'made' : 'remade';
  }
  deps.journal.writeAll(journalLines(outcome, file.name, key, file.url, plan));
  return alertText(outcome, file, report, plan);
}

/** «Сформировать итоговый отчёт». */
export function makeFinalReport(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const text = underDocumentLock(
      deps.locks,
      LOCK_TIMEOUT_MS,
      () => deps.blocks.flush(),
      () => finalReport(deps),
    );
    if (text === null)
      throw new MentoringError(
        'DOCUMENTS_LOCK_BUSY',
        messages.generation.lockBusy,
        `waited ${LOCK_TIMEOUT_MS} ms`,
      );
    deps.ui.alert(messages.finalReport.title, text);
  });
}

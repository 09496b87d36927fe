import {
  FORMS_PROPERTY,
  MentoringError,
  ROADMAP_SHEET,
  computeRoadmap,
  messages,
  parseStoredForms,
  planRoadmapSheet,
  readSettings,
  roadmapTextColumns,
  sheetSpec,
  underDocumentLock,
  unreadableDeadlines,
  type RoadmapInput,
  type RoadmapRow,
  type RoadmapStatus,
} from '../../core';
import { DRIVE_PROPERTY, parseStoredDrive } from '../../core/setup/set-up-documents';
import type { CellValue } from '../../ports';
import { appsScriptDeps, type AddonDeps } from '../composition-root';
import { journalFailure, runAction } from '../edge';
import { ROADMAP_SOURCE_SHEETS } from './sources';

/**
 * «Обновить дорожную карту» (issue 7, item 3) and the quiet refresh the other stages' actions and the
 * daily trigger call. Each run reads every sheet it needs once (one getValues each), the monitoring
 * answers by their form, computes the dashboard in the core and writes «Дорожная карта» with one
 * setValues, under the document lock.
 */

/** Long enough for a form submission being processed to finish; short of the 30 s a UI call may take (§7.7). */
const LOCK_TIMEOUT_MS = 10_000;
/** A quiet refresh waits less: it runs after another action, and the next one catches up. */
const QUIET_LOCK_TIMEOUT_MS = 3_000;
/** The «Методические материалы» folder's files are counted up to this (stage 4.2 needs «at least one»). */
const MATERIALS_COUNT_LIMIT = 50;

export interface RoadmapOutcome {
  rows: RoadmapRow[];
  counts: Record<RoadmapStatus, number>;
  /** Stages whose deadline in «Настройки» cannot be read (never overdue until it is fixed). */
  unreadableDeadlines: Array<{ stage: number; text: string }>;
}

/** A Drive folder's id from the URL set-up writes to «Настройки» (or a bare id staff pasted). */
export function folderIdOf(text: string | undefined): string | null {
  const s = String(text ?? '').trim();
  if (!s) return null;
  const m = /\/folders\/([-\w]+)/.exec(s) ?? /[?&]id=([-\w]+)/.exec(s);
  if (m) return m[1]!;
  return /^[-\w]{10,}$/.test(s) ? s : null;
}

/** The dashboard's input, read from the spreadsheet, its properties and Drive. */
export function readRoadmapInput(deps: AddonDeps): {
  input: RoadmapInput;
  sheets: Map<string, CellValue[][]>;
} {
  const sheets = deps.blocks.read(ROADMAP_SOURCE_SHEETS());
  const settings = readSettings(sheets.get(sheetSpec('settings').name) ?? []);
  const store = deps.properties.document();
  const forms = parseStoredForms(store ? store.get(FORMS_PROPERTY) : null);
  const drive = parseStoredDrive(store ? store.get(DRIVE_PROPERTY) : null);
  const monitoringForm = forms.monitoring?.formId ?? null;
  const monitoringResponses = monitoringForm
    ? (deps.blocks.readResponses([{ formId: monitoringForm }])[0]?.values ?? [])
    : [];
  const materialsFolder = folderIdOf(settings['folders.materials']);
  const materialsFiles = materialsFolder
    ? deps.roadmap.countFolderFiles(materialsFolder, MATERIALS_COUNT_LIMIT)
    : null;
  return {
    input: {
      sheets,
      settings,
      now: deps.clock.now(),
      timeZone: deps.documents.timeZone(),
      generatedDocuments: drive?.generated,
      materialsFiles,
      monitoringResponses,
    },
    sheets,
  };
}

/**
 * The refresh itself, for a caller that already holds the document lock: computes the dashboard and
 * writes the sheet (created when missing), makes sure overdue rows are highlighted, and says which
 * deadlines in «Настройки» cannot be read.
 */
export function writeRoadmap(deps: AddonDeps): RoadmapOutcome {
  const { input, sheets } = readRoadmapInput(deps);
  const rows = computeRoadmap(input);
  const plan = planRoadmapSheet(sheets.get(ROADMAP_SHEET), rows);
  if (plan.create) {
    // The sheet was deleted (or set-up predates it): made with its text columns formatted, then filled.
    deps.workbook.createSheet(ROADMAP_SHEET, plan.headers, roadmapTextColumns(plan.headers));
    deps.workbook.writeBlock(ROADMAP_SHEET, 1, 1, plan.write.values);
    deps.workbook.flush();
  } else {
    deps.blocks.write([plan.write]);
    deps.blocks.flush();
  }
  deps.roadmap.ensureHighlight({ sheet: ROADMAP_SHEET, ...plan.highlight });
  return {
    rows,
    counts: plan.counts,
    unreadableDeadlines: unreadableDeadlines(input.settings, input.now, input.timeZone),
  };
}

const summaryOf = (outcome: RoadmapOutcome): string =>
  [
    messages.roadmap.refresh.done({
      rows: outcome.rows.length,
      done: outcome.counts['выполнено'],
      inProgress: outcome.counts['в работе'],
      overdue: outcome.counts['просрочено'],
    }),
    ...outcome.unreadableDeadlines.map((u) => messages.roadmap.refresh.badDeadline(u.stage, u.text)),
  ].join('\n\n');

/** «Обновить дорожную карту»: refreshes the sheet and says how many activities are done and overdue. */
export function refreshRoadmap(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const outcome = underDocumentLock(
      deps.locks,
      LOCK_TIMEOUT_MS,
      () => deps.blocks.flush(),
      () => writeRoadmap(deps),
    );
    if (!outcome)
      throw new MentoringError(
        'ROADMAP_LOCK_BUSY',
        messages.roadmap.refresh.lockBusy,
        `waited ${LOCK_TIMEOUT_MS} ms`,
      );
    // An unreadable deadline is said on screen and kept in «Журнал» (by the menu item only: the quiet
    // refreshes after every action would repeat it many times a day).
    if (outcome.unreadableDeadlines.length > 0)
      deps.journal.writeAll(
        outcome.unreadableDeadlines.map((u) => ({
          level: 'WARNING' as const,
          code: 'ROADMAP_DEADLINE',
          message: messages.roadmap.refresh.badDeadline(u.stage, u.text),
          details: `roadmap.stage${u.stage}.deadline`,
        })),
      );
    deps.ui.alert(messages.roadmap.refresh.title, summaryOf(outcome));
  });
}

/**
 * The refresh without a word to the screen, for the end of other stages' actions and the daily trigger.
 * Call it after the action released the document lock: it takes the lock itself (a caller that holds it
 * calls `writeRoadmap`). Never throws: a failure is a «Журнал» row and the action that called it stands;
 * a busy lock skips the refresh (the next one catches up). Returns whether the sheet was refreshed.
 */
export function refreshRoadmapQuietly(deps: AddonDeps): boolean {
  try {
    const outcome = underDocumentLock(
      deps.locks,
      QUIET_LOCK_TIMEOUT_MS,
      () => deps.blocks.flush(),
      () => writeRoadmap(deps),
    );
    return outcome !== null;
  } catch (error) {
    journalFailure(deps, error, messages.roadmap.refresh.failed);
    return false;
  }
}

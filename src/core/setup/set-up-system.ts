import { Clock } from '../../ports/clock';
import type { DocumentFiles } from '../../ports/documents';
import type { Forms, ResponseSheets } from '../../ports/forms';
import { Journal } from '../../ports/journal';
import { Locks } from '../../ports/lock';
import { Properties } from '../../ports/properties';
import type { SheetFinisher } from '../../ports/sheet-finish';
import type { Triggers } from '../../ports/triggers';
import { CellValue, Workbook } from '../../ports/workbook';
import { MentoringError } from '../errors';
import { messages } from '../messages';
import { competencesFromSettings } from '../questionnaires/parse';
import { SCHEMA_VERSION_PROPERTY, SHEETS, sheetSpecsFor } from '../schema/sheets';
import { Settings, readSettings } from '../settings/settings';
import { FINISHED_SHEETS, FinishOutcome, SheetToFinish, finishSheets } from './finish-sheets';
import { StoredForms } from './forms-plan';
import { FormsOutcome, setUpForms } from './set-up-forms';
import { TriggersOutcome, setUpTriggers } from './set-up-triggers';
import { DocumentsSetupOutcome, planFolderLinks, setUpDocuments, valuesAfterPlan } from './set-up-documents';
import { ExistingSheet, SetupPlan, isEmptyPlan, planSetup } from './plan';

export interface SetupDeps {
  workbook: Workbook;
  properties: Properties;
  locks: Locks;
  journal: Journal;
  clock: Clock;
  forms: Forms;
  responseSheets: ResponseSheets;
  triggers: Triggers;
  finisher: SheetFinisher;
  /** Drive folders and document templates (issue 5). */
  documents: DocumentFiles;
}

export interface SetupResult {
  plan: SetupPlan;
  changed: boolean;
  /** What to tell the person, in Russian. */
  summary: string;
  /** The forms as stored after this run, and the settings they were built from (for the links dialog). */
  storedForms: StoredForms;
  settings: Settings;
  /** True when this run made a form: the person gets the links dialog to send them out. */
  formsCreated: boolean;
  formsOutcome: FormsOutcome;
  triggersOutcome: TriggersOutcome;
  finishOutcome: FinishOutcome;
  documentsOutcome: DocumentsSetupOutcome;
}

/**
 * Long enough for another person's set-up or bank update to finish, short enough to answer well inside
 * the 30 s an add-on UI call may take (apps-script-behaviours.md §5.7, §7.7).
 */
export const SETUP_LOCK_TIMEOUT_MS = 10_000;

/**
 * «Настроить систему»: under the document lock, reads each schema sheet once, plans, applies the plan
 * block by block, stores the schema version and notes the change in the journal. A second run finds an
 * empty plan and changes nothing, not even the journal.
 */
export function setUpSystem(deps: SetupDeps): SetupResult {
  const lock = deps.locks.document();
  const store = deps.properties.document();
  if (!lock || !store) throw new MentoringError('NO_DOCUMENT', messages.setup.noDocument);
  if (!lock.tryAcquire(SETUP_LOCK_TIMEOUT_MS)) {
    throw new MentoringError(
      'SETUP_LOCK_BUSY',
      messages.setup.lockBusy,
      `waited ${SETUP_LOCK_TIMEOUT_MS} ms`,
    );
  }
  try {
    const names = new Set(deps.workbook.sheetNames());
    const existing: ExistingSheet[] = SHEETS.filter((s) => names.has(s.name)).map((s) => ({
      name: s.name,
      values: deps.workbook.readValues(s.name),
    }));
    // Rows set-up is about to add hold the defaults, which readSettings supplies for absent keys anyway.
    const settingsName = SHEETS.find((s) => s.key === 'settings')!.name;
    const settings = readSettings(existing.find((s) => s.name === settingsName)?.values ?? []);
    // Bank columns follow the competence labels staff keep in «Настройки»: a reworded or added
    // competence gets its column here, before the forms offer it.
    const specs = sheetSpecsFor(competencesFromSettings(settings));
    const plan = planSetup(existing, store.get(SCHEMA_VERSION_PROPERTY), specs);
    if (!isEmptyPlan(plan)) applyPlan(deps.workbook, plan);
    if (plan.storeSchemaVersion !== null) store.set(SCHEMA_VERSION_PROPERTY, String(plan.storeSchemaVersion));

    const forms = setUpForms(deps, store, settings);
    const triggers = setUpTriggers(deps.triggers);
    const documents = setUpDocuments(deps.documents, store);
    const headers = headersAfter(existing, plan);
    // Issue 6, item 2: the folders' links in «Настройки», only the cells that differ.
    const links = planFolderLinks(
      valuesAfterPlan(existing, plan, settingsName, headers.get(settingsName) ?? []),
      documents.stored,
    );
    for (const w of links) deps.workbook.writeBlock(settingsName, w.row, w.column, [[w.value]]);
    if (links.length > 0)
      documents.lines.push(
        messages.practices.folderLinksWritten([
          messages.practices.folders.materials,
          messages.practices.folders.practices,
        ]),
      );
    const toFinish: SheetToFinish[] = [
      ...FINISHED_SHEETS.map((s) => ({ sheet: s.name, kind: s.kind, headers: headers.get(s.name) ?? [] })),
      ...Object.values(forms.responseSheets).map((sheet) => ({
        sheet,
        kind: 'responses' as const,
        headers: [] as string[],
      })),
    ];
    const finish = finishSheets(deps.finisher, toFinish, settings);

    const lines = [
      ...(isEmptyPlan(plan) ? [] : describeSetup(plan).split('\n').slice(1)),
      ...forms.lines,
      ...triggers.lines,
      ...documents.lines,
      ...finish.lines,
    ];
    const result = {
      plan,
      storedForms: forms.stored,
      settings,
      formsCreated: forms.plan.create.length > 0,
      formsOutcome: forms,
      triggersOutcome: triggers,
      finishOutcome: finish,
      documentsOutcome: documents,
    };
    if (lines.length === 0) return { ...result, changed: false, summary: messages.setup.nothingChanged };
    const summary = [messages.setup.done, ...lines].join('\n');
    for (const entry of [...forms.journal, ...triggers.journal, ...documents.journal])
      deps.journal.write(entry);
    deps.journal.write({
      level: 'INFO',
      code: 'SETUP_DONE',
      message: messages.setup.journalDone,
      details: summary,
    });
    // Buffered writes must land while the lock is still ours (§1.3.11, §5.5).
    deps.workbook.flush();
    return { ...result, changed: true, summary };
  } finally {
    lock.release();
  }
}

export function applyPlan(workbook: Workbook, plan: SetupPlan): void {
  for (const c of plan.create) workbook.createSheet(c.sheet, c.headers, c.textColumns);
  for (const a of plan.addColumns)
    workbook.addHeaderColumns(a.sheet, a.startColumn, a.headers, a.textColumns);
  for (const r of plan.addRows) workbook.writeBlock(r.sheet, r.startRow, 1, r.rows);
}

export function describeSetup(plan: SetupPlan): string {
  if (isEmptyPlan(plan)) return messages.setup.nothingChanged;
  const lines: string[] = [messages.setup.done];
  if (plan.create.length > 0) lines.push(messages.setup.createdSheets(plan.create.map((c) => c.sheet)));
  for (const a of plan.addColumns) lines.push(messages.setup.addedColumns(a.sheet, a.headers));
  const settingsAdded = plan.addRows.reduce((n, r) => n + r.rows.length, 0);
  if (settingsAdded > 0) lines.push(messages.setup.addedSettings(settingsAdded), messages.setup.fillSettings);
  return lines.join('\n');
}

/** Each schema sheet's header row as it is once the plan is applied (created, or with columns added). */
function headersAfter(existing: readonly ExistingSheet[], plan: SetupPlan): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const e of existing) {
    const used = e.values.some((row) => row.some((v: CellValue) => v !== ''));
    result.set(e.name, used ? (e.values[0] ?? []).map(String) : []);
  }
  for (const c of plan.create) result.set(c.sheet, [...c.headers]);
  for (const a of plan.addColumns) {
    const row = result.get(a.sheet) ?? [];
    while (row.length < a.startColumn - 1) row.push('');
    row.splice(a.startColumn - 1, a.headers.length, ...a.headers);
    result.set(a.sheet, row);
  }
  return result;
}

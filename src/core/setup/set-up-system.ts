import { Clock } from '../../ports/clock';
import { Journal } from '../../ports/journal';
import { Locks } from '../../ports/lock';
import { Properties } from '../../ports/properties';
import { Workbook } from '../../ports/workbook';
import { MentoringError } from '../errors';
import { messages } from '../messages';
import { SCHEMA_VERSION_PROPERTY, SHEETS } from '../schema/sheets';
import { ExistingSheet, SetupPlan, isEmptyPlan, planSetup } from './plan';

export interface SetupDeps {
  workbook: Workbook;
  properties: Properties;
  locks: Locks;
  journal: Journal;
  clock: Clock;
}

export interface SetupResult {
  plan: SetupPlan;
  changed: boolean;
  /** What to tell the person, in Russian. */
  summary: string;
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
    const plan = planSetup(existing, store.get(SCHEMA_VERSION_PROPERTY));
    if (isEmptyPlan(plan)) return { plan, changed: false, summary: messages.setup.nothingChanged };
    applyPlan(deps.workbook, plan);
    if (plan.storeSchemaVersion !== null) store.set(SCHEMA_VERSION_PROPERTY, String(plan.storeSchemaVersion));
    const summary = describeSetup(plan);
    deps.journal.write({
      level: 'INFO',
      code: 'SETUP_DONE',
      message: messages.setup.journalDone,
      details: summary,
    });
    // Buffered writes must land while the lock is still ours (§1.3.11, §5.5).
    deps.workbook.flush();
    return { plan, changed: true, summary };
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

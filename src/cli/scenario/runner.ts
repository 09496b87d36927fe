import { Person, PersonActionError, ActionOutcome } from '../../offline/person';
import { OfflineWorkspace } from '../../offline/workspace';
import type { ScreenEvent } from '../../offline/runtime/kernel';
import { Bundle, loadBundle } from '../bundle';
import { describeStep, Scenario, ScenarioError, Step } from './scenario';

export interface StepReport {
  index: number;
  description: string;
  outcome: ActionOutcome;
  calls: number;
  predictedMs: number;
  /** Alerts, toasts, sidebars and dialogs the step showed the person. */
  shown: ScreenEvent[];
}

export interface Replay {
  workspace: OfflineWorkspace;
  steps: StepReport[];
  /** Executions in which the add-on failed with an exception it did not handle. */
  failures: Array<{ step: number; functionName: string; error: string }>;
}

export const DEFAULT_SPREADSHEET = 'Наставничество педагогов';

/** A fresh offline Workspace as the scenario describes it, with the add-on's spreadsheet open. */
export function workspaceFor(scenario: Scenario): OfflineWorkspace {
  const setup = scenario.workspace ?? {};
  const workspace = new OfflineWorkspace({
    user: setup.user ?? 'metodist@college.example',
    start: new Date(setup.start ?? '2026-09-01T09:00:00+03:00'),
    locale: setup.locale ?? 'ru',
    account: setup.account ?? 'consumer',
    timeZone: 'Europe/Moscow',
  });
  const spreadsheet = workspace.sheets.create(setup.spreadsheet ?? DEFAULT_SPREADSHEET);
  workspace.kernel.container = { kind: 'spreadsheet', id: spreadsheet.id };
  return workspace;
}

function untilOf(step: Extract<Step, { action: 'advanceClock' }>, now: number): Date {
  if (step.to) return new Date(step.to);
  const ms = ((step.days ?? 0) * 24 * 60 + (step.hours ?? 0) * 60 + (step.minutes ?? 0)) * 60_000;
  return new Date(now + ms);
}

function perform(person: Person, step: Step, now: number): ActionOutcome {
  switch (step.action) {
    case 'open':
      return person.openSpreadsheet(step.authMode ?? 'LIMITED');
    case 'menu':
      return person.clickMenu(step.label, step.answers ?? []);
    case 'submitForm':
      return person.submitForm(step.form, step.answers, step.respondent);
    case 'editCell':
      return person.editCell(step.sheet, step.row, step.column, step.value);
    case 'addRow':
      return addRow(person, step);
    case 'selectCell':
      return person.selectCell(step.sheet, step.row, step.column ?? 1);
    case 'callServer':
      return person.callServer(step.function, step.args ?? []);
    case 'docsMenu':
      return person.clickDocsMenu(
        person.linkedDocument(step.document),
        step.label,
        step.answers ?? [],
        step.user,
      );
    case 'addFile':
      return person.addFile(step.folder, step.name, step.user);
    case 'advanceClock':
      return person.waitUntil(untilOf(step, now));
  }
}

/**
 * A person types a row below the last one, cell by cell in the order given (each cell is an edit, as in
 * the Sheets UI, so edit triggers see every one).
 */
function addRow(person: Person, step: Extract<Step, { action: 'addRow' }>): ActionOutcome {
  const row = person.lastRow(step.sheet) + 1;
  const outcomes = Object.entries(step.values).map(([header, value]) =>
    person.editCell(step.sheet, row, header, value),
  );
  return {
    executions: outcomes.flatMap((o) => o.executions),
    detail:
      outcomes
        .map((o) => o.detail)
        .filter(Boolean)
        .join('; ') || undefined,
  };
}

/**
 * Replays a scenario against the built bundle. A step that cannot run stops the replay with a
 * ScenarioError naming the step; an exception the add-on did not handle is reported, and the replay
 * goes on (as a person would carry on after an error bar).
 */
export function replay(
  scenario: Scenario,
  bundle: Bundle,
  onStep: (report: StepReport, total: number) => void = () => undefined,
): Replay {
  const workspace = workspaceFor(scenario);
  workspace.html.useHtmlFiles(bundle.html);
  loadBundle(workspace, bundle);
  const person = new Person(workspace);
  const { kernel } = workspace;
  const steps: StepReport[] = [];
  const failures: Replay['failures'] = [];
  scenario.steps.forEach((step, i) => {
    const description = describeStep(step);
    const calls = kernel.calls.total;
    const predicted = kernel.calls.predictedTimeMs;
    const screenBefore = kernel.screen.length;
    let outcome: ActionOutcome;
    try {
      outcome = perform(person, step, kernel.clock.now());
    } catch (error) {
      if (error instanceof PersonActionError)
        throw new ScenarioError(`Step ${i + 1} (${description}) cannot run: ${error.message}`);
      throw error;
    }
    for (const e of outcome.executions)
      if (e.error) failures.push({ step: i + 1, functionName: e.functionName, error: e.error });
    const report: StepReport = {
      index: i + 1,
      description,
      outcome,
      calls: kernel.calls.total - calls,
      predictedMs: kernel.calls.predictedTimeMs - predicted,
      shown: kernel.screen.slice(screenBefore).filter((e) => e.kind !== 'menu'),
    };
    steps.push(report);
    onStep(report, scenario.steps.length);
  });
  return { workspace, steps, failures };
}

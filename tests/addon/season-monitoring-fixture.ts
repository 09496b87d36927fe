import {
  processMonitoringResponses,
  refreshMonitoring,
  remindMonitoring,
} from '../../src/addon/season/monitoring';
import type { AddonDeps } from '../../src/addon/composition-root';
import type { CellValue } from '../../src/ports';
import { depsOf } from './fixture';
import { College, addonFunctions, consentAnswers } from './pipeline-fixture';
import { setSettings } from './documents-fixture';
import { type MonitoringAnswer, answersByTitle, pairsSheet } from '../core/season/monitoring-fixture';

export const MONITORING = 'Мониторинг';
export const REMINDERS = 'Напоминания';
export const PAIRS = 'Пары и группы';

/** People of the hand-made season (tests/core/season/monitoring-fixture.ts) by their e-mail's local part. */
export const PEOPLE: Record<string, string> = {
  a: 'Алексеева Анна Борисовна',
  m1: 'Борисов Борис Петрович',
  m2: 'Васильева Вера Ивановна',
  m3: 'Григорьев Глеб Олегович',
  x: 'Хохлова Христина Ивановна',
  c: 'Сидоров Семён Семёнович',
};

/** The add-on's functions with monitoring's menu items, as Apps Script calls them. */
export function monitoringFunctions(
  college: College,
  deps: () => AddonDeps = () => depsOf(college.workspace),
): Record<string, (...args: unknown[]) => unknown> {
  return {
    ...addonFunctions(college.workspace),
    refreshMonitoring: () => refreshMonitoring(undefined, deps()),
    remindMonitoring: () => remindMonitoring(undefined, deps()),
  };
}

/** Staff type the pairs into «Пары и группы» (by header: the sheet has more columns than the fixture). */
export function typePairs(college: College, fixture: CellValue[][] = pairsSheet()): void {
  const sheet = college.spreadsheet.getSheetByName(PAIRS)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as CellValue[];
  const rows = fixture.slice(1).map((r) =>
    headers.map((h) => {
      const at = fixture[0]!.indexOf(h);
      return at < 0 ? '' : r[at]!;
    }),
  );
  sheet.getRange(2, 1, rows.length, headers.length).setValues(rows);
}

/**
 * A set-up college with the fixture's pairs, consent given by a, m1, m2, m3 and x (not c), and the
 * curator and organisation in «Настройки».
 */
export function monitoringCollege(consenting: readonly string[] = ['a', 'm1', 'm2', 'm3', 'x']): College {
  const college = College.open();
  const functions = monitoringFunctions(college);
  college.workspace.useFunctions((name) => functions[name]);
  setSettings(college, {
    'curator.name': 'Смирнов Алексей Игоревич',
    'organization.shortName': 'ПОУ «КУ»',
  });
  for (const key of consenting) college.submit('consent', consentAnswers(PEOPLE[key]!), `${key}@college.ru`);
  typePairs(college);
  return college;
}

/**
 * A teacher answers the monitoring form; the submit trigger (when installed) runs the processor, so the
 * answer is counted when this returns.
 */
export function answer(college: College, a: MonitoringAnswer): void {
  college.submit('monitoring', answersByTitle(a), a.email, a.at);
}

/** The form processor run again, as the submit trigger and the daily maintenance run it. */
export function process(college: College, deps: AddonDeps = depsOf(college.workspace)): void {
  college.workspace.kernel.run('installable-trigger', 'onFormSubmitted', () =>
    processMonitoringResponses(deps),
  );
}

/** A row of «Мониторинг» by its first cell. */
export function reportRow(college: College, label: string): CellValue[] {
  const row = college.values(MONITORING).find((r) => r[0] === label);
  if (!row) throw new Error(`No row «${label}» on «${MONITORING}»`);
  return row;
}

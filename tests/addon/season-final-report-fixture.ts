import { checkTemplates } from '../../src/addon/entry-points';
import { makeFinalReport } from '../../src/addon/season/final-report';
import type { CellValue } from '../../src/ports';
import {
  ATTENDANCE,
  CONSENTS,
  EVENTS,
  MONITORING_ANSWERS,
  PAIRS,
  PRACTICES,
  PROGRESS,
  REPORT_NOW,
  monitoringFormAnswers,
} from '../core/season/report-fixture';
import { COLLEGE_SETTINGS, setSettings, storedDrive } from './documents-fixture';
import { depsOf } from './fixture';
import { College, addonFunctions } from './pipeline-fixture';

export const MENU = 'Сформировать итоговый отчёт';
export const REPORT_NAME = 'Итоговый отчёт о реализации программ наставничества за 2026–2027 учебный год';

/** Writes rows under a sheet's headers (columns found by header; a header the sheet lacks is added). */
export function fillSheet(college: College, name: string, values: readonly (readonly CellValue[])[]): void {
  const sheet = college.spreadsheet.getSheetByName(name)!;
  const headers = (sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] ?? []).map(
    String,
  );
  const [given, ...rows] = values;
  const at = given!.map((h) => {
    let i = headers.indexOf(String(h));
    if (i < 0) {
      headers.push(String(h));
      i = headers.length - 1;
      sheet.getRange(1, i + 1).setValue(String(h));
    }
    return i;
  });
  if (rows.length === 0) return;
  const laid = rows.map((r) => {
    const row: CellValue[] = headers.map(() => '');
    r.forEach((v, k) => (row[at[k]!] = v));
    return row;
  });
  const first = Math.max(sheet.getLastRow(), 1) + 1;
  sheet.getRange(first, 1, laid.length, headers.length).setValues(laid);
}

/**
 * A college at the end of its 2026/2027 season (tests/core/season/report-fixture.ts: figures worked out
 * by hand there): set up, settings filled, pairs, events, attendance, practices and consents in their
 * sheets, monitoring answers submitted through the form; the clock at 15.06.2027.
 */
export function seasonCollege(): College {
  const college = College.open();
  const functions: Record<string, (...args: unknown[]) => unknown> = {
    ...addonFunctions(college.workspace),
    makeFinalReport: () => makeFinalReport(undefined, depsOf(college.workspace)),
    checkTemplates: () => checkTemplates(undefined, depsOf(college.workspace)),
  };
  college.workspace.useFunctions((name) => functions[name]);
  setSettings(college, {
    ...COLLEGE_SETTINGS,
    'director.position': 'Директор',
    'curator.position': 'методист',
  });
  fillSheet(college, 'Пары и группы', PAIRS);
  fillSheet(college, 'Выполнение программ', PROGRESS);
  fillSheet(college, 'Мероприятия', EVENTS);
  fillSheet(college, 'Посещаемость', ATTENDANCE);
  fillSheet(college, 'Методическая копилка', PRACTICES);
  fillSheet(college, 'Согласия', CONSENTS);
  for (const a of MONITORING_ANSWERS) college.submit('monitoring', monitoringFormAnswers(a), a.email, a.at);
  college.workspace.kernel.clock.set(REPORT_NOW);
  return college;
}

/** The id of the 2026/2027 report, as «Сформировать итоговый отчёт» recorded it. */
export const reportId = (c: College): string => storedDrive(c).generated!['finalReport:2026/2027']!;

/** A table of the Doc found by its header's first cells, rows as cell texts (header row first). */
export function table(c: College, id: string, header: string): string[][] {
  const body = c.workspace.services.DocumentApp.openById(id).getBody();
  const found = body.getTables().find((t) => t.getRow(0).getText().startsWith(header));
  if (!found) return [];
  const rows: string[][] = [];
  for (let r = 0; r < found.getNumRows(); r++) {
    const row = found.getRow(r);
    const cells: string[] = [];
    for (let i = 0; i < row.getNumCells(); i++) cells.push(row.getCell(i).getText());
    rows.push(cells);
  }
  return rows;
}

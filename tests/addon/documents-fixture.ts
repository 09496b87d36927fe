import {
  checkTemplate,
  checkTemplates,
  continueDocuments,
  makeLocalActs,
  makePairDocuments,
} from '../../src/addon/entry-points';
import type { SidebarData } from '../../src/core';
import type { CellValue } from '../../src/ports';
import type { FileRecord } from '../../src/offline/runtime/drive-registry';
import { depsOf } from './fixture';
import { PAIRS, matchingCollege, matchingFunctions, rowsOf } from './matching-fixture';
import type { College } from './pipeline-fixture';

/** Where set-up keeps the Drive ids (issue 5, decision 1). */
export interface StoredDrive {
  rootFolderId: string;
  templatesFolderId: string;
  documentsFolderId: string;
  templates: Record<string, string>;
  generated?: Record<string, string>;
}

export const REGISTER = 'Реестр приказов';

/** The add-on's functions by the names Apps Script calls them, with stage 1's documents. */
export function documentFunctions(college: College): Record<string, (...args: unknown[]) => unknown> {
  const deps = () => depsOf(college.workspace);
  return {
    ...matchingFunctions(college),
    makeLocalActs: () => makeLocalActs(undefined, deps()),
    makePairDocuments: () => makePairDocuments(undefined, deps()),
    continueDocuments: () => continueDocuments(undefined, deps()),
    checkTemplates: () => checkTemplates(undefined, deps()),
    checkTemplate: () => checkTemplate(undefined, deps()),
  };
}

/** Values of «Настройки» by key, written as staff would type them. */
export function setSettings(college: College, values: Record<string, string>): void {
  const sheet = college.spreadsheet.getSheetByName('Настройки')!;
  const rows = sheet.getDataRange().getValues() as CellValue[][];
  const keyAt = rows[0]!.indexOf('Ключ');
  const valueAt = rows[0]!.indexOf('Значение');
  for (const [key, value] of Object.entries(values)) {
    const i = rows.findIndex((r) => r[keyAt] === key);
    if (i < 0) throw new Error(`No setting ${key}`);
    sheet.getRange(i + 1, valueAt + 1).setValue(value);
  }
}

/** A cell of «Пары и группы» or a bank by header, row found by a column's value. */
export function setCell(
  college: College,
  sheetName: string,
  match: [string, string],
  header: string,
  value: string,
): void {
  const sheet = college.spreadsheet.getSheetByName(sheetName)!;
  const rows = sheet.getDataRange().getValues() as CellValue[][];
  const at = rows[0]!.indexOf(match[0]);
  const col = rows[0]!.indexOf(header);
  const i = rows.findIndex((r) => r[at] === match[1]);
  if (at < 0 || col < 0 || i < 1) throw new Error(`No cell ${header} for ${match.join('=')}`);
  sheet
    .getRange(i + 1, col + 1)
    .setNumberFormat('@')
    .setValue(value);
}

/** A sidebar call as google.script.run makes it. */
function call<T>(college: College, name: string, ...args: unknown[]): T {
  const outcome = college.person.callServer(name, args);
  if (outcome.detail?.startsWith('failure handler called: '))
    throw new Error(outcome.detail.slice('failure handler called: '.length));
  return outcome.result as T;
}

export const COLLEGE_SETTINGS: Record<string, string> = {
  'organization.fullName': 'Профессиональное образовательное учреждение «Колледж управления»',
  'organization.shortName': 'ПОУ «КУ»',
  'director.name': 'Лукьяненко Светлана Викторовна',
  'curator.name': 'Смирнов Алексей Игоревич',
};

/**
 * A college with `mentees` mentees and `mentors` mentors, matched, and every proposal approved in the
 * «Подбор пар» sidebar; the organisation and its director filled in «Настройки».
 */
export function approvedCollege(mentees = 3, mentors = 2, firstMenteeName?: string): College {
  const college = matchingCollege({ mentees, mentors, ...(firstMenteeName ? { firstMenteeName } : {}) });
  const functions = documentFunctions(college);
  college.workspace.useFunctions((name) => functions[name]);
  setSettings(college, COLLEGE_SETTINGS);
  college.person.clickMenu('Подобрать пары');
  let data = call<SidebarData>(college, 'matchingSidebarData', null);
  while (data.proposals.length > 0) {
    const p = data.proposals[0]!;
    data = call<SidebarData>(college, 'acceptProposal', {
      id: p.id,
      mentorEmail: p.mentorEmail,
      menteeEmails: p.menteeEmails,
    });
  }
  return college;
}

export function storedDrive(college: College): StoredDrive {
  const props = college.workspace.services.PropertiesService.getDocumentProperties()!;
  return JSON.parse(props.getProperty('nastavnik.drive')!) as StoredDrive;
}

/** Files (not folders) below a folder, recursively, without counting calls. */
export function filesBelow(college: College, folderId: string, includeTrashed = false): FileRecord[] {
  const drive = college.workspace.kernel.drive;
  const out: FileRecord[] = [];
  for (const child of drive.children(folderId)) {
    if (child.mimeType === 'application/vnd.google-apps.folder')
      out.push(...filesBelow(college, child.id, includeTrashed));
    else if (includeTrashed || !child.trashed) out.push(child);
  }
  return out;
}

/** The folder path of a file, names joined with « / », from below the documents folder. */
export function pathOf(college: College, file: FileRecord, stopAt: string): string {
  const drive = college.workspace.kernel.drive;
  const names: string[] = [];
  let parent = file.parents[0];
  while (parent && parent !== stopAt) {
    const folder = drive.find(parent)!;
    names.unshift(folder.name);
    parent = folder.parents[0];
  }
  return names.join(' / ');
}

export const pairRows = (college: College) =>
  rowsOf(college, PAIRS).filter((r) => r['Статус'] === 'утверждена');

export const idOf = (link: CellValue): string => /\/d\/([A-Za-z0-9_-]+)/.exec(String(link))?.[1] ?? '';

export const lastAlert = (college: College): string => college.alerts().slice(-1)[0] ?? '';

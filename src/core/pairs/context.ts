import type { CellValue } from '../../ports/workbook';
import { menteesFromBank, mentorsFromBank, readMatchingSettings, requiresTraining } from '../matching';
import { ATTENDANCE_SHEET, EVENTS_SHEET, trainedMentors } from '../season/events/columns';
import type {
  ForbiddenPair,
  MatchingSettings,
  MenteeProfile,
  MentorProfile,
  SettingCell,
  WaitingEntry,
} from '../matching/types';
import { normalizeEmail } from '../people';
import { competencesFromSettings } from '../questionnaires/parse';
import { headerIndex, headerKey } from '../schema/headers';
import { sheetSpec } from '../schema/sheets';
import { SETTINGS_COLUMNS, Settings, readSettings } from '../settings/settings';
import { columnLetter } from '../setup/finish-plan';
import { FORBIDDEN_COLUMNS, FORBIDDEN_SHEET, PAIRS_SHEET, WAITING_COLUMNS, WAITING_SHEET } from './columns';
import { PairRow, readPairRows } from './pairs-sheet';
import { Table, tableOf, textAt, valueAt } from './table';

/** The sheets matching reads, each with one getValues. */
export const MATCHING_SHEETS = (): string[] => [
  sheetSpec('mentees').name,
  sheetSpec('mentors').name,
  sheetSpec('settings').name,
  PAIRS_SHEET,
  FORBIDDEN_SHEET,
  WAITING_SHEET,
];

/**
 * The sheets that say who is trained (issue 6, item 1), read only when «Настройки» asks for trained
 * mentors (`matching.requireTraining`), so matching costs nothing more when the setting is off.
 */
export const TRAINING_SHEETS = (): string[] => [EVENTS_SHEET, ATTENDANCE_SHEET];

/** Whether the sheets read for matching say that TRAINING_SHEETS must be read too. */
export function needsTrainingSheets(sheets: ReadonlyMap<string, CellValue[][]>): boolean {
  return requiresTraining(readSettings(sheets.get(sheetSpec('settings').name) ?? []));
}

/** Everything stage 5 knows after reading its sheets once. */
export interface MatchingContext {
  settings: MatchingSettings;
  /** All of «Настройки» (for `programme.defaultMonths`). */
  rawSettings: Settings;
  mentees: MenteeProfile[];
  mentors: MentorProfile[];
  forbidden: ForbiddenPair[];
  forbiddenTable: Table;
  pairsTable: Table;
  pairs: PairRow[];
  waitingTable: Table;
  waitingBefore: WaitingEntry[];
}

export type ContextResult = { ok: true; context: MatchingContext } | { ok: false; errors: string[] };

/** Where each key's value sits in «Настройки», so an invalid value is reported by its cell (C31). */
export function settingCells(
  values: readonly (readonly CellValue[])[],
): (key: string) => SettingCell | undefined {
  const sheet = sheetSpec('settings').name;
  const index = headerIndex(values[0] ?? []);
  const keyAt = index.get(headerKey(SETTINGS_COLUMNS.key));
  const valueAt = index.get(headerKey(SETTINGS_COLUMNS.value));
  const rows = new Map<string, number>();
  if (keyAt !== undefined)
    values.slice(1).forEach((row, i) => {
      const key = String(row[keyAt] ?? '').trim();
      if (key && !rows.has(key)) rows.set(key, i + 2);
    });
  return (key) => {
    const row = rows.get(key);
    if (row === undefined || valueAt === undefined) return undefined;
    return { sheet, row, a1: `${columnLetter(valueAt + 1)}${row}` };
  };
}

/**
 * Reads the profiles, settings and stage-5 sheets from the values read once each. Invalid matching
 * settings stop here with their Russian messages (each naming its cell); nothing else does.
 */
export function matchingContext(sheets: ReadonlyMap<string, CellValue[][]>): ContextResult {
  const settingsValues = sheets.get(sheetSpec('settings').name) ?? [];
  const rawSettings = readSettings(settingsValues);
  const checked = readMatchingSettings(rawSettings, settingCells(settingsValues));
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const competences = competencesFromSettings(rawSettings);
  const pairsTable = tableOf(PAIRS_SHEET, sheets.get(PAIRS_SHEET));
  const forbiddenTable = tableOf(FORBIDDEN_SHEET, sheets.get(FORBIDDEN_SHEET));
  const waitingTable = tableOf(WAITING_SHEET, sheets.get(WAITING_SHEET));
  const F = FORBIDDEN_COLUMNS;
  const forbidden = forbiddenTable.rows
    .map((r) => ({
      mentorEmail: normalizeEmail(textAt(forbiddenTable, r, F.mentorEmail)),
      menteeEmail: normalizeEmail(textAt(forbiddenTable, r, F.menteeEmail)),
      reason: textAt(forbiddenTable, r, F.reason),
    }))
    .filter((f) => f.mentorEmail !== '' && f.menteeEmail !== '');
  const waitingBefore = waitingTable.rows
    .map((r) => {
      const first = valueAt(waitingTable, r, WAITING_COLUMNS.firstListed);
      return {
        email: normalizeEmail(textAt(waitingTable, r, WAITING_COLUMNS.email)),
        firstListed: first instanceof Date ? first : null,
      };
    })
    .filter((w) => w.email !== '');
  const mentors = mentorsFromBank(sheets.get(sheetSpec('mentors').name) ?? [], competences);
  if (checked.settings.requireTraining) {
    const trained = trainedMentors(sheets.get(EVENTS_SHEET), sheets.get(ATTENDANCE_SHEET));
    for (const mentor of mentors) mentor.trained = trained.has(mentor.email);
  }
  return {
    ok: true,
    context: {
      settings: checked.settings,
      rawSettings,
      mentees: menteesFromBank(sheets.get(sheetSpec('mentees').name) ?? [], competences),
      mentors,
      forbidden,
      forbiddenTable,
      pairsTable,
      pairs: readPairRows(pairsTable),
      waitingTable,
      waitingBefore,
    },
  };
}

import { CellValue } from '../../ports/workbook';
import { MentoringError } from '../errors';
import { messages } from '../messages';
import { headerIndex, headerKey } from '../schema/headers';
import { SCHEMA_VERSION, SHEETS, SheetSpec } from '../schema/sheets';
import { SETTINGS, SETTINGS_COLUMNS, settingRow } from '../settings/settings';

/** A sheet as it is now: its name and everything from A1 to its last row and column (`[['']]` if empty). */
export interface ExistingSheet {
  name: string;
  values: CellValue[][];
}

export interface SheetCreation {
  sheet: string;
  headers: string[];
  /** 1-based columns to format as plain text before writing. */
  textColumns: number[];
}

export interface ColumnAddition {
  sheet: string;
  /** 1-based; the first column right of everything already on the sheet. */
  startColumn: number;
  headers: string[];
  textColumns: number[];
}

export interface RowAddition {
  sheet: string;
  /** 1-based; the first row below everything already on the sheet. */
  startRow: number;
  rows: CellValue[][];
}

/** What «Настроить систему» must do; an empty plan means the workbook is already set up. */
export interface SetupPlan {
  create: SheetCreation[];
  addColumns: ColumnAddition[];
  addRows: RowAddition[];
  /** The schema version to store, or null when the stored one is current. */
  storeSchemaVersion: number | null;
}

export const isEmptyPlan = (plan: SetupPlan): boolean =>
  plan.create.length === 0 &&
  plan.addColumns.length === 0 &&
  plan.addRows.length === 0 &&
  plan.storeSchemaVersion === null;

const isBlank = (v: CellValue): boolean => v === '' || v === null || v === undefined;

/** Rows and columns actually used: `getDataRange()` of an empty sheet is `[['']]`, which counts as none. */
function extent(values: CellValue[][]): { rows: number; columns: number } {
  const used = values.some((row) => row.some((v) => !isBlank(v)));
  return used
    ? { rows: values.length, columns: Math.max(...values.map((r) => r.length)) }
    : { rows: 0, columns: 0 };
}

/**
 * Plans the set-up of the workbook from what exists. Sheets that are missing are created with their
 * headers; on sheets that exist, only missing headers are added, at the right end, so columns and data
 * that staff added or moved stay where they are. Settings rows are added for keys the sheet lacks.
 * Planning again after the plan is applied yields an empty plan.
 */
export function planSetup(
  existing: readonly ExistingSheet[],
  storedSchemaVersion: string | null,
  specs: readonly SheetSpec[] = SHEETS,
): SetupPlan {
  if (storedSchemaVersion !== null && Number(storedSchemaVersion) > SCHEMA_VERSION) {
    throw new MentoringError(
      'SCHEMA_NEWER',
      messages.setup.schemaNewer(storedSchemaVersion, SCHEMA_VERSION),
      `stored ${storedSchemaVersion}, known ${SCHEMA_VERSION}`,
    );
  }
  const plan: SetupPlan = {
    create: [],
    addColumns: [],
    addRows: [],
    storeSchemaVersion: storedSchemaVersion === String(SCHEMA_VERSION) ? null : SCHEMA_VERSION,
  };
  for (const spec of specs) {
    const found = existing.find((s) => s.name === spec.name);
    const headers = found ? planColumns(spec, found, plan) : planCreation(spec, plan);
    if (spec.key === 'settings') planSettingsRows(spec.name, found?.values ?? [], headers, plan);
  }
  return plan;
}

function planCreation(spec: SheetSpec, plan: SetupPlan): string[] {
  const headers = spec.columns.map((c) => c.header);
  const textColumns = spec.columns.flatMap((c, i) => (c.text ? [i + 1] : []));
  plan.create.push({ sheet: spec.name, headers, textColumns });
  return headers;
}

/** Returns the sheet's header row as it will be once the plan is applied. */
function planColumns(spec: SheetSpec, sheet: ExistingSheet, plan: SetupPlan): string[] {
  const { columns: width } = extent(sheet.values);
  const headerRow = width === 0 ? [] : (sheet.values[0] ?? []).map(String);
  const present = headerIndex(headerRow);
  const missing = spec.columns.filter((c) => !present.has(headerKey(c.header)));
  if (missing.length === 0) return headerRow;
  const startColumn = width + 1;
  plan.addColumns.push({
    sheet: spec.name,
    startColumn,
    headers: missing.map((c) => c.header),
    textColumns: missing.flatMap((c, i) => (c.text ? [startColumn + i] : [])),
  });
  return [
    ...headerRow,
    ...Array<string>(Math.max(0, width - headerRow.length)).fill(''),
    ...missing.map((c) => c.header),
  ];
}

function planSettingsRows(sheet: string, values: CellValue[][], headers: string[], plan: SetupPlan): void {
  const keyAt = headerIndex(values[0] ?? []).get(headerKey(SETTINGS_COLUMNS.key));
  const presentKeys = new Set(
    keyAt === undefined ? [] : values.slice(1).map((row) => String(row[keyAt] ?? '').trim()),
  );
  const rows = SETTINGS.filter((d) => !presentKeys.has(d.key)).map((d) => settingRow(d, headers));
  if (rows.length === 0) return;
  plan.addRows.push({ sheet, startRow: Math.max(extent(values).rows, 1) + 1, rows });
}

import { CellValue } from '../../src/ports';
import {
  ExistingSheet,
  MentoringError,
  SCHEMA_VERSION,
  SETTINGS,
  SHEETS,
  SetupPlan,
  headersOf,
  isEmptyPlan,
  planSetup,
  sheetSpec,
} from '../../src/core';

/** Applies a plan to plain sheet data the way the Sheets adapter applies it to a spreadsheet. */
function applyToData(sheets: ExistingSheet[], plan: SetupPlan): ExistingSheet[] {
  const result = sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) }));
  const write = (name: string, row: number, column: number, block: CellValue[][]) => {
    const sheet = result.find((s) => s.name === name)!;
    if (sheet.values.length === 1 && sheet.values[0].every((v) => v === '')) sheet.values = [];
    const height = Math.max(sheet.values.length, row - 1 + block.length);
    const width = Math.max(sheet.values[0]?.length ?? 0, column - 1 + block[0].length);
    const grid: CellValue[][] = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => sheet.values[r]?.[c] ?? ''),
    );
    block.forEach((cells, r) => cells.forEach((v, c) => (grid[row - 1 + r][column - 1 + c] = v)));
    sheet.values = grid;
  };
  for (const c of plan.create) {
    result.push({ name: c.sheet, values: [['']] });
    write(c.sheet, 1, 1, [c.headers]);
  }
  for (const a of plan.addColumns) write(a.sheet, 1, a.startColumn, [a.headers]);
  for (const r of plan.addRows) write(r.sheet, r.startRow, 1, r.rows);
  return result;
}

const version = String(SCHEMA_VERSION);

describe('planSetup', () => {
  it('on a fresh spreadsheet creates every sheet of the schema with its headers and stores the version', () => {
    const plan = planSetup([{ name: 'Лист1', values: [['']] }], null);
    expect(plan.create.map((c) => c.sheet)).toEqual(SHEETS.map((s) => s.name));
    expect(plan.create.find((c) => c.sheet === 'Банк наставников')?.headers).toEqual(
      headersOf(sheetSpec('mentors')),
    );
    expect(plan.addColumns).toEqual([]);
    expect(plan.storeSchemaVersion).toBe(SCHEMA_VERSION);
  });

  it('has at least the mentor bank, the mentee bank, settings and journal', () => {
    const names = planSetup([], null).create.map((c) => c.sheet);
    expect(names).toEqual(
      expect.arrayContaining(['Банк наставников', 'Банк наставляемых', 'Настройки', 'Журнал']),
    );
  });

  it('marks personal-data columns for plain-text formatting, but not dates', () => {
    const mentors = planSetup([], null).create.find((c) => c.sheet === 'Банк наставников')!;
    const column = (h: string) => mentors.headers.indexOf(h) + 1;
    expect(mentors.textColumns).toEqual(expect.arrayContaining([column('ФИО'), column('Эл. почта')]));
    expect(mentors.textColumns).not.toContain(column('Обновлено'));
  });

  it('seeds «Настройки» with one row per setting, laid out by the sheet headers', () => {
    const plan = planSetup([], null);
    const rows = plan.addRows.find((r) => r.sheet === 'Настройки')!;
    expect(rows.startRow).toBe(2);
    expect(rows.rows).toHaveLength(SETTINGS.length);
    expect(rows.rows[0]).toEqual([SETTINGS[0].key, SETTINGS[0].label, '', SETTINGS[0].explanation]);
  });

  it('applying the plan and planning again yields an empty plan', () => {
    const first = planSetup([{ name: 'Лист1', values: [['']] }], null);
    const after = applyToData([{ name: 'Лист1', values: [['']] }], first);
    const second = planSetup(after, version);
    expect(isEmptyPlan(second)).toBe(true);
  });

  it('keeps columns and rows staff added, and adds only missing headers at the right end', () => {
    const spec = headersOf(sheetSpec('mentees'));
    // Staff moved «ФИО» first, dropped «Статус» and «Обновлено», added their own column and a data row.
    const staffHeaders = [
      'ФИО',
      ...spec.filter((h) => !['ФИО', 'Статус', 'Обновлено'].includes(h)),
      'Комментарий методиста',
    ];
    const staffRow = staffHeaders.map((h, i) =>
      h === 'Комментарий методиста' ? 'звонить после 15:00' : `v${i}`,
    );
    const existing: ExistingSheet = { name: 'Банк наставляемых', values: [staffHeaders, staffRow] };
    const plan = planSetup([existing], version);
    expect(plan.addColumns).toEqual([
      {
        sheet: 'Банк наставляемых',
        startColumn: staffHeaders.length + 1,
        // In spec order: «Обновлено» (a date, not text) comes before the staff column «Статус».
        headers: ['Обновлено', 'Статус'],
        textColumns: [staffHeaders.length + 2],
      },
    ]);
    const after = applyToData([existing], plan).find((s) => s.name === 'Банк наставляемых')!;
    expect(after.values[0].slice(0, staffHeaders.length)).toEqual(staffHeaders);
    expect(after.values[1].slice(0, staffRow.length)).toEqual(staffRow);
    expect(plan.create.map((c) => c.sheet)).not.toContain('Банк наставляемых');
  });

  it('recognises a header retyped with other case, spaces or «ё»', () => {
    const retyped = headersOf(sheetSpec('journal')).map((h) => `  ${h.toUpperCase()} `);
    const plan = planSetup([{ name: 'Журнал', values: [retyped] }], version);
    expect(plan.addColumns.filter((a) => a.sheet === 'Журнал')).toEqual([]);
  });

  it('puts new columns right of data in columns without a header', () => {
    const headers = [...headersOf(sheetSpec('journal')).slice(0, 2), ''];
    const plan = planSetup(
      [{ name: 'Журнал', values: [headers, ['a', 'b', 'заметка без заголовка']] }],
      version,
    );
    expect(plan.addColumns.find((a) => a.sheet === 'Журнал')?.startColumn).toBe(4);
  });

  it('adds only the settings whose keys are missing, below the last row', () => {
    const headers = headersOf(sheetSpec('settings'));
    const kept = [SETTINGS[0].key, SETTINGS[0].label, 'ПОУ «СКУиИТ»', ''];
    const plan = planSetup([{ name: 'Настройки', values: [headers, kept] }], version);
    const rows = plan.addRows.find((r) => r.sheet === 'Настройки')!;
    expect(rows.startRow).toBe(3);
    expect(rows.rows.map((r) => r[0])).toEqual(SETTINGS.slice(1).map((d) => d.key));
  });

  it('stores the schema version only when it differs', () => {
    expect(planSetup([], null).storeSchemaVersion).toBe(SCHEMA_VERSION);
    expect(planSetup([], version).storeSchemaVersion).toBeNull();
  });

  it('refuses a workbook set up by a newer version, with a Russian message', () => {
    expect(() => planSetup([], String(SCHEMA_VERSION + 1))).toThrow(MentoringError);
    try {
      planSetup([], String(SCHEMA_VERSION + 1));
    } catch (error) {
      expect((error as MentoringError).code).toBe('SCHEMA_NEWER');
      expect((error as MentoringError).userMessage).toMatch(/более новой версией/);
    }
  });
});

import type { BlockWrite } from '../../ports/sheet-blocks';
import type { CellValue } from '../../ports/workbook';
import { headerIndex, headerKey } from '../schema/headers';

/** A sheet read with one getValues: its header row, where each header is, and the data rows. */
export interface Table {
  sheet: string;
  headers: CellValue[];
  index: Map<string, number>;
  /** Data rows; `rows[i]` is sheet row `i + 2`. */
  rows: CellValue[][];
  /** Width of the header row (or of the widest row, if wider). */
  width: number;
}

export function tableOf(sheet: string, values: readonly (readonly CellValue[])[] | undefined): Table {
  const all = (values ?? []).map((r) => [...r]);
  const headers = all[0] ?? [];
  const width = Math.max(headers.length, ...all.map((r) => r.length), 0);
  const rows = all.slice(1);
  // getDataRange of an empty sheet is [['']]: no data rows then.
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!)) rows.pop();
  return { sheet, headers, index: headerIndex(headers), rows, width };
}

export const isBlankRow = (row: readonly CellValue[]): boolean =>
  row.every((v) => v === '' || v === null || v === undefined);

/** The cell of a header in a row, as text ('' when the column is missing). */
export function textAt(table: Table, row: readonly CellValue[], header: string): string {
  const at = table.index.get(headerKey(header));
  if (at === undefined) return '';
  const v = row[at];
  return v === undefined || v === null ? '' : v instanceof Date ? v.toISOString() : String(v).trim();
}

export function valueAt(table: Table, row: readonly CellValue[], header: string): CellValue {
  const at = table.index.get(headerKey(header));
  return at === undefined ? '' : (row[at] ?? '');
}

/** A row laid out by header: the given fields where their columns are, `base` (or '') elsewhere. */
export function layoutRow(
  table: Table,
  fields: Readonly<Record<string, CellValue>>,
  base: readonly CellValue[] = [],
): CellValue[] {
  const row: CellValue[] = Array.from({ length: table.width }, (_, i) => base[i] ?? '');
  for (const [header, value] of Object.entries(fields)) {
    const at = table.index.get(headerKey(header));
    if (at !== undefined) row[at] = value;
  }
  return row;
}

/** 1-based columns of the given headers that exist in the table. */
export function columnsOf(table: Table, headers: readonly string[]): number[] {
  return headers.flatMap((h) => {
    const at = table.index.get(headerKey(h));
    return at === undefined ? [] : [at + 1];
  });
}

/**
 * Whole rows by 1-based sheet row, as few blocks as the rows allow: consecutive rows share one block, so
 * writing n proposals below each other is one setValues whatever n is.
 */
export function rowBlocks(
  table: Table,
  rows: ReadonlyMap<number, CellValue[]>,
  textColumns: readonly number[],
): BlockWrite[] {
  const numbers = [...rows.keys()].sort((a, b) => a - b);
  const blocks: BlockWrite[] = [];
  for (const n of numbers) {
    const last = blocks[blocks.length - 1];
    if (last && last.row + last.values.length === n) last.values.push(rows.get(n)!);
    else blocks.push({ sheet: table.sheet, row: n, column: 1, values: [rows.get(n)!], textColumns });
  }
  return blocks;
}

/**
 * The cells of one row that change, as one block from the first to the last changed column; the cells
 * between keep the values just read, so a staff column in between is written back unchanged.
 */
export function rowPatch(
  table: Table,
  rowNumber: number,
  fields: Readonly<Record<string, CellValue>>,
  textColumns: readonly number[] = [],
): BlockWrite | null {
  const current = table.rows[rowNumber - 2] ?? [];
  const changed = Object.keys(fields).flatMap((h) => {
    const at = table.index.get(headerKey(h));
    return at === undefined ? [] : [at];
  });
  if (changed.length === 0) return null;
  const first = Math.min(...changed);
  const last = Math.max(...changed);
  const full = layoutRow(table, fields, current);
  return {
    sheet: table.sheet,
    row: rowNumber,
    column: first + 1,
    values: [full.slice(first, last + 1)],
    textColumns: textColumns.filter((c) => c >= first + 1 && c <= last + 1),
  };
}

/** Consecutive 1-based rows as [start, count], bottom first, so deleting them in order never shifts the next. */
export function rowRunsBottomUp(rows: readonly number[]): Array<{ row: number; count: number }> {
  const runs: Array<{ row: number; count: number }> = [];
  for (const r of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.count === r) last.count += 1;
    else runs.push({ row: r, count: 1 });
  }
  return runs.reverse();
}

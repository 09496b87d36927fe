/** A rectangle of a sheet in 1-based coordinates, as `Sheet.getRange(row, column, numRows, numColumns)` takes it. */
export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A parsed A1 reference; open ends (`A:A`, `2:2`) are resolved against the sheet's grid by the caller. */
export interface A1Ref {
  sheetName?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseEnd(text: string): { row?: number; col?: number } | null {
  const m = CELL.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const out: { row?: number; col?: number } = {};
  if (m[1]) out.col = columnNumber(m[1]);
  if (m[2]) out.row = Number(m[2]);
  return out;
}

/** Parses `A1`, `A1:C3`, `A:C`, `2:5`, `'Sheet name'!A1:B2`; null when the text is not A1 notation. */
export function parseA1(text: string): A1Ref | null {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'"))
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const parts = rest.split(':');
  if (parts.length > 2) return null;
  const a = parseEnd(parts[0] ?? '');
  if (!a) return null;
  const b = parts.length === 2 ? parseEnd(parts[1] ?? '') : a;
  if (!b) return null;
  // A single end must be a whole cell; an open range must be open on the same axis at both ends,
  // except `A2:B` (from A2 down to the grid's last row), which Sheets reads too.
  if (parts.length === 1 && (a.row === undefined || a.col === undefined)) return null;
  const ref: A1Ref = {};
  if (sheetName !== undefined) ref.sheetName = sheetName;
  if (a.row !== undefined && a.col !== undefined && b.col !== undefined && b.row === undefined) {
    ref.startRow = a.row;
    ref.startCol = Math.min(a.col, b.col);
    ref.endCol = Math.max(a.col, b.col);
    return ref;
  }
  if ((a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined))
    return null;
  if (a.row !== undefined && b.row !== undefined) {
    ref.startRow = Math.min(a.row, b.row);
    ref.endRow = Math.max(a.row, b.row);
  }
  if (a.col !== undefined && b.col !== undefined) {
    ref.startCol = Math.min(a.col, b.col);
    ref.endCol = Math.max(a.col, b.col);
  }
  return ref;
}

/** `A1` for one cell, `A1:C3` otherwise (what `Range.getA1Notation()` returns for a bounded range). */
export function a1Notation(rect: GridRect): string {
  const start = `${columnLetters(rect.col)}${rect.row}`;
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${columnLetters(rect.col + rect.numCols - 1)}${rect.row + rect.numRows - 1}`;
}

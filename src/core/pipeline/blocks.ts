import type { BlockWrite } from '../../ports/sheet-blocks';
import type { CellReplacement } from '../consent';

/**
 * Single-cell replacements grouped into blocks: per sheet and row, adjacent columns become one block.
 * Anonymisation touches a few people a day, so a block per row is cheap; columns between two replaced
 * cells that are not replaced are never inside a block, so staff values and formulas there survive.
 */
export function cellBlocks(replacements: readonly CellReplacement[]): BlockWrite[] {
  const byRow = new Map<string, CellReplacement[]>();
  for (const r of replacements) {
    const key = `${r.sheet}\u0000${r.row}`;
    const list = byRow.get(key) ?? [];
    list.push(r);
    byRow.set(key, list);
  }
  const blocks: BlockWrite[] = [];
  for (const cells of byRow.values()) {
    const sorted = [...cells].sort((a, b) => a.column - b.column);
    let current: BlockWrite | null = null;
    for (const cell of sorted) {
      const end: number = current ? current.column + current.values[0].length : -1;
      if (current && cell.column === end) {
        current.values[0].push(cell.value);
      } else if (current && cell.column < end) {
        current.values[0][cell.column - current.column] = cell.value;
      } else {
        current = { sheet: cell.sheet, row: cell.row, column: cell.column, values: [[cell.value]] };
        blocks.push(current);
      }
    }
  }
  // Anonymised values are plain text (a pseudonym, «обезличено», a hash): never parsed as anything else.
  return blocks.map((b) => ({
    ...b,
    textColumns: b.values[0].flatMap((v, i) => (typeof v === 'string' ? [b.column + i] : [])),
  }));
}

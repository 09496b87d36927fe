import fc from 'fast-check';
import { CellValue } from '../../src/ports';
import {
  ExistingSheet,
  SCHEMA_VERSION,
  SHEETS,
  SetupPlan,
  headersOf,
  isEmptyPlan,
  planSetup,
} from '../../src/core';

function applyToData(sheets: ExistingSheet[], plan: SetupPlan): ExistingSheet[] {
  const result = sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) }));
  const write = (name: string, row: number, column: number, block: CellValue[][]) => {
    let sheet = result.find((s) => s.name === name);
    if (!sheet) result.push((sheet = { name, values: [] }));
    const height = Math.max(sheet.values.length, row - 1 + block.length);
    const width = Math.max(...sheet.values.map((r) => r.length), column - 1 + block[0].length);
    sheet.values = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => sheet!.values[r]?.[c] ?? ''),
    );
    block.forEach((cells, r) => cells.forEach((v, c) => (sheet!.values[row - 1 + r][column - 1 + c] = v)));
  };
  for (const c of plan.create) write(c.sheet, 1, 1, [c.headers]);
  for (const a of plan.addColumns) write(a.sheet, 1, a.startColumn, [a.headers]);
  for (const r of plan.addRows) write(r.sheet, r.startRow, 1, r.rows);
  return result;
}

/** A workbook some staff member has worked in: some schema sheets, columns dropped, shuffled, added. */
const workbook = fc
  .array(
    fc.record({
      spec: fc.constantFrom(...SHEETS),
      keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      order: fc.array(fc.integer(), { minLength: 40, maxLength: 40 }),
      extra: fc.array(fc.constantFrom('Комментарий', 'Телефон', 'Заметка'), { maxLength: 2 }),
      rows: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
    }),
    { maxLength: SHEETS.length },
  )
  .map((drafts) => {
    const seen = new Set<string>();
    return drafts
      .filter((d) => !seen.has(d.spec.name) && seen.add(d.spec.name))
      .map((d): ExistingSheet => {
        const kept = headersOf(d.spec).filter((_, i) => d.keep[i]);
        const shuffled = kept
          .map((h, i) => ({ h, k: d.order[i] }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.h);
        const headers = [...shuffled, ...new Set(d.extra)];
        if (headers.length === 0) return { name: d.spec.name, values: [['']] };
        return { name: d.spec.name, values: [headers, ...d.rows.map((v) => headers.map(() => `${v}x`))] };
      });
  });

describe('planSetup properties', () => {
  it('is idempotent: after applying its plan, a second plan is empty', () => {
    fc.assert(
      fc.property(workbook, fc.constantFrom(null, String(SCHEMA_VERSION)), (sheets, stored) => {
        const after = applyToData(sheets, planSetup(sheets, stored));
        expect(isEmptyPlan(planSetup(after, String(SCHEMA_VERSION)))).toBe(true);
      }),
    );
  });

  it('never moves or overwrites a cell that was already filled', () => {
    fc.assert(
      fc.property(workbook, (sheets) => {
        const after = applyToData(sheets, planSetup(sheets, null));
        for (const before of sheets) {
          const now = after.find((s) => s.name === before.name)!;
          before.values.forEach((row, r) =>
            row.forEach((v, c) => {
              if (v !== '') expect(now.values[r][c]).toBe(v);
            }),
          );
        }
      }),
    );
  });
});

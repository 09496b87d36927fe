import { firstSheet } from './helpers';

describe('call counting and execution time', () => {
  it('reading a 100-row sheet with one getValues counts one SpreadsheetApp.Range.getValues', () => {
    const { sheet, kernel } = firstSheet();
    const rows = Array.from({ length: 100 }, (_, i) => [`Человек ${i}`, `p${i}@college.example`, i]);
    sheet.getRange(1, 1, 100, 3).setValues(rows);
    const before = kernel.calls.snapshot();
    const values = sheet.getDataRange().getValues();
    expect(values).toHaveLength(100);
    expect(kernel.calls.since(before)).toEqual({
      'SpreadsheetApp.Sheet.getDataRange': 1,
      'SpreadsheetApp.Range.getValues': 1,
    });
  });

  it('every public call ticks, internal work (appendRow growing the grid, evaluating formulas) does not', () => {
    const { sheet, kernel } = firstSheet();
    const before = kernel.calls.snapshot();
    sheet.appendRow(['=1+1', 'x']);
    sheet.getRange('A1').getValue();
    expect(kernel.calls.since(before)).toEqual({
      'SpreadsheetApp.Sheet.appendRow': 1,
      'SpreadsheetApp.Sheet.getRange': 1,
      'SpreadsheetApp.Range.getValue': 1,
    });
  });

  it('calls advance the virtual clock by their predicted latency', () => {
    const { sheet, kernel } = firstSheet();
    const t0 = kernel.clock.now();
    const range = sheet.getRange('A1');
    const t1 = kernel.clock.now();
    range.getValues();
    expect(kernel.clock.now() - t1).toBe(60);
    expect(t1 - t0).toBeGreaterThan(0);
  });

  it('a large read or write costs more than a small one: a round trip plus a per-cell share', () => {
    const { sheet, kernel } = firstSheet();
    sheet.insertRowsAfter(1000, 9000);
    sheet.insertColumnsAfter(26, 14);
    const block = sheet.getRange(1, 1, 10_000, 40);
    const t0 = kernel.clock.now();
    block.getValues();
    const read = kernel.clock.now() - t0;
    expect(read).toBe(60 + 4000);
    const t1 = kernel.clock.now();
    block.setValues(Array.from({ length: 10_000 }, () => Array<string>(40).fill('')));
    expect(kernel.clock.now() - t1).toBe(120 + 12_000);
  });

  it('many calls in one menu execution end in "Exceeded maximum execution time"', () => {
    const { sheet, kernel } = firstSheet();
    let calls = 0;
    expect(() =>
      kernel.run('menu', 'rebuildEverything', () => {
        for (;;) {
          sheet.getRange(1, 1).setValue(calls);
          calls++;
        }
      }),
    ).toThrow('Exceeded maximum execution time');
    // 6 minutes of 5 ms getRange + 80 ms setValue calls.
    expect(calls).toBeGreaterThan(4000);
    expect(calls).toBeLessThan(4300);
    expect(kernel.executions.at(-1)!.error).toBe('Exception: Exceeded maximum execution time');
  });
});

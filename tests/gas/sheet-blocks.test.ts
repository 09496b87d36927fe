import { ROW_HEADROOM, SpreadsheetBlocks } from '../../src/gas/sheet-blocks';
import { formIdFromUrl } from '../../src/core';
import { SheetJournal } from '../../src/gas/journal';
import { setUpSystem } from '../../src/core';
import { callsDuring, depsOf, openCollegeSpreadsheet, sheetValues } from '../addon/fixture';
import { College, consentAnswers } from '../addon/pipeline-fixture';

describe('SpreadsheetBlocks over the offline Workspace', () => {
  it('finds a response sheet by the form it is linked to, after staff renamed and moved the tab', () => {
    const { workspace, spreadsheet, forms: ids } = College.open();
    workspace.forms.submitAsRespondent(ids.consent, consentAnswers('Иванова Анна'), 'a@x.ru');
    const tab = spreadsheet.getSheets().find((s) => s.getFormUrl()?.includes(ids.consent))!;
    tab.setName('Согласия (ответы) — не трогать');
    spreadsheet.setActiveSheet(tab);
    const found = new SpreadsheetBlocks(workspace.services.SpreadsheetApp).readResponses([
      { formId: ids.consent },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].sheet).toBe('Согласия (ответы) — не трогать');
    expect(found[0].values[1]).toContain('Иванова Анна');
  });

  it('reads the form id from /forms/d/<id>/… URLs, not from published /forms/d/e/<key>/ ones', () => {
    expect(formIdFromUrl('https://docs.google.com/forms/d/1abc_D-9/viewform')).toBe('1abc_D-9');
    expect(formIdFromUrl('https://docs.google.com/forms/d/1abc/edit?usp=sharing')).toBe('1abc');
    expect(formIdFromUrl('https://docs.google.com/forms/d/e/1FAIpQL/viewform')).toBeNull();
  });

  it('writes «=…», «+7 …», «-…», «@…» and «007» into text columns as typed: no formula, no number', () => {
    const { workspace, spreadsheet } = openCollegeSpreadsheet();
    const sheet = spreadsheet.insertSheet('Банк');
    sheet.getRange(1, 1, 1, 3).setValues([['Ответ', 'Число', 'Телефон']]);
    sheet.getRange(2, 2, 5, 1).setNumberFormat('0.00');
    const typed = ['=1+1', '+7 926 662-51-06', '-минус', '@упоминание', '007'];
    new SpreadsheetBlocks(workspace.services.SpreadsheetApp).write([
      {
        sheet: 'Банк',
        row: 2,
        column: 1,
        values: typed.map((t, i) => [t, i, t]),
        textColumns: [1, 3],
      },
    ]);
    const block = sheet.getRange(2, 1, 5, 3);
    expect(block.getValues().map((r) => r[0])).toEqual(typed);
    expect(block.getValues().map((r) => r[2])).toEqual(typed);
    expect(
      block
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    // The number column keeps the format staff gave it.
    expect(block.getNumberFormats().map((r) => r[1])).toEqual(Array(5).fill('0.00'));
  });

  it('grows the grid for a block past the last row and column, with a constant number of calls', () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => Array.from({ length: 30 }, (_, j) => `v${i}-${j}`));
    const run = (n: number) => {
      const { workspace, spreadsheet } = openCollegeSpreadsheet();
      spreadsheet.insertSheet('Банк');
      const calls = callsDuring(workspace, () =>
        new SpreadsheetBlocks(workspace.services.SpreadsheetApp).write([
          { sheet: 'Банк', row: 2, column: 1, values: rows(n), textColumns: [1, 2] },
        ]),
      );
      const sheet = spreadsheet.getSheetByName('Банк')!;
      expect(sheet.getMaxRows()).toBe(n + 1 > 1000 ? n + 1 + ROW_HEADROOM : 1000);
      expect(sheet.getRange(n + 1, 30).getValue()).toBe(`v${n - 1}-29`);
      return calls;
    };
    const large = run(2000);
    expect(large['SpreadsheetApp.Range.setValues']).toBe(1);
    expect(large['SpreadsheetApp.Sheet.insertRowsAfter']).toBe(1);
    expect(Object.values(large).reduce((a, b) => a + b, 0)).toBe(12);
    const small = run(20);
    delete large['SpreadsheetApp.Sheet.insertRowsAfter'];
    expect(small).toEqual(large);
  });
});

describe('SheetJournal.writeAll', () => {
  it('writes many journal rows as one block below the last row', () => {
    const { workspace, spreadsheet } = openCollegeSpreadsheet();
    workspace.kernel.run('menu', 'setupSystem', () => setUpSystem(depsOf(workspace)));
    const journal = new SheetJournal(workspace.services.SpreadsheetApp, { now: () => new Date(0) });
    const entries = Array.from({ length: 300 }, (_, i) => ({
      level: 'WARNING' as const,
      code: 'X',
      message: `=проблема ${i}`,
    }));
    const calls = callsDuring(workspace, () => journal.writeAll(entries));
    expect(calls['SpreadsheetApp.Range.setValues']).toBe(1);
    expect(calls['SpreadsheetApp.Sheet.appendRow'] ?? 0).toBe(0);
    const rows = sheetValues(spreadsheet)['Журнал'];
    expect(rows).toHaveLength(302);
    expect(rows[301][3]).toBe('=проблема 299');
  });
});

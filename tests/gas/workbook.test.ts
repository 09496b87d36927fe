import { SHEETS, headersOf, sheetSpec, setUpSystem } from '../../src/core';
import { columnRuns } from '../../src/gas/workbook';
import { callsDuring, depsOf, openCollegeSpreadsheet, sheetValues } from '../addon/fixture';

const runSetup = (workspace: ReturnType<typeof openCollegeSpreadsheet>['workspace']) =>
  workspace.kernel.run('menu', 'setupSystem', () => setUpSystem(depsOf(workspace)));

describe('SheetsWorkbook over the offline Workspace', () => {
  it('set-up on a fresh spreadsheet writes each sheet’s headers with one setValues, never cell by cell', () => {
    const { workspace } = openCollegeSpreadsheet();
    const calls = callsDuring(workspace, () => runSetup(workspace));
    // One header block per sheet, one block of settings rows, and the two Drive folders' links
    // («Методические материалы», «Методическая копилка») into their rows of «Настройки», a cell each.
    expect(calls['SpreadsheetApp.Range.setValues']).toBe(SHEETS.length + 1 + 2);
    expect(calls['SpreadsheetApp.Range.setValue'] ?? 0).toBe(0);
    expect(calls['SpreadsheetApp.Sheet.insertSheet'] ?? calls['SpreadsheetApp.Spreadsheet.insertSheet']).toBe(
      SHEETS.length,
    );
    // Nothing to read on a fresh spreadsheet but the journal's header row, to lay its row out.
    expect(calls['SpreadsheetApp.Range.getValues']).toBe(1);
    expect(calls['SpreadsheetApp.Sheet.appendRow']).toBe(1);
  });

  it('a second set-up reads each sheet of the schema once and writes nothing', () => {
    const { workspace } = openCollegeSpreadsheet();
    runSetup(workspace);
    const calls = callsDuring(workspace, () => runSetup(workspace));
    expect(calls['SpreadsheetApp.Range.getValues']).toBe(SHEETS.length);
    expect(calls['SpreadsheetApp.Range.setValues'] ?? 0).toBe(0);
    expect(calls['SpreadsheetApp.Sheet.appendRow'] ?? 0).toBe(0);
  });

  it('creates sheets with a bold, frozen header row, growing the grid past 26 columns when needed', () => {
    const { workspace, spreadsheet } = openCollegeSpreadsheet();
    runSetup(workspace);
    for (const spec of SHEETS) {
      const sheet = spreadsheet.getSheetByName(spec.name)!;
      const headers = headersOf(spec);
      expect(sheet.getRange(1, 1, 1, headers.length).getValues()[0]).toEqual(headers);
      expect(sheet.getFrozenRows()).toBe(1);
      expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    }
    expect(headersOf(sheetSpec('mentors')).length).toBeGreaterThan(26);
  });

  it('keeps answers that look like formulas, phones and numbers exactly as typed in personal-data columns', () => {
    const { workspace, spreadsheet } = openCollegeSpreadsheet();
    runSetup(workspace);
    const headers = headersOf(sheetSpec('mentees'));
    const row = headers.map(() => '');
    row[headers.indexOf('Эл. почта')] = 'ivanova@college.example';
    row[headers.indexOf('ФИО')] = '=HYPERLINK("http://evil.example")';
    row[headers.indexOf('Должность')] = '+7 926 662-51-06';
    row[headers.indexOf('ПЦК / предмет')] = '007';
    row[headers.indexOf('Педагогический стаж')] = '1-3';
    // A score column is not plain text, and there Sheets converts as it would for typed input.
    const score = headers.indexOf('Затруднение: оценивание');
    row[score] = '004';
    workspace.kernel.run('script', 'write', () =>
      depsOf(workspace).workbook.writeBlock('Банк наставляемых', 2, 1, [row]),
    );
    const written = spreadsheet
      .getSheetByName('Банк наставляемых')!
      .getRange(2, 1, 1, headers.length)
      .getValues()[0];
    expect(written.slice(0, 5)).toEqual(row.slice(0, 5));
    expect(written[score]).toBe(4);
  });

  it('adds a missing column at the right end, leaving staff columns and rows where they were', () => {
    const { workspace, spreadsheet } = openCollegeSpreadsheet();
    runSetup(workspace);
    const sheet = spreadsheet.getSheetByName('Журнал')!;
    const width = sheet.getLastColumn();
    // A methodist renames «Подробности», adds a column of her own and a row of notes.
    sheet.getRange(1, width).setValue('Мои пометки');
    sheet.getRange(1, width + 1).setValue('Телефон');
    sheet.getRange(3, width + 1).setValue('+7 999 000-00-00');
    const before = sheetValues(spreadsheet)['Журнал'];
    runSetup(workspace);
    const after = sheetValues(spreadsheet)['Журнал'];
    expect(after[0][width + 1]).toBe('Подробности');
    before.forEach((r, i) => r.forEach((v, j) => expect(after[i][j]).toEqual(v)));
  });

  it('groups plain-text columns into runs so each run is formatted with one call', () => {
    expect(columnRuns([5, 1, 2, 3, 7, 8])).toEqual([
      [1, 3],
      [5, 1],
      [7, 2],
    ]);
  });
});

import type { UiApi } from '../../../src/gas/api/html';
import { MIME } from '../../../src/offline/runtime/drive-registry';
import { OfflineSpreadsheetApp } from '../../../src/offline/spreadsheet/app';
import { expectGasError, firstSheet, sheetsWorld } from './helpers';

describe('SpreadsheetApp', () => {
  it('create registers a spreadsheet file in Drive and names the first sheet Лист1 for a Russian user (§1.4.3, §1.6.4)', () => {
    const { app, kernel } = sheetsWorld({ locale: 'ru' });
    const ss = app.create('Наставничество');
    const file = kernel.drive.get(ss.getId());
    expect(file.mimeType).toBe(MIME.spreadsheet);
    expect(file.name).toBe('Наставничество');
    expect(file.parents).toEqual([kernel.drive.rootId]);
    const sheets = ss.getSheets();
    expect(sheets.map((s) => s.getName())).toEqual(['Лист1']);
    expect([sheets[0]!.getMaxRows(), sheets[0]!.getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });

  it('an English user gets Sheet1 and en_US', () => {
    const { app } = sheetsWorld({ locale: 'en' });
    const ss = app.create('Mentoring');
    expect(ss.getSheets()[0]!.getName()).toBe('Sheet1');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
  });

  it('create(name, rows, columns) sizes the first sheet (§1.4.3)', () => {
    const { app } = sheetsWorld();
    const sheet = app.create('Маленькая', 10, 3).getSheets()[0]!;
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([10, 3]);
  });

  it("create consumes the daily spreadsheetsCreated quota and fails with Google's text when it runs out", () => {
    const { app, kernel } = sheetsWorld({ account: 'consumer' });
    for (let i = 0; i < 250; i++) app.create(`t${i}`);
    expect(kernel.quotas.usedToday('spreadsheetsCreated')).toBe(250);
    expectGasError(
      () => app.create('one too many'),
      'Service invoked too many times for one day: spreadsheets create.',
    );
  });

  it("openById finds a spreadsheet and fails on an unknown id with Google's text (§1.6.6)", () => {
    const { app } = sheetsWorld();
    const id = app.create('Банк').getId();
    expect(app.openById(id).getName()).toBe('Банк');
    expectGasError(
      () => app.openById('1nonexistent'),
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });

  it('openByUrl opens by the id inside the URL', () => {
    const { app } = sheetsWorld();
    const ss = app.create('Банк');
    expect(app.openByUrl(ss.getUrl()).getId()).toBe(ss.getId());
  });

  it('getActiveSpreadsheet is null without a container (§1.6.7) and the container spreadsheet otherwise', () => {
    const { app, kernel, store } = sheetsWorld();
    expect(app.getActiveSpreadsheet()).toBeNull();
    const model = store.create('Контейнер');
    kernel.container = { kind: 'document', id: 'doc' };
    expect(app.getActiveSpreadsheet()).toBeNull();
    kernel.container = { kind: 'spreadsheet', id: model.id };
    expect(app.getActiveSpreadsheet()!.getId()).toBe(model.id);
    expect(app.getActive()!.getName()).toBe('Контейнер');
  });

  it('the enums print as their names', () => {
    const { app } = sheetsWorld();
    expect(String(app.ProtectionType.SHEET)).toBe('SHEET');
    expect(String(app.DataValidationCriteria.VALUE_IN_LIST)).toBe('VALUE_IN_LIST');
    expect(String(app.BooleanCriteria.CUSTOM_FORMULA)).toBe('CUSTOM_FORMULA');
  });

  it('getUi returns the Ui of the open spreadsheet', () => {
    const { kernel, store } = sheetsWorld();
    const ui = { marker: true } as unknown as UiApi;
    const app = new OfflineSpreadsheetApp(kernel, store, () => ui);
    kernel.container = { kind: 'spreadsheet', id: store.create('Книга').id };
    expect(app.getUi()).toBe(ui);
    expect(kernel.run('menu', 'showSidebar', () => app.getUi())).toBe(ui);
    expect(kernel.calls.count('SpreadsheetApp.SpreadsheetApp.getUi')).toBe(2);
  });

  it('getUi outside a spreadsheet, or in a trigger, fails: "Cannot call SpreadsheetApp.getUi() from this context."', () => {
    const { kernel, store, app } = sheetsWorld();
    const message = 'Cannot call SpreadsheetApp.getUi() from this context.';
    expectGasError(() => app.getUi(), message);
    kernel.container = { kind: 'document', id: 'doc' };
    expectGasError(() => app.getUi(), message);
    kernel.container = { kind: 'spreadsheet', id: store.create('Книга').id };
    expectGasError(() => kernel.run('installable-trigger', 'onFormSubmit', () => app.getUi()), message);
  });
});

describe('Spreadsheet', () => {
  it('rename changes the name Drive sees', () => {
    const { ss, kernel } = firstSheet();
    ss.rename('Новое имя');
    expect(ss.getName()).toBe('Новое имя');
    expect(kernel.drive.get(ss.getId()).name).toBe('Новое имя');
  });

  it('getSheetByName is an exact match and returns null when absent (§1.6.1)', () => {
    const { ss } = firstSheet({ locale: 'ru' });
    ss.insertSheet('Настройки');
    expect(ss.getSheetByName('Настройки')!.getName()).toBe('Настройки');
    expect(ss.getSheetByName('настройки')).toBeNull();
    expect(ss.getSheetByName('Журнал')).toBeNull();
  });

  it('insertSheet() uses the localised default name Лист2 (§1.6.4) and becomes active', () => {
    const { ss } = firstSheet({ locale: 'ru' });
    const s = ss.insertSheet();
    expect(s.getName()).toBe('Лист2');
    expect(ss.getActiveSheet().getName()).toBe('Лист2');
    expect(ss.insertSheet().getName()).toBe('Лист3');
  });

  it('insertSheet(name, index) places the sheet at the 0-based index', () => {
    const { ss } = firstSheet();
    ss.insertSheet('Журнал');
    ss.insertSheet('Настройки', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Настройки', 'Лист1', 'Журнал']);
    expect(ss.getSheetByName('Журнал')!.getIndex()).toBe(3);
  });

  it("a name already in use is refused with Google's text, whatever its case (§1.6.2)", () => {
    const { ss } = firstSheet();
    ss.insertSheet('Пары');
    expectGasError(
      () => ss.insertSheet('Пары'),
      'A sheet with the name "Пары" already exists. Please enter another name.',
    );
    expectGasError(
      () => ss.insertSheet('пары'),
      'A sheet with the name "пары" already exists. Please enter another name.',
    );
    expect(ss.getNumSheets()).toBe(2);
  });

  it("setName to another sheet's name is refused (§1.6.2); re-casing its own name is allowed", () => {
    const { ss, sheet } = firstSheet();
    ss.insertSheet('Журнал');
    expectGasError(
      () => sheet.setName('Журнал'),
      'A sheet with the name "Журнал" already exists. Please enter another name.',
    );
    sheet.setName('ЛИСТ1');
    expect(sheet.getName()).toBe('ЛИСТ1');
  });

  it('deleting the only sheet fails (§1.6.3); deleting another works', () => {
    const { ss, sheet } = firstSheet();
    expectGasError(() => ss.deleteSheet(sheet), "You can't remove all the sheets in a document.");
    const other = ss.insertSheet('Временный');
    ss.deleteSheet(sheet);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Временный']);
    expectGasError(() => ss.deleteSheet(other), "You can't remove all the sheets in a document.");
  });

  it('setActiveSheet and getActiveSheet', () => {
    const { ss, sheet } = firstSheet();
    ss.insertSheet('Второй');
    ss.setActiveSheet(sheet);
    expect(ss.getActiveSheet().getName()).toBe(sheet.getName());
  });

  it('Spreadsheet.getRange reads "Sheet!A1" notation, or the active sheet', () => {
    const { ss } = firstSheet();
    const s = ss.insertSheet('Журнал событий');
    s.getRange('B2').setValue('x');
    expect(ss.getRange("'Журнал событий'!B2").getValue()).toBe('x');
    expect(ss.getRange('B2').getSheet().getName()).toBe('Журнал событий');
  });

  it('toast records what the person saw in kernel.screen', () => {
    const { ss, kernel } = firstSheet();
    ss.toast('Пары сформированы', 'Наставник', 5);
    expect(kernel.screen).toEqual([
      {
        at: kernel.clock.now(),
        host: 'Sheets',
        kind: 'toast',
        title: 'Наставник',
        content: 'Пары сформированы',
      },
    ]);
  });

  it('the creator owns the spreadsheet; editors are a list of e-mails with the owner first', () => {
    const { ss } = firstSheet({ user: 'curator@college.example' });
    expect(ss.getOwner()!.getEmail()).toBe('curator@college.example');
    ss.addEditor('mentor@college.example').addEditors(['a@college.example', 'mentor@college.example']);
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([
      'curator@college.example',
      'mentor@college.example',
      'a@college.example',
    ]);
    ss.removeEditor('a@college.example');
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([
      'curator@college.example',
      'mentor@college.example',
    ]);
  });

  it('getSheetId is 0 for the first sheet and distinct for later ones', () => {
    const { ss, sheet } = firstSheet();
    const second = ss.insertSheet('Второй');
    expect(sheet.getSheetId()).toBe(0);
    expect(second.getSheetId()).not.toBe(0);
    expect(ss.getSheetById(second.getSheetId())!.getName()).toBe('Второй');
  });
});

describe('Sheet structure', () => {
  it('appendRow writes after the last row with content, from column A (§1.5.1, §1.5.3)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('C3').setValue('x');
    sheet.appendRow(['a', 'b']);
    expect(sheet.getRange('A4:B4').getValues()).toEqual([['a', 'b']]);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
  });

  it('appendRow on a full grid adds a row instead of failing (§1.5.4)', () => {
    const { app } = sheetsWorld();
    const sheet = app.create('Малая', 2, 2).getSheets()[0]!;
    sheet.appendRow(['1']);
    sheet.appendRow(['2']);
    sheet.appendRow(['3', 'b', 'c']);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getMaxColumns()).toBe(3);
    expect(sheet.getRange('A3:C3').getValues()).toEqual([[3, 'b', 'c']]);
  });

  it('insertRowsAfter shifts content down and grows the grid', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:A3').setValues([['h'], ['x'], ['y']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['h'], [''], [''], ['x'], ['y']]);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.insertRowBefore(1);
    expect(sheet.getRange('A2').getValue()).toBe('h');
  });

  it('deleteRow removes a row and shifts the ones below up', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.deleteRow(2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['a'], ['c']]);
    expect(sheet.getMaxRows()).toBe(999);
    sheet.deleteRows(1, 2);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('row and column operations beyond the grid fail with "Those rows/columns are out of bounds." (§1.2.5)', () => {
    const { sheet } = firstSheet();
    expectGasError(() => sheet.deleteRow(1001), 'Those rows are out of bounds.');
    expectGasError(() => sheet.deleteRows(999, 5), 'Those rows are out of bounds.');
    expectGasError(() => sheet.insertRowsAfter(1001, 1), 'Those rows are out of bounds.');
    expectGasError(() => sheet.deleteColumn(27), 'Those columns are out of bounds.');
    expectGasError(() => sheet.insertColumnsAfter(30, 1), 'Those columns are out of bounds.');
  });

  it('insertColumnsAfter shifts cells right', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:B1').setValues([['a', 'b']]);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', '', 'b']]);
    expect(sheet.getMaxColumns()).toBe(28);
    sheet.deleteColumn(2);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['a', '', 'b']]);
  });

  it('frozen rows and columns are kept', () => {
    const { sheet } = firstSheet();
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getFrozenColumns()).toBe(2);
  });

  it('hideSheet hides a sheet but never the last visible one', () => {
    const { ss, sheet } = firstSheet();
    expectGasError(() => sheet.hideSheet(), "You can't hide all the sheets in a document.");
    const tech = ss.insertSheet('Служебный');
    tech.hideSheet();
    expect(tech.isSheetHidden()).toBe(true);
    expect(sheet.isSheetHidden()).toBe(false);
  });

  it('column widths, tab colour and auto-resize are recorded or counted', () => {
    const { sheet, kernel } = firstSheet();
    sheet.setColumnWidth(2, 250).setTabColor('#00ff00').autoResizeColumns(1, 3);
    expect(sheet.getColumnWidth(2)).toBe(250);
    expect(sheet.getColumnWidth(3)).toBe(100);
    expect(sheet.getTabColor()).toBe('#00ff00');
    expect(kernel.calls.count('SpreadsheetApp.Sheet.autoResizeColumns')).toBe(1);
  });

  it('clear empties values and formats; clearContents keeps formats', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1').setNumberFormat('@').setValue('007');
    sheet.clearContents();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('@');
    sheet.getRange('A1').setValue('x');
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });

  it('getParent returns the spreadsheet', () => {
    const { ss, sheet } = firstSheet();
    expect(sheet.getParent().getId()).toBe(ss.getId());
  });
});

describe('workbook limit (§1.3.9)', () => {
  const message =
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

  it('insertSheet past 10,000,000 cells fails', () => {
    const { app } = sheetsWorld();
    const ss = app.create('Большая', 384_000, 26); // 9,984,000 cells
    expectGasError(() => ss.insertSheet('Ещё'), message);
    expect(ss.getNumSheets()).toBe(1);
  });

  it('inserting rows past the limit fails; up to the limit is fine', () => {
    const { app } = sheetsWorld();
    const sheet = app.create('Большая', 384_000, 26).getSheets()[0]!;
    sheet.insertRowsAfter(1, 615); // 9,999,990 cells
    expectGasError(() => sheet.insertRowsAfter(1, 1), message);
    expectGasError(() => sheet.insertColumnsAfter(1, 1), message);
    expect(sheet.getMaxRows()).toBe(384_615);
  });

  it('create with more than 10,000,000 cells fails', () => {
    const { app } = sheetsWorld();
    expectGasError(() => app.create('Слишком', 400_000, 26), message);
  });
});

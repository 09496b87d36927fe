import { OfflineWorkspace } from '../../../src/offline/workspace';
import { firstSheet, sheetsWorld } from './helpers';

describe('non-ticking helpers for the rest of the offline Workspace', () => {
  it('appendRowRaw stores a form response as typed values, with no parsing, and returns its row', () => {
    const { store, kernel } = sheetsWorld({ locale: 'ru' });
    const model = store.create('Анкета (Ответы)');
    const sheet = model.ensureSheet('Ответы на форму (1)');
    sheet.setHeaderRaw(['Отметка времени', 'Телефон', 'Ссылка', 'Стаж', 'Оценка']);
    const when = new Date(Date.UTC(2026, 8, 1, 7, 0, 0));
    const before = kernel.calls.total;
    const row = sheet.appendRowRaw([when, '+7 926 662-51-06', '=HYPERLINK("x")', '007', 4]);
    expect(row).toBe(2);
    expect(kernel.calls.total).toBe(before);
    const [values] = sheet.valuesOf({ row: 2, col: 1, numRows: 1, numCols: 5 });
    expect(values).toEqual([when, '+7 926 662-51-06', '=HYPERLINK("x")', '007', 4]);
    expect(sheet.displayOf(2, 1)).toBe('01.09.2026 10:00:00');
    expect(sheet.appendRowRaw(['x'])).toBe(3);
    expect(sheet.getValuesRaw()).toHaveLength(3);
  });

  it('ensureSheet returns the existing sheet or inserts one; insertSheetRaw checks names', () => {
    const { store } = sheetsWorld();
    const model = store.create('Книга');
    const a = model.ensureSheet('Ответы на форму (1)');
    expect(model.ensureSheet('Ответы на форму (1)')).toBe(a);
    expect(() => model.insertSheetRaw('ответы на форму (1)')).toThrow(
      'A sheet with the name "ответы на форму (1)" already exists. Please enter another name.',
    );
    const first = model.insertSheetRaw('Первый', 0);
    expect(model.sheets[0]).toBe(first);
  });

  it('makeRange builds a public Range for an event without counting calls', () => {
    const { store, kernel } = sheetsWorld();
    const model = store.create('Книга');
    model.sheets[0]!.appendRowRaw(['a', 'b', 'c']);
    const before = kernel.calls.total;
    const range = store.makeRange(model.id, model.sheets[0]!.name, 1, 1, 1, 3);
    expect(kernel.calls.total).toBe(before);
    expect(range.getValues()).toEqual([['a', 'b', 'c']]);
    expect(range.getSheet().getParent().getId()).toBe(model.id);
    expect(store.spreadsheetObject(model.id).getName()).toBe('Книга');
  });

  it('editAsUser reads typed text like the UI does and returns whether Sheets accepted it', () => {
    const { sheet, store, ss, kernel, app } = firstSheet({ user: 'curator@college.example' });
    const model = store.get(ss.getId())!.sheets[0]!;
    const before = kernel.calls.total;
    expect(model.editAsUser(1, 1, '25.11.2026')).toEqual({ accepted: true });
    expect(kernel.calls.total).toBe(before);
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date);
    sheet
      .getRange('B1')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).build(),
      );
    expect(model.editAsUser(1, 2, 'может быть')).toEqual({ accepted: false, reason: 'invalid' });
    expect(model.editAsUser(1, 2, 'да')).toEqual({ accepted: true });
  });

  it('editAsUser refuses a protected cell to a user the protection does not list', () => {
    const { sheet, store, ss } = firstSheet({ user: 'curator@college.example' });
    ss.addEditor('teacher@college.example');
    const p = sheet.getRange('A1:Z1').protect();
    p.removeEditors(['teacher@college.example']);
    const model = store.get(ss.getId())!.sheets[0]!;
    expect(model.editAsUser(1, 1, 'x', 'teacher@college.example')).toEqual({
      accepted: false,
      reason: 'protected',
    });
    expect(model.editAsUser(2, 1, 'x', 'teacher@college.example')).toEqual({ accepted: true });
    expect(model.editAsUser(1, 1, 'x', 'curator@college.example')).toEqual({ accepted: true });
  });

  it('toJSON snapshots every sheet: values as getValues gives them, formulas, frozen rows, protections, validations', () => {
    const { sheet, store, ss, app } = firstSheet({ user: 'curator@college.example' });
    sheet.appendRow(['ФИО', 'Форма', 'Итог']);
    sheet.appendRow(['Иванова', 'очная', '=1+1']);
    sheet.setFrozenRows(1);
    sheet.protect().setDescription('Банк');
    sheet
      .getRange('B2:B5')
      .setDataValidation(app.newDataValidation().requireValueInList(['очная', 'дистанционная']).build());
    ss.insertSheet('Пустой');
    const [snap] = store.toJSON();
    expect(snap!.name).toBe('Банк наставляемых');
    const [bank, empty] = snap!.sheets;
    expect(bank!.values).toEqual([
      ['ФИО', 'Форма', 'Итог'],
      ['Иванова', 'очная', 2],
    ]);
    expect(bank!.formulas[1]).toEqual(['', '', '=1+1']);
    expect(bank!.frozenRows).toBe(1);
    expect(bank!.protections).toEqual([
      {
        type: 'SHEET',
        range: null,
        description: 'Банк',
        warningOnly: false,
        editors: ['curator@college.example'],
        unprotectedRanges: [],
      },
    ]);
    expect(bank!.validations).toEqual([
      {
        range: 'B2:B5',
        criteria: 'VALUE_IN_LIST',
        values: [['очная', 'дистанционная'], true],
        allowInvalid: true,
        helpText: null,
      },
    ]);
    expect(empty!.values).toEqual([['']]);
    expect(JSON.parse(JSON.stringify(snap)).sheets[0].values[1][0]).toBe('Иванова');
  });

  it('copy duplicates content under a new Drive file', () => {
    const { store, kernel } = sheetsWorld();
    const source = store.create('Шаблон');
    source.sheets[0]!.appendRowRaw(['a', 1]);
    const copy = store.copy(source.id, 'Копия');
    expect(copy.id).not.toBe(source.id);
    expect(kernel.drive.get(copy.id).name).toBe('Копия');
    expect(copy.sheets[0]!.getValuesRaw()).toEqual([['a', 1]]);
    copy.sheets[0]!.appendRowRaw(['b', 2]);
    expect(source.sheets[0]!.lastRow()).toBe(1);
  });
});

describe('the Workspace wiring', () => {
  it('OfflineWorkspace exposes SpreadsheetApp over its `sheets` store', () => {
    const ws = new OfflineWorkspace({ locale: 'ru' });
    const ss = ws.services.SpreadsheetApp.create('Наставник');
    expect(ws.sheets.get(ss.getId())!.name).toBe('Наставник');
    ws.kernel.container = { kind: 'spreadsheet', id: ss.getId() };
    expect(ws.services.SpreadsheetApp.getActiveSpreadsheet()!.getSheets()[0]!.getName()).toBe('Лист1');
  });
});

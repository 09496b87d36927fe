import type { RangeApi } from '../../../src/gas/api/spreadsheet';
import { OfflineWorkspace } from '../../../src/offline/workspace';

describe('forms and triggers in the offline workspace', () => {
  it('FormApp and ScriptApp are wired; a submission lands in the SpreadsheetApp spreadsheet and fires its trigger', () => {
    const ws = new OfflineWorkspace({ start: new Date(Date.UTC(2026, 10, 25, 6)) });
    const { FormApp, ScriptApp, SpreadsheetApp } = ws.services;
    const marks: string[] = [];
    ws.useFunctions((name) =>
      name === 'onFormSubmit'
        ? (e) => {
            const range = (e as { range: RangeApi }).range;
            range.offset(0, range.getNumColumns(), 1, 1).setValue('обработано');
            marks.push(range.getA1Notation());
          }
        : undefined,
    );
    const book = SpreadsheetApp.create('Банк');
    const form = FormApp.create('Согласие');
    form.addTextItem().setTitle('ФИО');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
    ScriptApp.newTrigger('onFormSubmit').forSpreadsheet(book).onFormSubmit().create();
    ws.forms.submitAsRespondent(form.getId(), { ФИО: 'Иванова' });
    expect(marks).toEqual(['A2:B2']);
    const tab = SpreadsheetApp.openById(book.getId()).getSheets()[0]!;
    expect(tab.getName()).toBe('Ответы на форму (1)');
    expect(tab.getRange(2, 2, 1, 2).getValues()).toEqual([['Иванова', 'обработано']]);
    expect(ws.kernel.executions.map((x) => [x.kind, x.functionName, x.error])).toEqual([
      ['installable-trigger', 'onFormSubmit', undefined],
    ]);
    expect(ws.triggers.toJSON().firings).toHaveLength(1);
  });
});

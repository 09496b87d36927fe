import type { RangeApi, SpreadsheetApi } from '../../../src/gas/api/spreadsheet';
import { OfflineForms } from '../../../src/offline/forms';
import { connectFormsAndTriggers } from '../../../src/offline/forms/spreadsheet-host';
import { Kernel, ScriptFunction } from '../../../src/offline/runtime/kernel';
import { OfflineTriggers } from '../../../src/offline/script';
import { SpreadsheetStore } from '../../../src/offline/spreadsheet';
import { buildQuestionnaire, FULL_ANSWERS, SUBMITTED_AT } from './setup';

function setup() {
  const kernel = new Kernel({ start: new Date(Date.UTC(2026, 10, 25, 6, 0, 0)) });
  const triggers = new OfflineTriggers(kernel);
  const forms = new OfflineForms(kernel, triggers);
  const spreadsheets = new SpreadsheetStore(kernel);
  connectFormsAndTriggers(forms, triggers, spreadsheets);
  const fns: Record<string, ScriptFunction> = {};
  kernel.setFunctionResolver((name) => fns[name]);
  const book = spreadsheets.create('Банк наставляемых');
  return { kernel, triggers, forms, spreadsheets, book, fns, FormApp: forms.app, ScriptApp: triggers.app };
}

describe('response sheet in the offline spreadsheet service', () => {
  it('the linked tab is inserted first in the real spreadsheet, with typed values that getValues returns (§2.1)', () => {
    const { FormApp, forms, book } = setup();
    const form = buildQuestionnaire(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.id);
    forms.submitAsRespondent(form.getId(), FULL_ANSWERS, 'anna@college.example', SUBMITTED_AT);
    expect(book.sheets.map((s) => s.name)).toEqual(['Ответы на форму (1)', 'Лист1']);
    const values = book.sheetByName('Ответы на форму (1)')!.getValuesRaw();
    expect(values[0]![0]).toBe('Отметка времени');
    expect(values[1]![0]).toEqual(SUBMITTED_AT);
    expect(values[1]![3]).toBe('Методика, Воспитание');
    expect(values[1]![6]).toBe(4);
    expect(values[1]![7]).toBeInstanceOf(Date);
    expect(values[1]![10]).toBe('=1+1');
  });

  it('a text answer starting with "=" is stored as text, not as a formula', () => {
    const { FormApp, forms, book } = setup();
    const form = FormApp.create('Мониторинг');
    form.addTextItem().setTitle('Отзыв');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.id);
    forms.submitAsRespondent(form.getId(), { Отзыв: '=1+1' }, undefined, SUBMITTED_AT);
    const cell = book.sheetByName('Ответы на форму (1)')!.cell(2, 2)!;
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('=1+1');
  });

  it('the spreadsheet event carries a real Range of the new row and the Spreadsheet as source (§2.2.1, §2.2.4)', () => {
    const { FormApp, ScriptApp, forms, book, fns } = setup();
    const form = buildQuestionnaire(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.id);
    const seen: Array<{ a1: string; row: unknown[]; source: string; sheet: string }> = [];
    fns.onFormSubmit = (e) => {
      const event = e as { range: RangeApi; source: SpreadsheetApi };
      seen.push({
        a1: event.range.getA1Notation(),
        row: event.range.getValues()[0]!,
        source: event.source.getId(),
        sheet: event.range.getSheet().getName(),
      });
    };
    ScriptApp.newTrigger('onFormSubmit').forSpreadsheet(book.id).onFormSubmit().create();
    forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT);
    forms.submitAsRespondent(form.getId(), { ФИО: 'Б' }, 'b@x.example', SUBMITTED_AT);
    expect(seen.map((s) => s.a1)).toEqual(['A2:K2', 'A3:K3']);
    expect(seen[1]!.row.slice(1, 3)).toEqual(['b@x.example', 'Б']);
    expect(seen[0]!.source).toBe(book.id);
    expect(seen[0]!.sheet).toBe('Ответы на форму (1)');
  });

  it('a new question after linking appends a column at the right end of the real sheet (§2.1.9)', () => {
    const { FormApp, forms, book } = setup();
    const form = FormApp.create('Мониторинг');
    form.addTextItem().setTitle('А');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.id);
    form.addTextItem().setTitle('Новый');
    form.moveItem(1, 0);
    forms.submitAsRespondent(form.getId(), { А: 'а', Новый: 'н' }, undefined, SUBMITTED_AT);
    expect(book.sheetByName('Ответы на форму (1)')!.getValuesRaw()).toEqual([
      ['Отметка времени', 'А', 'Новый'],
      [SUBMITTED_AT, 'а', 'н'],
    ]);
  });
});

import { Person, PersonActionError } from '../../src/offline/person';
import { OfflineWorkspace } from '../../src/offline/workspace';

type Fn = (...args: unknown[]) => unknown;

function setUp(functions: Record<string, Fn>): {
  workspace: OfflineWorkspace;
  person: Person;
  spreadsheetId: string;
} {
  const workspace = new OfflineWorkspace({ start: new Date('2026-09-01T06:00:00Z') });
  const spreadsheetId = workspace.sheets.create('Наставничество').id;
  workspace.kernel.container = { kind: 'spreadsheet', id: spreadsheetId };
  workspace.useFunctions((name) => functions[name]);
  return { workspace, person: new Person(workspace), spreadsheetId };
}

describe('a person in the offline Workspace', () => {
  it('opening the spreadsheet runs the simple onOpen trigger in LIMITED mode, whose menu items can then be clicked', () => {
    const seen: string[] = [];
    const { workspace, person } = setUp({
      onOpen: (e) => {
        seen.push(String((e as { authMode: unknown }).authMode));
        workspace.services.SpreadsheetApp.getUi()
          .createMenu('Наставничество')
          .addItem('Настроить систему', 'setupSystem')
          .addToUi();
      },
      setupSystem: () => seen.push('setup'),
    });
    const opened = person.openSpreadsheet();
    expect(opened.executions).toEqual([
      expect.objectContaining({ functionName: 'onOpen', kind: 'simple-trigger' }),
    ]);
    person.clickMenu('Настроить систему');
    expect(seen).toEqual([String(workspace.services.ScriptApp.AuthMode.LIMITED), 'setup']);
  });

  it('a menu label nobody sees cannot be clicked, and the message lists what the menus show', () => {
    const { workspace, person } = setUp({
      onOpen: () =>
        workspace.services.SpreadsheetApp.getUi()
          .createMenu('Наставничество')
          .addItem('Настроить систему', 'setupSystem')
          .addToUi(),
    });
    person.openSpreadsheet();
    expect(() => person.clickMenu('Сформировать пары')).toThrow(PersonActionError);
    expect(() => person.clickMenu('Сформировать пары')).toThrow(
      /no menu item «Сформировать пары».*«Настроить систему»/,
    );
  });

  it('an exception the add-on leaves unhandled is recorded against its execution, not thrown at the person', () => {
    const { workspace, person } = setUp({
      onOpen: () =>
        workspace.services.SpreadsheetApp.getUi().createMenu('М').addItem('Сломать', 'broken').addToUi(),
      broken: () => {
        throw new Error('boom');
      },
    });
    person.openSpreadsheet();
    const outcome = person.clickMenu('Сломать');
    expect(outcome.executions).toEqual([
      expect.objectContaining({ functionName: 'broken', error: 'Error: boom' }),
    ]);
  });

  it('a submitted form reaches the spreadsheet trigger of its destination; unknown forms and questions are named', () => {
    const events: Array<Record<string, unknown>> = [];
    const { workspace, person, spreadsheetId } = setUp({
      onBankSubmit: (e) => events.push(e as Record<string, unknown>),
    });
    const { FormApp, ScriptApp } = workspace.services;
    const form = FormApp.create('Анкета наставляемого').setTitle('Анкета наставляемого');
    form.setCollectEmail(true);
    form.addTextItem().setTitle('ФИО').setRequired(true);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
    ScriptApp.newTrigger('onBankSubmit').forSpreadsheet(spreadsheetId).onFormSubmit().create();

    const outcome = person.submitForm(
      'Анкета наставляемого',
      { ФИО: '=ИВАНОВА()' },
      'ivanova@college.example',
    );
    expect(outcome.detail).toBe('response row 2');
    expect(events).toHaveLength(1);
    expect((events[0]!.namedValues as Record<string, string[]>)['ФИО']).toEqual(['=ИВАНОВА()']);
    expect(() => person.submitForm('Анкета наставника', {}, 'x@college.example')).toThrow(
      /no form «Анкета наставника».*«Анкета наставляемого»/,
    );
    expect(() => person.submitForm('Анкета наставляемого', { Стаж: '3' }, 'x@college.example')).toThrow(
      /Стаж/,
    );
  });

  it('typing into a cell is parsed as typed, runs onEdit with the edited range, and strict validation refuses a value outside the list', () => {
    const edits: Array<{ a1: string; value: unknown; oldValue: unknown }> = [];
    const { workspace, person, spreadsheetId } = setUp({
      onEdit: (e) => {
        const event = e as { range: { getA1Notation(): string }; value: unknown; oldValue: unknown };
        edits.push({ a1: event.range.getA1Notation(), value: event.value, oldValue: event.oldValue });
      },
    });
    const sheet = workspace.sheets.get(spreadsheetId)!.insertSheetRaw('Настройки');
    sheet.setHeaderRaw(['Ключ', 'Значение']);
    sheet.writeRaw(2, 1, [['organization.fullName', 'старое']]);
    person.editCell('Настройки', 2, 'Значение', '007');
    expect(sheet.getValuesRaw()[1]).toEqual(['organization.fullName', 7]);
    expect(edits).toEqual([{ a1: 'B2', value: '007', oldValue: 'старое' }]);
    const rule = workspace.services.SpreadsheetApp.newDataValidation()
      .requireValueInList(['да', 'нет'])
      .setAllowInvalid(false)
      .build();
    workspace.services.SpreadsheetApp.openById(spreadsheetId)
      .getSheetByName('Настройки')!
      .getRange('B3')
      .setDataValidation(rule);
    expect(person.editCell('Настройки', 3, 'Значение', 'может быть')).toEqual({
      executions: [],
      detail: 'edit refused (invalid)',
    });
    expect(sheet.getValuesRaw()[2]?.[1] ?? '').toBe('');
    expect(edits).toHaveLength(1);
    expect(() => person.editCell('Настройки', 2, 'Комментарий', 'x')).toThrow(
      /no column «Комментарий».*«Ключ», «Значение»/,
    );
    expect(() => person.editCell('Журнал', 2, 'Значение', 'x')).toThrow(/no sheet «Журнал»/);
  });

  it('google.script.run carries JSON-like values only: a Date argument is refused and a Date result fails the call', () => {
    const { person } = setUp({ echo: (x) => x, now: () => new Date(0), private_: () => 1 });
    expect(person.callServer('echo', [{ a: [1, 'б'] }]).result).toEqual({ a: [1, 'б'] });
    expect(() => person.callServer('echo', [new Date()])).toThrow(/Date/);
    expect(person.callServer('now').detail).toMatch(/failure handler called: .*Date/);
  });

  it('letting time pass fires the time-driven triggers that fall due, in order', () => {
    const fired: number[] = [];
    const { workspace, person } = setUp({ hourly: () => fired.push(workspace.kernel.clock.now()) });
    workspace.kernel.run('script', 'install', () =>
      workspace.services.ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create(),
    );
    const start = workspace.kernel.clock.now();
    person.waitUntil(new Date(start + 3.5 * 3600_000));
    expect(fired).toHaveLength(3);
    expect(workspace.kernel.clock.now()).toBe(start + 3.5 * 3600_000);
    expect(() => person.waitUntil(new Date(start))).toThrow(/in the past/);
  });

  it('lastRow is the last row a person sees filled in, so a typed row goes below it', () => {
    const { workspace, person } = setUp({});
    const sheet = workspace.services.SpreadsheetApp.getActiveSpreadsheet()!.insertSheet('Мероприятия');
    expect(person.lastRow('Мероприятия')).toBe(0);
    sheet.getRange(1, 1, 1, 2).setValues([['№', 'Название']]);
    sheet.getRange(3, 2).setValue('Круглый стол');
    expect(person.lastRow('Мероприятия')).toBe(3);
    person.editCell('Мероприятия', person.lastRow('Мероприятия') + 1, 'Название', 'Семинар');
    expect(sheet.getRange(4, 2).getValue()).toBe('Семинар');
    expect(() => person.lastRow('Нет такого')).toThrow(PersonActionError);
  });
});

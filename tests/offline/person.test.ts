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

  /** «Пары и группы» with a programme's link in row 2, and the Doc it leads to. */
  function withProgramme(functions: Record<string, Fn>) {
    const env = setUp(functions);
    const { DocumentApp, SpreadsheetApp } = env.workspace.services;
    const doc = DocumentApp.create('Программа наставничества — 19');
    const documentId = doc.getId();
    const sheet = SpreadsheetApp.getActiveSpreadsheet()!.insertSheet('Пары и группы');
    sheet.getRange(1, 1, 3, 3).setValues([
      ['№ пары/группы', 'Наставник', 'Программа'],
      ['19', 'Громова Т.И.', doc.getUrl()],
      ['20', 'Громова Т.И.', ''],
    ]);
    return { ...env, documentId };
  }

  it('a Doc linked from a cell opens with its own menu: onOpen runs there in LIMITED mode, the item runs with the Doc as its container and the person at the keyboard as the user, then the spreadsheet is open again', () => {
    const seen: unknown[] = [];
    const { workspace, person, documentId, spreadsheetId } = withProgramme({
      onOpen: (e) => {
        seen.push(`onOpen ${String((e as { authMode: unknown }).authMode)}`);
        workspace.services.DocumentApp.getUi()
          .createMenu('Наставничество')
          .addItem('Отметить выполнение', 'markActivity')
          .addToUi();
      },
      markActivity: () => {
        const { DocumentApp, Session } = workspace.services;
        const ui = DocumentApp.getUi();
        const answer = ui.prompt('Отметить выполнение', 'Номер мероприятия:', ui.ButtonSet.OK_CANCEL);
        seen.push(
          DocumentApp.getActiveDocument()!.getName(),
          Session.getActiveUser().getEmail(),
          answer.getResponseText(),
        );
        ui.alert('Отметить выполнение', 'Отмечено.', ui.ButtonSet.OK);
      },
    });
    const where = { sheet: 'Пары и группы', column: 'Программа', where: { '№ пары/группы': 19 } };
    expect(person.linkedDocument(where)).toBe(documentId);
    expect(person.linkedDocument({ sheet: 'Пары и группы', column: 'Программа', row: 2 })).toBe(documentId);
    const outcome = person.clickDocsMenu(
      documentId,
      'Отметить выполнение',
      ['3'],
      'gromova.ti@college.example',
    );
    expect(outcome.executions).toEqual([
      expect.objectContaining({ functionName: 'onOpen', kind: 'simple-trigger' }),
      expect.objectContaining({ functionName: 'markActivity', kind: 'menu' }),
    ]);
    expect(outcome.detail).toBe('in «Программа наставничества — 19»');
    expect(seen).toEqual([
      `onOpen ${String(workspace.services.ScriptApp.AuthMode.LIMITED)}`,
      'Программа наставничества — 19',
      'gromova.ti@college.example',
      '3',
    ]);
    const shown = workspace.kernel.screen.filter((e) => e.kind === 'prompt' || e.kind === 'alert');
    expect(shown.map((e) => [e.host, e.kind, e.responseText ?? e.answer])).toEqual([
      ['Docs', 'prompt', '3'],
      ['Docs', 'alert', 'OK'],
    ]);
    expect(workspace.kernel.container).toEqual({ kind: 'spreadsheet', id: spreadsheetId });
    expect(workspace.kernel.user).toBe('metodist@college.example');
  });

  it('a Doc link that cannot be followed, or a menu item the Doc does not show, is named', () => {
    const { workspace, person, documentId, spreadsheetId } = withProgramme({
      onOpen: () =>
        workspace.services.DocumentApp.getUi()
          .createMenu('Наставничество')
          .addItem('Обновить из таблицы', 'refreshDocument')
          .addToUi(),
      refreshDocument: () => undefined,
    });
    const link = { sheet: 'Пары и группы', column: 'Программа' };
    expect(() => person.linkedDocument({ ...link, where: { '№ пары/группы': '21' } })).toThrow(
      /no row where «№ пары\/группы» = «21»/,
    );
    expect(() => person.linkedDocument({ ...link, where: { Наставник: 'Громова Т.И.' } })).toThrow(/2 rows/);
    expect(() => person.linkedDocument({ ...link, row: 3 })).toThrow(
      /row 3, column «Программа» holds no link/,
    );
    expect(() => person.linkedDocument({ ...link, column: 'Ссылка', row: 2 })).toThrow(/no column «Ссылка»/);
    expect(() => person.clickDocsMenu(documentId, 'Отметить выполнение')).toThrow(
      /no menu item «Отметить выполнение» \(it shows: «Обновить из таблицы»\)/,
    );
    expect(workspace.kernel.container).toEqual({ kind: 'spreadsheet', id: spreadsheetId });
    workspace.kernel.drive.find(documentId)!.trashed = true;
    expect(() => person.clickDocsMenu(documentId, 'Обновить из таблицы')).toThrow(/in the trash/);
    expect(() => person.clickDocsMenu(spreadsheetId, 'Обновить из таблицы')).toThrow(/no Google Doc/);
  });

  it('a file uploaded into a Drive folder found by its name is there for DriveApp, typed by its extension, and costs no call', () => {
    const { workspace, person } = setUp({});
    const { DriveApp } = workspace.services;
    const root = DriveApp.createFolder('Наставничество');
    const materials = root.createFolder('Методические материалы');
    const calls = workspace.kernel.calls.total;
    const outcome = person.addFile(
      'Методические материалы',
      'Памятка наставнику.pdf',
      'belova.ia@college.example',
    );
    expect(outcome).toEqual({
      executions: [],
      detail: '«Памятка наставнику.pdf» in «Наставничество / Методические материалы»',
    });
    person.addFile('Наставничество / Методические материалы', 'Презентация установочной сессии.pptx');
    expect(workspace.kernel.calls.total).toBe(calls);
    const files = materials.getFiles();
    const seen: string[][] = [];
    while (files.hasNext()) {
      const f = files.next();
      seen.push([f.getName(), f.getMimeType(), workspace.kernel.drive.find(f.getId())!.owner]);
    }
    expect(seen).toEqual([
      ['Памятка наставнику.pdf', 'application/pdf', 'belova.ia@college.example'],
      [
        'Презентация установочной сессии.pptx',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'metodist@college.example',
      ],
    ]);
    // A second folder of the same name: the name alone no longer says which, its path does.
    DriveApp.createFolder('Архив').createFolder('Методические материалы');
    expect(() => person.addFile('Методические материалы', 'x.pdf')).toThrow(
      /names 2 folders \(«Наставничество \/ Методические материалы», «Архив \/ Методические материалы»\)/,
    );
    expect(() => person.addFile('Шаблоны', 'x.pdf')).toThrow(/no Drive folder «Шаблоны»/);
  });
});

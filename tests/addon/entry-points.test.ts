import { checkTemplate, onOpen, setupSystem, showAbout } from '../../src/addon/entry-points';
import { SCHEMA_VERSION, SCHEMA_VERSION_PROPERTY, SHEETS, messages } from '../../src/core';
import { callsDuring, depsOf, openCollegeSpreadsheet, openDocument, sheetValues } from './fixture';

const alerts = (screen: { kind: string; title: string; content: string }[]) =>
  screen.filter((e) => e.kind === 'alert');
const lastAlert = (workspace: ReturnType<typeof openCollegeSpreadsheet>['workspace']) =>
  alerts(workspace.kernel.screen).slice(-1)[0];

function clickSetup(workspace: ReturnType<typeof openCollegeSpreadsheet>['workspace']): void {
  workspace.kernel.run('menu', 'setupSystem', () => setupSystem(undefined, depsOf(workspace)));
}

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('onOpen', () => {
  it('adds the «Наставничество» menu with «Настроить систему» in Sheets', () => {
    const { workspace } = openCollegeSpreadsheet();
    const { AuthMode } = workspace.services.ScriptApp;
    workspace.kernel.run(
      'simple-trigger',
      'onOpen',
      () => onOpen({ authMode: AuthMode.LIMITED }, depsOf(workspace)),
      'LIMITED',
    );
    const menu = workspace.kernel.screen.find((e) => e.kind === 'menu');
    expect(menu?.title).toBe('Наставничество');
    expect(menu?.content).toContain('Настроить систему');
  });

  it('in AuthMode.NONE touches no service but the Ui', () => {
    const { workspace } = openCollegeSpreadsheet();
    const { AuthMode } = workspace.services.ScriptApp;
    const calls = callsDuring(workspace, () =>
      workspace.kernel.run(
        'simple-trigger',
        'onOpen',
        () => onOpen({ authMode: AuthMode.NONE }, depsOf(workspace)),
        'NONE',
      ),
    );
    const notUi = Object.keys(calls).filter((k) => !/(\.getUi$|\.Ui\.|\.Menu\.)/.test(k));
    expect(notUi).toEqual([]);
    expect(workspace.kernel.screen.filter((e) => e.kind === 'menu')).toHaveLength(1);
  });

  it('in a Google Doc adds a menu with «Проверить шаблон», which checks the open document', () => {
    const workspace = openDocument();
    workspace.kernel.run('simple-trigger', 'onOpen', () => onOpen(undefined, depsOf(workspace)), 'LIMITED');
    const menu = workspace.kernel.screen.find((e) => e.kind === 'menu');
    expect(menu?.host).toBe('Docs');
    expect(menu?.content).toContain('Проверить шаблон');
    workspace.kernel.run('menu', 'checkTemplate', () => checkTemplate(undefined, depsOf(workspace)));
    // The fixture's Doc is empty: no placeholder, so it is not taken for a template.
    expect(alerts(workspace.kernel.screen).slice(-1)[0].content).toBe(messages.generation.notATemplate);
  });
});

describe('«Настроить систему»', () => {
  it('creates the sheets, stores the schema version, journals and reports what it created', () => {
    const { workspace, spreadsheet } = openCollegeSpreadsheet();
    clickSetup(workspace);
    const names = spreadsheet.getSheets().map((s) => s.getName());
    for (const spec of SHEETS) expect(names).toContain(spec.name);
    const props = workspace.services.PropertiesService.getDocumentProperties()!;
    expect(props.getProperty(SCHEMA_VERSION_PROPERTY)).toBe(String(SCHEMA_VERSION));
    const alert = lastAlert(workspace);
    expect(alert.title).toBe(messages.setup.title);
    expect(alert.content).toContain('Созданы листы: «Банк наставников»');
    const journal = sheetValues(spreadsheet)['Журнал'];
    expect(journal).toHaveLength(2);
    expect(journal[1][2]).toBe('SETUP_DONE');
    // Stamped on the Workspace's virtual clock (the fixture opens the file on 1 September 2026).
    expect((journal[1][0] as Date).toISOString().slice(0, 10)).toBe('2026-09-01');
  });

  it('a second run says nothing changed and changes nothing', () => {
    const { workspace, spreadsheet } = openCollegeSpreadsheet();
    clickSetup(workspace);
    const before = sheetValues(spreadsheet);
    clickSetup(workspace);
    expect(lastAlert(workspace).content).toBe('Система уже настроена: изменений нет.');
    expect(sheetValues(spreadsheet)).toEqual(before);
  });

  it('an error shows a Russian alert without a stack trace and writes a journal row', () => {
    const { workspace, spreadsheet } = openCollegeSpreadsheet();
    clickSetup(workspace);
    workspace.services.PropertiesService.getDocumentProperties()!.setProperty(SCHEMA_VERSION_PROPERTY, '99');
    clickSetup(workspace);
    const alert = lastAlert(workspace);
    expect(alert.title).toBe('Ошибка');
    expect(alert.content).toMatch(/более новой версией надстройки/);
    expect(alert.content).not.toMatch(/\bat \w|Error|Exception|\.ts/);
    const journal = sheetValues(spreadsheet)['Журнал'];
    expect(journal.slice(-1)[0].slice(1, 4)).toEqual(['ошибка', 'SCHEMA_NEWER', alert.content]);
  });

  it('an unexpected failure shows the general Russian message and logs the stack, not to the user', () => {
    const { workspace, spreadsheet } = openCollegeSpreadsheet();
    clickSetup(workspace);
    const deps = depsOf(workspace);
    deps.workbook.readValues = () => {
      throw new TypeError('Cannot read properties of undefined');
    };
    workspace.kernel.run('menu', 'setupSystem', () => setupSystem(undefined, deps));
    expect(lastAlert(workspace).content).toBe(messages.errors.unexpected);
    const lastRow = sheetValues(spreadsheet)['Журнал'].slice(-1)[0];
    expect(lastRow[2]).toBe('UNEXPECTED');
    expect(lastRow[4]).toBe('TypeError: Cannot read properties of undefined');
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('TypeError: Cannot read properties'));
  });

  it('waits 10 s for a document lock another execution holds, then says so in Russian', () => {
    const { workspace, spreadsheet } = openCollegeSpreadsheet();
    const holder = workspace.kernel.begin('menu', 'setupSystem');
    workspace.kernel.within(holder, () => workspace.services.LockService.getDocumentLock()!.tryLock(1000));
    const started = workspace.kernel.clock.now();
    clickSetup(workspace);
    expect(lastAlert(workspace).content).toBe(messages.setup.lockBusy);
    expect(workspace.kernel.clock.now() - started).toBeGreaterThanOrEqual(10_000);
    expect(spreadsheet.getSheetByName('Банк наставников')).toBeNull();
    workspace.kernel.end(holder);
  });
});

describe('«О программе наставничества»', () => {
  it('shows what the system does', () => {
    const { workspace } = openCollegeSpreadsheet();
    workspace.kernel.run('menu', 'showAbout', () => showAbout(undefined, depsOf(workspace)));
    expect(lastAlert(workspace).content).toBe(messages.about.text);
  });
});

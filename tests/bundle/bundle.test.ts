import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { SCHEMA_VERSION_PROPERTY, SHEETS, headersOf } from '../../src/core';
import type { OfflineUi } from '../../src/offline/ui/ui';
import { OfflineWorkspace } from '../../src/offline/workspace';
import { readBundle as readBundleFiles } from '../../src/cli/bundle';

const bundlePath = path.resolve(__dirname, '../../dist/Code.js');
/**
 * Every name the webpack entry assigns to `global`: menu handlers, trigger handlers and the sidebar's
 * server functions. Apps Script reaches them only as top-level functions of Code.js.
 */
const ENTRY_POINTS = [
  ...fs
    .readFileSync(path.resolve(__dirname, '../../src/addon/main.ts'), 'utf8')
    .matchAll(/^global\.(\w+) = /gm),
].map((m) => m[1]!);

function readBundle(): string {
  if (!fs.existsSync(bundlePath)) {
    throw new Error(`dist/Code.js is missing: run \`npm run build\` first (npm test builds before jest).`);
  }
  return fs.readFileSync(bundlePath, 'utf8');
}

/** The built add-on loaded into a bare context whose only globals are the offline Workspace's. */
function loadAddon() {
  const workspace = new OfflineWorkspace({ start: new Date(Date.UTC(2026, 8, 1, 7, 0)) });
  const context = vm.createContext({ ...workspace.globals() });
  vm.runInContext(readBundle(), context, { filename: 'Code.js' });
  const script = context as Record<string, unknown>;
  workspace.useFunctions((name) => {
    const fn = script[name];
    return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
  });
  // The .html files clasp pushes next to Code.js (the links dialog), as HtmlService sees them.
  workspace.html.useHtmlFiles(readBundleFiles(path.dirname(bundlePath)).html);
  const spreadsheet = workspace.services.SpreadsheetApp.create('Наставничество 2026/27');
  workspace.kernel.container = { kind: 'spreadsheet', id: spreadsheet.getId() };
  return { workspace, context: script, spreadsheet };
}

describe('dist/Code.js', () => {
  it('declares every entry point as a top-level function, so Apps Script can call it', () => {
    const source = readBundle();
    expect(ENTRY_POINTS).toEqual(
      expect.arrayContaining(['onOpen', 'onFormSubmitted', 'matchingSidebarData']),
    );
    for (const name of ENTRY_POINTS) expect(source).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('runs with nothing but the Apps Script globals: no require, module or process', () => {
    const { context } = loadAddon();
    expect(vm.runInContext('typeof require + typeof module + typeof process', context as vm.Context)).toBe(
      'undefinedundefinedundefined',
    );
    for (const name of ENTRY_POINTS) expect(typeof context[name]).toBe('function');
  });

  it('onOpen adds the «Наставничество» menu; its «Настроить систему» item sets the system up', () => {
    const { workspace, spreadsheet } = loadAddon();
    const { kernel, services } = workspace;
    kernel.run(
      'simple-trigger',
      'onOpen',
      () =>
        kernel.findFunction('onOpen')!({
          authMode: services.ScriptApp.AuthMode.LIMITED,
          source: spreadsheet,
        }),
      'LIMITED',
    );
    const menu = kernel.screen.find((e) => e.kind === 'menu');
    expect(menu?.title).toBe('Наставничество');

    const functionName = menuItemFunction(workspace, 'Наставничество', 'Настроить систему');
    kernel.run('menu', functionName, () => kernel.findFunction(functionName)!());

    for (const spec of SHEETS) {
      const sheet = spreadsheet.getSheetByName(spec.name);
      expect(sheet).not.toBeNull();
      const headers = headersOf(spec);
      expect(sheet!.getRange(1, 1, 1, headers.length).getValues()[0]).toEqual(headers);
    }
    const alert = kernel.screen.filter((e) => e.kind === 'alert').slice(-1)[0];
    expect(alert.content).toMatch(/^Система настроена\./);
    expect(kernel.executions.every((e) => e.error === undefined)).toBe(true);
  });

  it('onOpen in AuthMode.NONE builds the menu without touching other services', () => {
    const { workspace, spreadsheet } = loadAddon();
    const { kernel, services } = workspace;
    const before = kernel.calls.snapshot();
    kernel.run(
      'simple-trigger',
      'onOpen',
      () =>
        kernel.findFunction('onOpen')!({ authMode: services.ScriptApp.AuthMode.NONE, source: spreadsheet }),
      'NONE',
    );
    const touched = Object.keys(kernel.calls.since(before)).filter(
      (k) => !/(\.getUi$|\.Ui\.|\.Menu\.)/.test(k),
    );
    expect(touched).toEqual([]);
    expect(kernel.screen.filter((e) => e.kind === 'menu')).toHaveLength(1);
  });
});

describe('dist/Code.js at the edge', () => {
  it('an error in «Настроить систему» reaches the person as Russian text and the execution log as a stack', () => {
    const { workspace } = loadAddon();
    const { kernel, services } = workspace;
    kernel.run('menu', 'setupSystem', () => kernel.findFunction('setupSystem')!());
    services.PropertiesService.getDocumentProperties()!.setProperty(SCHEMA_VERSION_PROPERTY, '99');
    kernel.run('menu', 'setupSystem', () => kernel.findFunction('setupSystem')!());

    const alert = kernel.screen.filter((e) => e.kind === 'alert').slice(-1)[0];
    expect(alert.title).toBe('Ошибка');
    expect(alert.content).toMatch(/^Таблица настроена более новой версией надстройки/);
    expect(alert.content).not.toMatch(/\n\s+at |Error/);
    const logged = kernel.logs.filter((l) => l.level === 'error').map((l) => l.message);
    expect(logged.join('\n')).toMatch(/MentoringError: SCHEMA_NEWER[\s\S]*\n\s+at /);
  });
});

/** The handler a person reaches by clicking `label` in the menu `title`, as the offline Ui shows it. */
function menuItemFunction(workspace: OfflineWorkspace, title: string, label: string): string {
  const ui = workspace.uiFor('Sheets') as OfflineUi;
  const functionName = ui.findMenuItem(`${title} › ${label}`);
  if (functionName === undefined) throw new Error(`No menu «${title}» with an item «${label}» is shown.`);
  return functionName;
}

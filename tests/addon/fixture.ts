import fs from 'fs';
import path from 'path';
import { appsScriptDeps, type AddonDeps } from '../../src/addon/composition-root';
import type { CellValue } from '../../src/ports';
import { OfflineWorkspace } from '../../src/offline/workspace';
import type { SpreadsheetApi } from '../../src/gas/api/spreadsheet';

/** A college spreadsheet open in the offline Workspace, as the add-on's container. */
export function openCollegeSpreadsheet(): { workspace: OfflineWorkspace; spreadsheet: SpreadsheetApi } {
  const workspace = new OfflineWorkspace({ start: new Date(Date.UTC(2026, 8, 1, 7, 0)) });
  const spreadsheet = workspace.services.SpreadsheetApp.create('Наставничество 2026/27');
  workspace.kernel.container = { kind: 'spreadsheet', id: spreadsheet.getId() };
  workspace.html.useHtmlFiles(uiFiles);
  return { workspace, spreadsheet };
}

/** The project's HTML files (src/ui), by name without `.html`, as the bundle ships them next to Code.js. */
export function uiFiles(): Record<string, string> {
  const dir = path.resolve(__dirname, '../../src/ui');
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.slice(0, -'.html'.length), fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
}

/** A Google Doc open in the offline Workspace, as the add-on's container. */
export function openDocument(): OfflineWorkspace {
  const workspace = new OfflineWorkspace();
  const document = workspace.services.DocumentApp.create('Программа наставничества');
  workspace.kernel.container = { kind: 'document', id: document.getId() };
  return workspace;
}

/** The add-on's real adapters over the offline services, on the Workspace's virtual clock. */
export const depsOf = (workspace: OfflineWorkspace): AddonDeps =>
  appsScriptDeps(workspace.services, { now: () => new Date(workspace.kernel.clock.now()) });

/** Every sheet's values by name (test reads; they are counted, so take them outside measured spans). */
export function sheetValues(spreadsheet: SpreadsheetApi): Record<string, CellValue[][]> {
  return Object.fromEntries(
    spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues() as CellValue[][]]),
  );
}

/** Calls made by `body`, by method. */
export function callsDuring(workspace: OfflineWorkspace, body: () => void): Record<string, number> {
  const before = workspace.kernel.calls.snapshot();
  body();
  return workspace.kernel.calls.since(before);
}

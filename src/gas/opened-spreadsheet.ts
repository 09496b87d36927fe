import type { AppsScriptServices } from './api';
import type { SpreadsheetApi, SpreadsheetAppApi } from './api/spreadsheet';

/**
 * The services as seen from a generated Google Doc that works with the spreadsheet it was made from
 * (issue 5, item 8): the same services, except that SpreadsheetApp's active spreadsheet is that one,
 * opened by id once (`SpreadsheetApp.openById`, which needs the `spreadsheets` scope: docs/scopes.md).
 * Every adapter written for the active spreadsheet (sheet reads, block writes, the journal) then works
 * unchanged. `getUi()` still belongs to the editor, which is Docs.
 */
export function withSpreadsheet(services: AppsScriptServices, spreadsheetId: string): AppsScriptServices {
  let opened: SpreadsheetApi | null = null;
  const open = (app: SpreadsheetAppApi): SpreadsheetApi => (opened ??= app.openById(spreadsheetId));
  let bound: SpreadsheetAppApi | null = null;
  const spreadsheetApp = (): SpreadsheetAppApi =>
    (bound ??= new Proxy(services.SpreadsheetApp, {
      get(target, property) {
        if (property === 'getActiveSpreadsheet' || property === 'getActive') return () => open(target);
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }));
  // A Proxy rather than a copy: the services are getters, touched only when an adapter first needs one.
  return new Proxy(services, {
    get(target, property) {
      if (property === 'SpreadsheetApp') return spreadsheetApp();
      return Reflect.get(target, property, target);
    },
  });
}

import type { OfflineTriggers } from '../script';
import type { SheetModel, SpreadsheetStore } from '../spreadsheet/store';
import { AUTO_FORMATS } from '../spreadsheet/user-entered';
import type { OfflineForms } from './index';
import type { ResponseSheetHost } from './response-sheet';

/**
 * The response sheet over the offline spreadsheet store, through its non-ticking helpers: values are
 * stored as typed (`appendRowRaw`, no user-entered parsing, so '=1+1' stays text), tabs are inserted
 * with `insertSheetRaw`, event ranges and sources are the spreadsheet service's own objects.
 */
export function spreadsheetResponseHost(store: SpreadsheetStore): ResponseSheetHost {
  const sheetOf = (spreadsheetId: string, sheetId: number): SheetModel => {
    const sheet = store.get(spreadsheetId)?.sheets.find((s) => s.sheetId === sheetId);
    if (!sheet) throw new Error(`No sheet ${sheetId} in offline spreadsheet ${spreadsheetId}.`);
    return sheet;
  };
  return {
    hasSpreadsheet: (id) => store.get(id) !== undefined,
    sheetNames: (id) => store.get(id)!.sheets.map((s) => s.name),
    insertSheetFirst: (id, name) => store.get(id)!.insertSheetRaw(name, 0).sheetId,
    hasSheet: (id, sheetId) => !!store.get(id)?.sheets.some((s) => s.sheetId === sheetId),
    linkForm: (id, sheetId, formUrl) => {
      sheetOf(id, sheetId).formUrl = formUrl;
    },
    setCell: (id, sheetId, row, column, value) => sheetOf(id, sheetId).writeRaw(row, column, [[value]]),
    appendRow: (id, sheetId, values, dateColumns = []) => {
      const sheet = sheetOf(id, sheetId);
      const row = sheet.appendRowRaw(values);
      // A date question's cell is a date, not a date-time (§2.1.7): it reads 01.12.2026, not 01.12.2026 0:00:00.
      const format = AUTO_FORMATS[sheet.parent.sheetLocale].date;
      for (const column of dateColumns) {
        const cell = sheet.cell(row, column);
        if (cell) cell.numberFormat = format;
      }
      return row;
    },
    range: (id, sheetId, row, column, numRows, numColumns) =>
      store.makeRange(id, sheetOf(id, sheetId).name, row, column, numRows, numColumns),
    spreadsheet: (id) => store.spreadsheetObject(id),
    timeZone: (id) => store.get(id)!.timeZone,
    locale: (id) => store.get(id)!.locale,
  };
}

/**
 * Connects forms and triggers to the spreadsheet service: response sheets, and the `source` objects of
 * trigger events. One call in the workspace's wiring once all three exist.
 */
export function connectFormsAndTriggers(
  forms: OfflineForms,
  triggers: OfflineTriggers,
  spreadsheets: SpreadsheetStore,
): void {
  forms.useSpreadsheets(spreadsheetResponseHost(spreadsheets));
  triggers.sources = {
    spreadsheet: (id) => (spreadsheets.get(id) ? spreadsheets.spreadsheetObject(id) : undefined),
    form: (id) => (forms.store.find(id) ? forms.formObject(id) : undefined),
  };
}

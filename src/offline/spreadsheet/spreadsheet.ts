import type {
  EditorUserApi,
  ProtectionApi,
  RangeApi,
  SheetApi,
  SpreadsheetApi,
} from '../../gas/api/spreadsheet';
import { describeArgumentType, signatureMismatch } from '../runtime/exception';
import { emailOf, OfflineEditorUser } from './editor-user';
import { OfflineProtection } from './protection';
import { OfflineRange } from './range';
import { OfflineSheet, rangeFromA1, sheetModel } from './sheet';
import type { SpreadsheetModel } from './store';

export class OfflineSpreadsheet implements SpreadsheetApi {
  constructor(readonly model: SpreadsheetModel) {}

  private tick(method: string): void {
    this.model.kernel.tick(`SpreadsheetApp.Spreadsheet.${method}`);
  }

  getId(): string {
    this.tick('getId');
    return this.model.id;
  }

  getName(): string {
    this.tick('getName');
    return this.model.name;
  }

  rename(newName: string): void {
    this.tick('rename');
    this.model.name = String(newName);
  }

  getUrl(): string {
    this.tick('getUrl');
    return this.model.url;
  }

  /**
   * Google: "Returns the URL for the form that sends its responses to this spreadsheet, or null if this
   * spreadsheet has no associated form. If multiple forms send responses to this spreadsheet, the form
   * URL returned is not predictable" (reference/spreadsheet/spreadsheet#getFormUrl()). Offline: the
   * first linked tab in tab order [unsure which one Google picks; callers must not rely on it].
   */
  getFormUrl(): string | null {
    this.tick('getFormUrl');
    return this.model.sheets.find((s) => s.formUrl !== null)?.formUrl ?? null;
  }

  getSheets(): SheetApi[] {
    this.tick('getSheets');
    return this.model.sheets.map((s) => new OfflineSheet(s));
  }

  getNumSheets(): number {
    this.tick('getNumSheets');
    return this.model.sheets.length;
  }

  /** §1.6.1: null when absent. */
  getSheetByName(name: string): SheetApi | null {
    this.tick('getSheetByName');
    const sheet = this.model.sheetByName(String(name));
    return sheet ? new OfflineSheet(sheet) : null;
  }

  getSheetById(id: number): SheetApi | null {
    this.tick('getSheetById');
    const sheet = this.model.sheets.find((s) => s.sheetId === id);
    return sheet ? new OfflineSheet(sheet) : null;
  }

  /**
   * `insertSheet()`, `(index)`, `(name)`, `(name, index)`: index is 0-based; the default name is
   * localised (§1.6.4); a taken name fails (§1.6.2). Google makes the new sheet the active one.
   */
  insertSheet(): SheetApi;
  insertSheet(sheetIndex: number): SheetApi;
  insertSheet(sheetName: string): SheetApi;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
  insertSheet(...args: unknown[]): SheetApi {
    this.tick('insertSheet');
    let name: string | undefined;
    let index: number | undefined;
    const [a, b] = args;
    if (typeof a === 'string' && (b === undefined || typeof b === 'number')) {
      name = a;
      index = b as number | undefined;
    } else if (typeof a === 'number' && b === undefined) {
      index = a;
    } else if (a !== undefined) {
      throw signatureMismatch(
        args.map(describeArgumentType).join(','),
        'SpreadsheetApp.Spreadsheet.insertSheet',
      );
    }
    const sheet = this.model.insertSheetRaw(name, index);
    this.model.activeSheet = sheet;
    return new OfflineSheet(sheet);
  }

  /** §1.6.3: the last sheet cannot go. */
  deleteSheet(sheet: SheetApi): void {
    this.tick('deleteSheet');
    this.model.deleteSheetRaw(sheetModel(sheet, 'SpreadsheetApp.Spreadsheet.deleteSheet'));
  }

  getActiveSheet(): SheetApi {
    this.tick('getActiveSheet');
    return new OfflineSheet(this.model.activeSheet);
  }

  /** The focused cell of the active tab (what a person selected with `Person.selectCell`). */
  getCurrentCell(): RangeApi | null {
    this.tick('getCurrentCell');
    const sheet = this.model.activeSheet;
    return new OfflineRange(sheet, { ...sheet.currentCell, numRows: 1, numCols: 1 });
  }

  setActiveSheet(sheet: SheetApi): SheetApi {
    this.tick('setActiveSheet');
    const model = sheetModel(sheet, 'SpreadsheetApp.Spreadsheet.setActiveSheet');
    this.model.activeSheet = model;
    return new OfflineSheet(model);
  }

  /** `'Sheet name'!A1:B2`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): RangeApi {
    this.tick('getRange');
    return rangeFromA1(this.model.activeSheet, String(a1Notation));
  }

  /** A toast in the bottom-right corner of Sheets, recorded as what the person saw. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.tick('toast');
    void timeoutSeconds;
    const kernel = this.model.kernel;
    kernel.screen.push({
      at: kernel.clock.now(),
      host: 'Sheets',
      kind: 'toast',
      title: title ?? '',
      content: String(msg),
    });
  }

  getSpreadsheetTimeZone(): string {
    this.tick('getSpreadsheetTimeZone');
    return this.model.timeZone;
  }

  getSpreadsheetLocale(): string {
    this.tick('getSpreadsheetLocale');
    return this.model.locale;
  }

  getEditors(): EditorUserApi[] {
    this.tick('getEditors');
    return this.model.allEditors().map((e) => new OfflineEditorUser(this.model.kernel, e));
  }

  addEditor(emailAddress: string | EditorUserApi): SpreadsheetApi {
    this.tick('addEditor');
    this.share([emailOf(emailAddress)]);
    return this;
  }

  addEditors(emailAddresses: string[]): SpreadsheetApi {
    this.tick('addEditors');
    this.share(emailAddresses.map(emailOf));
    return this;
  }

  private share(emails: string[]): void {
    for (const e of emails)
      if (e !== this.model.owner && !this.model.editors.includes(e)) this.model.editors.push(e);
  }

  /** The owner stays an editor whatever is removed. */
  removeEditor(emailAddress: string | EditorUserApi): SpreadsheetApi {
    this.tick('removeEditor');
    const email = emailOf(emailAddress);
    const at = this.model.editors.indexOf(email);
    if (at >= 0) this.model.editors.splice(at, 1);
    return this;
  }

  getOwner(): EditorUserApi | null {
    this.tick('getOwner');
    return new OfflineEditorUser(this.model.kernel, this.model.owner);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[] {
    this.tick('getProtections');
    return this.model.sheets.flatMap((s) =>
      s.protections.filter((p) => !p.removed && p.type === String(type)).map((p) => new OfflineProtection(p)),
    );
  }
}

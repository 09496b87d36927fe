import type { EditorUserApi, ProtectionApi, RangeApi } from '../../gas/api/spreadsheet';
import { gasException } from '../runtime/exception';
import { emailOf, OfflineEditorUser } from './editor-user';
import { enumValue } from './enums';
import { SHEETS_ERRORS } from './messages';
import { OfflineRange, rangeModel } from './range';
import type { ProtectionModel } from './store';

type ProtectionTypeEnum = GoogleAppsScript.Spreadsheet.ProtectionType;

/** A sheet or range protection (§1.7.1). */
export class OfflineProtection implements ProtectionApi {
  constructor(private readonly model: ProtectionModel) {}

  private get spreadsheet() {
    return this.model.sheet.parent;
  }

  private tick(method: string): void {
    this.spreadsheet.kernel.tick(`SpreadsheetApp.Protection.${method}`);
  }

  /**
   * Until a script changes the editors, a protection mirrors the spreadsheet's sharing (Google's
   * `protect()` doc); the first change turns that into the protection's own list.
   */
  private ownEditors(): string[] {
    if (!this.model.editors) this.model.editors = this.spreadsheet.allEditors();
    return this.model.editors;
  }

  setDescription(description: string): ProtectionApi {
    this.tick('setDescription');
    this.model.description = String(description);
    return this;
  }

  getDescription(): string {
    this.tick('getDescription');
    return this.model.description;
  }

  addEditor(emailAddress: string | EditorUserApi): ProtectionApi {
    this.tick('addEditor');
    this.add([emailOf(emailAddress)]);
    return this;
  }

  addEditors(emailAddresses: string[]): ProtectionApi {
    this.tick('addEditors');
    this.add(emailAddresses.map(emailOf));
    return this;
  }

  private add(emails: string[]): void {
    const editors = this.ownEditors();
    for (const e of emails) if (!editors.includes(e)) editors.push(e);
  }

  removeEditor(emailAddress: string | EditorUserApi): ProtectionApi {
    this.tick('removeEditor');
    this.remove_([emailOf(emailAddress)]);
    return this;
  }

  removeEditors(emailAddresses: Array<string | EditorUserApi>): ProtectionApi {
    this.tick('removeEditors');
    this.remove_(emailAddresses.map(emailOf));
    return this;
  }

  /** §1.7.1: the spreadsheet's owner and the user running the script are never removed. */
  private remove_(emails: string[]): void {
    const keep = new Set([this.spreadsheet.owner, this.spreadsheet.kernel.user]);
    const drop = new Set(emails.filter((e) => !keep.has(e)));
    const editors = this.ownEditors();
    const kept = editors.filter((e) => !drop.has(e));
    editors.splice(0, editors.length, ...kept);
  }

  getEditors(): EditorUserApi[] {
    this.tick('getEditors');
    return this.spreadsheet
      .protectionEditors(this.model)
      .map((e) => new OfflineEditorUser(this.spreadsheet.kernel, e));
  }

  setWarningOnly(warningOnly: boolean): ProtectionApi {
    this.tick('setWarningOnly');
    this.model.warningOnly = !!warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    this.tick('isWarningOnly');
    return this.model.warningOnly;
  }

  canDomainEdit(): boolean {
    this.tick('canDomainEdit');
    return this.model.domainEdit;
  }

  setDomainEdit(editable: boolean): ProtectionApi {
    this.tick('setDomainEdit');
    this.ownEditors();
    this.model.domainEdit = !!editable;
    return this;
  }

  canEdit(): boolean {
    this.tick('canEdit');
    const user = this.spreadsheet.kernel.user;
    if (this.model.warningOnly || user === this.spreadsheet.owner) return true;
    return this.spreadsheet.protectionEditors(this.model).includes(user);
  }

  remove(): void {
    this.tick('remove');
    this.model.removed = true;
    const list = this.model.sheet.protections;
    const at = list.indexOf(this.model);
    if (at >= 0) list.splice(at, 1);
  }

  getRange(): RangeApi {
    this.tick('getRange');
    return new OfflineRange(
      this.model.sheet,
      this.model.rect ? { ...this.model.rect } : this.model.sheet.wholeGrid(),
    );
  }

  /** §1.7.2: a sheet protection cannot become a range protection. */
  setRange(range: RangeApi): ProtectionApi {
    this.tick('setRange');
    if (this.model.type === 'SHEET') throw gasException(SHEETS_ERRORS.protectionKind);
    const target = rangeModel(range);
    if (target.sheet !== this.model.sheet) throw gasException(SHEETS_ERRORS.protectionKind);
    this.model.rect = { ...target.rect };
    return this;
  }

  getProtectionType(): ProtectionTypeEnum {
    this.tick('getProtectionType');
    return enumValue<ProtectionTypeEnum>(this.model.type);
  }

  /** [unsure] Only a sheet protection has unprotected ranges; on a range protection the call changes nothing. */
  setUnprotectedRanges(ranges: RangeApi[]): ProtectionApi {
    this.tick('setUnprotectedRanges');
    if (this.model.type === 'SHEET') this.model.unprotected = ranges.map((r) => ({ ...rangeModel(r).rect }));
    return this;
  }

  getUnprotectedRanges(): RangeApi[] {
    this.tick('getUnprotectedRanges');
    return this.model.unprotected.map((r) => new OfflineRange(this.model.sheet, { ...r }));
  }
}

import type { Host, MenuSpec, UserInterface } from '../ports';
import type { DocumentAppApi } from './api/document';
import type { UiApi } from './api/html';
import type { SpreadsheetAppApi } from './api/spreadsheet';

/**
 * The editor's Ui, in Sheets or in Docs. The host is found through `getUi()` alone: it is the one call
 * that works before authorization (AuthMode.NONE, §10.1), and `SpreadsheetApp.getUi()` throws outside a
 * spreadsheet, so a Docs container falls through to `DocumentApp.getUi()`.
 */
export class EditorUi implements UserInterface {
  private resolved: { host: Host; ui: UiApi } | null = null;

  constructor(
    private readonly spreadsheetApp: SpreadsheetAppApi,
    private readonly documentApp: DocumentAppApi,
  ) {}

  host(): Host {
    return this.editor().host;
  }

  addMenu(menu: MenuSpec): void {
    // A top-level menu (createMenu) rather than the add-on submenu under Extensions: see docs/menus.md.
    const built = this.editor().ui.createMenu(menu.title);
    for (const entry of menu.entries) {
      if (entry === 'separator') built.addSeparator();
      else built.addItem(entry.label, entry.functionName);
    }
    built.addToUi();
  }

  alert(title: string, message: string): void {
    const { ui } = this.editor();
    ui.alert(title, message, ui.ButtonSet.OK);
  }

  prompt(title: string, message: string): string | null {
    const { ui } = this.editor();
    const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
    return response.getSelectedButton() === ui.Button.OK ? response.getResponseText() : null;
  }

  confirm(title: string, message: string): boolean {
    const { ui } = this.editor();
    return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
  }

  toast(title: string, message: string): void {
    const spreadsheet = this.host() === 'Sheets' ? this.spreadsheetApp.getActiveSpreadsheet() : null;
    // Docs has no toast; an alert is the nearest thing that still reaches the person.
    if (spreadsheet) spreadsheet.toast(message, title);
    else this.alert(title, message);
  }

  private editor(): { host: Host; ui: UiApi } {
    if (!this.resolved) {
      try {
        this.resolved = { host: 'Sheets', ui: this.spreadsheetApp.getUi() };
      } catch {
        this.resolved = { host: 'Docs', ui: this.documentApp.getUi() };
      }
    }
    return this.resolved;
  }
}

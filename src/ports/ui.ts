/** The editor the add-on is open in. */
export type Host = 'Sheets' | 'Docs';

export type MenuEntry = { label: string; functionName: string } | 'separator';

export interface MenuSpec {
  title: string;
  entries: MenuEntry[];
}

/** What the person at the screen sees: menus, alerts, toasts. */
export interface UserInterface {
  /** Which editor this is; must work before authorization (AuthMode.NONE), so it may only use the Ui. */
  host(): Host;
  addMenu(menu: MenuSpec): void;
  /** A modal message with an OK button. */
  alert(title: string, message: string): void;
  /** A short non-blocking note in the corner of the spreadsheet. */
  toast(title: string, message: string): void;
  /** Asks for a line of text (OK / Cancel); null when the person cancels or closes the dialog. */
  prompt(title: string, message: string): string | null;
  /** Asks a yes/no question; true only for «Да». */
  confirm(title: string, message: string): boolean;
}

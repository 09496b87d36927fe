/** An installable trigger of this project and user, as far as set-up needs to know it. */
export interface InstalledTrigger {
  id: string;
  handler: string;
  event: 'formSubmit' | 'clock' | 'other';
  /** The file a form-submit trigger watches; null for time-driven ones. */
  sourceId: string | null;
}

export interface Triggers {
  /** This user's triggers of this project (`ScriptApp.getProjectTriggers()`, §7.2). */
  list(): InstalledTrigger[];
  /** The id of the spreadsheet the add-on is open in. */
  spreadsheetId(): string;
  installFormSubmit(handler: string): void;
  installDaily(handler: string, hour: number): void;
  /** A one-off time-driven trigger running `handler` once, `afterMs` from now (`after(ms)`, §7.3). */
  installOnce(handler: string, afterMs: number): void;
  remove(id: string): void;
}

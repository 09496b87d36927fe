/**
 * The subset of Google's ScriptApp that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
type S = typeof GoogleAppsScript.Script;

/** Anything with a file id: a Spreadsheet, Document or Form (the trigger builders only need the id). */
export interface TriggerSourceFile {
  getId(): string;
}

export interface ScriptAppApi {
  AuthMode: S['AuthMode'];
  EventType: S['EventType'];
  TriggerSource: S['TriggerSource'];
  WeekDay: typeof GoogleAppsScript.Base.Weekday;
  newTrigger(functionName: string): TriggerBuilderApi;
  /** Only the triggers the current user installed in this project (§7.2). */
  getProjectTriggers(): TriggerApi[];
  getUserTriggers(file: TriggerSourceFile): TriggerApi[];
  deleteTrigger(trigger: TriggerApi): void;
  getScriptId: GoogleAppsScript.Script.ScriptApp['getScriptId'];
}

export interface TriggerBuilderApi {
  forSpreadsheet(sheet: TriggerSourceFile): SpreadsheetTriggerBuilderApi;
  forSpreadsheet(key: string): SpreadsheetTriggerBuilderApi;
  forForm(form: TriggerSourceFile): FormTriggerBuilderApi;
  forForm(key: string): FormTriggerBuilderApi;
  forDocument(document: TriggerSourceFile): DocumentTriggerBuilderApi;
  forDocument(key: string): DocumentTriggerBuilderApi;
  timeBased(): ClockTriggerBuilderApi;
}

export interface SpreadsheetTriggerBuilderApi {
  onFormSubmit(): SpreadsheetTriggerBuilderApi;
  onEdit(): SpreadsheetTriggerBuilderApi;
  onOpen(): SpreadsheetTriggerBuilderApi;
  onChange(): SpreadsheetTriggerBuilderApi;
  create(): TriggerApi;
}

export interface FormTriggerBuilderApi {
  onFormSubmit(): FormTriggerBuilderApi;
  onOpen(): FormTriggerBuilderApi;
  create(): TriggerApi;
}

export interface DocumentTriggerBuilderApi {
  onOpen(): DocumentTriggerBuilderApi;
  create(): TriggerApi;
}

export interface ClockTriggerBuilderApi {
  everyMinutes(n: number): ClockTriggerBuilderApi;
  everyHours(n: number): ClockTriggerBuilderApi;
  everyDays(n: number): ClockTriggerBuilderApi;
  everyWeeks(n: number): ClockTriggerBuilderApi;
  atHour(hour: number): ClockTriggerBuilderApi;
  nearMinute(minute: number): ClockTriggerBuilderApi;
  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilderApi;
  onMonthDay(day: number): ClockTriggerBuilderApi;
  at(date: Date): ClockTriggerBuilderApi;
  atDate(year: number, month: number, day: number): ClockTriggerBuilderApi;
  after(durationMilliseconds: number): ClockTriggerBuilderApi;
  inTimezone(timezone: string): ClockTriggerBuilderApi;
  create(): TriggerApi;
}

export interface TriggerApi {
  getUniqueId: GoogleAppsScript.Script.Trigger['getUniqueId'];
  getHandlerFunction: GoogleAppsScript.Script.Trigger['getHandlerFunction'];
  getEventType: GoogleAppsScript.Script.Trigger['getEventType'];
  getTriggerSource: GoogleAppsScript.Script.Trigger['getTriggerSource'];
  /** The file id; null for time-driven triggers. */
  getTriggerSourceId(): string | null;
}

import type { InstalledTrigger, Triggers } from '../ports';
import type { ScriptAppApi, TriggerApi } from './api/script';
import type { SpreadsheetAppApi } from './api/spreadsheet';

/**
 * Installable triggers through ScriptApp. Needs the script.scriptapp scope and full authorization: a
 * simple trigger (onOpen in LIMITED mode) is refused (§7.10), which is why set-up is a menu action.
 */
export class ScriptTriggers implements Triggers {
  private readonly handles = new Map<string, TriggerApi>();
  private id: string | null = null;

  constructor(
    private readonly app: ScriptAppApi,
    private readonly spreadsheetApp: SpreadsheetAppApi,
  ) {}

  list(): InstalledTrigger[] {
    this.handles.clear();
    const formSubmit = String(this.app.EventType.ON_FORM_SUBMIT);
    const clock = String(this.app.EventType.CLOCK);
    return this.app.getProjectTriggers().map((t) => {
      const id = t.getUniqueId();
      this.handles.set(id, t);
      const type = String(t.getEventType());
      const event = type === formSubmit ? 'formSubmit' : type === clock ? 'clock' : 'other';
      return {
        id,
        handler: t.getHandlerFunction(),
        event,
        sourceId: event === 'formSubmit' ? t.getTriggerSourceId() : null,
      };
    });
  }

  spreadsheetId(): string {
    if (this.id === null) {
      const active = this.spreadsheetApp.getActiveSpreadsheet();
      this.id = active ? active.getId() : '';
    }
    return this.id;
  }

  installFormSubmit(handler: string): void {
    this.app.newTrigger(handler).forSpreadsheet(this.spreadsheetId()).onFormSubmit().create();
  }

  installDaily(handler: string, hour: number): void {
    // In the script's time zone (appsscript.json: Europe/Moscow); Google picks a minute within the hour (§7.3).
    this.app.newTrigger(handler).timeBased().everyDays(1).atHour(hour).create();
  }

  installOnce(handler: string, afterMs: number): void {
    this.app.newTrigger(handler).timeBased().after(afterMs).create();
  }

  remove(id: string): void {
    const trigger = this.handles.get(id);
    if (trigger) this.app.deleteTrigger(trigger);
  }
}

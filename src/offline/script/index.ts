import type { Kernel } from '../runtime/kernel';
import { eventUser, TriggerRunner } from './firing';
import { OfflineScriptApp, ScriptAppSettings } from './script-app';
import { TriggerFiring, TriggerRecord, TriggerStore } from './store';

/** How trigger events get the `source` objects they carry (a Spreadsheet, a Form) without ticking. */
export interface TriggerEventSources {
  spreadsheet(id: string): unknown;
  form(id: string): unknown;
}

/**
 * The offline ScriptApp with its triggers: `app` is the service the add-on sees; the rest is what the
 * workspace, the scenario runner and tests use to make the platform fire triggers (nothing there ticks
 * except the handlers' own calls).
 */
export class OfflineTriggers {
  readonly store = new TriggerStore();
  readonly settings: ScriptAppSettings = { isAddon: true };
  readonly runner: TriggerRunner;
  readonly app: OfflineScriptApp;
  /** Set by the workspace once the spreadsheet and form services exist. */
  sources: TriggerEventSources = {
    spreadsheet: () => undefined,
    form: () => undefined,
  };

  constructor(private readonly kernel: Kernel) {
    this.runner = new TriggerRunner(kernel, this.store);
    this.app = new OfflineScriptApp({
      kernel,
      store: this.store,
      settings: this.settings,
      scriptId: kernel.newId('script'),
    });
  }

  /** Whether the project runs as an editor add-on (default): time-driven triggers at most hourly (§7.3). */
  get isAddon(): boolean {
    return this.settings.isAddon;
  }

  set isAddon(value: boolean) {
    this.settings.isAddon = value;
  }

  all(): TriggerRecord[] {
    return this.store.all();
  }

  get firings(): TriggerFiring[] {
    return this.store.firings;
  }

  toJSON(): ReturnType<TriggerStore['toJSON']> {
    return this.store.toJSON();
  }

  /** See TriggerRunner.fireDueTimeTriggers. */
  fireDueTimeTriggers(until: Date): TriggerFiring[] {
    return this.runner.fireDueTimeTriggers(until);
  }

  /**
   * A person edited a cell: runs the installable on-edit triggers of that spreadsheet (the simple
   * `onEdit` is the caller's business). `value`/`oldValue` are left out when undefined, as Google leaves
   * them out for multi-cell edits.
   */
  fireEdit(spreadsheetId: string, range: unknown, oldValue?: unknown, value?: unknown): TriggerFiring[] {
    const editor = this.kernel.user;
    return this.runner.fireFor(spreadsheetId, 'ON_EDIT', (t) => {
      const event: Record<string, unknown> = {
        authMode: 'FULL',
        range,
        source: this.sources.spreadsheet(spreadsheetId),
        triggerUid: t.uid,
        user: eventUser(this.kernel, editor),
      };
      if (oldValue !== undefined) event.oldValue = oldValue;
      if (value !== undefined) event.value = value;
      return event;
    });
  }

  /**
   * An editor opened a spreadsheet or form: runs its installable on-open triggers. For forms this is
   * the edit view only; respondents opening the form fire nothing (§2.3.4).
   */
  fireOpen(fileId: string, kind: 'spreadsheet' | 'form'): TriggerFiring[] {
    const opener = this.kernel.user;
    return this.runner.fireFor(fileId, 'ON_OPEN', (t) => ({
      authMode: 'FULL',
      source: kind === 'form' ? this.sources.form(fileId) : this.sources.spreadsheet(fileId),
      triggerUid: t.uid,
      user: eventUser(this.kernel, opener),
    }));
  }
}

export { TRIGGER_LIMIT } from './script-app';
export type { TriggerFiring, TriggerRecord } from './store';

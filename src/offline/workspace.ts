import type { AppsScriptServices } from '../gas/api';
import type { UiApi } from '../gas/api/html';
import { Kernel, KernelOptions, ScriptFunction } from './runtime/kernel';
import { virtualDateConstructor } from './virtual-date';
// ── service imports (each service's owner adds its line here) ──
// ── end of service imports ──

export type OfflineWorkspaceOptions = KernelOptions;

/**
 * The offline Google Workspace: in-memory Apps Script services over one kernel (clock, call counts,
 * quotas, Drive registry, executions). `services` has the shape of the Apps Script globals the add-on
 * uses; `globals()` is what a bare `vm` context gets to run the built bundle.
 */
export class OfflineWorkspace {
  readonly kernel: Kernel;
  readonly services: AppsScriptServices;

  constructor(options: OfflineWorkspaceOptions = {}) {
    const kernel = new Kernel(options);
    this.kernel = kernel;
    // ── service wiring (each service's owner adds its lines here) ──
    this.services = {} as AppsScriptServices;
    // ── end of service wiring ──
  }

  /** The globals of an Apps Script project: the services, `console`, and a `Date` on the virtual clock. */
  globals(): Record<string, unknown> {
    const kernel = this.kernel;
    const log = (level: string) => (...args: unknown[]) => {
      kernel.tick(`console.console.${level}`);
      kernel.logs.push({ at: kernel.clock.now(), level, message: args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') });
    };
    return {
      ...this.services,
      console: { log: log('log'), info: log('info'), warn: log('warn'), error: log('error') },
      Date: virtualDateConstructor(() => kernel.clock.now()),
    };
  }

  /**
   * The editor Ui of a host application (`SpreadsheetApp.getUi()`, `DocumentApp.getUi()`): one per host,
   * recording into `kernel.screen`. Services that expose `getUi()` take `(host) => workspace.uiFor(host)`.
   */
  uiFor(host: 'Sheets' | 'Docs' | 'Forms'): UiApi {
    // ── Ui wiring (the Ui owner replaces this body) ──
    throw new Error(`The offline Ui for ${host} is not wired yet.`);
    // ── end of Ui wiring ──
  }

  /** Lets trigger firing and `google.script.run` find the add-on's functions by name. */
  useFunctions(resolve: (name: string) => ScriptFunction | undefined): void {
    this.kernel.setFunctionResolver(resolve);
  }
}

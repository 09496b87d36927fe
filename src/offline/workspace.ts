import type { AppsScriptServices } from '../gas/api';
import type { UiApi } from '../gas/api/html';
import { Kernel, KernelOptions, ScriptFunction } from './runtime/kernel';
import { virtualDateConstructor } from './virtual-date';
// ── service imports (each service's owner adds its line here) ──
import { OfflineCacheService } from './cache/cache-service';
import { OfflineHtmlService } from './html/html-service';
import { OfflineLockService } from './lock/lock-service';
import { OfflineLogger } from './logger/logger';
import { OfflinePropertiesService } from './properties/properties-service';
import { OfflineSession } from './session/session';
import { OfflineSpreadsheetApp } from './spreadsheet/app';
import { SpreadsheetStore } from './spreadsheet/store';
import { OfflineUi } from './ui/ui';
import { OfflineUtilities } from './utilities/utilities';
import { OfflineForms } from './forms';
import { connectFormsAndTriggers } from './forms/spreadsheet-host';
import { OfflineTriggers } from './script';
import { OfflineDocumentApp } from './document/document-app';
import { DocumentStore } from './document/store';
import { OfflineDriveApp } from './drive/drive-app';
import { OfflineCalendarApp } from './calendar/calendar-app';
import { CalendarStore } from './calendar/store';
import { OfflineMailApp } from './mail/mail-app';
import { offlineCharts } from './spreadsheet/charts';
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

  /** One editor Ui per host, made on first use (see `uiFor`). */
  private readonly uis = new Map<'Sheets' | 'Docs' | 'Forms', OfflineUi>();
  /** Every property store, for `toJSON()` (state.json) and seeding without counting calls. */
  readonly properties: OfflinePropertiesService;
  /** HtmlService, exposed for `useHtmlFiles(bundle.html)`: the project's `.html` files. */
  readonly html: OfflineHtmlService;

  /** Every offline spreadsheet, readable without counting calls (form submissions, exporters, tests). */
  readonly sheets: SpreadsheetStore;

  /** Forms and their responses: `forms.submitAsRespondent(...)` is a person filling in a form. */
  readonly forms: OfflineForms;
  /** Installable triggers: `triggers.fireDueTimeTriggers(until)`, `fireEdit(...)`, `isAddon`, `toJSON()`. */
  readonly triggers: OfflineTriggers;

  /** Every Google Doc: `get(id)`, `all()`, `toJSON(id?)` snapshots and `plainText(id)`, without counting calls. */
  readonly documents: DocumentStore;
  /** DriveApp, exposed for `registerCopier(mimeType, copier)` so `makeCopy` can copy other services' files. */
  readonly drive: OfflineDriveApp;

  /** Calendar events and invitations: `events()`, `event(id)`, `invitationsSent()`, `respond(...)`, `toJSON()`. */
  readonly calendar: CalendarStore;
  /** MailApp with its outbox: `outbox` (every mail sent), `setRemaining(n)` (today's recipients left), `toJSON()`. */
  readonly mail: OfflineMailApp;

  constructor(options: OfflineWorkspaceOptions = {}) {
    const kernel = new Kernel(options);
    this.kernel = kernel;
    // ── service wiring (each service's owner adds its lines here) ──
    this.services = {} as AppsScriptServices;
    this.properties = new OfflinePropertiesService(kernel);
    this.services.PropertiesService = this.properties;
    this.services.CacheService = new OfflineCacheService(kernel);
    this.services.LockService = new OfflineLockService(kernel);
    this.services.Session = new OfflineSession(kernel);
    this.services.Utilities = new OfflineUtilities(kernel);
    this.services.Logger = new OfflineLogger(kernel);
    this.sheets = new SpreadsheetStore(kernel);
    this.services.SpreadsheetApp = new OfflineSpreadsheetApp(kernel, this.sheets, () => this.uiFor('Sheets'));
    // Scriptlets see the project's functions, then its globals (services, console, the virtual Date).
    // The HTML files are the bundle's: the CLI passes them with `workspace.html.useHtmlFiles(...)`.
    this.html = new OfflineHtmlService(
      kernel,
      {},
      (name) => kernel.findFunction(name) ?? this.globals()[name],
    );
    this.services.HtmlService = this.html;
    this.triggers = new OfflineTriggers(kernel);
    this.forms = new OfflineForms(kernel, this.triggers);
    this.services.ScriptApp = this.triggers.app;
    this.services.FormApp = this.forms.app;
    connectFormsAndTriggers(this.forms, this.triggers, this.sheets);
    this.documents = new DocumentStore(kernel);
    this.services.DocumentApp = new OfflineDocumentApp(kernel, this.documents, () => this.uiFor('Docs'));
    this.drive = new OfflineDriveApp(kernel, this.documents);
    this.services.DriveApp = this.drive;
    this.calendar = new CalendarStore(kernel);
    this.services.CalendarApp = new OfflineCalendarApp(kernel, this.calendar);
    this.mail = new OfflineMailApp(kernel);
    this.services.MailApp = this.mail;
    this.services.Charts = offlineCharts;
    // ── end of service wiring ──
  }

  /** The globals of an Apps Script project: the services, `console`, and a `Date` on the virtual clock. */
  globals(): Record<string, unknown> {
    const kernel = this.kernel;
    const log =
      (level: string) =>
      (...args: unknown[]) => {
        kernel.tick(`console.console.${level}`);
        kernel.logs.push({
          at: kernel.clock.now(),
          level,
          message: args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
        });
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
    let ui = this.uis.get(host);
    if (!ui) {
      ui = new OfflineUi(this.kernel, host);
      this.uis.set(host, ui);
    }
    return ui;
    // ── end of Ui wiring ──
  }

  /** Lets trigger firing and `google.script.run` find the add-on's functions by name. */
  useFunctions(resolve: (name: string) => ScriptFunction | undefined): void {
    this.kernel.setFunctionResolver(resolve);
  }
}

import type { SetupDeps } from '../core';
import type { AppsScriptServices } from '../gas/api';
import { systemClock } from '../gas/clock';
import { HtmlDialogs } from '../gas/dialogs';
import { GoogleDocumentFiles } from '../gas/documents';
import { GoogleForms, LinkedResponseSheets } from '../gas/forms';
import { SheetsFinisher } from '../gas/sheet-finish';
import { ScriptTriggers } from '../gas/triggers';
import { SheetJournal } from '../gas/journal';
import { SheetsMatchingShell } from '../gas/matching';
import { ScriptLocks } from '../gas/lock';
import { ScriptProperties } from '../gas/properties';
import { SpreadsheetBlocks } from '../gas/sheet-blocks';
import { EditorUi } from '../gas/ui';
import { withSpreadsheet } from '../gas/opened-spreadsheet';
import { SheetsWorkbook } from '../gas/workbook';
import { GoogleCalendars } from '../gas/calendar';
import type { Calendars } from '../ports/calendar';
import { SheetsReports } from '../gas/charts';
import { MailAppMailer } from '../gas/mail';
import type { MonitoringShell } from '../ports/charts';
import { SheetsRoadmapShell } from '../gas/roadmap';
import type { RoadmapShell } from '../ports/roadmap';
import { GooglePublicationDocs } from '../gas/publicity';
import type { PublicationDocs } from '../ports/publicity';
import type { Clock, Dialogs, MatchingShell, SheetBlocks, UserInterface } from '../ports';

/** Everything an entry point needs, as ports. */
export interface AddonDeps extends SetupDeps {
  ui: UserInterface;
  /** Whole-sheet reads and block writes for the submission pipeline. */
  blocks: SheetBlocks;
  /** HTML dialogs (the links to the forms). */
  dialogs: Dialogs;
  /** Stage 5: row deletions, the current cell, the «Подбор пар» sidebar. */
  matching: MatchingShell;
  /** Stages 4.2 and 6's events: Google Calendar invitations (issue 6, item 1). */
  calendars: Calendars;
  /** Stage 6's monitoring: the «Мониторинг» sheet with its charts, reminder letters (issue 6, item 3). */
  monitoring: MonitoringShell;
  /** The road-map dashboard: the overdue highlight, the materials folder's files (issue 7). */
  roadmap: RoadmapShell;
  /** Stage 7: the drafts of publications in Google Docs (issue 7, item 2). */
  publicationDocs: PublicationDocs;
  /**
   * The same adapters over another spreadsheet opened by id, as if it were the active one: a generated
   * Google Doc reaches the spreadsheet it was made from (issue 5, item 8).
   */
  openSpreadsheet?(spreadsheetId: string): AddonDeps;
}

/**
 * The only function that reads the Apps Script globals. Getters, so a service is touched only when an
 * adapter first uses it: before authorization (AuthMode.NONE) `onOpen` must reach nothing but the Ui.
 */
export function globalServices(): AppsScriptServices {
  return {
    get SpreadsheetApp() {
      return SpreadsheetApp;
    },
    get FormApp() {
      return FormApp;
    },
    get DocumentApp() {
      return DocumentApp;
    },
    get DriveApp() {
      return DriveApp;
    },
    get PropertiesService() {
      return PropertiesService;
    },
    get CacheService() {
      return CacheService;
    },
    get LockService() {
      return LockService;
    },
    get ScriptApp() {
      return ScriptApp;
    },
    get Session() {
      return Session;
    },
    get Utilities() {
      return Utilities;
    },
    get HtmlService() {
      return HtmlService;
    },
    get Logger() {
      return Logger;
    },
    get CalendarApp() {
      return CalendarApp;
    },
    get MailApp() {
      return MailApp;
    },
    get Charts() {
      return Charts;
    },
  };
}

/**
 * The composition root: builds the adapters over the given services. Adapters are lazy (no service
 * call at construction), so building them costs nothing in any authorization mode. `clock` is the
 * execution's wall clock; tests outside the bundle's sandbox pass the offline Workspace's virtual one.
 */
export function appsScriptDeps(
  services: AppsScriptServices = globalServices(),
  clock: Clock = systemClock,
): AddonDeps {
  return {
    workbook: new SheetsWorkbook(services.SpreadsheetApp),
    properties: new ScriptProperties(services.PropertiesService),
    locks: new ScriptLocks(services.LockService),
    journal: new SheetJournal(services.SpreadsheetApp, clock),
    clock,
    ui: new EditorUi(services.SpreadsheetApp, services.DocumentApp),
    blocks: new SpreadsheetBlocks(services.SpreadsheetApp),
    forms: new GoogleForms(services.FormApp, services.SpreadsheetApp),
    responseSheets: new LinkedResponseSheets(services.SpreadsheetApp),
    triggers: new ScriptTriggers(services.ScriptApp, services.SpreadsheetApp),
    finisher: new SheetsFinisher(services.SpreadsheetApp),
    dialogs: new HtmlDialogs(services.HtmlService, services.SpreadsheetApp),
    matching: new SheetsMatchingShell(services.SpreadsheetApp, services.HtmlService),
    calendars: new GoogleCalendars(() => services.CalendarApp),
    monitoring: {
      report: new SheetsReports(services.SpreadsheetApp, () => services.Charts),
      mail: new MailAppMailer(() => services.MailApp),
    },
    roadmap: new SheetsRoadmapShell(services.SpreadsheetApp, services.DriveApp),
    publicationDocs: new GooglePublicationDocs(services.DocumentApp, services.DriveApp),
    documents: new GoogleDocumentFiles(services.DocumentApp, services.DriveApp, services.Session),
    openSpreadsheet: (spreadsheetId) => appsScriptDeps(withSpreadsheet(services, spreadsheetId), clock),
  };
}

/**
 * Compile-time proof that each subset interface in src/gas/api is a true subset of Google's service:
 * the real global (typed by @types/google-apps-script) must be assignable to it. Checked by `tsc`
 * (part of `npm test`); nothing here runs.
 */
import type { AppsScriptServices } from '../../src/gas/api';

export function realServicesConform(): AppsScriptServices {
  return {
    SpreadsheetApp,
    FormApp,
    DocumentApp,
    DriveApp,
    PropertiesService,
    CacheService,
    LockService,
    ScriptApp,
    Session,
    Utilities,
    HtmlService,
    Logger,
    CalendarApp,
    MailApp,
    Charts,
  };
}

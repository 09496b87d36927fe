import type { CacheServiceApi } from './cache';
import type { CalendarAppApi } from './calendar';
import type { DocumentAppApi } from './document';
import type { DriveAppApi } from './drive';
import type { FormAppApi } from './forms';
import type { HtmlServiceApi } from './html';
import type { LockServiceApi } from './lock';
import type { LoggerApi } from './logger';
import type { MailAppApi } from './mail';
import type { PropertiesServiceApi } from './properties';
import type { ScriptAppApi } from './script';
import type { SessionApi } from './session';
import type { ChartsApi, SpreadsheetAppApi } from './spreadsheet';
import type { UtilitiesApi } from './utilities';

/**
 * The Apps Script services the add-on uses, by their global names. In Apps Script these are the
 * globals; offline, `OfflineWorkspace.services` provides the same shape.
 */
export interface AppsScriptServices {
  SpreadsheetApp: SpreadsheetAppApi;
  FormApp: FormAppApi;
  DocumentApp: DocumentAppApi;
  DriveApp: DriveAppApi;
  PropertiesService: PropertiesServiceApi;
  CacheService: CacheServiceApi;
  LockService: LockServiceApi;
  ScriptApp: ScriptAppApi;
  Session: SessionApi;
  Utilities: UtilitiesApi;
  HtmlService: HtmlServiceApi;
  Logger: LoggerApi;
  CalendarApp: CalendarAppApi;
  MailApp: MailAppApi;
  Charts: ChartsApi;
}

export type {
  CacheServiceApi,
  CalendarAppApi,
  ChartsApi,
  DocumentAppApi,
  DriveAppApi,
  FormAppApi,
  HtmlServiceApi,
  LockServiceApi,
  LoggerApi,
  MailAppApi,
  PropertiesServiceApi,
  ScriptAppApi,
  SessionApi,
  SpreadsheetAppApi,
  UtilitiesApi,
};

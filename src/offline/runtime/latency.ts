/**
 * Predicted latency of one call, in milliseconds, by method. Google publishes no per-method table; these
 * figures are medians reported in public benchmarks and practitioners' measurements of V8 Apps Script
 * (a Spreadsheet read or write round trip costs tens of milliseconds whatever its size; object getters
 * that stay inside the script engine are nearly free; creating files costs seconds). They are predictions
 * for planning, documented in docs/offline-workspace.md, and are what `npm start` sums into
 * "predicted Apps Script time".
 */
const exact: Record<string, number> = {
  'SpreadsheetApp.Range.getValues': 60,
  'SpreadsheetApp.Range.getDisplayValues': 70,
  'SpreadsheetApp.Range.getFormulas': 60,
  'SpreadsheetApp.Range.setValues': 120,
  'SpreadsheetApp.Range.setValue': 80,
  'SpreadsheetApp.Range.getValue': 50,
  'SpreadsheetApp.Sheet.appendRow': 110,
  'SpreadsheetApp.Spreadsheet.insertSheet': 350,
  'SpreadsheetApp.SpreadsheetApp.create': 2000,
  'SpreadsheetApp.SpreadsheetApp.flush': 100,
  'SpreadsheetApp.SpreadsheetApp.openById': 400,
  // Structural and formatting changes are sheet-wide server operations; extent getters force a flush.
  'SpreadsheetApp.Sheet.getLastRow': 30,
  'SpreadsheetApp.Sheet.getLastColumn': 30,
  'SpreadsheetApp.Range.setNumberFormat': 40,
  'SpreadsheetApp.Range.setDataValidation': 80,
  'SpreadsheetApp.Sheet.insertRowsAfter': 150,
  'SpreadsheetApp.Sheet.insertColumnsAfter': 150,
  'SpreadsheetApp.Sheet.deleteRow': 150,
  'SpreadsheetApp.Sheet.deleteRows': 150,
  'SpreadsheetApp.Spreadsheet.deleteSheet': 300,
  'SpreadsheetApp.Sheet.protect': 150,
  'SpreadsheetApp.Range.protect': 150,
  'SpreadsheetApp.Range.createFilter': 100,
  'SpreadsheetApp.Sheet.setConditionalFormatRules': 100,
  'SpreadsheetApp.Sheet.autoResizeColumns': 200,
  'FormApp.FormApp.create': 2500,
  'FormApp.FormApp.openById': 500,
  'DocumentApp.DocumentApp.create': 2500,
  'DocumentApp.DocumentApp.openById': 600,
  'DocumentApp.Document.saveAndClose': 400,
  'DocumentApp.Body.replaceText': 40,
  'DriveApp.File.makeCopy': 1500,
  'DriveApp.File.getAs': 2500,
  'DriveApp.DriveApp.getFileById': 250,
  'DriveApp.DriveApp.getFolderById': 250,
  'DriveApp.DriveApp.createFolder': 800,
  'DriveApp.Folder.createFolder': 800,
  // Drive: a PDF export and file uploads are server round trips; iterators fetch pages of results.
  'DocumentApp.DocumentApp.openByUrl': 600,
  'DocumentApp.Document.getAs': 2500,
  'DriveApp.File.getBlob': 2500,
  'DriveApp.DriveApp.createFile': 800,
  'DriveApp.Folder.createFile': 800,
  'DriveApp.DriveApp.getFilesByName': 300,
  'DriveApp.DriveApp.getFoldersByName': 300,
  'DriveApp.FileIterator.hasNext': 50,
  'DriveApp.FileIterator.next': 50,
  'DriveApp.FolderIterator.hasNext': 50,
  'DriveApp.FolderIterator.next': 50,
  'ScriptApp.TriggerBuilder.create': 500,
  'ScriptApp.SpreadsheetTriggerBuilder.create': 500,
  'ScriptApp.FormTriggerBuilder.create': 500,
  'ScriptApp.DocumentTriggerBuilder.create': 500,
  'ScriptApp.ClockTriggerBuilder.create': 500,
  'ScriptApp.ScriptApp.getUserTriggers': 150,
  'FormApp.Form.setDestination': 1500,
  'FormApp.FormResponse.submit': 400,
  'FormApp.Form.getResponses': 150,
  'ScriptApp.ScriptApp.getProjectTriggers': 150,
  'ScriptApp.ScriptApp.deleteTrigger': 300,
  'PropertiesService.Properties.getProperty': 15,
  'PropertiesService.Properties.setProperty': 25,
  'PropertiesService.Properties.getProperties': 20,
  'PropertiesService.Properties.setProperties': 30,
  'LockService.Lock.tryLock': 30,
  'LockService.Lock.waitLock': 30,
  'Utilities.Utilities.formatDate': 1,
  'Utilities.Utilities.getUuid': 1,
  'MailApp.MailApp.sendEmail': 800,
  // Building a menu is buffered in the script engine; only addToUi and pages reach the editor.
  'Ui.Ui.createMenu': 1,
  'Ui.Ui.createAddonMenu': 1,
  'Ui.Menu.addItem': 1,
  'Ui.Menu.addSeparator': 1,
  'Ui.Menu.addSubMenu': 1,
  'Ui.Menu.addToUi': 30,
  'Ui.Ui.showSidebar': 400,
  'Ui.Ui.showModalDialog': 400,
  'Ui.Ui.showModelessDialog': 400,
  'HtmlService.HtmlTemplate.evaluate': 20,
  // Charts: inserting, replacing or removing one is a sheet-wide server change; listing them a read.
  'SpreadsheetApp.Sheet.insertChart': 300,
  'SpreadsheetApp.Sheet.updateChart': 300,
  'SpreadsheetApp.Sheet.removeChart': 200,
  'SpreadsheetApp.Sheet.getCharts': 100,
  // Calendar: writes and searches are Calendar API round trips; an event's getters read the object
  // fetched with it, so they stay in the script engine.
  'CalendarApp.CalendarApp.getDefaultCalendar': 200,
  'CalendarApp.CalendarApp.getCalendarById': 250,
  'CalendarApp.CalendarApp.getEventById': 300,
  'CalendarApp.CalendarApp.createEvent': 600,
  'CalendarApp.Calendar.createEvent': 600,
  'CalendarApp.Calendar.getEventById': 300,
  'CalendarApp.Calendar.getEvents': 400,
  'CalendarApp.CalendarApp.getEvents': 400,
  'CalendarApp.Calendar.getId': 2,
  'CalendarApp.Calendar.getName': 2,
  'CalendarApp.CalendarEvent.getId': 2,
  'CalendarApp.CalendarEvent.getTitle': 2,
  'CalendarApp.CalendarEvent.getStartTime': 2,
  'CalendarApp.CalendarEvent.getEndTime': 2,
  'CalendarApp.CalendarEvent.getLocation': 2,
  'CalendarApp.CalendarEvent.getDescription': 2,
  'CalendarApp.CalendarEvent.getGuestList': 2,
  'CalendarApp.CalendarEvent.getTag': 2,
  'CalendarApp.EventGuest.getEmail': 1,
  'CalendarApp.EventGuest.getGuestStatus': 1,
};

/** Fallback by service when a method has no figure of its own. */
const byService: Record<string, number> = {
  SpreadsheetApp: 5,
  FormApp: 30,
  DocumentApp: 10,
  DriveApp: 200,
  PropertiesService: 15,
  CacheService: 10,
  LockService: 5,
  ScriptApp: 20,
  Session: 2,
  Utilities: 1,
  HtmlService: 5,
  Ui: 50,
  Logger: 1,
  console: 1,
  MailApp: 50,
  CalendarApp: 300,
};

/**
 * Extra milliseconds per cell for the calls that move a block of cells. A round trip dominates small
 * blocks, but a read of 10,000 rows × 40 columns takes seconds in Apps Script, not 60 ms; practitioners
 * report roughly 50,000–150,000 cells per second for getValues and about a third of that for setValues.
 */
const perCell: Record<string, number> = {
  'SpreadsheetApp.Range.getValues': 0.01,
  'SpreadsheetApp.Range.getDisplayValues': 0.015,
  'SpreadsheetApp.Range.getFormulas': 0.01,
  'SpreadsheetApp.Range.getNumberFormats': 0.005,
  'SpreadsheetApp.Range.setValues': 0.03,
  'SpreadsheetApp.Range.setNumberFormats': 0.01,
  'SpreadsheetApp.Range.setNumberFormat': 0.005,
};

/** Predicted latency of one call that touches `cells` cells (0 for calls that move no block). */
export function latencyOf(method: string, cells = 0): number {
  // Whole milliseconds keep the virtual clock on integer instants, as Dates are.
  const extra = cells > 0 ? Math.round((perCell[method] ?? 0) * cells) : 0;
  return baseLatencyOf(method) + extra;
}

function baseLatencyOf(method: string): number {
  const known = exact[method];
  if (known !== undefined) return known;
  const service = method.split('.', 1)[0] ?? '';
  return byService[service] ?? 5;
}

/** The table as documentation sees it (for docs and state.json). */
export function latencyTable(): {
  exact: Record<string, number>;
  byService: Record<string, number>;
  perCell: Record<string, number>;
} {
  return { exact: { ...exact }, byService: { ...byService }, perCell: { ...perCell } };
}

/** The public surface of the core: pure TypeScript that never names an Apps Script service. */
export { MentoringError, isMentoringError } from './errors';
export { JOURNAL_COLUMNS, journalRow } from './journal/journal-row';
export { messages } from './messages';
export { COMPETENCES, MENTORING_FORMS } from './schema/competences';
export { headerIndex, headerKey } from './schema/headers';
export { SCHEMA_VERSION, SCHEMA_VERSION_PROPERTY, SHEETS, headersOf, sheetSpec } from './schema/sheets';
export type { ColumnSpec, SheetKey, SheetSpec } from './schema/sheets';
export { SETTINGS, SETTINGS_COLUMNS, readSettings, settingRow } from './settings/settings';
export type { SettingDefinition, Settings } from './settings/settings';
export { isEmptyPlan, planSetup } from './setup/plan';
export type { ColumnAddition, ExistingSheet, RowAddition, SetupPlan, SheetCreation } from './setup/plan';
export { SETUP_LOCK_TIMEOUT_MS, applyPlan, describeSetup, setUpSystem } from './setup/set-up-system';
export type { SetupDeps, SetupResult } from './setup/set-up-system';

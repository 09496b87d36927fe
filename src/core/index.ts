/** The public surface of the core: pure TypeScript that never names an Apps Script service. */
export { MentoringError, isMentoringError } from './errors';
export { JOURNAL_COLUMNS, journalRow } from './journal/journal-row';
export { messages } from './messages';
export { COMPETENCES, MENTORING_FORMS } from './schema/competences';
export { headerIndex, headerKey } from './schema/headers';
export { SCHEMA_VERSION, SCHEMA_VERSION_PROPERTY, SHEETS, headersOf, sheetSpec } from './schema/sheets';
export type { ColumnSpec, SheetKey, SheetSpec } from './schema/sheets';
export { COMPETENCE_PREFIX, SETTINGS, SETTINGS_COLUMNS, readSettings, settingRow } from './settings/settings';
export type { SettingDefinition, Settings } from './settings/settings';
export { isEmptyPlan, planSetup } from './setup/plan';
export type { ColumnAddition, ExistingSheet, RowAddition, SetupPlan, SheetCreation } from './setup/plan';
export { SETUP_LOCK_TIMEOUT_MS, applyPlan, describeSetup, setUpSystem } from './setup/set-up-system';
export type { SetupDeps, SetupResult } from './setup/set-up-system';
export * from './people';
export {
  EMAIL_HEADERS,
  TIMESTAMP_HEADERS,
  checkResponseColumns,
  competencesFromSettings,
  inApplyOrder,
  isApplicable,
  isDeferred,
  parseResponse,
  parseResponseSheet,
  splitCheckboxAnswer,
} from './questionnaires/parse';
export type {
  ConsentDecision,
  ParsedResponse,
  Problem,
  ProblemSeverity,
  ResponseFields,
} from './questionnaires/parse';
export * from './questionnaires/spec';
export { QUESTIONNAIRES } from './questionnaires/registry';
export { formOfSubmission } from './questionnaires/identify';
export { DEFAULT_COMPETENCES } from './schema/competences';
export type { Competence } from './schema/competences';
export * from './banks';
export * from './consent';
export * from './pipeline';
export { buildFormDraft } from './questionnaires/build-form';
export type { BuiltForm, ChoiceLists, DynamicChoices } from './questionnaires/build-form';
export {
  FORMS_PROPERTY,
  FORM_KEYS,
  FORM_SYNC_PROPERTY,
  formIdFromUrl,
  parseStoredForms,
  planForms,
  responseSheetName,
} from './setup/forms-plan';
export type { FormsPlan, StoredForms } from './setup/forms-plan';
export { DAILY_HANDLER, DAILY_HOUR, FORM_SUBMIT_HANDLER, planTriggers } from './setup/triggers-plan';
export { PAIR_STATUSES, columnLetter, parseEditors, planFinish } from './setup/finish-plan';
export { EDITORS_SETTING } from './setup/finish-sheets';
export { buildForms, choiceLists } from './setup/set-up-forms';
export { formLinksView } from './setup/form-links';
export * from './matching';
export * from './pairs';
export { underDocumentLock } from './document-lock';
export * from './documents';
export * from './season/events';
export * from './season/completion';
export * from './season/practices';
export * from './season/monitoring';
export * from './season/report';
export * from './roadmap';
export * from './publicity';

/**
 * The mentee and mentor banks: which columns the add-on owns, and the upsert plan that applies parsed
 * responses to a bank read in one getValues. The shell writes the plan with one setValues per block.
 */
export {
  bankColumns,
  bankSheetSpec,
  BANK_SYSTEM_HEADERS,
  PARTICIPATION,
  CONSENT_COLUMN_VALUES,
} from './columns';
export type { BankKey, BankColumn, BankField } from './columns';
export { HISTORY_COLUMNS, HISTORY_OUTCOMES, historyRows, processedKeys, CELL_LIMIT } from './history';
export type { HistoryOutcome } from './history';
export { planBankUpsert } from './upsert';
export type { BankUpsertPlan, BlockWrite, UpsertCounts, UpsertOptions, UpsertResult } from './upsert';

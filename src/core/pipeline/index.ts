/** The submission pipeline of stages 2–3: responses → registry and banks → history, nothing lost or doubled. */
export { HISTORY_SHEET, planSweep, sweepSheets } from './sweep';
export type { SweepCounts, SweepInput, SweepPlan } from './sweep';
export {
  PIPELINE_LOCK_TIMEOUT_MS,
  consentHolderName,
  processResponses,
  runDailyMaintenance,
  withdrawConsentNow,
} from './run';
export type { MaintenanceOutcome, PipelineDeps, RunOutcome, WithdrawalOutcome } from './run';
export { cellBlocks } from './blocks';

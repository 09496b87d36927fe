/**
 * Sheets and constants of monitoring (stage 6). «Мониторинг» is a report the add-on rewrites whole;
 * «Напоминания» is the log of reminder letters, the record that keeps anybody from getting two.
 * Other features (the final report, the road map) read monitoring through `summariseMonitoring`.
 */

export {
  MONITORING_PHASES,
  MONITORING_PHASE_KEYS,
  MONITORING_ROLES,
  MONITORING_SCALES,
  MONITORING_SCALE_KEYS,
  MONITORING_FLAGS,
  MONITORING_FLAG_KEYS,
  MEETING_FREQUENCIES,
  MONITORING_TITLES,
  MONITORING_FORM,
} from '../../questionnaires/monitoring-spec';
export type {
  MonitoringPhase,
  MonitoringRole,
  MonitoringScaleKey,
  MonitoringFlagKey,
} from '../../questionnaires/monitoring-spec';

export { MONITORING_SHEET, REMINDERS_SHEET, REMINDER_COLUMNS, REMINDER_STATUS } from './sheet-names';

/** Pair statuses whose participants are expected to answer (a proposal is not a programme yet). */
export { MONITORED_PAIR_STATUSES } from './summary';

export { summariseMonitoring, readMonitoringPairs } from './summary';
export type {
  MonitoringInput,
  MonitoringSummary,
  MonitoringFigures,
  PairMonitoring,
  MonitoringParticipant,
  CountedAnswer,
  IgnoredAnswer,
  IgnoredReason,
  ScaleFigures,
  ShareFigures,
  ResponseRate,
  MonitoredPair,
} from './summary';

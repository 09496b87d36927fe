export * from './columns';
export { monitoringReport } from './report';
export type { MonitoringLayout, MonitoringReport } from './report';
export {
  MAX_LETTERS_PER_RUN,
  lettersThisRun,
  nextLogRow,
  planReminders,
  reminderLetter,
  reminderLogRows,
  reminderPreview,
  remindedSince,
  updatedAtText,
} from './reminders';
export type { ReminderInput, ReminderLetter, ReminderPlan } from './reminders';
export { planMonitoringHistory } from './history';
export type { MonitoringHistoryPlan, MonitoringOutcome } from './history';
export {
  MONITORING_SETTING_ROWS,
  readMonitoringSettings,
  type MonitoringSettings,
} from '../../settings/monitoring-rows';

/** The final report of the season (issue 6, item 6): figures from the sheets, and their printed form. */
export { buildFinalReport } from './build';
export { FINAL_REPORT_MAX_ROWS, finalReportTooLarge, repeatedRows } from './size';
export type {
  FinalReport,
  FinalReportSources,
  FormedKind,
  ReportEvent,
  ReportIndicator,
  ReportMonitoring,
  ReportPair,
  ReportPractice,
} from './build';
export type { AcademicYear } from './academic-year';
export { FINAL_REPORT_SETTING_ROWS } from './settings-rows';

/** Closing a pair or group (issue 6, item 4): the columns, the production calendar, the closing itself. */
export { COMPLETION_COLUMNS, COMPLETION_VALUE_COLUMNS } from './columns';
export {
  NOTICE_WORKING_DAYS,
  addWorkingDays,
  calendarDecree,
  earliestTermination,
  isWorkingDay,
} from './working-days';
export { CLOSING_SHEETS, activitiesDone, closableAt, planClosing } from './close';
export type { ClosablePair, ClosableOutcome, Closing, ClosingPlan } from './close';

/**
 * Stage 5's shell logic, pure: reading «Пары и группы», «Запреты пар» and «Поиск наставника
 * продолжается», planning what a matching run or a curator's action writes, and the sidebar's data.
 */
export * from './columns';
export type * from './contract';
export {
  MATCHING_SHEETS,
  TRAINING_SHEETS,
  matchingContext,
  needsTrainingSheets,
  settingCells,
} from './context';
export type { ContextResult, MatchingContext } from './context';
export { noEdits, updateWaitingList, waitingListWrite } from './edits';
export type { RowDeletion, SheetEdits, WaitingRow } from './edits';
export { isKept, readPairRows, splitPeople, statusKind } from './pairs-sheet';
export type { PairRow, PairStatusKind } from './pairs-sheet';
export { planRun, proposalFields } from './run';
export type { RunOutcome as MatchingRunOutcome } from './run';
export {
  acceptProposal,
  dayOf,
  defaultMonths,
  forbidPair,
  formatDate,
  pinProposal,
  programmeEnd,
  rankingFor,
  rejectProposal,
  swapMentor,
} from './actions';
export type { ActionOutcome } from './actions';
export { sidebarData, sidebarProposal } from './view';
export { tableOf } from './table';

/** Best practices (issue 6, item 5): «Методическая копилка» filled from the form «Лучшая практика». */
export {
  BEST_PRACTICE_MARK,
  PRACTICES_SHEET,
  PRACTICE_COLUMNS,
  PRACTICE_ID_PREFIX,
  PRACTICE_KINDS,
  PRACTICE_STATUS,
  PRACTICE_STATUS_LIST,
  PRACTICE_VALUE_COLUMNS,
} from './columns';
export { planPractices, practiceKey } from './process';
export type { PracticesInput, PracticesPlan } from './process';

/**
 * Stages 4–5 of the road map: compatibility scores, hard constraints, the optimal assignment and the
 * Russian explanations of every proposal. Pure: the shell reads the sheets and writes the plan.
 *
 * API changes (additive only) are noted here.
 * - MatchingSettings gained `competenceLabels` (key → label for explanations; readMatchingSettings fills it).
 * - solveAssignment gained an optional third argument `{ candidates }` (tests).
 * - exported: topContributions, categoryRank, shortName.
 * - MatchingSettings gained optional `requireTraining`, MentorProfile optional `trained` (issue 6): with
 *   `matching.requireTraining` = «да», an untrained mentor is ineligible («не прошёл установочную сессию»).
 */
export * from './types';
export { maximumWeightAssignment, solveAssignment } from './solver';
export type { AssignmentSolution } from './solver';
export {
  MATCHING_SETTING_KEYS,
  DEFAULT_MATCHING_SETTINGS,
  readMatchingSettings,
  requiresTraining,
} from './matching-settings';
export { CAPACITY_OVERRIDE_HEADER, menteesFromBank, mentorsFromBank, normaliseSubject } from './profiles';
export { scorePair } from './score';
export { mentorCapacity, mentorIssues, menteeIssues, isGroupForm } from './constraints';
export { planMatching } from './plan';
export { rankMentorsFor } from './rank';

import { messages } from '../messages';
import { personKey } from '../people/email';
import { CATEGORIES } from '../questionnaires/spec';
import { normaliseText } from './profiles';
import type { MatchingSettings, MenteeProfile, MentorProfile } from './types';

/** True for the form «групповая». */
export function isGroupForm(form: string): boolean {
  return normaliseText(form) === 'групповая';
}

/** 0 без категории … 3 высшая; unknown text counts as none. */
export function categoryRank(category: string): number {
  let rank = categoryRanks.get(category);
  if (rank === undefined) {
    const t = normaliseText(category);
    rank = Math.max(
      0,
      CATEGORIES.findIndex((c) => normaliseText(c) === t),
    );
    categoryRanks.set(category, rank);
  }
  return rank;
}
const categoryRanks = new Map<string, number>();

/**
 * How many mentees a mentor may have at once: the staff override when set; otherwise the group size for
 * a mentor whose form is «групповая»; otherwise the default capacity, or fewer if the mentor declared
 * fewer in the questionnaire (ТК РФ, ст. 351.8: mentoring only with the mentor's consent, so the
 * declared number is a ceiling the curator raises only deliberately, through the override).
 */
export function mentorCapacity(mentor: MentorProfile, settings: MatchingSettings): number {
  if (mentor.capacityOverride !== null) return Math.max(0, Math.floor(mentor.capacityOverride));
  const declared = mentor.declaredCapacity;
  // A mentor's declared number is a ceiling (their written consent, ТК РФ ст. 351.8), in groups too.
  if (isGroupForm(mentor.preferredForm))
    return declared !== null && declared >= 1
      ? Math.min(settings.groupSize, Math.floor(declared))
      : settings.groupSize;
  return declared !== null && declared >= 1
    ? Math.min(settings.defaultCapacity, Math.floor(declared))
    : settings.defaultCapacity;
}

/** Consent and admission, the hard constraints both sides share. */
function participationIssues(person: { consent: string; participation: string }): string[] {
  const i = messages.matching.issues;
  const consent = normaliseText(person.consent);
  if (consent === 'отозвано') return [i.consentWithdrawn];
  if (consent !== 'дано') return [i.noConsent];
  if (!normaliseText(person.participation).startsWith('допущен'))
    return [i.notAdmitted(person.participation)];
  return [];
}

/** Russian reasons a mentor cannot mentor anyone now (consent, admission, willingness, criteria); [] if none. */
export function mentorIssues(mentor: MentorProfile, settings: MatchingSettings): string[] {
  const i = messages.matching.issues;
  const issues = participationIssues(mentor);
  if (normaliseText(mentor.willing) !== 'да') issues.push(i.notWilling(mentor.willing));
  if (settings.minExperienceYears > 0) {
    if (mentor.experienceYears === null) issues.push(i.unknownExperience(settings.minExperienceYears));
    else if (mentor.experienceYears < settings.minExperienceYears)
      issues.push(i.lowExperience(settings.minExperienceYears));
  }
  if (settings.minCategory && categoryRank(mentor.category) < categoryRank(settings.minCategory))
    issues.push(i.lowCategory(settings.minCategory));
  // Stage 4.2: with `matching.requireTraining`, a mentor mentors after a set-up session (issue 6, item 1).
  if (settings.requireTraining && mentor.trained !== true) issues.push(messages.events.training.untrained);
  return issues;
}

/** Russian reasons a mentee cannot be matched now (consent, admission); [] if none. */
export function menteeIssues(mentee: MenteeProfile): string[] {
  return participationIssues(mentee);
}

/** Nobody mentors themself: the same normalised e-mail on both sides. */
export function isSamePerson(mentee: { email: string }, mentor: { email: string }): boolean {
  return personKey(mentee.email) === personKey(mentor.email);
}

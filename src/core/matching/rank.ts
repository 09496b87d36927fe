import { messages } from '../messages';
import { personKey } from '../people/email';
import { isSamePerson, mentorCapacity, mentorIssues } from './constraints';
import { forbiddenIndex, keptLoads, shortName } from './plan';
import { scorePair } from './score';
import type { MatchingSettings, MenteeProfile, MentorProfile, RankedMentor, RankingContext } from './types';

/**
 * Stage 4: every mentor ranked for one mentee — eligible ones first by score (ties by bank order), then
 * the ineligible ones with their reasons (consent, willingness, criteria, forbidden, no free place,
 * below the floor), also by score.
 */
export function rankMentorsFor(
  mentee: MenteeProfile,
  mentors: readonly MentorProfile[],
  settings: MatchingSettings,
  context: RankingContext = {},
): RankedMentor[] {
  const m = messages.matching;
  const forbidden = forbiddenIndex(context.forbidden ?? []);
  const loads = keptLoads(context.kept ?? []);
  const ranked = mentors
    .filter((t) => !isSamePerson(mentee, t))
    .map((mentor, at) => {
      const score = scorePair(mentee, mentor, settings);
      const reasons = mentorIssues(mentor, settings);
      const ban = forbidden.get(`${personKey(mentor.email)}\u0000${personKey(mentee.email)}`);
      if (ban !== undefined) reasons.push(m.issues.forbidden(ban));
      const freePlaces = Math.max(
        0,
        mentorCapacity(mentor, settings) - (loads.get(personKey(mentor.email)) ?? 0),
      );
      if (freePlaces === 0 && reasons.length === 0) reasons.push(m.issues.full);
      if (score.total < settings.minScore) reasons.push(m.issues.belowFloor(settings.minScore));
      const explanations = score.contributions.filter((c) => c.points > 0).map((c) => c.explanation);
      const entry: RankedMentor = {
        email: personKey(mentor.email),
        fullName: mentor.fullName,
        score: score.total,
        contributions: score.contributions,
        eligible: reasons.length === 0,
        reasons,
        freePlaces,
        text: m.line(
          shortName(mentor.fullName) || mentor.email,
          score.total,
          reasons.length > 0 ? reasons : explanations,
        ),
      };
      return { entry, at };
    });
  ranked.sort(
    (a, b) =>
      Number(b.entry.eligible) - Number(a.entry.eligible) || b.entry.score - a.entry.score || a.at - b.at,
  );
  return ranked.map((r) => r.entry);
}

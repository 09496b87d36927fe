import { messages } from '../messages';
import { personKey } from '../people/email';
import { MENTORING_FORMS } from '../schema/competences';
import { isGroupForm, isSamePerson, menteeIssues, mentorCapacity, mentorIssues } from './constraints';
import { normaliseSubject, normaliseText } from './profiles';
import { scorePair, scoreValue, topContributions, whyLower } from './score';
import { maximumWeightAssignment } from './solver';
import type {
  AlternativeMentor,
  ForbiddenPair,
  KeptArrangement,
  MatchingInput,
  MatchingPlan,
  MenteeProfile,
  MentorProfile,
  Proposal,
  ProposedMentee,
  UnmatchedMentee,
  UnmatchedReasonCode,
} from './types';

/** «Петров Иван Сергеевич» → «Петров И.С.» (how curators write names in lists). */
export function shortName(fullName: string): string {
  const [surname, ...rest] = fullName.trim().split(/\s+/);
  if (!surname) return '';
  const initials = rest.map((w) => `${w[0]!.toUpperCase()}.`).join('');
  return initials ? `${surname} ${initials}` : surname;
}

const pairKey = (mentorEmail: string, menteeEmail: string): string =>
  `${personKey(mentorEmail)}\u0000${personKey(menteeEmail)}`;

export function forbiddenIndex(forbidden: readonly ForbiddenPair[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const f of forbidden) {
    const key = pairKey(f.mentorEmail, f.menteeEmail);
    if (!index.has(key)) index.set(key, f.reason.trim());
  }
  return index;
}

/** Mentees each mentor already holds in kept (pinned or active) arrangements, by mentor e-mail. */
export function keptLoads(kept: readonly KeptArrangement[]): Map<string, number> {
  const loads = new Map<string, number>();
  for (const k of kept) {
    const mentor = personKey(k.mentorEmail);
    const count = k.menteeEmails.filter((e) => personKey(e) !== '').length;
    loads.set(mentor, (loads.get(mentor) ?? 0) + count);
  }
  return loads;
}

/** The form written to «Пары и группы» for a proposed pair. */
function pairForm(mentee: MenteeProfile, mentor: MentorProfile): string {
  if (normaliseText(mentee.preferredForm) === normaliseText(mentor.preferredForm) && mentor.preferredForm)
    return mentor.preferredForm;
  if (mentee.preferredForm && !isGroupForm(mentee.preferredForm)) return mentee.preferredForm;
  return MENTORING_FORMS[0]!;
}

/**
 * Stage 5: proposes pairs and groups for the mentees not held by a kept arrangement, maximising the
 * total score under the hard constraints (consent, admission, willingness, mentor criteria, capacity
 * minus kept mentees, nobody mentors themself, forbidden pairs, the floor). Deterministic for the same
 * input. Mentees on the previous waiting list go first in the solver's input order (ties only).
 */
export function planMatching(input: MatchingInput): MatchingPlan {
  const { settings, now } = input;
  const m = messages.matching;
  const kept = [...input.pinned, ...input.active];
  const keptMentees = new Set(kept.flatMap((k) => k.menteeEmails.map(personKey)).filter((e) => e !== ''));
  const loads = keptLoads(kept);
  const forbidden = forbiddenIndex(input.forbidden);
  const waitingSince = new Map<string, Date | null>();
  input.unmatchedBefore.forEach((w) => {
    const key = personKey(w.email);
    if (key && !waitingSince.has(key)) waitingSince.set(key, w.firstListed);
  });

  // Mentors: bank order; free places after kept arrangements; ineligible ones get none.
  const mentors = input.mentors;
  const mentorProblems = mentors.map((t) => mentorIssues(t, settings));
  const free = mentors.map((t, j) =>
    mentorProblems[j]!.length > 0
      ? 0
      : Math.max(0, mentorCapacity(t, settings) - (loads.get(personKey(t.email)) ?? 0)),
  );

  // Mentees to match: not kept, eligible; those waiting since the last run first (ties only).
  const unmatched: UnmatchedMentee[] = [];
  const listEntry = (
    mentee: MenteeProfile,
    code: UnmatchedReasonCode,
    reason: string,
    supportNote: string,
  ): UnmatchedMentee => ({
    email: personKey(mentee.email),
    fullName: mentee.fullName,
    code,
    reason,
    supportNote,
    firstListed: waitingSince.get(personKey(mentee.email)) ?? now,
    lastTried: now,
  });
  const seen = new Set<string>();
  const candidates: MenteeProfile[] = [];
  for (const mentee of input.mentees) {
    const key = personKey(mentee.email);
    if (!key || keptMentees.has(key) || seen.has(key)) continue;
    seen.add(key);
    const issues = menteeIssues(mentee);
    if (issues.length > 0) {
      const consent = normaliseText(mentee.consent);
      const code: UnmatchedReasonCode = consent === 'дано' ? 'notAdmitted' : 'noConsent';
      const reason =
        code === 'notAdmitted'
          ? m.unmatched.notAdmitted(mentee.participation)
          : consent === 'отозвано'
            ? m.unmatched.consentWithdrawn
            : m.unmatched.noConsent;
      unmatched.push(listEntry(mentee, code, reason, m.unmatched.supportNoConsent));
      continue;
    }
    candidates.push(mentee);
  }
  const order = [
    ...candidates.filter((c) => waitingSince.has(personKey(c.email))),
    ...candidates.filter((c) => !waitingSince.has(personKey(c.email))),
  ];

  // The score matrix: null where a hard constraint forbids the pair or the score is below the floor.
  const raw: number[][] = order.map((mentee) => mentors.map((t) => scoreValue(mentee, t, settings)));
  const menteeKeys = order.map((x) => personKey(x.email));
  const mentorKeys = mentors.map((x) => personKey(x.email));
  const allowed = (i: number, j: number): boolean =>
    mentorProblems[j]!.length === 0 &&
    menteeKeys[i] !== mentorKeys[j] &&
    (forbidden.size === 0 || !forbidden.has(`${mentorKeys[j]}\u0000${menteeKeys[i]}`));
  const matrix = raw.map((row, i) =>
    row.map((s, j) => (allowed(i, j) && free[j]! > 0 && s >= settings.minScore && s > 0 ? s : null)),
  );
  const assignment = maximumWeightAssignment(matrix, free);

  // Places left after this run (for explanations of alternatives and unmatched mentees).
  const left = [...free];
  assignment.forEach((j) => {
    if (j !== null) left[j] = left[j]! - 1;
  });

  const proposedByMentor = new Map<number, ProposedMentee[]>();
  assignment.forEach((j, i) => {
    const mentee = order[i]!;
    if (j === null) {
      unmatched.push(unmatchedEntry(i));
      return;
    }
    const mentor = mentors[j]!;
    const score = scorePair(mentee, mentor, settings);
    const top = topContributions(score);
    const proposed: ProposedMentee = {
      email: personKey(mentee.email),
      fullName: mentee.fullName,
      score: score.total,
      topContributions: top,
      explanation: m.explanation(
        score.total,
        top.map((c) => c.explanation),
      ),
      alternative: alternativeFor(i, j, { mentor, score }),
    };
    const list = proposedByMentor.get(j) ?? [];
    list.push(proposed);
    proposedByMentor.set(j, list);
  });

  const bankOrder = new Map(input.mentees.map((x, at) => [personKey(x.email), at]));
  const byBank = (a: { email: string }, b: { email: string }): number =>
    (bankOrder.get(a.email) ?? 0) - (bankOrder.get(b.email) ?? 0);
  const pairs: Proposal[] = [];
  const groups: Proposal[] = [];
  mentors.forEach((mentor, j) => {
    const list = proposedByMentor.get(j);
    if (!list) return;
    list.sort(byBank);
    const ref = { email: personKey(mentor.email), fullName: mentor.fullName };
    if (isGroupForm(mentor.preferredForm))
      groups.push({
        kind: 'group',
        mentor: ref,
        mentees: list,
        form: mentor.preferredForm,
        score: Math.round(list.reduce((s, x) => s + x.score, 0) * 10) / 10,
      });
    else
      for (const p of list) {
        const mentee = order.find((x) => personKey(x.email) === p.email)!;
        pairs.push({
          kind: 'pair',
          mentor: ref,
          mentees: [p],
          form: pairForm(mentee, mentor),
          score: p.score,
        });
      }
  });
  unmatched.sort(byBank);
  const proposals = [...pairs, ...groups];
  return {
    proposals,
    unmatched,
    keptMentees: [...keptMentees].sort(),
    totals: {
      proposedPairs: pairs.length,
      proposedGroups: groups.length,
      proposedMentees: proposals.reduce((s, p) => s + p.mentees.length, 0),
      unmatched: unmatched.length,
      score: Math.round(proposals.reduce((s, p) => s + p.score, 0) * 10) / 10,
    },
  };

  /** Reasons mentor j is not (or could not be) this mentee's mentor, beyond a lower score. */
  function blockers(i: number, j: number): string[] {
    const reasons = [...mentorProblems[j]!];
    const mentor = mentors[j]!;
    if (isSamePerson(order[i]!, mentor)) reasons.push(m.issues.self);
    const ban = forbidden.get(pairKey(mentor.email, order[i]!.email));
    if (ban !== undefined) reasons.push(m.issues.forbidden(ban));
    if (reasons.length === 0 && raw[i]![j]! < settings.minScore)
      reasons.push(m.issues.belowFloor(settings.minScore));
    if (reasons.length === 0 && left[j]! <= 0) reasons.push(m.issues.full);
    return reasons;
  }

  /** The best other mentor by score (eligible or not), with why it lost. */
  function alternativeFor(
    i: number,
    chosenAt: number | null,
    chosen: { mentor: MentorProfile; score: ReturnType<typeof scorePair> } | null,
  ): AlternativeMentor | null {
    let best = -1;
    mentors.forEach((t, j) => {
      if (j === chosenAt || isSamePerson(order[i]!, t)) return;
      if (best < 0 || raw[i]![j]! > raw[i]![best]!) best = j;
    });
    if (best < 0) return null;
    const mentor = mentors[best]!;
    const score = scorePair(order[i]!, mentor, settings);
    const reasons = [...blockers(i, best)];
    if (reasons.length === 0 && chosen && score.total >= chosen.score.total) reasons.push(m.takenByOthers);
    reasons.push(...whyLower(order[i]!, chosen, { mentor, score }, settings).slice(0, 3));
    const name = shortName(mentor.fullName) || mentor.email;
    return {
      email: personKey(mentor.email),
      fullName: mentor.fullName,
      score: score.total,
      reason: reasons.join('; '),
      text: m.line(name, score.total, reasons),
    };
  }

  function unmatchedEntry(i: number): UnmatchedMentee {
    const mentee = order[i]!;
    const subject = normaliseSubject(mentee.subject) ? mentee.subject : '';
    const possible = mentors.map((_, j) => allowed(i, j) && free[j]! > 0);
    const aboveFloor = possible.map((p, j) => p && raw[i]![j]! >= settings.minScore && raw[i]![j]! > 0);
    const alternative = alternativeFor(i, null, null);
    const best = alternative ? alternative.text : '';
    let code: UnmatchedReasonCode;
    let reason: string;
    const sameSubjectFree = mentors.some(
      (t, j) =>
        left[j]! > 0 && possible[j] && normaliseSubject(t.subject) === normaliseSubject(mentee.subject),
    );
    if (aboveFloor.some(Boolean)) {
      code = 'lostToOthers';
      reason = m.unmatched.lostToOthers(sameSubjectFree ? '' : subject, best);
    } else if (possible.some(Boolean)) {
      code = 'belowFloor';
      reason = m.unmatched.belowFloor(settings.minScore, best);
    } else if (mentors.some((t, j) => free[j]! > 0 && !isSamePerson(mentee, t))) {
      code = 'forbidden';
      reason = m.unmatched.forbidden;
    } else {
      code = 'noFreeMentor';
      reason = m.unmatched.noFreeMentor(subject);
    }
    return listEntry(mentee, code, reason, m.unmatched.support(mentee.support));
  }
}

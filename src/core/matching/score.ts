import { messages } from '../messages';
import { categoryRank } from './constraints';
import { normaliseSubject, normaliseText } from './profiles';
import type {
  Contribution,
  MatchingCriterion,
  MatchingSettings,
  MenteeProfile,
  MentorProfile,
  PairScore,
} from './types';

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** A difficulty counts by how serious it is: 1 means «no difficulty», so weight = severity − 1. */
const difficultyWeight = (severity: number): number => Math.max(0, severity - 1);

/** Years of experience after which a mentor's advantage counts in full. */
const FULL_EXPERIENCE_GAP = 10;
const MIXED_FORMAT = 'смешанный формат';

interface Part {
  criterion: MatchingCriterion;
  /** Share of the criterion's weight, 0…1. */
  share: number;
  explain: () => string;
}

/** Normalised fields of a profile, computed once per profile (a run scores every mentee × mentor pair). */
interface Normalised {
  subject: string;
  form: string;
  format: string;
  times: Set<string>;
  timeList: string[];
  /** [key, severity] of real difficulties (severity ≥ 2), by key. */
  difficulties: Array<[string, number]>;
  strengths: Set<string>;
}
const cache = new WeakMap<object, Normalised>();
function normalised(p: MenteeProfile | MentorProfile): Normalised {
  let n = cache.get(p);
  if (!n) {
    const difficulties = 'difficulties' in p ? p.difficulties : {};
    n = {
      subject: normaliseSubject(p.subject),
      form: normaliseText(p.preferredForm),
      format: normaliseText(p.meetingFormat),
      times: new Set(p.meetingTimes.map(normaliseText)),
      timeList: p.meetingTimes.map(normaliseText),
      difficulties: Object.keys(difficulties)
        .sort()
        .map((k): [string, number] => [k, difficulties[k]!])
        .filter(([, sev]) => difficultyWeight(sev) > 0),
      strengths: new Set('strengths' in p ? p.strengths : []),
    };
    cache.set(p, n);
  }
  return n;
}

/** The criteria as shares with lazy explanations (the solver needs only the numbers). */
function parts(mentee: MenteeProfile, mentor: MentorProfile, settings: MatchingSettings): Part[] {
  const c = messages.matching.criteria;
  const label = (key: string): string => settings.competenceLabels[key] ?? key;

  const me = normalised(mentee);
  const them = normalised(mentor);
  // Coverage of the mentee's difficulties, weighted by severity.
  let need = 0;
  let got = 0;
  const covered: Array<[string, number]> = [];
  for (const [key, severity] of me.difficulties) {
    const w = difficultyWeight(severity);
    need += w;
    if (them.strengths.has(key)) {
      got += w;
      covered.push([key, mentee.difficulties[key]!]);
    }
  }
  covered.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const coverage: Part = {
    criterion: 'coverage',
    share: need > 0 ? got / need : 0,
    explain: () =>
      need === 0
        ? c.coverage.noDifficulties
        : covered.length === 0
          ? c.coverage.none
          : c.coverage.covers(
              covered.map(([k, s]) => `${label(k)} (${s})`),
              got,
              need,
            ),
  };

  const ms = me.subject;
  const ts = them.subject;
  const subject: Part = {
    criterion: 'subject',
    share: ms !== '' && ms === ts ? 1 : 0,
    explain: () =>
      ms === '' || ts === ''
        ? c.subject.unknown
        : ms === ts
          ? c.subject.same(mentor.subject)
          : c.subject.different(mentor.subject),
  };

  const mf = me.form;
  const tf = them.form;
  const form: Part = {
    criterion: 'form',
    share: mf !== '' && mf === tf ? 1 : 0,
    explain: () =>
      mf === '' || tf === ''
        ? c.form.unknown
        : mf === tf
          ? c.form.same(mentor.preferredForm)
          : c.form.different(mentor.preferredForm),
  };

  const mm = me.format;
  const tm = them.format;
  const mixed = mm === MIXED_FORMAT || tm === MIXED_FORMAT;
  const format: Part = {
    criterion: 'format',
    share: mm === '' || tm === '' ? 0 : mm === tm ? 1 : mixed ? 0.5 : 0,
    explain: () =>
      mm === '' || tm === ''
        ? c.format.unknown
        : mm === tm
          ? c.format.same(mentor.meetingFormat)
          : mixed
            ? c.format.mixed
            : c.format.different(mentor.meetingFormat),
  };

  const common = mentee.meetingTimes.filter((_, k) => them.times.has(me.timeList[k]!));
  const unknownTime = mentee.meetingTimes.length === 0 || mentor.meetingTimes.length === 0;
  const time: Part = {
    criterion: 'time',
    share: unknownTime ? 0.5 : common.length > 0 ? 1 : 0,
    explain: () => (unknownTime ? c.time.unknown : common.length > 0 ? c.time.common(common) : c.time.none),
  };

  const my = mentor.experienceYears;
  const ey = mentee.experienceYears ?? 0;
  const experience: Part = {
    criterion: 'experience',
    share: my === null ? 0 : Math.min(1, Math.max(0, (my - ey) / FULL_EXPERIENCE_GAP)),
    explain: () =>
      my === null ? c.experience.unknown : my > ey ? c.experience.more(my, ey) : c.experience.notMore(my),
  };

  const rank = categoryRank(mentor.category);
  const category: Part = {
    criterion: 'category',
    share: rank / 3,
    explain: () => (mentor.category ? c.category.is(mentor.category) : c.category.unknown),
  };

  return [coverage, subject, form, format, time, experience, category];
}

/**
 * The score alone, for filling the solver's matrix: the same shares as `parts` without building
 * explanations (a run scores every mentee × mentor pair).
 */
export function scoreValue(mentee: MenteeProfile, mentor: MentorProfile, settings: MatchingSettings): number {
  const me = normalised(mentee);
  const them = normalised(mentor);
  const w = settings.weights;
  let need = 0;
  let got = 0;
  for (const [key, severity] of me.difficulties) {
    const d = difficultyWeight(severity);
    need += d;
    if (them.strengths.has(key)) got += d;
  }
  let total = round1(w.coverage * (need > 0 ? got / need : 0));
  if (me.subject !== '' && me.subject === them.subject) total += round1(w.subject);
  if (me.form !== '' && me.form === them.form) total += round1(w.form);
  if (me.format !== '' && them.format !== '')
    total += round1(
      w.format *
        (me.format === them.format
          ? 1
          : me.format === MIXED_FORMAT || them.format === MIXED_FORMAT
            ? 0.5
            : 0),
    );
  if (me.timeList.length === 0 || them.timeList.length === 0) total += round1(w.time * 0.5);
  else if (me.timeList.some((t) => them.times.has(t))) total += round1(w.time);
  const my = mentor.experienceYears;
  if (my !== null)
    total += round1(
      w.experience * Math.min(1, Math.max(0, (my - (mentee.experienceYears ?? 0)) / FULL_EXPERIENCE_GAP)),
    );
  total += round1((w.category * categoryRank(mentor.category)) / 3);
  return round1(total);
}

/**
 * Compatibility of a mentor for a mentee: the sum of the weighted criteria (see MatchingCriterion),
 * each with a Russian explanation. Hard constraints are not part of the score (see constraints.ts).
 */
export function scorePair(
  mentee: MenteeProfile,
  mentor: MentorProfile,
  settings: MatchingSettings,
): PairScore {
  const contributions: Contribution[] = parts(mentee, mentor, settings).map((p) => ({
    criterion: p.criterion,
    points: round1(settings.weights[p.criterion] * p.share),
    maxPoints: settings.weights[p.criterion],
    explanation: p.explain(),
  }));
  return { total: round1(contributions.reduce((sum, x) => sum + x.points, 0)), contributions };
}

/** The criteria that gave the most points (positive only, ties in criterion order). */
export function topContributions(score: PairScore, count = 3): Contribution[] {
  return score.contributions
    .map((c, at) => ({ c, at }))
    .filter(({ c }) => c.points > 0)
    .sort((a, b) => b.c.points - a.c.points || a.at - b.at)
    .slice(0, count)
    .map(({ c }) => c);
}

/**
 * Why `other` scores lower than `chosen` for the same mentee, criterion by criterion: «нет опыта в
 * «оценивание»» for difficulties the chosen mentor covers and the other does not, and the explanation
 * of every other criterion where it loses points.
 */
export function whyLower(
  mentee: MenteeProfile,
  chosen: { mentor: MentorProfile; score: PairScore } | null,
  other: { mentor: MentorProfile; score: PairScore },
  settings: MatchingSettings,
): string[] {
  const reasons: string[] = [];
  const label = (key: string): string => settings.competenceLabels[key] ?? key;
  other.score.contributions.forEach((c, at) => {
    const best = chosen ? chosen.score.contributions[at]!.points : c.maxPoints;
    if (c.points >= best) return;
    if (c.criterion === 'coverage') {
      const missing = Object.keys(mentee.difficulties)
        .filter((k) => difficultyWeight(mentee.difficulties[k]!) > 0 && !other.mentor.strengths.includes(k))
        .filter((k) => !chosen || chosen.mentor.strengths.includes(k))
        .sort((a, b) => mentee.difficulties[b]! - mentee.difficulties[a]! || a.localeCompare(b));
      if (missing.length > 0) reasons.push(messages.matching.criteria.coverage.misses(missing.map(label)));
      else reasons.push(c.explanation);
    } else reasons.push(c.explanation);
  });
  return reasons;
}

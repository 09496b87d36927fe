/**
 * One matching benchmark case, run in its own Node process by matching.bench.ts so its peak memory is
 * its own: `tsx bench/matching-case.ts <solver|plan> <mentees> <mentors> <repetitions>`. Prints JSON.
 */
import { DEFAULT_MATCHING_SETTINGS, planMatching, solveAssignment } from '../src/core';
import type { MenteeProfile, MentorProfile } from '../src/core';
import { CATEGORIES, MEETING_FORMATS, MEETING_TIMES } from '../src/core/questionnaires/spec';
import { DEFAULT_COMPETENCES, MENTORING_FORMS } from '../src/core/schema/competences';

/** Seeded pseudo-random numbers: every run solves the same instance. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Dense scores 0–100 (0.1 steps) with a realistic share of nulls (forbidden, ineligible, below the floor). */
export function solverInstance(n: number, m: number, seed = 2026, nullShare = 0.3) {
  const r = lcg(seed);
  const scores = Array.from({ length: n }, () =>
    Array.from({ length: m }, () => (r() < nullShare ? null : Math.round(r() * 1000) / 10)),
  );
  const capacities = Array.from({ length: m }, () => 1 + Math.floor(r() * 3));
  return { scores, capacities };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

/** Bank profiles as the questionnaires produce them: 8 ПЦК, 13 competences, the forms' choices. */
export function collegeInstance(n: number, m: number, seed = 2026) {
  const r = lcg(seed);
  const subjects = [
    'Информатика',
    'Математика',
    'Экономика',
    'Право',
    'Физкультура',
    'Иностранный язык',
    'История',
    'Электротехника',
  ];
  const times = () => MEETING_TIMES.filter(() => r() < 0.4);
  const person = (k: number, role: string) => ({
    email: `${role}${k}@college.test`,
    fullName: `Фамилия${k} Имя Отчество`,
    position: 'преподаватель',
    subject: pick(r, subjects),
    category: pick(r, CATEGORIES),
    preferredForm: r() < 0.15 ? 'групповая' : pick(r, MENTORING_FORMS),
    meetingFormat: pick(r, MEETING_FORMATS),
    meetingTimes: times(),
    consent: r() < 0.95 ? 'дано' : 'нет',
    participation: 'допущен',
    row: k + 2,
  });
  const mentees: MenteeProfile[] = Array.from({ length: n }, (_, k) => ({
    ...person(k, 'mentee'),
    experienceYears: pick(r, [0, 1, 3]),
    difficulties: Object.fromEntries(DEFAULT_COMPETENCES.map((c) => [c.key, 1 + Math.floor(r() * 5)])),
    support: 'индивидуальные консультации',
  }));
  const mentors: MentorProfile[] = Array.from({ length: m }, (_, k) => ({
    ...person(k, 'mentor'),
    experienceYears: pick(r, [3, 5, 10, 10]),
    strengths: DEFAULT_COMPETENCES.filter(() => r() < 0.35).map((c) => c.key),
    declaredCapacity: 1 + Math.floor(r() * 3),
    capacityOverride: null,
    willing: r() < 0.9 ? 'да' : 'да, но позже',
    needsTraining: 'нет',
  }));
  return { mentees, mentors };
}

function main(): void {
  const [kind, nText, mText, repText] = process.argv.slice(2);
  const n = Number(nText);
  const m = Number(mText);
  const repetitions = Number(repText ?? 1);
  const gc = (globalThis as { gc?: () => void }).gc;
  const times: number[] = [];
  let detail = '';
  let rssBefore = 0;
  let heapPeak = 0;
  const input = kind === 'plan' ? collegeInstance(n, m) : solverInstance(n, m);
  for (let k = 0; k < repetitions; k += 1) {
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    rssBefore = process.memoryUsage().rss;
    const started = process.hrtime.bigint();
    if (kind === 'plan') {
      const { mentees, mentors } = input as ReturnType<typeof collegeInstance>;
      const plan = planMatching({
        mentees,
        mentors,
        forbidden: [],
        pinned: [],
        active: [],
        unmatchedBefore: [],
        settings: DEFAULT_MATCHING_SETTINGS,
        now: new Date(2026, 8, 1),
      });
      detail = `${plan.totals.proposedMentees} matched, ${plan.totals.unmatched} waiting`;
    } else {
      const { scores, capacities } = input as ReturnType<typeof solverInstance>;
      const sol = solveAssignment(scores, capacities);
      const matched = sol.assignment.filter((x) => x !== null).length;
      detail =
        `${matched} matched, total ${sol.total.toFixed(1)} = dual ${sol.dualObjective.toFixed(1)}, ` +
        `${sol.rounds} round(s), ${sol.candidateArcs} arcs`;
    }
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heapBefore);
  }
  times.sort((a, b) => a - b);
  const usage = process.memoryUsage();
  console.log(
    JSON.stringify({
      medianMs: times[Math.floor(times.length / 2)],
      runs: repetitions,
      heapDeltaMb: heapPeak / 2 ** 20,
      rssBeforeMb: rssBefore / 2 ** 20,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      rssAfterMb: usage.rss / 2 ** 20,
      detail,
    }),
  );
}

if (require.main === module) main();

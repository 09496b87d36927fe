import type { CellValue } from '../../../ports/workbook';
import { CONSENT_PURPOSES, consentStatuses } from '../../consent/registry';
import { monitoringRu } from '../../messages/monitoring';
import { normalizeEmail } from '../../people/email';
import { PAIRS_COLUMNS, PAIR_STATUS } from '../../pairs/columns';
import { tableOf, textAt, valueAt } from '../../pairs/table';
import {
  MEETING_FREQUENCIES,
  MONITORING_FLAG_KEYS,
  MONITORING_FORM,
  MONITORING_PHASES,
  MONITORING_PHASE_KEYS,
  MONITORING_ROLES,
  MONITORING_SCALE_KEYS,
  type MonitoringFlagKey,
  type MonitoringPhase,
  type MonitoringRole,
  type MonitoringScaleKey,
} from '../../questionnaires/monitoring-spec';
import { inApplyOrder, isApplicable, parseResponseSheet } from '../../questionnaires/parse';
import { headerKey } from '../../schema/headers';

/**
 * Monitoring as figures: every answer of the monitoring form tied by e-mail to the person's pairs and
 * groups, then means, shares and response rates per pair and overall. Pure and total: the report sheet,
 * the final report and the road map all read monitoring through `summariseMonitoring`, so they agree.
 * Means keep full precision here; only the sheet and documents round them for display.
 */

/** Pair statuses whose participants are expected to answer (a proposal is not a programme yet). */
export const MONITORED_PAIR_STATUSES: readonly string[] = [
  PAIR_STATUS.approved,
  PAIR_STATUS.active,
  PAIR_STATUS.finished,
  PAIR_STATUS.terminated,
];

const CLOSED_STATUSES: readonly string[] = [PAIR_STATUS.finished, PAIR_STATUS.terminated];

/** What `summariseMonitoring` reads. Sheet values have their header row first. */
export interface MonitoringInput {
  /** «Пары и группы». */
  pairs: readonly (readonly CellValue[])[];
  /** «Ответы: мониторинг» (the form's response sheet); [] when there are no answers yet. */
  responses: readonly (readonly CellValue[])[];
  /** «Согласия»: answers of people without processing consent are not processed (152-ФЗ ст. 9). */
  consents: readonly (readonly CellValue[])[];
  /** Now, for which pairs are due for the end questionnaire. */
  now: Date;
  /** A pair is due for the end questionnaire this many days before its «Окончание» (`monitoring.endWindowDays`). */
  endWindowDays?: number;
  /** Name of the response sheet, for messages. */
  responseSheet?: string;
}

export interface MonitoredPerson {
  /** Normalised e-mail; '' when the pairs sheet has none. */
  email: string;
  fullName: string;
}

/** One row of «Пары и группы» with a monitored status. */
export interface MonitoredPair {
  id: string;
  /** 1-based sheet row. */
  row: number;
  status: string;
  mentor: MonitoredPerson;
  mentees: MonitoredPerson[];
  start: Date | null;
  end: Date | null;
  /** Whether its participants are expected to have answered each phase by now. */
  due: Record<MonitoringPhase, boolean>;
}

/** A person of one or more monitored pairs. */
export interface MonitoringParticipant {
  /** The normalised e-mail, or `name:<ФИО>` for a participant the pairs sheet has no e-mail for. */
  key: string;
  email: string;
  fullName: string;
  roles: MonitoringRole[];
  pairIds: string[];
  /** Due for a phase when any of their pairs is. */
  due: Record<MonitoringPhase, boolean>;
  /** Has a counted answer for the phase. */
  answered: Record<MonitoringPhase, boolean>;
}

/** An answer that is counted: the latest of its person and phase, with consent, from a pair's participant. */
export interface CountedAnswer {
  /** The response's idempotency key (questionnaire|timestamp|e-mail|hash). */
  key: string;
  /** 1-based row in the response sheet. */
  row: number;
  timestamp: Date | null;
  email: string;
  fullName: string;
  role: MonitoringRole | null;
  phase: MonitoringPhase;
  /** Pairs the answer counts for (a mentor of several pairs: each of them). */
  pairIds: string[];
  scales: Partial<Record<MonitoringScaleKey, number>>;
  flags: Partial<Record<MonitoringFlagKey, boolean>>;
  frequency: string;
  valuable: string;
  missing: string;
}

export type IgnoredReason = 'invalid' | 'noConsent' | 'noPair' | 'duplicate';

/** An answer left out of the figures, and why (in Russian, for the journal and the sheet). */
export interface IgnoredAnswer {
  key: string;
  row: number;
  timestamp: Date | null;
  email: string;
  fullName: string;
  phase: MonitoringPhase | null;
  reason: IgnoredReason;
  message: string;
}

export interface ScaleFigures {
  /** Mean at the start / end (full precision), null when nobody answered the scale in that phase. */
  start: number | null;
  end: number | null;
  /** end − start, null unless both exist. */
  change: number | null;
  startCount: number;
  endCount: number;
}

export interface Share {
  yes: number;
  answered: number;
  /** yes / answered, null when nobody answered. */
  share: number | null;
}

export interface ShareFigures {
  start: Share;
  end: Share;
}

export interface ResponseRate {
  /** Participants of pairs due for the phase. */
  expected: number;
  /** Of them, those with a counted answer for the phase. */
  answered: number;
  /** answered / expected, null when nobody is expected. */
  rate: number | null;
}

export interface MonitoringFigures {
  /** Counted answers per phase. */
  answers: Record<MonitoringPhase, number>;
  scales: Record<MonitoringScaleKey, ScaleFigures>;
  shares: Record<MonitoringFlagKey, ShareFigures>;
  /** Answers per frequency label (MEETING_FREQUENCIES first, in order; other text after). */
  frequency: Record<MonitoringPhase, Array<{ label: string; count: number }>>;
  responseRates: Record<MonitoringPhase, ResponseRate>;
}

export interface PairMonitoring extends MonitoringFigures {
  pair: MonitoredPair;
}

export interface MonitoringSummary {
  /** Each counted answer once. */
  overall: MonitoringFigures;
  /** Monitored pairs in sheet order. */
  pairs: PairMonitoring[];
  participants: MonitoringParticipant[];
  counted: CountedAnswer[];
  ignored: IgnoredAnswer[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_END_WINDOW_DAYS = 30;

function readDate(v: CellValue | undefined): Date | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(String(v ?? '').trim());
  if (!m) return null;
  const date = new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  return isNaN(date.getTime()) ? null : date;
}

const lines = (text: string): string[] => text.split(/\r?\n/).map((s) => s.trim());

/** Monitored pairs of «Пары и группы» (header row first), with which phases are due at `now`. */
export function readMonitoringPairs(
  values: readonly (readonly CellValue[])[],
  now: Date,
  endWindowDays: number = DEFAULT_END_WINDOW_DAYS,
): MonitoredPair[] {
  const table = tableOf('', values);
  const monitored = new Set(MONITORED_PAIR_STATUSES.map(headerKey));
  const closed = new Set(CLOSED_STATUSES.map(headerKey));
  const horizon = now.getTime() + Math.max(0, endWindowDays) * DAY_MS;
  const pairs: MonitoredPair[] = [];
  table.rows.forEach((row, i) => {
    const status = textAt(table, row, PAIRS_COLUMNS.status);
    if (!monitored.has(headerKey(status))) return;
    const emails = lines(textAt(table, row, PAIRS_COLUMNS.menteeEmails));
    const names = lines(textAt(table, row, PAIRS_COLUMNS.menteeNames));
    const mentees: MonitoredPerson[] = [];
    for (let k = 0; k < Math.max(emails.length, names.length); k++) {
      const email = normalizeEmail(emails[k] ?? '');
      const fullName = names[k] ?? '';
      if (email || fullName) mentees.push({ email, fullName });
    }
    const end = readDate(valueAt(table, row, PAIRS_COLUMNS.end));
    pairs.push({
      id: textAt(table, row, PAIRS_COLUMNS.id) || `строка ${i + 2}`,
      row: i + 2,
      status,
      mentor: {
        email: normalizeEmail(textAt(table, row, PAIRS_COLUMNS.mentorEmail)),
        fullName: textAt(table, row, PAIRS_COLUMNS.mentorName),
      },
      mentees,
      start: readDate(valueAt(table, row, PAIRS_COLUMNS.start)),
      end,
      due: {
        start: true,
        end: closed.has(headerKey(status)) || (end !== null && end.getTime() <= horizon),
      },
    });
  });
  return pairs;
}

const personKeyOf = (p: MonitoredPerson): string =>
  p.email || (p.fullName ? `name:${headerKey(p.fullName)}` : '');

function participantsOf(pairs: readonly MonitoredPair[]): Map<string, MonitoringParticipant> {
  const people = new Map<string, MonitoringParticipant>();
  const add = (person: MonitoredPerson, role: MonitoringRole, pair: MonitoredPair): void => {
    const key = personKeyOf(person);
    if (!key) return;
    let p = people.get(key);
    if (!p) {
      p = {
        key,
        email: person.email,
        fullName: person.fullName,
        roles: [],
        pairIds: [],
        due: { start: false, end: false },
        answered: { start: false, end: false },
      };
      people.set(key, p);
    }
    if (!p.fullName) p.fullName = person.fullName;
    if (!p.roles.includes(role)) p.roles.push(role);
    if (!p.pairIds.includes(pair.id)) p.pairIds.push(pair.id);
    for (const phase of MONITORING_PHASE_KEYS) p.due[phase] = p.due[phase] || pair.due[phase];
  };
  for (const pair of pairs) {
    add(pair.mentor, 'mentor', pair);
    for (const m of pair.mentees) add(m, 'mentee', pair);
  }
  return people;
}

const choiceOf = <K extends string>(
  text: string | number | undefined,
  options: Readonly<Record<K, string>>,
): K | null => {
  const folded = headerKey(String(text ?? ''));
  for (const key of Object.keys(options) as K[]) if (headerKey(options[key]) === folded) return key;
  return null;
};

/**
 * Pairs the answer counts for: the participant's pairs where they have the role they chose (all of them
 * when the role matches none) and, of those, the pairs due for the phase when there are any — a mentor's
 * end answer belongs to the programme that is ending, not to one that has just begun.
 */
function pairsOfAnswer(
  participant: MonitoringParticipant,
  role: MonitoringRole | null,
  phase: MonitoringPhase,
  pairs: ReadonlyMap<string, MonitoredPair>,
): string[] {
  const own = participant.pairIds.flatMap((id) => pairs.get(id) ?? []);
  const inRole =
    role === null
      ? own
      : own.filter((pair) =>
          role === 'mentor'
            ? personKeyOf(pair.mentor) === participant.key
            : pair.mentees.some((m) => personKeyOf(m) === participant.key),
        );
  const candidates = inRole.length > 0 ? inRole : own;
  const due = candidates.filter((pair) => pair.due[phase]);
  return (due.length > 0 ? due : candidates).map((pair) => pair.id);
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

function figuresOf(
  answers: readonly CountedAnswer[],
  expected: Record<MonitoringPhase, ReadonlySet<string>>,
): MonitoringFigures {
  const byPhase = {
    start: answers.filter((a) => a.phase === 'start'),
    end: answers.filter((a) => a.phase === 'end'),
  };
  const scales = {} as Record<MonitoringScaleKey, ScaleFigures>;
  for (const key of MONITORING_SCALE_KEYS) {
    const values = (phase: MonitoringPhase): number[] =>
      byPhase[phase].flatMap((a) => (a.scales[key] === undefined ? [] : [a.scales[key]!]));
    const start = values('start');
    const end = values('end');
    const s = mean(start);
    const e = mean(end);
    scales[key] = {
      start: s,
      end: e,
      change: s !== null && e !== null ? e - s : null,
      startCount: start.length,
      endCount: end.length,
    };
  }
  const shares = {} as Record<MonitoringFlagKey, ShareFigures>;
  for (const key of MONITORING_FLAG_KEYS) {
    const share = (phase: MonitoringPhase): Share => {
      const given = byPhase[phase].filter((a) => a.flags[key] !== undefined);
      const yes = given.filter((a) => a.flags[key] === true).length;
      return { yes, answered: given.length, share: given.length === 0 ? null : yes / given.length };
    };
    shares[key] = { start: share('start'), end: share('end') };
  }
  const frequency = (phase: MonitoringPhase): Array<{ label: string; count: number }> => {
    const counts = new Map<string, number>(MEETING_FREQUENCIES.map((f) => [f, 0]));
    for (const a of byPhase[phase]) {
      if (!a.frequency) continue;
      const known = MEETING_FREQUENCIES.find((f) => headerKey(f) === headerKey(a.frequency));
      const label = known ?? a.frequency;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return [...counts].map(([label, count]) => ({ label, count }));
  };
  const rate = (phase: MonitoringPhase): ResponseRate => {
    const respondents = new Set(byPhase[phase].map((a) => a.email));
    const answered = [...expected[phase]].filter((k) => respondents.has(k)).length;
    const n = expected[phase].size;
    return { expected: n, answered, rate: n === 0 ? null : answered / n };
  };
  return {
    answers: { start: byPhase.start.length, end: byPhase.end.length },
    scales,
    shares,
    frequency: { start: frequency('start'), end: frequency('end') },
    responseRates: { start: rate('start'), end: rate('end') },
  };
}

/**
 * Ties each monitoring answer to its person's pairs and computes the figures. Rules:
 * - an answer of a person without processing consent is not processed (listed as `noConsent`);
 * - an answer from an e-mail in no monitored pair is «ответ вне пар» (`noPair`);
 * - the same person and phase answered twice: the latest answer counts, once (`duplicate` for the rest);
 *   a person who is a mentor in one pair and a mentee in another answers once per role, each answer
 *   counting for the pairs of its role;
 * - a mentor of several pairs: the answer counts for each pair; overall figures count it once;
 * - response rate of a phase: participants of pairs due for it who answered it / those participants.
 */
export function summariseMonitoring(input: MonitoringInput): MonitoringSummary {
  const sheet = input.responseSheet ?? '';
  const pairs = readMonitoringPairs(input.pairs, input.now, input.endWindowDays);
  const people = participantsOf(pairs);
  // Looked up by id, not scanned, so thousands of pairs and answers cost linear time (bench/monitoring-case.ts).
  const pairById = new Map(pairs.map((pair) => [pair.id, pair] as const));
  const consent = consentStatuses(input.consents, CONSENT_PURPOSES.processing);
  const ignored: IgnoredAnswer[] = [];
  const latest = new Map<string, CountedAnswer>();
  const M = monitoringRu.ignored;

  const parsed =
    input.responses.length > 1 ? parseResponseSheet(MONITORING_FORM, [], input.responses, sheet) : [];
  for (const response of inApplyOrder(parsed)) {
    const answers = response.fields.answers;
    const fullName = response.fields.fullName?.full ?? String(answers.fullName ?? '').trim();
    const phase = choiceOf(answers.phase, MONITORING_PHASES);
    const base = {
      key: response.key,
      row: response.rowNumber,
      timestamp: response.timestamp,
      email: response.email,
      fullName,
      phase,
    };
    const errors = response.problems.filter((p) => p.severity === 'error').map((p) => p.message);
    if (phase === null && errors.length === 0) errors.push(M.unknownPhase(String(answers.phase ?? '')));
    if (!isApplicable(response) || phase === null) {
      ignored.push({ ...base, reason: 'invalid', message: M.invalid(response.rowNumber, errors.join('; ')) });
      continue;
    }
    if (consent.get(response.email) !== 'дано') {
      // Not processed: only what identifies the response for staff (row, e-mail), not the name or answers.
      ignored.push({
        ...base,
        fullName: '',
        reason: 'noConsent',
        message: M.noConsent(response.rowNumber, response.email),
      });
      continue;
    }
    const participant = people.get(response.email);
    if (!participant) {
      ignored.push({
        ...base,
        reason: 'noPair',
        message: M.noPair(response.rowNumber, response.email, fullName),
      });
      continue;
    }
    const role = choiceOf(answers.role, MONITORING_ROLES);
    const scales: Partial<Record<MonitoringScaleKey, number>> = {};
    for (const key of MONITORING_SCALE_KEYS) {
      const v = answers[key];
      if (typeof v === 'number' && v >= 1 && v <= 10) scales[key] = v;
    }
    const flags: Partial<Record<MonitoringFlagKey, boolean>> = {};
    for (const key of MONITORING_FLAG_KEYS) {
      const v = headerKey(String(answers[key] ?? ''));
      if (v === 'да') flags[key] = true;
      else if (v === 'нет') flags[key] = false;
    }
    const answer: CountedAnswer = {
      key: response.key,
      row: response.rowNumber,
      timestamp: response.timestamp,
      email: response.email,
      fullName: fullName || participant.fullName,
      role,
      phase,
      pairIds: pairsOfAnswer(participant, role, phase, pairById),
      scales,
      flags,
      frequency: String(answers.frequency ?? '').trim(),
      valuable: String(answers.valuable ?? '').trim(),
      missing: String(answers.missing ?? '').trim(),
    };
    // Someone who mentors in one pair and is mentored in another answers once per role; for everyone
    // else a second answer of the phase replaces the first, whatever role it names.
    const twoRoles = participant.roles.length > 1 && role !== null && participant.roles.includes(role);
    const slot = `${response.email}|${phase}${twoRoles ? `|${role}` : ''}`;
    const earlier = latest.get(slot);
    if (earlier)
      ignored.push({
        key: earlier.key,
        row: earlier.row,
        timestamp: earlier.timestamp,
        email: earlier.email,
        fullName: earlier.fullName,
        phase,
        reason: 'duplicate',
        message: M.duplicate(earlier.row, earlier.email, MONITORING_PHASES[phase], answer.row),
      });
    latest.set(slot, answer);
  }

  const counted = [...latest.values()].sort((a, b) => a.row - b.row);
  for (const a of counted) people.get(a.email)!.answered[a.phase] = true;

  const expectedOf = (members: Iterable<MonitoringParticipant>): Record<MonitoringPhase, Set<string>> => {
    const expected = { start: new Set<string>(), end: new Set<string>() };
    for (const p of members)
      for (const phase of MONITORING_PHASE_KEYS) if (p.due[phase]) expected[phase].add(p.key);
    return expected;
  };

  const overall = figuresOf(counted, expectedOf(people.values()));
  const answersOfPair = new Map<string, CountedAnswer[]>();
  for (const a of counted)
    for (const id of a.pairIds) {
      const list = answersOfPair.get(id);
      if (list) list.push(a);
      else answersOfPair.set(id, [a]);
    }
  const pairFigures = pairs.map((pair): PairMonitoring => {
    const members = [pair.mentor, ...pair.mentees]
      .map(personKeyOf)
      .filter((k) => k !== '')
      .map((k) => people.get(k)!);
    const expected = { start: new Set<string>(), end: new Set<string>() };
    for (const m of members)
      for (const phase of MONITORING_PHASE_KEYS) if (pair.due[phase]) expected[phase].add(m.key);
    return {
      pair,
      ...figuresOf(answersOfPair.get(pair.id) ?? [], expected),
    };
  });

  return {
    overall,
    pairs: pairFigures,
    participants: [...people.values()],
    counted,
    ignored: ignored.sort((a, b) => a.row - b.row),
  };
}

import type { CellValue } from '../../ports/workbook';
import { MentoringError } from '../errors';
import { rankMentorsFor } from '../matching';
import type { MenteeProfile, RankedMentor } from '../matching/types';
import { messages } from '../messages';
import { normalizeEmail } from '../people';
import { PAIRS_COLUMNS, PAIR_STATUS, PINNED_MARK } from './columns';
import type { MatchingContext } from './context';
import type { MentorChoice, MentorRanking, ProposalLookup } from './contract';
import { SheetEdits, WaitingRow, forbiddenAppend, pairsTextColumns, updateWaitingList } from './edits';
import { PairRow, arrangementOf, holdsPlace, isGroupRow, nextPairId } from './pairs-sheet';
import { layoutRow, rowPatch } from './table';

const M = () => messages.pairs.actions;
const C = PAIRS_COLUMNS;

export interface ActionOutcome {
  edits: SheetEdits;
  notice: string;
}

/** Midnight of the day, in the runtime's time zone (the script's, in Apps Script). */
export const dayOf = (d: Date): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate());

const pad = (n: number): string => String(n).padStart(2, '0');
export const formatDate = (d: Date): string =>
  `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;

/**
 * The day before the same date `months` later (a 9-month programme from 01.09 ends on 31.05); when that
 * month is too short (31.01 + 1 month), the programme ends on its last day.
 */
export function programmeEnd(start: Date, months: number): Date {
  const end = new Date(start.getFullYear(), start.getMonth() + months, start.getDate());
  if (end.getDate() !== start.getDate()) return new Date(end.getFullYear(), end.getMonth(), 0);
  end.setDate(end.getDate() - 1);
  return end;
}

/** `programme.defaultMonths`, kept within the 3–12 months a programme may last. */
export function defaultMonths(context: MatchingContext): number {
  const n = Number(String(context.rawSettings['programme.defaultMonths'] ?? '').replace(',', '.'));
  return Number.isInteger(n) && n >= 3 && n <= 12 ? n : 9;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * The proposal an action is about. A whole ProposalRef (what the sidebar sends) must still hold exactly:
 * the row with that number, the same mentor and the same mentees — otherwise the sidebar is stale. A
 * partial one (ProposalLookup: a number, a mentor, some mentees) must name exactly one proposal; a
 * mentee found only in rows that are no longer proposals gets the «уже не предложение» message.
 */
export function findProposal(context: MatchingContext, ref: ProposalLookup): PairRow {
  const id = String(ref.id ?? '').trim();
  const mentor = normalizeEmail(ref.mentorEmail ?? '');
  const mentees = (ref.menteeEmails ?? []).map(normalizeEmail).filter((e) => e !== '');
  const stale = (): MentoringError =>
    new MentoringError('PROPOSAL_STALE', M().stale, `proposal ${id || mentees.join(', ') || mentor}`);
  let row: PairRow | undefined;
  if (id) {
    row = context.pairs.find((r) => r.id === id && r.kind !== 'blank');
    if (
      !row ||
      (mentor !== '' && row.mentorEmail !== mentor) ||
      (mentees.length > 0 && !sameSet(row.menteeEmails, mentees))
    )
      throw stale();
  } else {
    if (mentor === '' && mentees.length === 0) throw stale();
    const candidates = context.pairs.filter(
      (r) =>
        r.kind !== 'blank' &&
        (mentor === '' || r.mentorEmail === mentor) &&
        mentees.every((e) => r.menteeEmails.includes(e)),
    );
    const proposed = candidates.filter((r) => r.kind === 'proposed');
    if (proposed.length > 1)
      throw new MentoringError(
        'PROPOSAL_AMBIGUOUS',
        M().ambiguous(proposed.map((r) => r.id)),
        `rows ${proposed.map((r) => r.row).join(', ')}`,
      );
    row = proposed[0] ?? candidates[candidates.length - 1];
    if (!row) throw stale();
  }
  if (row.kind !== 'proposed')
    throw new MentoringError('PROPOSAL_NOT_PROPOSED', M().notProposed(row.id, row.status), `row ${row.row}`);
  return row;
}

const names = (r: PairRow): string => r.menteeNames.join(', ') || r.menteeEmails.join(', ');

/** «Утвердить»: status утверждена, the approval date, the programme's dates; the pin is no longer needed. */
export function acceptProposal(context: MatchingContext, ref: ProposalLookup, now: Date): ActionOutcome {
  const row = findProposal(context, ref);
  const start = dayOf(now);
  const end = programmeEnd(start, defaultMonths(context));
  const patch = rowPatch(
    context.pairsTable,
    row.row,
    {
      [C.status]: PAIR_STATUS.approved,
      [C.approvedAt]: start,
      [C.start]: start,
      [C.end]: end,
      [C.pinned]: '',
    },
    pairsTextColumns(context.pairsTable),
  );
  return {
    notice: M().accepted(row.id, formatDate(start), formatDate(end)),
    edits: {
      writes: patch ? [patch] : [],
      deletions: [],
      journal: [
        {
          level: 'INFO',
          code: 'PAIR_ACCEPTED',
          message: M().acceptedJournal(row.id, row.mentorName, names(row)),
        },
      ],
    },
  };
}

/** «Закрепить» / «Открепить»: the next run keeps a pinned proposal as it is. */
export function pinProposal(context: MatchingContext, ref: ProposalLookup, pinned: boolean): ActionOutcome {
  const row = findProposal(context, ref);
  const patch = rowPatch(
    context.pairsTable,
    row.row,
    { [C.pinned]: pinned ? PINNED_MARK : '' },
    pairsTextColumns(context.pairsTable),
  );
  return {
    notice: pinned ? M().pinned(row.id) : M().unpinned(row.id),
    edits: { writes: patch ? [patch] : [], deletions: [], journal: [] },
  };
}

/** What the curator offers a mentee while the search goes on (stage 5.3). */
function waitingRow(
  context: MatchingContext,
  email: string,
  fullName: string,
  reason: string,
  now: Date,
): WaitingRow {
  const mentee = context.mentees.find((m) => m.email === email);
  return {
    email,
    fullName: mentee?.fullName || fullName,
    reason,
    supportNote: messages.pairs.sheet.supportNote(mentee?.support ?? ''),
    firstListed: now,
    lastTried: now,
  };
}

/** «Отклонить»: the row goes; its mentees return to the waiting list «отклонено куратором». */
export function rejectProposal(context: MatchingContext, ref: ProposalLookup, now: Date): ActionOutcome {
  const row = findProposal(context, ref);
  const reason = M().rejectedReason;
  const add = row.menteeEmails.map((e, i) => waitingRow(context, e, row.menteeNames[i] ?? '', reason, now));
  return {
    notice: M().rejected(row.id),
    edits: {
      writes: updateWaitingList(context.waitingTable, now, { add }),
      deletions: [{ sheet: context.pairsTable.sheet, row: row.row, count: 1 }],
      journal: [
        {
          level: 'INFO',
          code: 'PAIR_REJECTED',
          message: M().rejectedJournal(row.id, row.mentorName, names(row)),
        },
      ],
    },
  };
}

const topCriteria = (r: RankedMentor): string[] =>
  [...r.contributions]
    .filter((c) => c.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((c) => c.explanation);

/** Stage 4: every mentor for one mentee, with free places counted against every row that holds one. */
export function rankingFor(
  context: MatchingContext,
  menteeEmail: string,
  extraForbidden: readonly { mentorEmail: string; menteeEmail: string }[] = [],
): MentorRanking {
  const email = normalizeEmail(menteeEmail);
  const mentee = context.mentees.find((m) => m.email === email);
  if (!mentee) throw new MentoringError('MENTEE_UNKNOWN', M().unknownMentee(email), email);
  const kept = context.pairs
    .filter(holdsPlace)
    .map(arrangementOf)
    .map((a) => ({ ...a, menteeEmails: a.menteeEmails.filter((e) => e !== email) }))
    .filter((a) => a.menteeEmails.length > 0);
  const forbidden = [...context.forbidden, ...extraForbidden.map((f) => ({ ...f, reason: '' }))];
  const ranked = rankMentorsFor(mentee, context.mentors, context.settings, { forbidden, kept });
  const floor = context.settings.minScore;
  return {
    mentee: { email: mentee.email, fullName: mentee.fullName },
    mentors: ranked.map((r): MentorChoice => {
      const reasons = [...r.reasons];
      if (r.eligible && r.freePlaces <= 0 && reasons.length === 0) reasons.push(M().swapFull);
      if (r.eligible && r.score < floor) reasons.push(M().swapBelowFloor(floor));
      return {
        email: r.email,
        fullName: r.fullName,
        score: r.score,
        text: r.text,
        criteria: topCriteria(r),
        eligible: r.eligible,
        reasons,
        freePlaces: r.freePlaces,
        available: r.eligible && r.freePlaces > 0 && r.score >= floor,
      };
    }),
  };
}

/**
 * The edits that take one mentee out of a proposal: the whole row for a pair, the mentee's lines for a
 * group (the others stay proposed with their own explanations).
 */
function withoutMentee(context: MatchingContext, row: PairRow, email: string): SheetEdits {
  const i = row.menteeEmails.indexOf(email);
  if (i < 0)
    throw new MentoringError('MENTEE_NOT_IN_PROPOSAL', M().menteeNotInProposal(email, row.id), row.id);
  if (row.menteeEmails.length === 1)
    return {
      writes: [],
      deletions: [{ sheet: context.pairsTable.sheet, row: row.row, count: 1 }],
      journal: [],
    };
  const drop = <T>(list: readonly T[]): T[] => list.filter((_, j) => j !== i);
  const scores = drop(
    row.explanations.map((line) =>
      Number(/(\d+(?:[.,]\d+)?) балл/.exec(line)?.[1]?.replace(',', '.') ?? NaN),
    ),
  );
  const known = scores.filter((n) => Number.isFinite(n));
  const fields: Record<string, CellValue> = {
    [C.menteeEmails]: drop(row.menteeEmails).join('\n'),
    [C.menteeNames]: drop(row.menteeNames).join('\n'),
    [C.explanation]: drop(row.explanations).join('\n'),
    [C.alternative]: drop(row.alternatives).join('\n'),
  };
  if (known.length > 0)
    fields[C.score] = Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10;
  const patch = rowPatch(context.pairsTable, row.row, fields, pairsTextColumns(context.pairsTable));
  return { writes: patch ? [patch] : [], deletions: [], journal: [] };
}

/**
 * The edits that put a mentee with a chosen mentor: into that mentor's proposed group when there is
 * one, otherwise as a new pair row below the last row.
 */
function withMentor(
  context: MatchingContext,
  mentee: MenteeProfile,
  choice: MentorChoice,
  alternative: MentorChoice | undefined,
  form: string,
  leaving: PairRow,
): SheetEdits {
  const explanation = [messages.pairs.points(choice.score), choice.criteria.join('; ')]
    .filter(Boolean)
    .join(': ');
  const alt = alternative ? alternative.text : '';
  const group = context.pairs.find(
    (r) => r.kind === 'proposed' && r.mentorEmail === choice.email && isGroupRow(r) && r.row !== leaving.row,
  );
  const text = pairsTextColumns(context.pairsTable);
  if (group) {
    const line = (s: string) => `${mentee.fullName}: ${s || '—'}`;
    const patch = rowPatch(
      context.pairsTable,
      group.row,
      {
        [C.menteeEmails]: [...group.menteeEmails, mentee.email].join('\n'),
        [C.menteeNames]: [...group.menteeNames, mentee.fullName].join('\n'),
        [C.explanation]: [...group.explanations, line(explanation)].join('\n'),
        [C.alternative]: [...group.alternatives, line(alt)].join('\n'),
      },
      text,
    );
    return { writes: patch ? [patch] : [], deletions: [], journal: [] };
  }
  const id = String(nextPairId(context.pairs));
  const row = layoutRow(context.pairsTable, {
    [C.id]: id,
    [C.mentorEmail]: choice.email,
    [C.mentorName]: choice.fullName,
    [C.menteeEmails]: mentee.email,
    [C.menteeNames]: mentee.fullName,
    [C.form]: form,
    [C.status]: PAIR_STATUS.proposed,
    [C.score]: choice.score,
    [C.explanation]: explanation,
    [C.alternative]: alt,
  });
  return {
    writes: [
      {
        sheet: context.pairsTable.sheet,
        row: context.pairsTable.rows.length + 2,
        column: 1,
        values: [row],
        textColumns: text,
      },
    ],
    deletions: [],
    journal: [],
  };
}

const merge = (...all: SheetEdits[]): SheetEdits => ({
  writes: all.flatMap((e) => e.writes),
  deletions: all.flatMap((e) => e.deletions).sort((a, b) => b.row - a.row),
  journal: all.flatMap((e) => e.journal),
});

/** The form a mentee keeps when moved to another mentor: the pair's, or the default one out of a group. */
const formAfterMove = (row: PairRow, fallback: string): string => (isGroupRow(row) ? fallback : row.form);

/**
 * «Запретить»: the pair goes to «Запреты пар», the mentee leaves the proposal, and the best other
 * mentor with a free place and a score at or above the floor is proposed; if there is none, the mentee
 * goes to the waiting list.
 */
export function forbidPair(
  context: MatchingContext,
  ref: ProposalLookup,
  menteeEmail: string,
  now: Date,
  defaultForm: string,
): ActionOutcome {
  const row = findProposal(context, ref);
  const email = normalizeEmail(menteeEmail);
  const leave = withoutMentee(context, row, email);
  const mentee = context.mentees.find((m) => m.email === email);
  if (!mentee) throw new MentoringError('MENTEE_UNKNOWN', M().unknownMentee(email), email);
  const forbid = forbiddenAppend(
    context.forbiddenTable,
    row.mentorEmail,
    email,
    M().forbidReason(formatDate(now)),
  );
  const ranking = rankingFor(context, email, [{ mentorEmail: row.mentorEmail, menteeEmail: email }]);
  const available = ranking.mentors.filter((m) => m.available && m.email !== row.mentorEmail);
  const [best, next] = available;
  const journal = {
    level: 'INFO' as const,
    code: 'PAIR_FORBIDDEN',
    message: M().forbiddenJournal(row.mentorName, mentee.fullName),
  };
  if (best) {
    const join = withMentor(context, mentee, best, next, formAfterMove(row, defaultForm), row);
    return {
      notice: M().forbidden(
        row.mentorName,
        mentee.fullName,
        M().reproposed(mentee.fullName, best.fullName, best.score),
      ),
      edits: merge({ writes: [forbid], deletions: [], journal: [journal] }, join, leave),
    };
  }
  const waiting = updateWaitingList(context.waitingTable, now, {
    add: [waitingRow(context, email, mentee.fullName, M().noOtherReason, now)],
  });
  return {
    notice: M().forbidden(row.mentorName, mentee.fullName, M().noOther(mentee.fullName, M().noOtherReason)),
    edits: merge({ writes: [forbid, ...waiting], deletions: [], journal: [journal] }, leave),
  };
}

/** «Заменить»: the mentee moves to a mentor chosen from the ranking, who must have a free place. */
export function swapMentor(
  context: MatchingContext,
  ref: ProposalLookup,
  menteeEmail: string,
  mentorEmail: string,
  defaultForm: string,
): ActionOutcome {
  const row = findProposal(context, ref);
  const email = normalizeEmail(menteeEmail);
  const target = normalizeEmail(mentorEmail);
  const leave = withoutMentee(context, row, email);
  const mentee = context.mentees.find((m) => m.email === email);
  if (!mentee) throw new MentoringError('MENTEE_UNKNOWN', M().unknownMentee(email), email);
  const ranking = rankingFor(context, email);
  const choice = ranking.mentors.find((m) => m.email === target);
  if (!choice) throw new MentoringError('MENTOR_UNKNOWN', M().unknownMentor(target), target);
  if (!choice.available || target === row.mentorEmail)
    throw new MentoringError(
      'SWAP_UNAVAILABLE',
      M().swapUnavailable(choice.fullName, choice.reasons.join('; ') || M().swapFull),
      target,
    );
  const next = ranking.mentors.find((m) => m.available && m.email !== target && m.email !== row.mentorEmail);
  const join = withMentor(context, mentee, choice, next, formAfterMove(row, defaultForm), row);
  return {
    notice: M().swapped(mentee.fullName, choice.fullName, choice.score),
    edits: merge(join, leave, {
      writes: [],
      deletions: [],
      journal: [
        {
          level: 'INFO',
          code: 'MENTOR_SWAPPED',
          message: M().swappedJournal(mentee.fullName, row.mentorName, choice.fullName),
        },
      ],
    }),
  };
}

import type { CellValue } from '../../ports/workbook';
import { planMatching } from '../matching';
import type { MatchingPlan, Proposal } from '../matching/types';
import { messages } from '../messages';
import { PAIRS_COLUMNS, PAIR_STATUS } from './columns';
import type { MatchingContext } from './context';
import { SheetEdits, pairsTextColumns, waitingListWrite } from './edits';
import { arrangementOf, isKept, nextPairId } from './pairs-sheet';
import { layoutRow, rowBlocks, rowRunsBottomUp } from './table';

export interface RunOutcome {
  plan: MatchingPlan;
  edits: SheetEdits;
  summary: string;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The score written for a row: a pair's, or the mean of a group's mentees. */
export const rowScore = (p: Proposal): number =>
  round1(p.mentees.reduce((sum, m) => sum + m.score, 0) / Math.max(1, p.mentees.length));

/** A proposal as the cells of its «Пары и группы» row (one line per mentee in the multi-person cells). */
export function proposalFields(p: Proposal, id: string): Record<string, CellValue> {
  const C = PAIRS_COLUMNS;
  const group = p.kind === 'group';
  const line = (name: string, text: string): string => (group ? `${name}: ${text || '—'}` : text);
  return {
    [C.id]: id,
    [C.mentorEmail]: p.mentor.email,
    [C.mentorName]: p.mentor.fullName,
    [C.menteeEmails]: p.mentees.map((m) => m.email).join('\n'),
    [C.menteeNames]: p.mentees.map((m) => m.fullName).join('\n'),
    [C.form]: p.form,
    [C.start]: '',
    [C.end]: '',
    [C.status]: PAIR_STATUS.proposed,
    [C.order]: '',
    [C.note]: '',
    [C.score]: rowScore(p),
    [C.explanation]: p.mentees.map((m) => line(m.fullName, m.explanation)).join('\n'),
    [C.alternative]: p.mentees.map((m) => line(m.fullName, m.alternative?.text ?? '')).join('\n'),
    [C.approvedAt]: '',
    [C.pinned]: '',
  };
}

/**
 * «Подобрать пары»: matching over the mentees no kept row holds, then the sheet edits. New proposals
 * take the places of the previous run's unpinned proposals (and of blank rows), top to bottom, then
 * go below the last row; places left over are deleted. Rows with any other status, and pinned ones,
 * are neither written nor moved. Numbers continue after the kept rows' highest, so an unchanged second
 * run writes the very same rows.
 */
export function planRun(context: MatchingContext, now: Date): RunOutcome {
  const { pairs, pairsTable } = context;
  const kept = pairs.filter(isKept);
  // A mentee whose programme was completed («завершена») is not looked for again this season; one whose
  // pair was terminated early («расторгнута») is, like any mentee without a pair (stage 5.3).
  const completed = new Set(pairs.filter((r) => r.kind === 'finished').flatMap((r) => r.menteeEmails));
  const plan = planMatching({
    mentees: context.mentees.filter((m) => !completed.has(m.email)),
    mentors: context.mentors,
    forbidden: context.forbidden,
    pinned: kept.filter((r) => r.kind !== 'active').map(arrangementOf),
    active: kept.filter((r) => r.kind === 'active').map(arrangementOf),
    unmatchedBefore: context.waitingBefore,
    settings: context.settings,
    now,
  });

  const slots = pairs
    .filter((r) => (r.kind === 'proposed' && !r.pinned) || r.kind === 'blank')
    .map((r) => r.row);
  let id = nextPairId(pairs.filter((r) => !slots.includes(r.row)));
  let below = pairsTable.rows.length + 2;
  const rows = new Map<number, CellValue[]>();
  plan.proposals.forEach((p, i) => {
    const at = i < slots.length ? slots[i]! : below++;
    rows.set(at, layoutRow(pairsTable, proposalFields(p, String(id++))));
  });
  const leftover = slots
    .slice(plan.proposals.length)
    .filter((row) => pairs.find((r) => r.row === row)?.kind === 'proposed');

  // Without consent nobody is processed further (152-ФЗ): such mentees stay out of the support list;
  // their bank row already says why they take no part.
  const waiting = waitingListWrite(
    context.waitingTable,
    plan.unmatched
      .filter((u) => u.code !== 'noConsent')
      .map((u) => ({
        email: u.email,
        fullName: u.fullName,
        reason: u.reason,
        supportNote: u.supportNote,
        firstListed: u.firstListed,
        lastTried: u.lastTried,
      })),
  );
  const t = plan.totals;
  const summary = messages.pairs.run.done({
    pairs: t.proposedPairs,
    groups: t.proposedGroups,
    mentees: t.proposedMentees,
    unmatched: t.unmatched,
    kept: kept.length,
  });
  return {
    plan,
    summary,
    edits: {
      writes: [...rowBlocks(pairsTable, rows, pairsTextColumns(pairsTable)), ...waiting],
      deletions: rowRunsBottomUp(leftover).map((r) => ({ sheet: pairsTable.sheet, ...r })),
      journal: [
        { level: 'INFO', code: 'MATCHING_DONE', message: messages.pairs.run.journal, details: summary },
      ],
    },
  };
}

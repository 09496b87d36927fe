import type { MatchingContext } from './context';
import type { MentorRanking, SidebarData, SidebarProposal } from './contract';
import { messages } from '../messages';
import { PairRow, isGroupRow } from './pairs-sheet';
import { waitingRowsOf } from './edits';
import { rankingFor } from './actions';

/** A group's line «ФИО: текст» without the name, '' for «—». */
function lineFor(lines: readonly string[], i: number, fullName: string, group: boolean): string {
  let line = lines[i] ?? '';
  if (group && fullName && line.startsWith(`${fullName}:`)) line = line.slice(fullName.length + 1).trim();
  return line === '—' ? '' : line;
}

export function sidebarProposal(row: PairRow): SidebarProposal {
  const group = isGroupRow(row);
  const S = messages.pairs.sheet;
  return {
    id: row.id,
    mentorEmail: row.mentorEmail,
    menteeEmails: [...row.menteeEmails],
    kind: group ? 'group' : 'pair',
    title: group ? S.groupTitle(row.id) : S.pairTitle(row.id),
    mentorName: row.mentorName || row.mentorEmail,
    form: row.form,
    score: row.score ?? 0,
    pinned: row.pinned,
    mentees: row.menteeEmails.map((email, i) => {
      const fullName = row.menteeNames[i] ?? email;
      return {
        email,
        fullName,
        explanation: lineFor(row.explanations, i, fullName, group),
        alternative: lineFor(row.alternatives, i, fullName, group),
      };
    }),
  };
}

/** What the sidebar shows: the proposals, the waiting list, the chooser's mentees, an optional ranking. */
export function sidebarData(
  context: MatchingContext,
  now: Date,
  options: { focus?: string | null; notice?: string | null } = {},
): SidebarData {
  let focus: MentorRanking | null = null;
  if (options.focus && context.mentees.some((m) => m.email === options.focus))
    focus = rankingFor(context, options.focus);
  return {
    proposals: context.pairs.filter((r) => r.kind === 'proposed').map(sidebarProposal),
    waiting: waitingRowsOf(context.waitingTable, now).map((w) => ({
      email: w.email,
      fullName: w.fullName,
      reason: w.reason,
      supportNote: w.supportNote,
    })),
    approvedCount: context.pairs.filter((r) => r.kind === 'approved' || r.kind === 'active').length,
    mentees: context.mentees.map((m) => ({ email: m.email, fullName: m.fullName })),
    focus,
    notice: options.notice ?? null,
  };
}

import type { KeptArrangement } from '../matching/types';
import { normalizeEmail } from '../people';
import { PAIRS_COLUMNS, PAIR_STATUS, PINNED_MARK } from './columns';
import { Table, isBlankRow, textAt, valueAt } from './table';

export type PairStatusKind =
  'proposed' | 'approved' | 'active' | 'finished' | 'terminated' | 'other' | 'blank';

/** A row of «Пары и группы» as stage 5 reads it. */
export interface PairRow {
  /** 1-based sheet row. */
  row: number;
  id: string;
  mentorEmail: string;
  mentorName: string;
  menteeEmails: string[];
  menteeNames: string[];
  form: string;
  status: string;
  kind: PairStatusKind;
  pinned: boolean;
  score: number | null;
  /** One line per mentee, in the mentees' order. */
  explanations: string[];
  alternatives: string[];
}

/** Several people in one cell: one per line (as written), or separated by «;» / «,» as staff may type. */
export const splitPeople = (text: string): string[] =>
  text
    .split(/[\n;,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

const splitLines = (text: string): string[] => text.split('\n').map((s) => s.trim());

/**
 * The status by its first word, so older wording («утверждена приказом», «прекращена досрочно») and
 * case or spacing staff typed keep their meaning.
 */
export function statusKind(status: string): Exclude<PairStatusKind, 'blank'> {
  const s = status.trim().toLowerCase().replace(/ё/g, 'е');
  if (s.startsWith(PAIR_STATUS.proposed.slice(0, 7))) return 'proposed';
  if (s.startsWith('утвержд')) return 'approved';
  if (s.startsWith(PAIR_STATUS.active)) return 'active';
  if (s.startsWith('заверш')) return 'finished';
  if (s.startsWith('расторг') || s.startsWith('прекращ')) return 'terminated';
  return 'other';
}

export function readPairRows(table: Table): PairRow[] {
  const C = PAIRS_COLUMNS;
  return table.rows.map((values, i) => {
    const text = (h: string) => textAt(table, values, h);
    const status = text(C.status);
    const score = valueAt(table, values, C.score);
    return {
      row: i + 2,
      id: text(C.id),
      mentorEmail: normalizeEmail(text(C.mentorEmail)),
      mentorName: text(C.mentorName),
      menteeEmails: splitPeople(text(C.menteeEmails)).map(normalizeEmail),
      menteeNames: splitPeople(text(C.menteeNames)),
      form: text(C.form),
      status,
      kind: isBlankRow(values) ? 'blank' : statusKind(status),
      pinned: text(C.pinned).toLowerCase() === PINNED_MARK,
      score:
        typeof score === 'number' ? score : score === '' ? null : Number(String(score).replace(',', '.')),
      explanations: splitLines(text(C.explanation)),
      alternatives: splitLines(text(C.alternative)),
    };
  });
}

/** Rows whose mentees matching leaves alone: approved, active, and proposals the curator pinned. */
export const isKept = (r: PairRow): boolean =>
  r.kind === 'approved' || r.kind === 'active' || (r.kind === 'proposed' && r.pinned);

/** Rows that hold a mentor's place now: every proposal, approved and active pair. */
export const holdsPlace = (r: PairRow): boolean =>
  r.kind === 'approved' || r.kind === 'active' || r.kind === 'proposed';

export function arrangementOf(r: PairRow): KeptArrangement {
  return {
    id: r.id,
    mentorEmail: r.mentorEmail,
    menteeEmails: r.menteeEmails,
    status: r.status,
    form: r.form,
  };
}

/** The next «№ пары/группы» after the numbers used by the rows that stay. */
export function nextPairId(rows: readonly PairRow[]): number {
  return rows.reduce((max, r) => (/^\d+$/.test(r.id) ? Math.max(max, Number(r.id)) : max), 0) + 1;
}

/** A group row holds several mentees, or has the form «групповая». */
export const isGroupRow = (r: PairRow): boolean =>
  r.menteeEmails.length > 1 || r.form.trim().toLowerCase().startsWith('группов');

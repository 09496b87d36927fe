import type { JournalEntry } from '../../../ports/journal';
import type { BlockWrite } from '../../../ports/sheet-blocks';
import type { CellValue } from '../../../ports/workbook';
import { CONSENT_PURPOSES, CONSENT_STATUSES, consentStatuses } from '../../consent/registry';
import { messages } from '../../messages';
import { PAIRS_SHEET } from '../../pairs/columns';
import { readPairRows } from '../../pairs/pairs-sheet';
import { columnsOf, isBlankRow, layoutRow, tableOf, textAt } from '../../pairs/table';
import {
  type ParsedResponse,
  inApplyOrder,
  isApplicable,
  parseResponseSheet,
} from '../../questionnaires/parse';
import { BEST_PRACTICE_FORM } from '../../questionnaires/best-practice-spec';
import {
  PRACTICES_SHEET,
  PRACTICE_COLUMNS,
  PRACTICE_ID_PREFIX,
  PRACTICE_STATUS,
  PRACTICE_VALUE_COLUMNS,
} from './columns';

/**
 * The form «Лучшая практика» into «Методическая копилка» (issue 6, item 5), pure. Each response becomes one
 * row (№ «К-1»…, status «предложена»), keyed by the response: the form's timestamp and the author's
 * e-mail («Ключ ответа»). A response whose key is on the sheet is never added again, so running twice
 * or after every submission gives the same sheet; rows are only appended, so staff's edits of status,
 * «Лучшая практика», the note, or columns of their own stay.
 *
 * No consent, no processing (152-ФЗ): a response whose author has not given consent to processing is
 * left in the response sheet and added on a later run once the consent arrives. The journal says so once
 * per response (`reported` holds the keys already told).
 */

const C = PRACTICE_COLUMNS;
const M = () => messages.practices;

export interface PracticesInput {
  /** The response sheet of the form (header row first) and its name, or null before any response. */
  responses: { sheet: string; values: readonly (readonly CellValue[])[] } | null;
  /** «Методическая копилка», «Пары и группы» and «Согласия» as read (header row first). */
  sheets: ReadonlyMap<string, CellValue[][]>;
  consentsSheet: string;
  /** Keys of responses whose wait or error the journal already told. */
  reported: ReadonlySet<string>;
}

export interface PracticesPlan {
  writes: BlockWrite[];
  journal: JournalEntry[];
  /** Keys of responses still waiting or refused that the journal has told: the next `reported`. */
  reported: string[];
  added: number;
  waiting: number;
  /** False when the sheet is missing or lacks «№» / «Ключ ответа»: nothing can be added safely. */
  ready: boolean;
}

/**
 * A response's key: `bestPractice|timestamp|e-mail`. The answers' hash the banks' history adds is left
 * out: a typo staff correct in the response sheet must not make the practice a new one.
 */
export const practiceKey = (r: ParsedResponse): string => r.key.split('|').slice(0, 3).join('|');

const numberOf = (id: string): number => {
  const m = new RegExp(`^${PRACTICE_ID_PREFIX}(\\d+)$`, 'i').exec(id.trim());
  return m ? Number(m[1]) : 0;
};

/** Used rows of a sheet (the header and every row down to the last non-blank one). */
const usedRows = (values: readonly (readonly CellValue[])[]): number => {
  let n = values.length;
  while (n > 0 && isBlankRow(values[n - 1]!)) n -= 1;
  return n;
};

/**
 * The pair or group of a practice: the numbers typed in the form when «Пары и группы» has them, else the
 * pairs and groups the author is a mentor or mentee of (approved, active or closed; never a proposal).
 */
function pairOf(
  typed: string,
  email: string,
  pairs: ReturnType<typeof readPairRows>,
): { text: string; unknown: boolean } {
  const real = pairs.filter((r) => ['approved', 'active', 'finished', 'terminated'].includes(r.kind));
  if (typed.trim() !== '') {
    const numbers = typed.match(/\d+/g) ?? [];
    const known = numbers.length > 0 && numbers.every((n) => real.some((r) => r.id === String(Number(n))));
    return known
      ? { text: [...new Set(numbers.map((n) => String(Number(n))))].join(', '), unknown: false }
      : { text: typed.trim(), unknown: true };
  }
  const mine = real.filter((r) => r.mentorEmail === email || r.menteeEmails.includes(email));
  return { text: [...new Set(mine.map((r) => r.id).filter((id) => id))].join(', '), unknown: false };
}

const dayOf = (d: Date): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate());

export function planPractices(input: PracticesInput): PracticesPlan {
  const plan: PracticesPlan = { writes: [], journal: [], reported: [], added: 0, waiting: 0, ready: false };
  const values = input.sheets.get(PRACTICES_SHEET);
  const table = tableOf(PRACTICES_SHEET, values);
  if (!values || columnsOf(table, [C.id, C.key]).length < 2) return plan;
  plan.ready = true;
  if (!input.responses) return plan;

  const keys = new Set(table.rows.map((row) => textAt(table, row, C.key)).filter((k) => k !== ''));
  let next = Math.max(0, ...table.rows.map((row) => numberOf(textAt(table, row, C.id)))) + 1;
  const pairs = readPairRows(tableOf(PAIRS_SHEET, input.sheets.get(PAIRS_SHEET)));
  const consent = consentStatuses(input.sheets.get(input.consentsSheet) ?? [], CONSENT_PURPOSES.processing);
  const responses = inApplyOrder(
    parseResponseSheet(BEST_PRACTICE_FORM, [], input.responses.values, input.responses.sheet),
  );

  const rows: CellValue[][] = [];
  const tell = (key: string, entry: JournalEntry): void => {
    plan.reported.push(key);
    if (!input.reported.has(key)) plan.journal.push(entry);
  };
  for (const r of responses) {
    const key = practiceKey(r);
    if (keys.has(key)) continue;
    const answers = r.fields.answers;
    const text = (field: string): string => String(answers[field] ?? '').trim();
    if (!isApplicable(r)) {
      tell(key, {
        level: 'WARNING',
        code: 'PRACTICE_REJECTED',
        message: M().journalRejected(r.email, r.sheet, r.rowNumber),
        details: r.problems.map((p) => p.message).join('\n'),
      });
      continue;
    }
    if (consent.get(r.email) !== CONSENT_STATUSES.given) {
      plan.waiting += 1;
      tell(key, {
        level: 'INFO',
        code: 'PRACTICE_WAITS_FOR_CONSENT',
        message: M().journalWaitingConsent(r.email, text('title')),
        details: key,
      });
      continue;
    }
    const id = `${PRACTICE_ID_PREFIX}${next++}`;
    const pair = pairOf(text('pair'), r.email, pairs);
    const fields: Record<string, CellValue> = {
      [C.id]: id,
      [C.title]: text('title'),
      [C.authors]: text('authors'),
      [C.email]: r.email,
      [C.pair]: pair.text,
      [C.kind]: text('kind'),
      [C.link]: text('link'),
      [C.date]: r.timestamp ? dayOf(r.timestamp) : '',
      [C.status]: PRACTICE_STATUS.proposed,
      [C.best]: '',
      // The sheet has no column of its own for the author's description: the note starts with it, and
      // staff add to it.
      [C.note]: text('description'),
      [C.key]: key,
    };
    rows.push(layoutRow(table, fields));
    keys.add(key);
    plan.added += 1;
    plan.journal.push({
      level: 'INFO',
      code: 'PRACTICE_ADDED',
      message: M().journalAdded(id, text('title'), text('authors')),
      details: key,
    });
    if (pair.unknown)
      plan.journal.push({
        level: 'WARNING',
        code: 'PRACTICE_PAIR_UNKNOWN',
        message: M().journalUnknownPair(id, pair.text),
        details: key,
      });
  }
  if (rows.length > 0) {
    // Every column but the date holds what people typed: plain text, so «=…», «+…», «-…», «@…» stay text.
    const textHeaders = Object.values(C).filter((h) => !PRACTICE_VALUE_COLUMNS.includes(h));
    plan.writes.push({
      sheet: PRACTICES_SHEET,
      row: Math.max(usedRows(values), 1) + 1,
      column: 1,
      values: rows,
      textColumns: columnsOf(table, textHeaders),
    });
  }
  return plan;
}

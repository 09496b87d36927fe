import { JournalEntry } from '../../ports/journal';
import { CellValue } from '../../ports/workbook';
import { isAnonymised } from '../consent/anonymise';
import { ConsentStatus } from '../consent/registry';
import { messages } from '../messages';
import { compareNames, fnv1a, personKey } from '../people';
import { ParsedResponse, inApplyOrder, isApplicable, isDeferred } from '../questionnaires/parse';
import { DEFAULT_COMPETENCES, Competence } from '../schema/competences';
import { headerIndex, headerKey } from '../schema/headers';
import { BankColumn, BankKey, bankColumns, bankSheetSpec } from './columns';
import { CELL_LIMIT, HISTORY_COLUMNS, HistoryOutcome, historyRows } from './history';
import { describeResponse } from './describe';

/** A rectangle to write with one setValues; `row`/`column` 1-based. */
export interface BlockWrite {
  row: number;
  column: number;
  values: CellValue[][];
}

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  /** Responses with errors, duplicates of a key in the batch, and older than the one the row holds. */
  skipped: number;
}

export interface UpsertResult {
  key: string;
  outcome: HistoryOutcome;
  /** 1-based bank row the response went to (null when not applied). */
  row: number | null;
}

export interface UpsertOptions {
  /** Competences from «Настройки» (competencesFromSettings); defaults to DEFAULT_COMPETENCES. */
  competences?: readonly Competence[];
  /** Keys already in the history: no history row and no repeated journal lines for these. */
  processed?: ReadonlySet<string>;
  /** The history sheet's header row, to lay history rows out; defaults to HISTORY_COLUMNS order. */
  historyHeaders?: readonly CellValue[];
  /** Bank sheet name for messages; defaults to the bank's name in SHEETS. */
  sheetName?: string;
}

export interface BankUpsertPlan {
  /**
   * Updates of existing rows: for each run of adjacent owned columns, one block spanning the first to
   * the last touched row (rows in between are rewritten with their current values in those columns
   * only). Columns the add-on does not own are never inside a block, so staff formulas survive.
   */
  writes: BlockWrite[];
  /** 1-based row where `appendRows` start (below the last row of the bank). */
  appendAt: number;
  /** New people, full header width ('' in columns the add-on does not own). */
  appendRows: CellValue[][];
  /** 1-based columns to format as plain text `@` before writing (owned text columns). */
  textColumns: number[];
  /** Owned headers the bank lacks (setup adds them); their values are not written. */
  missingColumns: string[];
  /** Rows to append to «История анкет». */
  historyRows: CellValue[][];
  journal: JournalEntry[];
  counts: UpsertCounts;
  results: UpsertResult[];
}

const BANK_QUESTIONNAIRE: Record<BankKey, string> = { mentees: 'mentee', mentors: 'mentor' };

/** A bank column found in the sheet: its spec and 0-based position. */
interface Placed extends BankColumn {
  at: number;
  /**
   * Id inside the fingerprint: the field's key, plus the competence label's hash for competence
   * columns. When staff reword a competence, set-up adds a column under the new label; that column has
   * no recorded hash, so the add-on fills it instead of taking its emptiness for a staff edit.
   */
  id: string;
}

/** Columns under the default label keep the plain key, so fingerprints written before stay valid. */
const DEFAULT_HEADERS = new Set(
  (['mentees', 'mentors'] as const).flatMap((bank) =>
    bankColumns(bank, DEFAULT_COMPETENCES).map((c) => headerKey(c.header)),
  ),
);

const labelTag = (c: BankColumn): string =>
  DEFAULT_HEADERS.has(headerKey(c.header)) ? '' : `~${fnv1a(headerKey(c.header)).slice(0, 6)}`;

const fieldId = (c: BankColumn): string => {
  const f = c.field;
  switch (f.kind) {
    case 'field':
      return f.name;
    case 'answer':
      return `a.${f.question}`;
    case 'difficulty':
      return `d.${f.competence}${labelTag(c)}`;
    case 'strength':
      return `s.${f.competence}${labelTag(c)}`;
    default:
      return f.kind;
  }
};

const isBlank = (v: CellValue | undefined): boolean => v === undefined || v === null || v === '';

const sameCell = (a: CellValue | undefined, b: CellValue | undefined): boolean => {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (isBlank(a) && isBlank(b)) return true;
  return a === b || (typeof a !== typeof b && String(a) === String(b));
};

/** The text a cell's hash is taken over; numbers and their text form hash alike (Sheets may give either). */
const cellText = (v: CellValue | undefined): string =>
  v instanceof Date ? v.toISOString() : isBlank(v) ? '' : String(v);

const cellHash = (v: CellValue | undefined): string => fnv1a(cellText(v)).slice(0, 6);

const FINGERPRINT_VERSION = 'v1';

/**
 * The fingerprint: for each owned answer column, a short hash of the value the add-on last decided
 * for it («v1;d.fgos=1a2b3c;…»). A cell whose hash differs was edited by staff since.
 */
function readFingerprint(cell: CellValue | undefined): Map<string, string> | null {
  const text = String(cell ?? '');
  if (!text.startsWith(`${FINGERPRINT_VERSION};`)) return null;
  const map = new Map<string, string>();
  for (const part of text.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq > 0) map.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return map;
}

const writeFingerprint = (hashes: Map<string, string>): string =>
  [FINGERPRINT_VERSION, ...Array.from(hashes, ([id, h]) => `${id}=${h}`)].join(';');

/** Text that fits one cell; longer text is cut (not inside a surrogate pair) and marked. */
function fitCell(value: CellValue, header: string, warnings: string[]): CellValue {
  if (typeof value !== 'string' || value.length <= CELL_LIMIT) return value;
  const marker = messages.banks.truncatedMarker;
  let end = CELL_LIMIT - marker.length;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  warnings.push(messages.banks.truncated(header));
  return value.slice(0, end) + marker;
}

function answerValue(c: BankColumn, r: ParsedResponse): CellValue {
  const f = c.field;
  const fields = r.fields;
  switch (f.kind) {
    case 'email':
      return r.email;
    case 'fullName':
      return fields.fullName?.full ?? '';
    case 'field': {
      const v = fields[f.name];
      return v === null || v === undefined ? '' : v;
    }
    case 'answer':
      return fields.answers[f.question] ?? '';
    case 'difficulty':
      return fields.difficulties[f.competence] ?? '';
    case 'strength':
      return fields.strengths.includes(f.competence) ? 'да' : '';
    case 'unrecognised':
      return fields.unrecognised.join('; ');
    default:
      return '';
  }
}

const participation = (status: ConsentStatus): string =>
  status === 'дано'
    ? messages.banks.participation.admitted
    : status === 'отозвано'
      ? messages.banks.participation.withdrawn
      : messages.banks.participation.noConsent;

/** The ISO timestamp inside an idempotency key (`questionnaire|ISO|e-mail|hash`). */
const keyTime = (key: string): string => key.split('|')[1] ?? '';
const keyQuestionnaire = (key: string): string => key.split('|')[0] ?? '';

/**
 * Plans applying `responses` (of this bank's questionnaire, not yet processed or, on re-import, all of
 * them) to the bank read as `bankValues` (header row first). Also refreshes «Согласие на обработку ПДн»
 * and «Участие» on every row from `consentStatusByEmail` (normalised e-mail → status), so calling it
 * with no responses brings consent columns up to date. Planning again over the result writes nothing.
 *
 * Rules: rows are keyed by normalised e-mail; responses apply in timestamp order (latest wins); a
 * response older than the one a row already holds is not applied; a key seen twice in the batch is
 * applied once; a row staff deleted is recreated by the next response; the same e-mail with another
 * person's name is a conflict (nothing merged); cells staff edited by hand keep the staff value.
 */
export function planBankUpsert(
  bank: BankKey,
  bankValues: readonly (readonly CellValue[])[],
  responses: readonly ParsedResponse[],
  consentStatusByEmail: ReadonlyMap<string, ConsentStatus>,
  now: Date,
  options: UpsertOptions = {},
): BankUpsertPlan {
  const competences = options.competences ?? DEFAULT_COMPETENCES;
  const sheetName = options.sheetName ?? bankSheetSpec(bank, competences).name;
  const processed = options.processed ?? new Set<string>();
  const historyHeaders = options.historyHeaders ?? Object.values(HISTORY_COLUMNS);
  const header = bankValues[0] ?? [];
  const width = Math.max(header.length, ...bankValues.map((r) => r.length));
  const index = headerIndex(header);
  const all = bankColumns(bank, competences);
  const placed: Placed[] = all.flatMap((c) => {
    const at = index.get(headerKey(c.header));
    return at === undefined ? [] : [{ ...c, at, id: fieldId(c) }];
  });
  const byKind = (kind: string): Placed | undefined => placed.find((c) => c.field.kind === kind);
  const emailCol = byKind('email');
  const plan: BankUpsertPlan = {
    writes: [],
    appendAt: bankValues.length + 1,
    appendRows: [],
    textColumns: placed
      .filter((c) => c.text)
      .map((c) => c.at + 1)
      .sort((a, b) => a - b),
    missingColumns: all.filter((c) => !index.has(headerKey(c.header))).map((c) => c.header),
    historyRows: [],
    journal: [],
    counts: { created: 0, updated: 0, unchanged: 0, conflicts: 0, skipped: 0 },
    results: [],
  };
  const mine = responses.filter((r) => r.questionnaire === BANK_QUESTIONNAIRE[bank]);
  if (!emailCol) {
    if (mine.length > 0)
      plan.journal.push({
        level: 'ERROR',
        code: 'BANK_NO_EMAIL_COLUMN',
        message: messages.banks.noEmailColumn(sheetName),
      });
    plan.counts.skipped = mine.length;
    plan.results = mine.map((r) => ({ key: r.key, outcome: 'rejected', row: null }));
    return plan;
  }
  if (plan.missingColumns.length > 0 && mine.length > 0)
    plan.journal.push({
      level: 'WARNING',
      code: 'BANK_COLUMNS_MISSING',
      message: messages.banks.missingColumns(sheetName, plan.missingColumns),
    });

  const original = bankValues
    .slice(1)
    .map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? '' : r[i])));
  const rows = original.map((r) => r.slice());
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = personKey(r[emailCol.at]);
    if (key && !isAnonymised(r[emailCol.at]) && !rowOf.has(key)) rowOf.set(key, i);
  });

  const answerCols = placed.filter((c) => c.answer);
  const nameCol = byKind('fullName');
  const sourceCol = byKind('source');
  const fingerprintCol = byKind('fingerprint');
  const updatedCol = byKind('updated');
  const seen = new Set<string>();
  const deferred: ParsedResponse[] = [];
  const record = (r: ParsedResponse, outcome: HistoryOutcome, row: number | null): void => {
    plan.results.push({ key: r.key, outcome, row });
    if (!processed.has(r.key)) plan.historyRows.push(...historyRows(r, outcome, now, historyHeaders));
  };
  const note = (r: ParsedResponse, level: JournalEntry['level'], code: string, message: string): void => {
    if (!processed.has(r.key)) plan.journal.push({ level, code, message, details: r.key });
  };

  for (const r of inApplyOrder(mine)) {
    if (seen.has(r.key)) {
      plan.counts.skipped++;
      continue;
    }
    seen.add(r.key);
    const context = describeResponse(r);
    if (isDeferred(r)) {
      plan.counts.skipped++;
      plan.results.push({ key: r.key, outcome: 'rejected', row: null });
      deferred.push(r);
      continue;
    }
    if (!isApplicable(r)) {
      plan.counts.skipped++;
      note(
        r,
        'ERROR',
        'RESPONSE_REJECTED',
        [messages.banks.rejected(context), ...r.problems.map((p) => p.message)].join('\n'),
      );
      record(r, 'rejected', null);
      continue;
    }
    const warnings = r.problems.filter((p) => p.severity === 'warning').map((p) => p.message);
    const key = personKey(r.email);
    let at = rowOf.get(key);
    let outcome: HistoryOutcome;
    if (at === undefined) {
      at = rows.length;
      rows.push(Array<CellValue>(width).fill(''));
      rowOf.set(key, at);
      outcome = 'created';
    } else {
      const row = rows[at];
      const existingName = nameCol ? String(row[nameCol.at] ?? '').trim() : '';
      if (existingName && r.fields.fullName) {
        const comparison = compareNames(existingName, r.fields.fullName);
        if (comparison === 'different') {
          plan.counts.conflicts++;
          note(
            r,
            'ERROR',
            'BANK_CONFLICT',
            messages.banks.conflict(context, r.email, existingName, sheetName),
          );
          record(r, 'conflict', null);
          continue;
        }
        if (comparison === 'surnameChanged')
          warnings.push(messages.banks.surnameChanged(context, existingName, r.fields.fullName.full));
      }
      const source = sourceCol ? String(row[sourceCol.at] ?? '') : '';
      if (source === r.key) outcome = 'unchanged';
      else if (keyQuestionnaire(source) === r.questionnaire && keyTime(r.key) < keyTime(source))
        outcome = 'superseded';
      else outcome = 'updated';
    }
    if (outcome === 'created' || outcome === 'updated') {
      const row = rows[at];
      const stored =
        outcome === 'created'
          ? new Map<string, string>()
          : readFingerprint(fingerprintCol ? row[fingerprintCol.at] : '');
      const hashes = new Map<string, string>();
      const diffs: string[] = [];
      let changed = outcome === 'created';
      for (const c of answerCols) {
        const next = fitCell(answerValue(c, r), c.header, warnings);
        const current = row[c.at];
        hashes.set(c.id, cellHash(next));
        const known = stored?.get(c.id);
        const editedByStaff =
          c.field.kind !== 'email' &&
          outcome === 'updated' &&
          (known === undefined ? !isBlank(current) : cellHash(current) !== known) &&
          !sameCell(current, next);
        if (editedByStaff) {
          diffs.push(
            messages.banks.staffEditDiff(
              c.header,
              cellText(current).slice(0, 200),
              cellText(next).slice(0, 200),
            ),
          );
          continue;
        }
        if (!sameCell(current, next)) {
          row[c.at] = next;
          changed = true;
        }
      }
      // The e-mail is the key, not an answer: always the normalised address, never a staff variant of it.
      if (!sameCell(row[emailCol.at], r.email)) {
        row[emailCol.at] = r.email;
        changed = true;
      }
      if (sourceCol) row[sourceCol.at] = r.key;
      if (fingerprintCol) row[fingerprintCol.at] = writeFingerprint(hashes);
      // The time of the answer that changed the row, not of the run that wrote it: a trigger and a later
      // «Импортировать ответы» then leave the very same bank.
      if (changed && updatedCol) row[updatedCol.at] = r.timestamp ?? now;
      if (diffs.length > 0) note(r, 'WARNING', 'BANK_STAFF_EDITS', messages.banks.staffEdits(context, diffs));
      if (outcome === 'updated' && !changed) outcome = 'unchanged';
    }
    if (warnings.length > 0)
      note(r, 'WARNING', 'RESPONSE_WARNINGS', [messages.banks.warnings(context), ...warnings].join('\n'));
    if (outcome === 'created') plan.counts.created++;
    else if (outcome === 'updated') plan.counts.updated++;
    else if (outcome === 'unchanged') plan.counts.unchanged++;
    else plan.counts.skipped++;
    record(r, outcome, at + 2);
  }

  if (deferred.length > 0) {
    const rowsList =
      deferred
        .map((r) => r.rowNumber)
        .slice(0, 20)
        .join(', ') + (deferred.length > 20 ? ', …' : '');
    const reasons = Array.from(
      new Set(
        deferred.flatMap((r) => r.problems.filter((p) => p.code === 'missingColumn').map((p) => p.message)),
      ),
    );
    plan.journal.push({
      level: 'ERROR',
      code: 'RESPONSES_DEFERRED',
      message: [messages.banks.deferred(deferred.length, rowsList), ...reasons].join('\n'),
      details: deferred[0].sheet,
    });
  }

  refreshConsent(rows, emailCol, byKind('consent'), byKind('participation'), consentStatusByEmail);
  planWrites(plan, original, rows, placed);
  return plan;
}

/** Consent and participation follow the registry on every row, not only on rows a response touched. */
function refreshConsent(
  rows: CellValue[][],
  emailCol: Placed,
  consentCol: Placed | undefined,
  participationCol: Placed | undefined,
  statuses: ReadonlyMap<string, ConsentStatus>,
): void {
  for (const row of rows) {
    const email = row[emailCol.at];
    if (isBlank(email) || isAnonymised(email)) continue;
    const status = statuses.get(personKey(email)) ?? 'нет';
    if (consentCol) row[consentCol.at] = status;
    if (participationCol) row[participationCol.at] = participation(status);
  }
}

/** One block per run of adjacent owned columns over the touched existing rows, plus the new rows. */
function planWrites(
  plan: BankUpsertPlan,
  original: CellValue[][],
  rows: CellValue[][],
  placed: Placed[],
): void {
  const touched = original
    .map((row, i) => (placed.some((c) => !sameCell(row[c.at], rows[i][c.at])) ? i : -1))
    .filter((i) => i >= 0);
  plan.appendRows = rows.slice(original.length);
  if (touched.length === 0) return;
  const first = touched[0];
  const last = touched[touched.length - 1];
  const positions = Array.from(new Set(placed.map((c) => c.at))).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const at of positions) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === at - 1) run.push(at);
    else runs.push([at]);
  }
  for (const run of runs)
    plan.writes.push({
      row: first + 2,
      column: run[0] + 1,
      values: rows.slice(first, last + 1).map((row) => run.map((at) => row[at])),
    });
}

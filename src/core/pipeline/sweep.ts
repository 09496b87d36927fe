import type { JournalEntry } from '../../ports/journal';
import type { BlockWrite, ResponseSheetValues } from '../../ports/sheet-blocks';
import type { CellValue } from '../../ports/workbook';
import { planBankUpsert, processedKeys, type BankKey, type BankUpsertPlan } from '../banks';
import { consentStatuses, planConsentUpdates } from '../consent';
import { messages } from '../messages';
import {
  checkResponseColumns,
  competencesFromSettings,
  parseResponseSheet,
  type ParsedResponse,
} from '../questionnaires/parse';
import { BANK_QUESTIONNAIRES as QUESTIONNAIRES, type BankFormKey } from '../questionnaires/spec';
import { headerKey } from '../schema/headers';
import { sheetSpec } from '../schema/sheets';
import { readSettings } from '../settings/settings';
import type { StoredForms } from '../setup/forms-plan';

/** The sheet with one row per processed response (design decision 4): its keys make runs idempotent. */
export const HISTORY_SHEET = sheetSpec('history').name;

/** Names of the sheets a sweep reads, besides the response sheets. */
export const sweepSheets = (): string[] => [
  sheetSpec('mentees').name,
  sheetSpec('mentors').name,
  sheetSpec('consents').name,
  sheetSpec('settings').name,
  HISTORY_SHEET,
];

export interface SweepInput {
  forms: StoredForms;
  responses: readonly ResponseSheetValues[];
  /** Each sheet of `sweepSheets()` that exists, as read (header row first). */
  sheets: ReadonlyMap<string, CellValue[][]>;
  now: Date;
  /**
   * «Импортировать ответы»: apply every response again in timestamp order, not only those missing from
   * the history (the history still gets no key twice, and an unchanged bank is not written).
   */
  reprocess: boolean;
}

export interface SweepCounts {
  /** Responses looked at: the new ones, or all on re-import. */
  considered: number;
  created: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  consentsGiven: number;
  consentsWithdrawn: number;
  /** Journal lines that are warnings or errors. */
  problems: number;
}

export interface SweepPlan {
  writes: BlockWrite[];
  journal: JournalEntry[];
  counts: SweepCounts;
  /** Sheets without which nothing can be planned (set-up must run first); writes are then empty. */
  missingSheets: string[];
}

const BANK_OF: Record<Exclude<BankFormKey, 'consent'>, BankKey> = {
  mentee: 'mentees',
  mentor: 'mentors',
};

/** 1-based columns of a sheet whose header the spec marks as text (columns staff added are left alone). */
const textColumnsOf = (key: 'history', headers: readonly CellValue[]): number[] => {
  const text = new Set(
    sheetSpec(key)
      .columns.filter((c) => c.text)
      .map((c) => headerKey(c.header)),
  );
  return headers.flatMap((h, i) => (text.has(headerKey(h)) ? [i + 1] : []));
};

const isBlank = (v: CellValue): boolean => v === '' || v === null || v === undefined;

/** Rows holding anything: `getDataRange()` of an empty sheet is `[['']]`, which holds nothing. */
const usedRows = (values: readonly (readonly CellValue[])[]): number => {
  let n = values.length;
  while (n > 0 && values[n - 1].every(isBlank)) n -= 1;
  return n;
};

/** Places `rows` at 1-based `at` in a copy of `values`: the sheet as it will be once the block lands. */
function withRows(
  values: readonly (readonly CellValue[])[],
  at: number,
  rows: readonly CellValue[][],
): CellValue[][] {
  const result = values.map((r) => [...r]);
  rows.forEach((row, i) => (result[at - 1 + i] = [...row]));
  for (let i = 0; i < result.length; i++) result[i] ??= [];
  return result;
}

function bankWrites(sheet: string, plan: BankUpsertPlan): BlockWrite[] {
  const writes: BlockWrite[] = plan.writes.map((w) => ({ sheet, ...w, textColumns: plan.textColumns }));
  if (plan.appendRows.length > 0)
    writes.push({
      sheet,
      row: plan.appendAt,
      column: 1,
      values: plan.appendRows,
      textColumns: plan.textColumns,
    });
  return writes;
}

/**
 * Plans one run of the submission pipeline over a snapshot of the spreadsheet: the responses missing
 * from «История анкет» (or all of them on re-import) are parsed, consents go to the registry first so
 * that both banks show the status in force, then each bank is upserted; history rows of every response
 * land in one block. Pure: the same snapshot always gives the same plan, and planning over the result
 * of applying it gives no writes (nothing lost, nothing duplicated, however often it runs).
 */
export function planSweep(input: SweepInput): SweepPlan {
  const names = {
    mentees: sheetSpec('mentees').name,
    mentors: sheetSpec('mentors').name,
    consents: sheetSpec('consents').name,
    settings: sheetSpec('settings').name,
    history: HISTORY_SHEET,
  };
  const counts: SweepCounts = {
    considered: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    conflicts: 0,
    consentsGiven: 0,
    consentsWithdrawn: 0,
    problems: 0,
  };
  const journal: JournalEntry[] = [];
  const required = [names.mentees, names.mentors, names.consents, names.history];
  const missingSheets = required.filter((n) => usedRows(input.sheets.get(n) ?? []) === 0);
  if (missingSheets.length > 0) {
    for (const sheet of missingSheets)
      journal.push({
        level: 'ERROR',
        code: 'PIPELINE_SHEET_MISSING',
        message: messages.pipeline.sheetMissing(sheet),
      });
    counts.problems = journal.length;
    return { writes: [], journal, counts, missingSheets };
  }

  const settings = readSettings(input.sheets.get(names.settings) ?? []);
  const competences = competencesFromSettings(settings);
  const historyValues = input.sheets.get(names.history)!;
  const historyHeaders = historyValues[0];
  const processed = processedKeys(historyValues);

  const parsed: Record<BankFormKey, ParsedResponse[]> = { mentee: [], mentor: [], consent: [] };
  for (const key of ['mentee', 'mentor', 'consent'] as const) {
    const ref = input.forms[key];
    if (!ref) continue;
    const sheets = input.responses.filter((r) => r.formId === ref.formId);
    if (sheets.length === 0) {
      journal.push({
        level: 'ERROR',
        code: 'RESPONSE_SHEET_MISSING',
        message: messages.pipeline.responseSheetMissing(messages.responses.questionnaireNames[key] ?? key),
      });
      continue;
    }
    for (const sheet of sheets) {
      const all = parseResponseSheet(QUESTIONNAIRES[key], competences, sheet.values, sheet.sheet);
      const pending = input.reprocess ? all : all.filter((r) => !processed.has(r.key));
      // Problems of the sheet's columns are told once per run, and only while responses wait on them.
      if (pending.length > 0) {
        for (const problem of checkResponseColumns(QUESTIONNAIRES[key], competences, sheet.values[0] ?? []))
          journal.push({
            level: problem.severity === 'error' ? 'ERROR' : 'WARNING',
            code: `RESPONSE_COLUMNS`,
            message: problem.message,
            details: `${sheet.sheet}: ${messages.responses.questionnaireNames[key] ?? key}`,
          });
      }
      parsed[key].push(...pending);
    }
  }
  counts.considered = parsed.mentee.length + parsed.mentor.length + parsed.consent.length;

  const writes: BlockWrite[] = [];
  const historyRows: CellValue[][] = [];

  // Consents first: the banks then show the decision these very responses made.
  const registryValues = input.sheets.get(names.consents)!;
  const version = settings['consent.version'] || '1';
  const consentPlan = planConsentUpdates(registryValues, parsed.consent, input.now, version, {
    processed,
    historyHeaders,
  });
  if (consentPlan.appendRows.length > 0)
    writes.push({
      sheet: names.consents,
      row: consentPlan.appendAt,
      column: 1,
      values: consentPlan.appendRows,
      textColumns: consentPlan.textColumns,
    });
  historyRows.push(...consentPlan.historyRows);
  journal.push(...consentPlan.journal);
  counts.consentsGiven = consentPlan.counts.given;
  counts.consentsWithdrawn = consentPlan.counts.withdrawn;
  const statuses = consentStatuses(withRows(registryValues, consentPlan.appendAt, consentPlan.appendRows));

  for (const questionnaire of ['mentee', 'mentor'] as const) {
    const bank = BANK_OF[questionnaire];
    const sheet = names[bank];
    const plan = planBankUpsert(bank, input.sheets.get(sheet)!, parsed[questionnaire], statuses, input.now, {
      competences,
      processed,
      historyHeaders,
      sheetName: sheet,
    });
    writes.push(...bankWrites(sheet, plan));
    historyRows.push(...plan.historyRows);
    journal.push(...plan.journal);
    counts.created += plan.counts.created;
    counts.updated += plan.counts.updated;
    counts.unchanged += plan.counts.unchanged;
    counts.conflicts += plan.counts.conflicts;
  }

  if (historyRows.length > 0) {
    const width = historyHeaders.length;
    writes.push({
      sheet: names.history,
      row: usedRows(historyValues) + 1,
      column: 1,
      values: historyRows.map((r) =>
        r.length >= width ? r.slice(0, width) : [...r, ...blanks(width - r.length)],
      ),
      textColumns: textColumnsOf('history', historyHeaders),
    });
  }
  counts.problems = journal.filter((e) => e.level !== 'INFO').length;
  return { writes, journal, counts, missingSheets };
}

const blanks = (n: number): CellValue[] => Array<CellValue>(n).fill('');

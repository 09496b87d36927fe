import {
  ORDER_REGISTER_SHEET,
  PAIRS_COLUMNS,
  PAIRS_SHEET,
  PROGRESS_SHEET,
  buildFinalReport,
  documentKey,
  documentPerson,
  normalizeEmail,
  pairData,
  parseDayText,
  readPairRows,
  readRegisterRows,
  sheetSpec,
  tableOf,
} from '../../core';
import type {
  DocumentInput,
  DocumentPerson,
  FinalReport,
  OrderInfo,
  PairData,
  PairRow,
  TemplateKey,
} from '../../core';
import { ATTENDANCE_SHEET, EVENTS_SHEET } from '../../core/season/events/columns';
import { PRACTICES_SHEET } from '../../core/season/practices/columns';
import type { CellValue } from '../../ports';
import type { AddonDeps } from '../composition-root';
import type { GenerationRun } from './context';

/**
 * The data of pairs and orders as «Пары и группы», the banks and «Реестр приказов» hold them now: what
 * generation and «Обновить из таблицы» both render from (issue 5, items 6, 8 and 10).
 */

/** The sheets a documents run reads, each once. */
export const SOURCE_SHEETS = (): string[] => [
  sheetSpec('settings').name,
  PAIRS_SHEET,
  sheetSpec('mentors').name,
  sheetSpec('mentees').name,
  ORDER_REGISTER_SHEET,
  PROGRESS_SHEET,
];

/**
 * The sheets the final report is made from (issue 6, item 6), each read once: no bank, no register —
 * the report prints names as «Пары и группы» has them.
 */
export const REPORT_SHEETS = (): string[] => [
  sheetSpec('settings').name,
  PAIRS_SHEET,
  PROGRESS_SHEET,
  EVENTS_SHEET,
  ATTENDANCE_SHEET,
  PRACTICES_SHEET,
  sheetSpec('consents').name,
];

/** What «Обновить из таблицы» reads for a document of this kind. */
export const sourceSheets = (kind: TemplateKey): string[] =>
  kind === 'finalReport' ? REPORT_SHEETS() : SOURCE_SHEETS();

/**
 * The final report's description line naming the monitoring form: a Doc cannot read the spreadsheet's
 * properties (where set-up keeps the forms), and the response tab is found by its form, whatever staff
 * renamed it to.
 */
export const MONITORING_FORM_LINE = 'monitoring-form=';

export const monitoringFormLine = (formId: string | null): string =>
  formId ? `\n${MONITORING_FORM_LINE}${formId}` : '';

export const monitoringFormOf = (description: string): string | null =>
  new RegExp(`(?:^|\\n)${MONITORING_FORM_LINE}(\\S+)`).exec(description)?.[1] ?? null;

/** «Ответы: мониторинг», found by its form (one getValues); [] when the form or its tab is not there. */
export function monitoringResponses(deps: AddonDeps, formId: string | null): CellValue[][] {
  if (!formId) return [];
  return deps.blocks.readResponses([{ formId }])[0]?.values ?? [];
}

/**
 * The final report's data for the year `academicYear` names («2026/2027»; '' — the setting or today's),
 * from the sheets the run read (REPORT_SHEETS) and the monitoring answers.
 */
export function finalReportInput(
  run: GenerationRun,
  responses: CellValue[][],
  academicYear = '',
): { input: DocumentInput; report: FinalReport } {
  const settings = academicYear ? { ...run.settings, 'report.academicYear': academicYear } : run.settings;
  const report = buildFinalReport({
    settings,
    sheets: run.sheets,
    monitoringResponses: responses,
    consents: run.sheets.get(sheetSpec('consents').name) ?? [],
    now: run.now,
    timeZone: run.timeZone,
  });
  return { input: { kind: 'finalReport', settings, report, today: run.now }, report };
}

/** The document key of a year's report: one report per academic year («finalReport:2026/2027»). */
export const finalReportKey = (report: FinalReport): string =>
  documentKey('finalReport', [report.year.label]);

/** A day typed or stored as «25.11.2026» → noon UTC that day (the same calendar day in any Russian zone). */
export function dayDate(value: CellValue): Date | null {
  if (value instanceof Date) return value;
  const day = parseDayText(String(value));
  return day ? new Date(Date.UTC(day.year, day.month - 1, day.day, 9)) : null;
}

/** The people of a bank by e-mail, as documents print them. */
export function bankPeople(run: GenerationRun, bank: 'mentors' | 'mentees'): Map<string, DocumentPerson> {
  const out = new Map<string, DocumentPerson>();
  const name = sheetSpec(bank).name;
  const table = tableOf(name, run.sheets.get(name));
  for (const row of table.rows) {
    const person = documentPerson(table, row, run.competences);
    const email = normalizeEmail(person.email ?? '');
    if (email) out.set(email, person);
  }
  return out;
}

export interface SheetPair {
  row: PairRow;
  data: PairData;
  /** A cell of the pair's row by header ('' when the column is gone). */
  cell(header: string): CellValue;
}

/** Every pair of «Пары и группы» with its documents' data and what is missing from it. */
export function sheetPairs(run: GenerationRun): SheetPair[] {
  const table = tableOf(PAIRS_SHEET, run.sheets.get(PAIRS_SHEET) ?? []);
  const banks = { mentors: bankPeople(run, 'mentors'), mentees: bankPeople(run, 'mentees') };
  const headerAt = (header: string) =>
    table.headers.findIndex((h) => String(h).trim().toLowerCase() === header.toLowerCase());
  return readPairRows(table).map((row) => {
    const cell = (header: string): CellValue => {
      const at = headerAt(header);
      return at < 0 ? '' : (table.rows[row.row - 2]?.[at] ?? '');
    };
    const data = pairData(row, banks, {
      start: dayDate(cell(PAIRS_COLUMNS.start)),
      end: dayDate(cell(PAIRS_COLUMNS.end)),
    });
    return { row, data, cell };
  });
}

/** An order as «Реестр приказов» registered it under the document key, or null. */
export function registeredOrder(run: GenerationRun, key: string): OrderInfo | null {
  const row = readRegisterRows(run.sheets.get(ORDER_REGISTER_SHEET) ?? []).find((r) => r.key === key);
  if (!row || !row.number) return null;
  return { number: row.number, date: dayDate(row.date) ?? run.now };
}

/** The order approving the regulation, which the order on pairs cites. */
export const regulationOrder = (run: GenerationRun): OrderInfo | null =>
  registeredOrder(run, documentKey('orderRegulation', []));

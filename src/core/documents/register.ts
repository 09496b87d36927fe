import type { CellValue } from '../../ports/workbook';
import { tableOf, textAt, valueAt } from '../pairs/table';
import { calendarDay } from './dates';
import type { TemplateKey } from './types';

/** «Реестр приказов»: one row per registered order (issue 5, decision 5). Columns found by header. */
export const ORDER_REGISTER_SHEET = 'Реестр приказов';

export const ORDER_REGISTER_COLUMNS = {
  register: 'Регистр',
  year: 'Год делопроизводства',
  sequence: 'Порядковый номер',
  number: 'Номер',
  date: 'Дата',
  title: 'Заголовок',
  link: 'Ссылка на документ',
  status: 'Статус',
  key: 'Служебное: ключ документа',
} as const;

/** A register of orders: «од» → «-од», основная деятельность. */
export interface OrderRegisterDefinition {
  key: string;
  title: string;
  suffix: string;
}

/** A row of «Реестр приказов» as read. */
export interface RegisterRow {
  /** 1-based sheet row. */
  row: number;
  register: string;
  year: string;
  sequence: number | null;
  number: string;
  date: CellValue;
  title: string;
  link: string;
  status: string;
  key: string;
}

export type YearStart = '01.01' | '01.09';

/** What allocateOrderNumber decided. */
export interface OrderNumber {
  /** «123-од». */
  number: string;
  sequence: number;
  /** Record-keeping year label: «2026» or «2026/27». */
  year: string;
  register: string;
  /** True when the same document (same key) was registered before: its number is reused. */
  existing: boolean;
  /** The existing row, when `existing`. */
  row: RegisterRow | null;
}

/** Columns written as plain text, so «2026» and «123-од» are never turned into numbers or dates. */
export const ORDER_REGISTER_TEXT_COLUMNS: readonly string[] = [
  ORDER_REGISTER_COLUMNS.register,
  ORDER_REGISTER_COLUMNS.year,
  ORDER_REGISTER_COLUMNS.number,
  ORDER_REGISTER_COLUMNS.title,
  ORDER_REGISTER_COLUMNS.link,
  ORDER_REGISTER_COLUMNS.status,
  ORDER_REGISTER_COLUMNS.key,
];

/** Status of a registered order that no longer holds its number for re-generation. */
export const CANCELLED_STATUS = 'отменён';

/** «-од», «ОД», « од » → «од». */
export const registerKey = (text: string): string =>
  String(text ?? '')
    .trim()
    .replace(/^-+/, '')
    .toLowerCase();

/** «од: основная деятельность; лс: личный состав» → definitions (suffix «-од»). */
export function parseOrderRegisters(setting: string): OrderRegisterDefinition[] {
  const out: OrderRegisterDefinition[] = [];
  for (const part of String(setting ?? '').split(/[;\n]+/)) {
    const [rawKey = '', ...rest] = part.split(':');
    const key = registerKey(rawKey);
    if (!key || out.some((r) => r.key === key)) continue;
    out.push({ key, title: rest.join(':').trim(), suffix: `-${key}` });
  }
  return out;
}

/** `orders.yearStart` as typed («01.09», «1.09», «01.09.») → YearStart; anything else → '01.01'. */
export function parseYearStart(setting: string): YearStart {
  const m = /^\s*0?1\s*[.,/]\s*0?9\s*\.?\s*$/.exec(String(setting ?? ''));
  return m ? '01.09' : '01.01';
}

/** The record-keeping year of a day: «2026» (calendar) or «2026/27» (from 1 September). */
export function recordYearLabel(date: Date, yearStart: YearStart, timeZone: string): string {
  const { year, month } = calendarDay(date, timeZone);
  if (yearStart === '01.01') return String(year);
  const first = month >= 9 ? year : year - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/** The idempotency key of a document: its kind and the ids of the pairs it covers (order-independent). */
export function documentKey(kind: TemplateKey, pairIds: readonly string[]): string {
  const ids = [...new Set(pairIds.map((id) => String(id).trim()).filter((id) => id))].sort((a, b) =>
    a.localeCompare(b, 'ru', { numeric: true }),
  );
  return `${kind}:${ids.join(',')}`;
}

const sequenceOf = (row: Pick<RegisterRow, 'sequence' | 'number'>): number => {
  if (row.sequence !== null && Number.isFinite(row.sequence)) return row.sequence;
  const m = /^\s*(\d+)/.exec(row.number);
  return m ? Number(m[1]) : 0;
};

/** Rows of «Реестр приказов» from one getValues (header row first). */
export function readRegisterRows(values: readonly (readonly CellValue[])[]): RegisterRow[] {
  const C = ORDER_REGISTER_COLUMNS;
  const table = tableOf(ORDER_REGISTER_SHEET, values);
  return table.rows.map((row, i) => {
    const sequence = valueAt(table, row, C.sequence);
    const n = typeof sequence === 'number' ? sequence : Number(String(sequence).trim());
    return {
      row: i + 2,
      register: registerKey(textAt(table, row, C.register)),
      year: textAt(table, row, C.year),
      sequence: String(sequence).trim() !== '' && Number.isFinite(n) ? n : null,
      number: textAt(table, row, C.number),
      date: valueAt(table, row, C.date),
      title: textAt(table, row, C.title),
      link: textAt(table, row, C.link),
      status: textAt(table, row, C.status),
      key: textAt(table, row, C.key),
    };
  });
}

/**
 * The number for an order: the existing one when `key` was registered before and not cancelled
 * (re-generating keeps the number), else one more than the largest in the same register and
 * record-keeping year — so the counter starts at 1 each year. Call under the document lock, with the
 * rows read inside it.
 */
export function allocateOrderNumber(
  rows: readonly RegisterRow[],
  request: { register: string; key: string; date: Date; yearStart: YearStart; timeZone: string },
): OrderNumber {
  const register = registerKey(request.register);
  const previous = rows.find(
    (r) => r.key !== '' && r.key === request.key && r.status.toLowerCase() !== CANCELLED_STATUS,
  );
  if (previous)
    return {
      number: previous.number,
      sequence: sequenceOf(previous),
      year: previous.year,
      register: previous.register,
      existing: true,
      row: previous,
    };
  const year = recordYearLabel(request.date, request.yearStart, request.timeZone);
  const used = rows.filter((r) => r.register === register && r.year === year).map(sequenceOf);
  const sequence = Math.max(0, ...used) + 1;
  return { number: `${sequence}-${register}`, sequence, year, register, existing: false, row: null };
}

/** The row to write for a new registration (in ORDER_REGISTER_COLUMNS order). */
export function registerRowValues(
  allocated: OrderNumber,
  entry: { date: Date; title: string; link: string; status: string; key: string },
): CellValue[] {
  return [
    allocated.register,
    allocated.year,
    allocated.sequence,
    allocated.number,
    entry.date,
    entry.title,
    entry.link,
    entry.status,
    entry.key,
  ];
}

import { CellValue } from '../../ports/workbook';
import { normalizeEmail } from '../people';
import { headerIndex, headerKey } from '../schema/headers';

/** Headers of the registry «Согласия»: one row per decision, kept for proof (152-ФЗ ст. 9 ч. 3). */
export const CONSENT_COLUMNS = {
  email: 'Эл. почта',
  fullName: 'ФИО',
  role: 'Роль',
  purpose: 'Цель обработки',
  decidedAt: 'Дата решения',
  version: 'Версия текста согласия',
  source: 'Источник',
  status: 'Статус',
  withdrawnAt: 'Дата отзыва',
  anonymisedAt: 'Обезличено',
  key: 'Ключ ответа',
  note: 'Примечание',
} as const;

/** Purposes of processing; each is its own consent (152-ФЗ ст. 9, ст. 10.1 for «распространение»). */
export const CONSENT_PURPOSES = {
  processing: 'обработка ПДн в системе наставничества',
  publication: 'распространение (публикация)',
} as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[keyof typeof CONSENT_PURPOSES];

export const CONSENT_SOURCES = { form: 'форма', menu: 'меню' } as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[keyof typeof CONSENT_SOURCES];

export const CONSENT_STATUSES = { given: 'дано', withdrawn: 'отозвано', none: 'нет' } as const;
/** The state of a person's consent for one purpose; «нет» when no decision is recorded. */
export type ConsentStatus = (typeof CONSENT_STATUSES)[keyof typeof CONSENT_STATUSES];

/** One registry row read back. */
export interface ConsentRecord {
  /** 1-based sheet row. */
  row: number;
  /** Normalised e-mail, or the hash «sha256:…» after anonymisation. */
  email: string;
  fullName: string;
  role: string;
  purpose: string;
  decidedAt: Date | null;
  version: string;
  source: string;
  status: 'дано' | 'отозвано' | '';
  withdrawnAt: Date | null;
  anonymisedAt: Date | null;
  key: string;
}

const readDate = (v: CellValue | undefined): Date | null => {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
    String(v ?? '').trim(),
  );
  if (!m) return null;
  const [, d, mo, y, h = '0', mi = '0', s = '0'] = m;
  return new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
};

/** Registry rows (header row first), columns found by header. */
export function readConsentRegistry(values: readonly (readonly CellValue[])[]): ConsentRecord[] {
  const index = headerIndex(values[0] ?? []);
  const at = (header: string): number => index.get(headerKey(header)) ?? -1;
  const cols = {
    email: at(CONSENT_COLUMNS.email),
    fullName: at(CONSENT_COLUMNS.fullName),
    role: at(CONSENT_COLUMNS.role),
    purpose: at(CONSENT_COLUMNS.purpose),
    decidedAt: at(CONSENT_COLUMNS.decidedAt),
    version: at(CONSENT_COLUMNS.version),
    source: at(CONSENT_COLUMNS.source),
    status: at(CONSENT_COLUMNS.status),
    withdrawnAt: at(CONSENT_COLUMNS.withdrawnAt),
    anonymisedAt: at(CONSENT_COLUMNS.anonymisedAt),
    key: at(CONSENT_COLUMNS.key),
  };
  const records: ConsentRecord[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    const cell = (c: number): CellValue => (c >= 0 && row[c] !== undefined ? row[c] : '');
    const email = String(cell(cols.email)).trim();
    if (!email) continue;
    const status = headerKey(cell(cols.status));
    records.push({
      row: i + 1,
      email: email.startsWith('sha256:') ? email : normalizeEmail(email),
      fullName: String(cell(cols.fullName)).trim(),
      role: String(cell(cols.role)).trim(),
      purpose: String(cell(cols.purpose)).trim() || CONSENT_PURPOSES.processing,
      decidedAt: readDate(cell(cols.decidedAt)),
      version: String(cell(cols.version)).trim(),
      source: String(cell(cols.source)).trim(),
      status: status === 'дано' ? 'дано' : status === 'отозвано' ? 'отозвано' : '',
      withdrawnAt: readDate(cell(cols.withdrawnAt)),
      anonymisedAt: readDate(cell(cols.anonymisedAt)),
      key: String(cell(cols.key)).trim(),
    });
  }
  return records;
}

const recordsOf = (
  registry: readonly ConsentRecord[] | readonly (readonly CellValue[])[],
): readonly ConsentRecord[] =>
  registry.length > 0 && Array.isArray(registry[0])
    ? readConsentRegistry(registry as readonly (readonly CellValue[])[])
    : (registry as readonly ConsentRecord[]);

/** The decision in force: the latest decision date; on equal dates, the lower row (written later). */
export function latestDecision(
  registry: readonly ConsentRecord[] | readonly (readonly CellValue[])[],
  email: string,
  purpose: string = CONSENT_PURPOSES.processing,
): ConsentRecord | null {
  const key = email.startsWith('sha256:') ? email : normalizeEmail(email);
  let latest: ConsentRecord | null = null;
  for (const r of recordsOf(registry)) {
    if (r.email !== key || headerKey(r.purpose) !== headerKey(purpose) || r.status === '') continue;
    const t = r.decidedAt?.getTime() ?? 0;
    const lt = latest?.decidedAt?.getTime() ?? 0;
    if (!latest || t > lt || (t === lt && r.row > latest.row)) latest = r;
  }
  return latest;
}

/** The latest decision for `email` and `purpose` (latest decision date, then latest row): дано / отозвано / нет. */
export function consentStatus(
  registry: readonly ConsentRecord[] | readonly (readonly CellValue[])[],
  email: string,
  purpose: ConsentPurpose = CONSENT_PURPOSES.processing,
): ConsentStatus {
  return latestDecision(registry, email, purpose)?.status || CONSENT_STATUSES.none;
}

/** Status of every e-mail in the registry for `purpose` (normalised e-mail → status), for planBankUpsert. */
export function consentStatuses(
  registry: readonly ConsentRecord[] | readonly (readonly CellValue[])[],
  purpose: ConsentPurpose = CONSENT_PURPOSES.processing,
): Map<string, ConsentStatus> {
  // One pass, keeping the decision in force per e-mail: the bank refresh calls this for thousands of rows.
  const latest = new Map<string, ConsentRecord>();
  for (const r of recordsOf(registry)) {
    if (r.email.startsWith('sha256:') || headerKey(r.purpose) !== headerKey(purpose) || r.status === '')
      continue;
    const current = latest.get(r.email);
    const t = r.decidedAt?.getTime() ?? 0;
    const ct = current?.decidedAt?.getTime() ?? 0;
    if (!current || t > ct || (t === ct && r.row > current.row)) latest.set(r.email, r);
  }
  return new Map(Array.from(latest, ([email, r]) => [email, r.status as ConsentStatus]));
}

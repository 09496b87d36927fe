import { JournalEntry } from '../../ports/journal';
import { CellValue } from '../../ports/workbook';
import { formatDateTime } from '../banks/describe';
import { messages } from '../messages';
import { normalizeEmail, sha256 } from '../people';
import { CONSENT_FORM, MENTEE_QUESTIONNAIRE, MENTOR_QUESTIONNAIRE } from '../questionnaires/spec';
import { PUBLICATION_CONSENT_FORM } from '../questionnaires/publication-consent-spec';
import { MONITORING_FORM } from '../questionnaires/monitoring-spec';
import { initialsAfter, initialsBefore } from '../documents/names';
import { headerKey } from '../schema/headers';
import {
  CONSENT_COLUMNS,
  CONSENT_PURPOSES,
  ConsentRecord,
  latestDecision,
  readConsentRegistry,
} from './registry';

/** What replaces personal data that has no pseudonym (ФИО, phone, address, document, free text). */
export const ANONYMISED = 'обезличено';

/** A stable pseudonym for a person: «Участник-3f9a1c», from the SHA-256 of the normalised e-mail. */
export function pseudonym(email: string): string {
  return `${PSEUDONYM_PREFIX}${sha256(normalizeEmail(email)).slice(0, 6)}`;
}

const PSEUDONYM_PREFIX = 'Участник-';
const PSEUDONYM = /^Участник-[0-9a-f]{6}$/;

/** True for an e-mail cell already replaced by a pseudonym or «обезличено». */
export function isAnonymised(value: CellValue): boolean {
  const text = String(value).trim();
  return PSEUDONYM.test(text) || text === ANONYMISED || text.startsWith(HASH_PREFIX);
}

/** How the registry keeps an anonymised e-mail: recomputable from the address, not reversible. */
export const HASH_PREFIX = 'sha256:';
export const hashedEmail = (email: string): string => `${HASH_PREFIX}${sha256(normalizeEmail(email))}`;

/** One cell to overwrite; `row`/`column` 1-based. */
export interface CellReplacement {
  sheet: string;
  row: number;
  column: number;
  value: CellValue;
}

export interface AnonymisationPlan {
  /** Replacements in every sheet given, the registry included. */
  replacements: CellReplacement[];
  /** Normalised e-mails of the people anonymised now. */
  people: string[];
  journal: JournalEntry[];
}

/**
 * Plans the anonymisation of everyone whose consent to processing was withdrawn at least
 * `retentionDays` ago and not given again (152-ФЗ ст. 21 ч. 5: destroy within 30 days). In every sheet
 * given (banks, history, response sheets, journal) their e-mail becomes the pseudonym and their ФИО,
 * phone, address, identity document and free-text answers «обезличено»; in the registry (`registrySheet`)
 * the e-mail becomes «sha256:…», ФИО «обезличено», and «Обезличено» gets the date — the minimum that
 * proves the consent and its withdrawal. Planning again after applying it changes nothing.
 */
export function planAnonymisation(
  sheets: ReadonlyArray<{ name: string; values: readonly (readonly CellValue[])[] }>,
  registry: { name: string; values: readonly (readonly CellValue[])[] },
  now: Date,
  retentionDays: number,
): AnonymisationPlan {
  const records = readConsentRegistry(registry.values);
  const due = dueForAnonymisation(records, now, retentionDays);
  const plan: AnonymisationPlan = { replacements: [], people: due.map((d) => d.email), journal: [] };
  if (due.length === 0) return plan;
  const targets = due.map((d) => ({
    ...d,
    pseudonym: pseudonym(d.email),
    // The full names the registry knows, and their short forms («Белов С.П.», «С.П. Белов»): co-authors of
    // a best practice and hand-typed lists name people that way.
    names: new Set(
      records
        .filter((r) => r.email === d.email && r.fullName.split(' ').length >= 2)
        .flatMap((r) => [r.fullName, initialsAfter(r.fullName), initialsBefore(r.fullName)])
        .filter((n) => n.trim().split(/\s+/).length >= 2),
    ),
    sheets: new Set<string>(),
  }));
  const byEmail = new Map(targets.map((t) => [t.email, t]));

  // Registry: keep the proof (dates, version, purpose, source, status), drop what identifies the person.
  const regIndex = columnIndex(registry.values[0] ?? []);
  for (const r of records) {
    const t = byEmail.get(r.email);
    if (!t) continue;
    const set = (header: string, value: CellValue): void => {
      const at = regIndex.get(headerKey(header));
      if (at !== undefined)
        plan.replacements.push({ sheet: registry.name, row: r.row, column: at + 1, value });
    };
    set(CONSENT_COLUMNS.email, hashedEmail(r.email));
    set(CONSENT_COLUMNS.fullName, ANONYMISED);
    set(CONSENT_COLUMNS.anonymisedAt, now);
    if (r.key) set(CONSENT_COLUMNS.key, r.key.split(r.email).join(t.pseudonym));
    t.sheets.add(registry.name);
  }

  for (const sheet of sheets) {
    if (sheet.name === registry.name) continue;
    const header = sheet.values[0] ?? [];
    const emailCols = header.flatMap((h, i) => (EMAIL_HEADER_KEYS.has(headerKey(h)) ? [i] : []));
    const personalCols = new Set(
      header.flatMap((h, i) => (PERSONAL_HEADER_KEYS.has(headerKey(h)) ? [i] : [])),
    );
    for (let r = 1; r < sheet.values.length; r++) {
      const row = sheet.values[r];
      const owner = emailCols.map((c) => byEmail.get(normalizeEmail(row[c]))).find((t) => t !== undefined);
      row.forEach((cell, c) => {
        let next: CellValue = cell;
        if (owner && emailCols.includes(c)) next = owner.pseudonym;
        else if (owner && personalCols.has(c) && String(cell).trim() !== '') next = ANONYMISED;
        else if (typeof cell === 'string' && cell !== '') next = scrub(cell, targets);
        if (next !== cell) {
          plan.replacements.push({ sheet: sheet.name, row: r + 1, column: c + 1, value: next });
          const who = owner ?? targets.find((t) => cell !== next && mentions(String(cell), t));
          who?.sheets.add(sheet.name);
        }
      });
    }
  }
  for (const t of targets)
    plan.journal.push({
      level: 'INFO',
      code: 'PERSONAL_DATA_ANONYMISED',
      message: messages.consent.anonymised(t.pseudonym, formatDateTime(t.withdrawnAt), Array.from(t.sheets)),
      details: t.pseudonym,
    });
  return plan;
}

/** People whose consent to processing stands withdrawn for at least `retentionDays`, not yet anonymised. */
function dueForAnonymisation(
  records: readonly ConsentRecord[],
  now: Date,
  retentionDays: number,
): Array<{ email: string; withdrawnAt: Date }> {
  const due: Array<{ email: string; withdrawnAt: Date }> = [];
  const limit = now.getTime() - retentionDays * 24 * 60 * 60 * 1000;
  for (const email of new Set(records.map((r) => r.email))) {
    if (email.startsWith(HASH_PREFIX) || isAnonymised(email)) continue;
    const latest = latestDecision(records, email, CONSENT_PURPOSES.processing);
    const at = latest?.withdrawnAt ?? latest?.decidedAt ?? null;
    if (latest?.status === 'отозвано' && at !== null && at.getTime() <= limit)
      due.push({ email, withdrawnAt: at });
  }
  return due;
}

const columnIndex = (header: readonly CellValue[]): Map<string, number> =>
  new Map(header.map((h, i) => [headerKey(h), i] as [string, number]).reverse());

const EMAIL_HEADER_KEYS = new Set(
  ['Адрес электронной почты', 'Email Address', 'Эл. почта', 'Электронная почта', 'Эл. почта автора'].map(
    headerKey,
  ),
);

/**
 * Columns whose content identifies a person: ФИО, phone, address, identity document and free-text
 * answers (in response sheets by question title, in banks and the history by header). Choices and
 * scales stay: without a name they describe no one and keep the statistics.
 */
const PERSONAL_HEADER_KEYS = new Set(
  [
    ...[
      MENTEE_QUESTIONNAIRE,
      MENTOR_QUESTIONNAIRE,
      CONSENT_FORM,
      PUBLICATION_CONSENT_FORM,
      MONITORING_FORM,
    ].flatMap((q) =>
      q.questions.filter((x) => x.kind === 'text' || x.kind === 'paragraph').map((x) => x.title),
    ),
    'ФИО',
    'Должность',
    'ПЦК / предмет',
    'Телефон',
    'Награды и звания',
    'Главный запрос',
    'Нераспознанные ответы',
    'Ответы (JSON)',
    'Проблемы',
    // A best practice's authors are not here: the cell lists co-authors who did not withdraw, so only the
    // withdrawn person's name is scrubbed out of it (see `scrub`); title, kind and link stay.
  ].map(headerKey),
);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const mentions = (text: string, t: { email: string; names: Set<string> }): boolean =>
  text.toLowerCase().includes(t.email) || Array.from(t.names).some((n) => text.includes(n));

/** Replaces a person's e-mail (any case) and full names inside free text (journal lines, keys) by the pseudonym. */
function scrub(
  text: string,
  targets: ReadonlyArray<{ email: string; names: Set<string>; pseudonym: string }>,
): string {
  let result = text;
  for (const t of targets) {
    if (!mentions(result, t)) continue;
    result = result.replace(new RegExp(escape(t.email), 'gi'), t.pseudonym);
    for (const n of t.names) result = result.split(n).join(t.pseudonym);
  }
  return result;
}

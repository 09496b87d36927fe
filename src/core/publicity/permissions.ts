import type { CellValue } from '../../ports/workbook';
import { CONSENT_PURPOSES, readConsentRegistry, type ConsentRecord } from '../consent/registry';
import { messages } from '../messages';
import { normalizeEmail } from '../people';
import { PUBLICATION_CATEGORIES, type PublicationCategory } from '../questionnaires/publication-consent-spec';
import { headerKey } from '../schema/headers';

/**
 * Who may be named in a publication. A person is named only with both consents in force — to
 * processing (no consent, no processing) and to publication (152-ФЗ ст. 10.1) — and with the
 * publication consent allowing their ФИО and the fact of their participation in mentoring (a name in a
 * news item about mentoring discloses both). The categories allowed are kept in the registry row's
 * «Примечание», written by the form's processor (or typed by staff for a consent given on paper):
 * «разрешено: фамилия, имя, отчество; должность | не разрешено: фотографии | условия: …».
 */

export type NamingReason =
  | 'noProcessing'
  | 'processingWithdrawn'
  | 'noPublication'
  | 'publicationWithdrawn'
  | 'categories'
  | 'unknownPerson';

export interface PublicationRight {
  email: string;
  /** The ФИО of the latest registry row for the e-mail ('' when none). */
  fullName: string;
  /** True when the person may be named in a publication. */
  named: boolean;
  /** Why not, when `named` is false. */
  reason: NamingReason | null;
  /** Categories the publication consent in force allows (empty without one). */
  allowed: ReadonlySet<PublicationCategory>;
  /** The subject's own conditions and prohibitions, as written ('' when none). */
  conditions: string;
}

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

/** Words by which a category is recognised in a note staff may have typed themselves. */
const CATEGORY_WORDS: ReadonlyArray<[PublicationCategory, RegExp]> = [
  ['fullName', /фамили|фио|имя/],
  ['position', /должност/],
  ['photo', /фото/],
  ['participation', /участи|наставничеств/],
];

const NOTE = { allowed: 'разрешено:', denied: 'не разрешено:', conditions: 'условия:' } as const;

/** The registry note of a publication consent: what is allowed, what is not, the subject's conditions. */
export function permissionNote(allowed: ReadonlySet<PublicationCategory>, conditions: string): string {
  const yes = PUBLICATION_CATEGORIES.filter((c) => allowed.has(c.key)).map((c) => c.label);
  const no = PUBLICATION_CATEGORIES.filter((c) => !allowed.has(c.key)).map((c) => c.label);
  const parts = [`${NOTE.allowed} ${yes.length > 0 ? yes.join('; ') : '—'}`];
  if (no.length > 0) parts.push(`${NOTE.denied} ${no.join('; ')}`);
  const text = conditions.replace(/\s+/g, ' ').trim();
  if (text) parts.push(`${NOTE.conditions} ${text}`);
  return parts.join(' | ');
}

/** Reads a note back: the categories in its «разрешено:» part and its «условия:» text. */
export function parsePermissionNote(note: string): {
  allowed: Set<PublicationCategory>;
  conditions: string;
} {
  const text = String(note ?? '');
  const folded = fold(text);
  const deniedAt = folded.indexOf(NOTE.denied);
  let allowedAt = folded.indexOf(NOTE.allowed);
  while (allowedAt >= 0 && allowedAt === deniedAt + 'не '.length && deniedAt >= 0)
    allowedAt = folded.indexOf(NOTE.allowed, allowedAt + 1);
  const conditionsAt = folded.indexOf(NOTE.conditions);
  const allowed = new Set<PublicationCategory>();
  if (allowedAt >= 0) {
    const start = allowedAt + NOTE.allowed.length;
    const ends = [deniedAt, conditionsAt].filter((at) => at > allowedAt);
    const segment = folded.slice(start, ends.length > 0 ? Math.min(...ends) : folded.length);
    const all = /(^|[^а-я])все([^а-я]|$)/.test(segment);
    for (const [category, words] of CATEGORY_WORDS) if (all || words.test(segment)) allowed.add(category);
  }
  const conditions =
    conditionsAt >= 0
      ? text
          .slice(conditionsAt + NOTE.conditions.length)
          .split(' | ')[0]!
          .trim()
      : '';
  return { allowed, conditions };
}

/** The registry's «Примечание» column, by row, for the notes of publication consents. */
function notesByRow(values: readonly (readonly CellValue[])[]): Map<number, string> {
  const header = values[0] ?? [];
  const at = header.findIndex((h) => headerKey(h) === headerKey('Примечание'));
  const notes = new Map<number, string>();
  if (at < 0) return notes;
  for (let i = 1; i < values.length; i++) notes.set(i + 1, String(values[i]?.[at] ?? ''));
  return notes;
}

/** The decision in force per e-mail and purpose: the latest date, then the lower row (as latestDecision). */
function latestByEmail(records: readonly ConsentRecord[], purpose: string): Map<string, ConsentRecord> {
  const latest = new Map<string, ConsentRecord>();
  for (const r of records) {
    if (r.email.startsWith('sha256:') || headerKey(r.purpose) !== headerKey(purpose) || r.status === '')
      continue;
    const current = latest.get(r.email);
    const t = r.decidedAt?.getTime() ?? 0;
    const ct = current?.decidedAt?.getTime() ?? 0;
    if (!current || t > ct || (t === ct && r.row > current.row)) latest.set(r.email, r);
  }
  return latest;
}

export type PublicationRights = (email: string) => PublicationRight;

/**
 * Every person's right to be named, from the registry as read (header row first), in one pass: the
 * result answers for any e-mail, '' and unknown ones included (not named).
 */
export function publicationRights(registryValues: readonly (readonly CellValue[])[]): PublicationRights {
  const records = readConsentRegistry(registryValues);
  const notes = notesByRow(registryValues);
  const processing = latestByEmail(records, CONSENT_PURPOSES.processing);
  const publication = latestByEmail(records, CONSENT_PURPOSES.publication);
  const names = new Map<string, string>();
  for (const r of records) if (r.fullName && !r.anonymisedAt) names.set(r.email, r.fullName);
  const cache = new Map<string, PublicationRight>();
  return (raw: string): PublicationRight => {
    const email = normalizeEmail(raw);
    const known = cache.get(email);
    if (known) return known;
    const proc = processing.get(email);
    const pub = publication.get(email);
    const parsed =
      pub?.status === 'дано'
        ? parsePermissionNote(notes.get(pub.row) ?? '')
        : { allowed: new Set<PublicationCategory>(), conditions: '' };
    let reason: NamingReason | null = null;
    if (!email) reason = 'unknownPerson';
    else if (!proc) reason = 'noProcessing';
    else if (proc.status !== 'дано') reason = 'processingWithdrawn';
    else if (!pub) reason = 'noPublication';
    else if (pub.status !== 'дано') reason = 'publicationWithdrawn';
    else if (!parsed.allowed.has('fullName') || !parsed.allowed.has('participation')) reason = 'categories';
    const right: PublicationRight = {
      email,
      fullName: names.get(email) ?? '',
      named: reason === null,
      reason,
      allowed: parsed.allowed,
      conditions: parsed.conditions,
    };
    cache.set(email, right);
    return right;
  };
}

/** The reason in Russian, as «Без имени (нет согласия)» shows it. */
export const namingReasonText = (reason: NamingReason): string => messages.publicity.reasons[reason];

import type { CellValue } from '../../ports/workbook';
import { CONSENT_PURPOSES, readConsentRegistry, type ConsentRecord } from '../consent/registry';
import { messages } from '../messages';
import { normalizeEmail } from '../people';
import {
  PUBLICATION_CATEGORIES,
  PUBLICATION_PROHIBITIONS,
  type PublicationCategory,
} from '../questionnaires/publication-consent-spec';
import { headerKey } from '../schema/headers';
import { PUBLICATION_CHANNELS, type PublicationChannel } from './columns';

/**
 * Who may be named in a publication. A person is named only with both consents in force — to
 * processing (no consent, no processing) and to publication (152-ФЗ ст. 10.1) — and with the
 * publication consent allowing their ФИО and the fact of their participation in mentoring (a name in a
 * news item about mentoring discloses both) — and, in one channel, only when the subject did not
 * prohibit publication there (152-ФЗ ст. 10.1 ч. 9). The categories allowed and the resources prohibited
 * are kept in the registry row's «Примечание», written by the form's processor (or typed by staff for a
 * consent given on paper): «разрешено: фамилия, имя, отчество; должность | не разрешено: фотографии |
 * запрещено распространение: в социальных сетях колледжа | условия: …».
 */

export type NamingReason =
  | 'noProcessing'
  | 'processingWithdrawn'
  | 'noPublication'
  | 'publicationWithdrawn'
  | 'categories'
  /** The person may be named, but prohibited publication on the college's website / in its social networks. */
  | 'prohibitedSite'
  | 'prohibitedSocial'
  | 'unknownPerson';

export interface PublicationRight {
  email: string;
  /** The ФИО of the latest registry row for the e-mail ('' when none). */
  fullName: string;
  /**
   * True when the consents allow naming the person in a publication; a channel the person prohibited is
   * still closed (`prohibited`, rightIn).
   */
  named: boolean;
  /** Why not, when `named` is false. */
  reason: NamingReason | null;
  /** Categories the publication consent in force allows (empty without one). */
  allowed: ReadonlySet<PublicationCategory>;
  /** Channels on which the publication consent in force prohibits publication (empty without one). */
  prohibited: ReadonlySet<PublicationChannel>;
  /** The subject's own conditions and prohibitions, as written ('' when none). */
  conditions: string;
  /** «Дата решения» of the publication decision in force (null without one, or undated). */
  decidedAt: Date | null;
  /**
   * True when the publication consent in force allows less than the decision before it did: a category
   * no longer allowed, or conditions set or changed (a withdrawal or a prohibition is told by `named` and
   * `prohibited`).
   */
  narrower: boolean;
}

/** Why a person who may be named is not, in a channel they prohibited. */
export const PROHIBITED_REASON: Readonly<Record<PublicationChannel, NamingReason>> = {
  сайт: 'prohibitedSite',
  соцсети: 'prohibitedSocial',
};

/** Whether the person may be named in a draft for `channel`, and why not. */
export function rightIn(
  right: PublicationRight,
  channel: PublicationChannel,
): { named: boolean; reason: NamingReason | null } {
  if (!right.named) return { named: false, reason: right.reason };
  if (right.prohibited.has(channel)) return { named: false, reason: PROHIBITED_REASON[channel] };
  return { named: true, reason: null };
}

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

/** Words by which a category is recognised in a note staff may have typed themselves. */
const CATEGORY_WORDS: ReadonlyArray<[PublicationCategory, RegExp]> = [
  ['fullName', /фамили|фио|имя/],
  ['position', /должност/],
  ['photo', /фото/],
  ['participation', /участи|наставничеств/],
];

const NOTE = {
  allowed: 'разрешено:',
  denied: 'не разрешено:',
  prohibited: 'запрещено распространение:',
  conditions: 'условия:',
} as const;

/**
 * A prohibition as staff may type it: «запрещено распространение:», «запрещено:», «запрет:», «запрет на
 * публикацию:»… — a word starting «запре», then up to a colon.
 */
const PROHIBITION_MARK = /(?<![а-я])запре[а-я]*[^:|\n]{0,40}:/g;

/** Words by which a resource is recognised in a prohibition («соцсети», «ВКонтакте», «сайт»). */
const CHANNEL_WORDS: ReadonlyArray<[PublicationChannel, RegExp]> = [
  [PUBLICATION_CHANNELS.site, /сайт/],
  [
    PUBLICATION_CHANNELS.social,
    /(?<![а-я])(соц|сет[иеья])|вконтакт|(?<![а-яa-z])(вк|vk|тг)(?![а-яa-z])|телеграм|telegram|t\.me/,
  ],
];

/**
 * The channels a prohibition's words name. Words that name no resource the add-on knows («везде», or a
 * resource it cannot tell) prohibit every channel: a prohibition is never read as narrower than written.
 * `namedOnly`: only the channels the words name (a «запрет…:» inside the subject's free conditions, which
 * may be about anything — «запрет на фото крупным планом: …»).
 */
export function prohibitedChannels(text: string, namedOnly = false): Set<PublicationChannel> {
  const folded = fold(text).trim();
  const channels = new Set<PublicationChannel>();
  if (folded.replace(/[\s.;,—–-]+/g, '') === '') return channels;
  for (const [channel, words] of CHANNEL_WORDS) if (words.test(folded)) channels.add(channel);
  if (channels.size === 0 && !namedOnly) for (const p of PUBLICATION_PROHIBITIONS) channels.add(p.channel);
  return channels;
}

/**
 * The registry note of a publication consent: what is allowed, what is not, the resources on which
 * publication is prohibited, the subject's conditions.
 */
export function permissionNote(
  allowed: ReadonlySet<PublicationCategory>,
  conditions: string,
  prohibited: ReadonlySet<PublicationChannel> = new Set(),
): string {
  const yes = PUBLICATION_CATEGORIES.filter((c) => allowed.has(c.key)).map((c) => c.label);
  const no = PUBLICATION_CATEGORIES.filter((c) => !allowed.has(c.key)).map((c) => c.label);
  const parts = [`${NOTE.allowed} ${yes.length > 0 ? yes.join('; ') : '—'}`];
  if (no.length > 0) parts.push(`${NOTE.denied} ${no.join('; ')}`);
  const where = PUBLICATION_PROHIBITIONS.filter((p) => prohibited.has(p.channel))
    .map((p) => p.label)
    .join('; ');
  if (where) parts.push(`${NOTE.prohibited} ${where}`);
  // «|» separates the parts: the subject's own «|» would cut their conditions short when read back.
  const text = conditions.replace(/\|/g, '/').replace(/\s+/g, ' ').trim();
  if (text) parts.push(`${NOTE.conditions} ${text}`);
  return parts.join(' | ');
}

/**
 * Reads a note back: the categories in its «разрешено:» part, the channels of its «запрещено…:» parts
 * (prohibitedChannels) and its «условия:» text.
 */
export function parsePermissionNote(note: string): {
  allowed: Set<PublicationCategory>;
  prohibited: Set<PublicationChannel>;
  conditions: string;
} {
  const text = String(note ?? '');
  const folded = fold(text);
  const deniedAt = folded.indexOf(NOTE.denied);
  let allowedAt = folded.indexOf(NOTE.allowed);
  while (allowedAt >= 0 && allowedAt === deniedAt + 'не '.length && deniedAt >= 0)
    allowedAt = folded.indexOf(NOTE.allowed, allowedAt + 1);
  const conditionsAt = folded.indexOf(NOTE.conditions);
  const prohibitions = [...folded.matchAll(PROHIBITION_MARK)].map((m) => ({
    at: m.index,
    start: m.index + m[0].length,
  }));
  // Where the part starting at `at` ends: at the next marker or «|».
  const marks = [deniedAt, allowedAt, conditionsAt, ...prohibitions.map((p) => p.at)].filter((at) => at >= 0);
  const segment = (at: number, start: number): string => {
    const ends = [...marks.filter((m) => m > at), folded.indexOf('|', start)].filter((m) => m >= start);
    return folded.slice(start, ends.length > 0 ? Math.min(...ends) : folded.length);
  };
  const allowed = new Set<PublicationCategory>();
  if (allowedAt >= 0) {
    const words = segment(allowedAt, allowedAt + NOTE.allowed.length);
    const all = /(^|[^а-я])все([^а-я]|$)/.test(words);
    for (const [category, re] of CATEGORY_WORDS) if (all || re.test(words)) allowed.add(category);
  }
  // The «условия:» part runs to the next «|» (its words are the subject's: other markers do not end it).
  const conditionsEnd = conditionsAt < 0 ? -1 : folded.indexOf(' | ', conditionsAt);
  const inConditions = (at: number): boolean =>
    conditionsAt >= 0 && at > conditionsAt && (conditionsEnd < 0 || at < conditionsEnd);
  const prohibited = new Set<PublicationChannel>();
  for (const p of prohibitions)
    for (const c of prohibitedChannels(segment(p.at, p.start), inConditions(p.at))) prohibited.add(c);
  const conditions =
    conditionsAt >= 0
      ? text
          .slice(conditionsAt + NOTE.conditions.length)
          .split(' | ')[0]!
          .trim()
      : '';
  return { allowed, prohibited, conditions };
}

/** The registry's «Примечание» column, by row, for the notes of publication consents. */
export function notesByRow(values: readonly (readonly CellValue[])[]): Map<number, string> {
  const header = values[0] ?? [];
  const at = header.findIndex((h) => headerKey(h) === headerKey('Примечание'));
  const notes = new Map<number, string>();
  if (at < 0) return notes;
  for (let i = 1; i < values.length; i++) notes.set(i + 1, String(values[i]?.[at] ?? ''));
  return notes;
}

const later = (r: ConsentRecord, than: ConsentRecord | undefined): boolean => {
  if (!than) return true;
  const t = r.decidedAt?.getTime() ?? 0;
  const ct = than.decidedAt?.getTime() ?? 0;
  return t > ct || (t === ct && r.row > than.row);
};

/**
 * The decision in force per e-mail and purpose: the latest date, then the lower row (as latestDecision);
 * with `previous`, the decision before it is kept there too.
 */
function latestByEmail(
  records: readonly ConsentRecord[],
  purpose: string,
  previous?: Map<string, ConsentRecord>,
): Map<string, ConsentRecord> {
  const latest = new Map<string, ConsentRecord>();
  for (const r of records) {
    if (r.email.startsWith('sha256:') || headerKey(r.purpose) !== headerKey(purpose) || r.status === '')
      continue;
    const current = latest.get(r.email);
    if (later(r, current)) {
      latest.set(r.email, r);
      if (current) previous?.set(r.email, current);
    } else if (previous && later(r, previous.get(r.email))) previous.set(r.email, r);
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
  const before = new Map<string, ConsentRecord>();
  const publication = latestByEmail(records, CONSENT_PURPOSES.publication, before);
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
        : {
            allowed: new Set<PublicationCategory>(),
            prohibited: new Set<PublicationChannel>(),
            conditions: '',
          };
    let reason: NamingReason | null = null;
    if (!email) reason = 'unknownPerson';
    else if (!proc) reason = 'noProcessing';
    else if (proc.status !== 'дано') reason = 'processingWithdrawn';
    else if (!pub) reason = 'noPublication';
    else if (pub.status !== 'дано') reason = 'publicationWithdrawn';
    else if (!parsed.allowed.has('fullName') || !parsed.allowed.has('participation')) reason = 'categories';
    const prior = before.get(email);
    const was = prior?.status === 'дано' ? parsePermissionNote(notes.get(prior.row) ?? '') : null;
    const right: PublicationRight = {
      email,
      fullName: names.get(email) ?? '',
      named: reason === null,
      reason,
      allowed: parsed.allowed,
      prohibited: parsed.prohibited,
      conditions: parsed.conditions,
      decidedAt: pub?.decidedAt ?? null,
      narrower:
        was !== null &&
        ([...was.allowed].some((c) => !parsed.allowed.has(c)) ||
          (parsed.conditions !== '' && parsed.conditions !== was.conditions)),
    };
    cache.set(email, right);
    return right;
  };
}

/** The reason in Russian, as «Без имени (нет согласия)» shows it. */
export const namingReasonText = (reason: NamingReason): string => messages.publicity.reasons[reason];

import { inclineLastname } from 'lvovich';
import { initialsAfter, inflectFullName, nameGender } from '../documents/names';
import { parseFullName } from '../people';
import type { PublicationChannel } from './columns';
import { rightIn, type NamingReason, type PublicationRights } from './permissions';
import type { PublicationParticipant } from './sources';

/**
 * Who a draft names and who it only describes (issue 7, item 2): a participant is named when the
 * registry says so for the draft's channel (publicationRights, rightIn: a channel the person prohibited
 * is closed); everyone else is left unnamed with the reason, for the sheet.
 * `redactNames` is the last line of defence: whatever staff typed into a title or an indicator, no form
 * of an unnamed person's name reaches a draft.
 */

export interface NamedParticipant extends PublicationParticipant {
  /** The publication consent allows the position. */
  showPosition: boolean;
  photoAllowed: boolean;
  /** The subject's own conditions ('' when none): the sheet reminds staff of them. */
  conditions: string;
}

export interface UnnamedParticipant extends PublicationParticipant {
  reason: NamingReason;
}

export interface Naming {
  named: NamedParticipant[];
  unnamed: UnnamedParticipant[];
}

/**
 * Splits participants into named and unnamed in a draft for `channel`; the same person twice (by e-mail,
 * else by name) once.
 */
export function nameParticipants(
  participants: readonly PublicationParticipant[],
  rights: PublicationRights,
  channel: PublicationChannel,
): Naming {
  const naming: Naming = { named: [], unnamed: [] };
  const seen = new Set<string>();
  for (const p of participants) {
    const id = p.email || `name:${p.fullName.toLowerCase()}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const right = rights(p.email);
    const here = rightIn(right, channel);
    const fullName = parseFullName(p.fullName || right.fullName).full;
    if (here.named && fullName.split(' ').length >= 2)
      naming.named.push({
        ...p,
        fullName,
        showPosition: right.allowed.has('position') && p.position !== '',
        photoAllowed: right.allowed.has('photo'),
        conditions: right.conditions,
      });
    else naming.unnamed.push({ ...p, fullName, reason: here.named ? 'unknownPerson' : here.reason! });
  }
  return naming;
}

/** The short form a social post uses: «Иванова М.П.». */
export const shortName = (fullName: string): string => initialsAfter(fullName);

const CASES = ['genitive', 'dative', 'accusative', 'instrumental'] as const;

/**
 * Every written form of a person's name that must not appear: the surname in each grammatical case
 * (both genders when the name does not tell), the full name in each case, and «Фамилия И.О.».
 * Longest first, so a full name is caught whole before its surname.
 */
export function nameForms(fullName: string): string[] {
  let forms = FORMS.get(fullName);
  if (!forms) {
    forms = computeForms(fullName);
    FORMS.set(fullName, forms);
  }
  return forms;
}

/** Declining is the slow part of a draft; a name's forms never change. */
const FORMS = new Map<string, string[]>();

function computeForms(fullName: string): string[] {
  const parsed = parseFullName(fullName);
  if (!parsed.surname) return [];
  const forms = new Set<string>([parsed.full, parsed.surname, initialsAfter(parsed.full)]);
  const known = nameGender(parsed.full);
  const genders = known ? [known] : (['male', 'female'] as const);
  for (const gender of genders) {
    for (const c of CASES) {
      const full = inflectFullName(parsed.full, c, gender);
      if (full) forms.add(full);
      const surname = full
        .split(' ')
        .slice(0, Math.max(1, parsed.surname.split(' ').length))
        .join(' ');
      if (surname) {
        forms.add(surname);
        forms.add(initialsAfter(parsed.full, surname));
      }
    }
    forms.add(inclineLastname(parsed.surname, 'prepositional', gender));
  }
  return [...forms].filter((f) => f.trim().length >= 2).sort((a, b) => b.length - a.length);
}

/** What replaces a name the draft may not print. */
export const REDACTED = '[имя не публикуется]';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER = 'A-Za-zА-Яа-яЁё';

/**
 * Replaces every form of the given people's names in `text` (whole words, any letter case) with
 * REDACTED, and anything else written like a person's name (initials, a patronymic), leaving `keep`
 * (the names the draft may print) untouched even where a surname is shared. Returns the text and
 * whether anything was replaced.
 */
export function redactNames(
  text: string,
  people: readonly string[],
  keep: readonly string[] = [],
): { text: string; redacted: boolean } {
  return nameRedactor(people, keep)(text);
}

/** redactNames with its patterns compiled once, for the many lines of one draft. */
export function nameRedactor(
  people: readonly string[],
  keep: readonly string[] = [],
): (text: string) => { text: string; redacted: boolean } {
  const forms = [...new Set(people.flatMap(nameForms))].sort((a, b) => b.length - a.length);
  const kept = [...new Set(keep.filter((k) => k.trim() !== ''))].sort((a, b) => b.length - a.length);
  const pattern =
    forms.length > 0
      ? new RegExp(`(?<![${LETTER}-])(?:${forms.map(escape).join('|')})(?![${LETTER}-])`, 'giu')
      : null;
  return (text) => redactWith(text, pattern, kept);
}

function redactWith(
  text: string,
  pattern: RegExp | null,
  kept: readonly string[],
): { text: string; redacted: boolean } {
  let result = text;
  kept.forEach((k, i) => (result = result.split(k).join(`\u0000${i}\u0000`)));
  let redacted = false;
  const hide = (): string => {
    redacted = true;
    return REDACTED;
  };
  if (pattern) result = result.replace(pattern, hide);
  // Names of people the add-on does not know at all: «Фамилия И.О.», «И.О. Фамилия», and three words
  // whose last is a patronymic in any case («Петрова Ивана Сергеевича»).
  for (const any of ANY_NAME) result = result.replace(any, hide);
  kept.forEach((k, i) => (result = result.split(`\u0000${i}\u0000`).join(k)));
  return { text: result, redacted };
}

const WORD = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?';
const INITIALS = '[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.';
const ANY_NAME: readonly RegExp[] = [
  new RegExp(`(?<![${LETTER}-])${WORD}\\s${INITIALS}`, 'gu'),
  new RegExp(`(?<![${LETTER}-])${INITIALS}\\s?${WORD}(?![${LETTER}-])`, 'gu'),
  new RegExp(
    `(?<![${LETTER}-])${WORD}\\s${WORD}\\s[А-ЯЁ][а-яё]+(?:вич|вн|ичн|чн)[а-яё]*(?![${LETTER}-])`,
    'gu',
  ),
];

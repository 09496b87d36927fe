import { getFirstnameGender, inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import { parseFullName } from '../people/names';
import type { Gender, GrammaticalCase, ManualNameForms, NameValue } from './types';

/**
 * Names in documents (issue 5, decision 4): declined part by part with lvovich, the gender taken from
 * the caller, else from the patronymic, else from the first name. A form staff typed in «ФИО в
 * падежах (вручную)» always wins, because no library knows every surname.
 */

/** Turkic patronymics are written «Ильхам оглы»: neither word declines («Алиеву Мамеду Ильхам оглы»). */
const MALE_PARTICLES = new Set(['оглы', 'улы', 'уулу']);
const FEMALE_PARTICLES = new Set(['кызы', 'гызы']);

type Declinable = 'genitive' | 'dative' | 'accusative' | 'instrumental';

/** Gender from the patronymic (-вич/-ич, оглы, улы → male; -на, кызы, гызы → female), else null. */
export function genderOfPatronymic(fullName: string): Gender | null {
  const { patronymic } = parseFullName(fullName);
  if (!patronymic) return null;
  const words = patronymic.toLowerCase().split(' ');
  const last = words[words.length - 1]!;
  if (MALE_PARTICLES.has(last)) return 'male';
  if (FEMALE_PARTICLES.has(last)) return 'female';
  if (/(вич|ич)$/.test(last)) return 'male';
  if (/(вна|чна|на)$/.test(last)) return 'female';
  return null;
}

/**
 * The gender used to decline a name: the stored one, else the patronymic's, else lvovich's reading of
 * the first name when it is unambiguous («Саша», «Женя» are not). Null means: cannot tell.
 */
export function nameGender(fullName: string, gender?: Gender): Gender | null {
  if (gender) return gender;
  const fromPatronymic = genderOfPatronymic(fullName);
  if (fromPatronymic) return fromPatronymic;
  const { name } = parseFullName(fullName);
  const guess = name ? getFirstnameGender(name) : null;
  return guess === 'male' || guess === 'female' ? guess : null;
}

function declinePatronymic(patronymic: string, grammaticalCase: Declinable, gender: Gender | null): string {
  const words = patronymic.split(' ');
  const last = words[words.length - 1]!.toLowerCase();
  if (MALE_PARTICLES.has(last) || FEMALE_PARTICLES.has(last)) return patronymic;
  return inclineMiddlename(patronymic, grammaticalCase, gender);
}

/**
 * Declines «Фамилия Имя Отчество» with lvovich, part by part (issue 5, decision 4). Gender from the
 * argument, else from the patronymic (-ич / -на, оглы / кызы), else lvovich's guess. The input is
 * title-cased first; hyphenated surnames decline per part; ё is kept; a missing patronymic is fine.
 */
export function inflectFullName(
  fullName: string,
  grammaticalCase: 'genitive' | 'dative' | 'accusative' | 'instrumental',
  gender?: 'male' | 'female',
): string {
  const { surname, name, patronymic } = parseFullName(fullName);
  if (!surname) return '';
  const g = nameGender(fullName, gender);
  const parts = [inclineLastname(surname, grammaticalCase, g)];
  if (name) parts.push(inclineFirstname(name, grammaticalCase, g));
  if (patronymic) parts.push(declinePatronymic(patronymic, grammaticalCase, g));
  return parts.join(' ');
}

/** A name in a case, the manual form winning over the library; 'nominative' returns it as stored. */
export function declineName(name: NameValue, grammaticalCase: GrammaticalCase): string {
  if (grammaticalCase === 'nominative') return parseFullName(name.full).full;
  const manual = name.forms?.[grammaticalCase];
  if (manual) return manual;
  return inflectFullName(name.full, grammaticalCase, name.gender);
}

const initial = (word: string): string =>
  word
    .split('-')
    .filter((p) => p !== '')
    .map((p) => `${p[0]!.toUpperCase()}.`)
    .join('-');

/** «И.С.» from name and patronymic; «Ильхам оглы» gives «И.»; no patronymic gives one initial. */
function initialsOf(name: string, patronymic: string): string {
  const father = patronymic.split(' ')[0] ?? '';
  return `${name ? initial(name) : ''}${father ? initial(father) : ''}`;
}

/**
 * «Петров Иван Сергеевич» → «Петров И.С.» (surname first, as in running text). `surname` replaces
 * the stored surname — the declined one, for «Петрову И.С.».
 */
export function initialsAfter(fullName: string, surname?: string): string {
  const parsed = parseFullName(fullName);
  const initials = initialsOf(parsed.name, parsed.patronymic);
  return [surname ?? parsed.surname, initials].filter((s) => s !== '').join(' ');
}

/** «Лукьяненко Светлана Викторовна» → «С.В. Лукьяненко» (signature requisite, ГОСТ Р 7.0.97-2016). */
export function initialsBefore(fullName: string, surname?: string): string {
  const parsed = parseFullName(fullName);
  const initials = initialsOf(parsed.name, parsed.patronymic);
  return [initials, surname ?? parsed.surname].filter((s) => s !== '').join(' ');
}

/** The surname of a declined full name: as many leading words as the stored surname has. */
export function declinedSurname(name: NameValue, grammaticalCase: GrammaticalCase): string {
  const stored = parseFullName(name.full);
  const words = declineName(name, grammaticalCase).split(' ');
  return words.slice(0, Math.max(1, stored.surname.split(' ').length)).join(' ');
}

export interface ManualFormsParse {
  forms: ManualNameForms;
  /** Russian notes on parts that were not understood (the part quoted). */
  problems: string[];
}

const CASE_KEYS: ReadonlyArray<[RegExp, Declinable]> = [
  [/^р(од(ительный)?)?\.?$/, 'genitive'],
  [/^д(ат(ельный)?)?\.?$/, 'dative'],
  [/^в(ин(ительный)?)?\.?$/, 'accusative'],
  [/^т(в(ор(ительный)?)?)?\.?$/, 'instrumental'],
];

/**
 * Parses «ФИО в падежах (вручную)»: «р: Петровой Анны Сергеевны; д: Петровой Анне Сергеевне; в: …; т: …».
 * Keys are case-insensitive: р/род/родительный, д/дат/дательный, в/вин/винительный, т/тв/твор/творительный.
 */
export function parseManualForms(text: string): ManualFormsParse {
  const forms: ManualNameForms = {};
  const problems: string[] = [];
  for (const raw of String(text ?? '').split(/[;\n]+/)) {
    const part = raw.trim();
    if (!part) continue;
    const colon = part.indexOf(':');
    const key = colon < 0 ? '' : part.slice(0, colon).trim().toLowerCase();
    const value =
      colon < 0
        ? ''
        : part
            .slice(colon + 1)
            .replace(/\s+/g, ' ')
            .trim();
    const match = CASE_KEYS.find(([re]) => re.test(key));
    if (!match || !value) problems.push(part);
    else forms[match[1]] = value;
  }
  return { forms, problems };
}

/** A NameValue for template data. */
export function nameValue(fullName: string, gender?: Gender, forms?: ManualNameForms): NameValue {
  const value: NameValue = { kind: 'name', full: parseFullName(fullName).full };
  if (gender) value.gender = gender;
  if (forms && Object.keys(forms).length > 0) value.forms = forms;
  return value;
}

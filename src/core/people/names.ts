import { messages } from '../messages';

/**
 * ФИО as people type them into a form: any case, extra spaces, Latin letters that look Cyrillic
 * (a phone keyboard switched layouts), «Имя Отчество Фамилия» order. The banks store one normal form.
 */
export interface PersonName {
  surname: string;
  name: string;
  /** '' when the person has none or did not give it. */
  patronymic: string;
  /** «Фамилия Имя Отчество», single spaces. */
  full: string;
}

export interface ParsedName extends PersonName {
  /** Russian notes for the journal: what was corrected or is doubtful, naming the word. */
  notes: string[];
}

/** Latin letters that look like Cyrillic ones. Lower-case `b` looks like «ь», not «в» (only `B` ≈ «В»). */
const LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А',
  a: 'а',
  B: 'В',
  b: 'ь',
  C: 'С',
  c: 'с',
  E: 'Е',
  e: 'е',
  H: 'Н',
  K: 'К',
  k: 'к',
  M: 'М',
  m: 'м',
  O: 'О',
  o: 'о',
  P: 'Р',
  p: 'р',
  T: 'Т',
  X: 'Х',
  x: 'х',
  Y: 'У',
  y: 'у',
  Ë: 'Ё',
  ë: 'ё',
};

const CYRILLIC = /[А-Яа-яЁё]/;
const LATIN = /[A-Za-zËë]/g;

/** Particles of Turkic patronymics, written in lower case after the father's name: «Ильхам оглы». */
const PATRONYMIC_PARTICLES = new Set(['оглы', 'кызы', 'улы', 'уулу', 'гызы']);

const PATRONYMIC_ENDING = /(вич|вна|ична|чна|инична|оглы|кызы)$/i;

export interface LookalikeFix {
  text: string;
  /** One Russian note per corrected word, naming it as typed. */
  notes: string[];
}

/**
 * Replaces Latin look-alike letters inside words that are otherwise Cyrillic (or, in a text that is
 * Cyrillic elsewhere, words made only of look-alikes). Entirely Latin words in a Latin text stay.
 */
export function fixLatinLookalikes(text: string): LookalikeFix {
  const notes: string[] = [];
  const textIsCyrillic = CYRILLIC.test(text);
  const fixed = text.replace(/[A-Za-zА-Яа-яЁёËë]+/g, (word) => {
    const latin = word.match(LATIN);
    if (!latin) return word;
    if (!CYRILLIC.test(word) && !textIsCyrillic) return word;
    if (latin.some((ch) => !(ch in LOOKALIKES))) return word;
    const replaced = word.replace(LATIN, (ch) => LOOKALIKES[ch]);
    const letters = Array.from(new Set(latin)).map((ch) => `«${ch}» → «${LOOKALIKES[ch]}»`);
    notes.push(messages.people.lookalikesReplaced(word, replaced, letters));
    return replaced;
  });
  return { text: fixed, notes };
}

const capitalise = (word: string): string =>
  word
    .toLowerCase()
    .split('-')
    .map((part) => (part ? part[0].toUpperCase() + part.slice(1) : part))
    .join('-');

/** One word of a name in its usual case: «иванова-петрова» → «Иванова-Петрова», «ОГЛЫ» → «оглы». ё is kept. */
export function capitaliseNamePart(word: string): string {
  const lower = word.toLowerCase();
  return PATRONYMIC_PARTICLES.has(lower) ? lower : capitalise(word);
}

/** Splits and normalises a ФИО as typed; notes say what was corrected and what looks doubtful. */
export function parseFullName(raw: string): ParsedName {
  const cleaned = String(raw)
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[,;]+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  const { text, notes } = fixLatinLookalikes(cleaned);
  // «Иванова М.П.»: two initials written together are the name and the patronymic.
  const spaced = text.replace(/(^|\s)([А-ЯЁа-яё])\.\s*([А-ЯЁа-яё])\.?(?=\s|$)/g, '$1$2. $3.');
  let words = spaced ? spaced.split(' ').map(capitaliseNamePart) : [];
  if (words.length >= 3 && !PATRONYMIC_PARTICLES.has(words[2].toLowerCase())) {
    // «Мария Петровна Иванова»: a patronymic in second place means the surname came last.
    if (PATRONYMIC_ENDING.test(words[1]) && !PATRONYMIC_ENDING.test(words[2]) && words.length === 3) {
      words = [words[2], words[0], words[1]];
      notes.push(messages.people.nameReordered(words.join(' ')));
    }
  }
  const [surname = '', name = '', ...rest] = words;
  const patronymic = rest.join(' ');
  if (words.length < 2) notes.push(messages.people.nameIncomplete(text));
  else if (rest.length > 1 && !PATRONYMIC_PARTICLES.has(rest[rest.length - 1].toLowerCase()))
    notes.push(messages.people.nameTooLong(text));
  if (/[A-Za-z]/.test(text)) notes.push(messages.people.nameLatin(text));
  return { surname, name, patronymic, full: words.join(' '), notes };
}

const comparable = (part: string): string =>
  fixLatinLookalikes(part).text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** How two ФИО relate: the same person, the same person with another surname, or another person. */
export type NameComparison = 'same' | 'surnameChanged' | 'different';

/**
 * Compares two names after normalisation (case, ё/е, look-alikes). Surname and name must agree; a
 * patronymic missing on one side is no disagreement; a name given as an initial («М.») matches its
 * letter. Only the surname differing while name and patronymic (both given) agree is `surnameChanged`
 * (marriage): the bank keeps one row and the journal mentions it.
 */
export function compareNames(a: PersonName | string, b: PersonName | string): NameComparison {
  const x = typeof a === 'string' ? parseFullName(a) : a;
  const y = typeof b === 'string' ? parseFullName(b) : b;
  const nameAgrees = (p: string, q: string): boolean => {
    const [s, t] = [comparable(p), comparable(q)];
    if (s === t) return true;
    const initial = (v: string): string | null => (/^[^\s.]\.?$/.test(v) ? v[0] : null);
    return (
      (initial(s) !== null && t.startsWith(initial(s) as string)) ||
      (initial(t) !== null && s.startsWith(initial(t) as string))
    );
  };
  const patronymicAgrees = !x.patronymic || !y.patronymic || nameAgrees(x.patronymic, y.patronymic);
  if (!nameAgrees(x.name, y.name) || !patronymicAgrees) return 'different';
  if (comparable(x.surname) === comparable(y.surname)) return 'same';
  return x.patronymic && y.patronymic ? 'surnameChanged' : 'different';
}

/** «Same person?» for two ФИО: surname and name equal after normalisation; a missing patronymic is fine. */
export const samePerson = (a: PersonName | string, b: PersonName | string): boolean =>
  compareNames(a, b) === 'same';

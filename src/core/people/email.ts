/**
 * E-mail is the key of both banks and of the consent registry: «Ivanova@College.ru », the same with a
 * no-break space pasted from a document, or with a zero-width character from a messenger must all be
 * one person.
 */
const INVISIBLE = /[\s\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Trimmed, lower-cased, invisible characters removed, «mailto:» and angle brackets dropped. */
export function normalizeEmail(raw: unknown): string {
  return String(raw ?? '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/^mailto:/, '')
    .replace(/^<(.*)>$/, '$1');
}

// Local part: the usual ASCII characters, no leading, trailing or double dot. Domain: labels of Latin
// or Cyrillic letters, digits and hyphens (.рф addresses exist), ending with a TLD of 2+ letters.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9а-яё]([a-z0-9а-яё-]*[a-z0-9а-яё])?\.)+[a-zа-яё]{2,}$/;

/** True for a normalised address of a plausible shape (not a delivery check). */
export const isValidEmail = (email: string): boolean => EMAIL.test(email) && email.length <= 254;

/** The key that identifies a person in every sheet: the normalised e-mail. */
export const personKey = (email: unknown): string => normalizeEmail(email);

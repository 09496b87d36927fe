/** People: ФИО and e-mail as the questionnaires receive them, and how two answers are the same person. */
export { normalizeEmail, isValidEmail, personKey } from './email';
export { capitaliseNamePart, compareNames, fixLatinLookalikes, parseFullName, samePerson } from './names';
export type { LookalikeFix, NameComparison, ParsedName, PersonName } from './names';
export { fnv1a, sha256 } from './hash';

import { gasException } from '../runtime/exception';

/** Google's texts for DocumentApp failures (§3, §11); the [unsure] ones are written in Google's style. */
export const DOC_ERRORS = {
  /** §3.9 [observed]. */
  mustBeDetached: 'Element must be detached.',
  /** §3.11 [observed]. */
  lastParagraph: "Can't remove the last paragraph in a document section.",
  /** After saveAndClose (§3.12) [observed in a public code comment]. */
  closed: 'Document is closed, its contents cannot be updated.',
  /** Non-string replacement [observed in a public code comment]. */
  badReplacement: 'Invalid argument: replacement',
  /** getChildIndex / removeChild with an element that is not a child [unsure]. */
  notAChild: 'Element does not contain the specified child element.',
} as const;

/** §3.7 [observed]. */
export function alreadyContains(what: 'header' | 'footer'): Error {
  return gasException(`Document tab already contains a ${what}.`);
}

/** §3.10 [observed]: an insert index past the end. */
export function insertIndexError(index: number, count: number): Error {
  return gasException(
    `Child index (${index}) must be less than or equal to the number of child elements (${count}).`,
  );
}

/** A read index past the end; the wording follows §3.10's [unsure]. */
export function readIndexError(index: number, count: number): Error {
  return gasException(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

/** DocumentApp.openById with an unknown id [observed: "Document <id> is missing (perhaps it was deleted, or you don't have read access?)"]. */
export function documentMissing(id: string): Error {
  return gasException(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
}

/** A text offset outside the element [unsure: wording]. */
export function offsetError(offset: number, length: number): Error {
  return gasException(`Index (${offset}) must be less than the content length (${length}).`);
}

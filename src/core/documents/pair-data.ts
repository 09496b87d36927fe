import { normalizeEmail } from '../people/email';
import { messages } from '../messages';
import type { PairRow } from '../pairs/pairs-sheet';
import type { DocumentPair, DocumentPerson } from './data-types';

/**
 * A pair or group as its documents print it (the order, the programme, the mentor's consent), from its
 * row in «Пары и группы» and the banks, and what is missing for them (issue 5, item 10). A pair with
 * missing data gets no document at all: an order or programme with «____» for a person's name or
 * position would have to be signed and then made again, while the other pairs' documents are fine.
 */

export interface PairData {
  pair: DocumentPair;
  /** Russian phrases naming what is missing («у наставника … не указана должность»); empty when complete. */
  problems: string[];
}

export function pairData(
  row: PairRow,
  banks: { mentors: ReadonlyMap<string, DocumentPerson>; mentees: ReadonlyMap<string, DocumentPerson> },
  dates: { start: Date | null; end: Date | null },
): PairData {
  const M = messages.docsMenu.missing;
  const problems: string[] = [];
  const mentorEmail = normalizeEmail(row.mentorEmail);
  const banked = banks.mentors.get(mentorEmail);
  if (!banked) problems.push(M.mentorNotInBank(row.mentorEmail));
  const mentor = banked ?? { fullName: row.mentorName, email: row.mentorEmail };
  if (banked && !mentor.fullName.trim()) problems.push(M.mentorName);
  else if (banked && !mentor.position?.trim()) problems.push(M.mentorPosition(mentor.fullName));
  const mentees = row.menteeEmails.map((email, i) => {
    const found = banks.mentees.get(normalizeEmail(email));
    if (!found) problems.push(M.menteeNotInBank(email));
    else if (!found.fullName.trim()) problems.push(M.menteeName(email));
    else if (!found.position?.trim()) problems.push(M.menteePosition(found.fullName));
    return found ?? { fullName: row.menteeNames[i] ?? '', email };
  });
  if (!dates.start) problems.push(M.start);
  return {
    pair: { id: row.id, mentor, mentees, form: row.form, start: dates.start, end: dates.end },
    problems,
  };
}

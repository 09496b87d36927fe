import { consentStatuses, readConsentRegistry } from '../../consent/registry';
import type { ConsentStatus } from '../../consent/registry';
import type { MenteeProfile, MentorProfile } from '../../matching/types';
import { shortName } from '../../matching/plan';
import { normaliseText } from '../../matching/profiles';
import type { PairRow } from '../../pairs/pairs-sheet';
import { isValidEmail, normalizeEmail } from '../../people/email';
import { samePerson } from '../../people/names';
import type { CellValue } from '../../../ports/workbook';
import { ATTENDANCE_ROLES } from './columns';

/**
 * «Участники» of an event: what staff type, and the people it means. The syntax (docs/guide/events.md):
 * «все» — mentors and mentees of pairs and groups «утверждена» or «действует»; «наставники» — every
 * mentor of the bank who consented, is willing and not excluded (set-up sessions are for potential
 * mentors too); «наставники пар» — the mentors of those pairs; «наставляемые» — their mentees;
 * «пары: 3, 5» — the people of pairs/groups 3 and 5; or e-mails and ФИО, separated by «;», «,» or new
 * lines. Items combine: «наставники пар; ivanova@college.ru».
 */

export type ParticipantItem =
  | { kind: 'all' }
  | { kind: 'mentors' }
  | { kind: 'pairMentors' }
  | { kind: 'mentees' }
  | { kind: 'pairs'; numbers: string[] }
  | { kind: 'email'; email: string }
  | { kind: 'name'; name: string };

const KEYWORDS: ReadonlyArray<[RegExp, ParticipantItem['kind']]> = [
  [/^(все|все участники|участники пар и групп|все участники пар и групп)$/, 'all'],
  [/^(наставники|все наставники|наставники банка)$/, 'mentors'],
  [/^наставники (пар|групп|пар и групп|пар групп)$/, 'pairMentors'],
  [/^(наставляемые|все наставляемые|наставляемые (пар|групп|пар и групп|пар групп))$/, 'mentees'],
];

/** «пары: 3, 5», «пара 3», «группы: 2», «пары и группы: 3; 5», «пары/группы №3». */
const PAIRS_ITEM = /^(?:пар[аы]|групп[аы]|пары и группы|пары\/группы)\s*(?::|\s)\s*((?:№\s*)?\d.*)$/i;

const keywordOf = (text: string): ParticipantItem['kind'] | null => {
  const t = normaliseText(text);
  return KEYWORDS.find(([re]) => re.test(t))?.[1] ?? null;
};

/** The items of a «Участники» cell, in the order typed; an empty cell gives none. */
export function parseParticipants(text: string): ParticipantItem[] {
  const items: ParticipantItem[] = [];
  const people = (chunk: string): void => {
    for (const raw of chunk.split(',')) {
      const token = raw.trim();
      if (!token) continue;
      const kind = keywordOf(token);
      if (kind && kind !== 'pairs' && kind !== 'email' && kind !== 'name') items.push({ kind });
      // «ivanova@college.ru.» at the end of a sentence: the dot is not the address's.
      else if (token.includes('@'))
        items.push({ kind: 'email', email: normalizeEmail(token.replace(/\.+$/, '')) });
      else items.push({ kind: 'name', name: token });
    }
  };
  for (const line of text.split(/[\n;]+/)) {
    const chunk = line.trim();
    if (!chunk) continue;
    const pairs = PAIRS_ITEM.exec(chunk);
    if (!pairs) {
      people(chunk);
      continue;
    }
    // After «пары:» numbers come first; anything else on the line is read as people.
    const numbers: string[] = [];
    const rest: string[] = [];
    for (const token of pairs[1]!.split(/[,\s]+/)) {
      const n = token.replace(/^№/, '').trim();
      if (/^\d+$/.test(n)) numbers.push(String(Number(n)));
      else if (n && n !== 'и') rest.push(token);
    }
    items.push({ kind: 'pairs', numbers });
    if (rest.length > 0) people(rest.join(' '));
  }
  return items;
}

export type ParticipantRole = 'mentor' | 'mentee' | 'other';

export interface Participant {
  /** Normalised e-mail ('' when the sheets know the person only by name). */
  email: string;
  fullName: string;
  role: ParticipantRole;
}

export const roleLabel = (role: ParticipantRole): string =>
  role === 'mentor'
    ? ATTENDANCE_ROLES.mentor
    : role === 'mentee'
      ? ATTENDANCE_ROLES.mentee
      : ATTENDANCE_ROLES.other;

/** Everyone the sheets know, read once per run. */
export interface Directory {
  mentors: readonly MentorProfile[];
  mentees: readonly MenteeProfile[];
  pairs: readonly PairRow[];
  /** Processing consent by normalised e-mail (registry «Согласия»). */
  consent: ReadonlyMap<string, ConsentStatus>;
  /** ФИО and role from the registry, for people in neither bank. */
  registryPeople: ReadonlyMap<string, Participant>;
}

export function directoryOf(input: {
  mentors: readonly MentorProfile[];
  mentees: readonly MenteeProfile[];
  pairs: readonly PairRow[];
  /** «Согласия» as read with one getValues, header row first. */
  registry: readonly (readonly CellValue[])[];
}): Directory {
  const records = readConsentRegistry(input.registry);
  const registryPeople = new Map<string, Participant>();
  for (const r of records) {
    if (r.email.startsWith('sha256:') || registryPeople.has(r.email)) continue;
    const role = normaliseText(r.role);
    registryPeople.set(r.email, {
      email: r.email,
      fullName: r.fullName,
      role: role.startsWith('наставляем') ? 'mentee' : role.startsWith('наставник') ? 'mentor' : 'other',
    });
  }
  return {
    mentors: input.mentors,
    mentees: input.mentees,
    pairs: input.pairs,
    consent: consentStatuses(records),
    registryPeople,
  };
}

/** Who the cell means, sorted into those invited and those who are not, with the reasons. */
export interface Resolution {
  /** With an e-mail and processing consent: invited, listed in «Посещаемость». */
  invited: Participant[];
  /** No processing consent (none, or withdrawn): not invited, named in the summary (152-ФЗ). */
  withoutConsent: Participant[];
  /** Known by name only: listed by name so staff can invite them another way. */
  withoutEmail: Participant[];
  /** Names and e-mails the sheets do not know. */
  unknown: string[];
  /** Names that fit more than one person. */
  ambiguous: string[];
  /** Pair/group numbers not in «Пары и группы». */
  unknownPairs: string[];
  /** The cell named nobody. */
  empty: boolean;
}

const inProgramme = (p: PairRow): boolean => p.kind === 'approved' || p.kind === 'active';

interface Known extends Participant {
  /** The bank the person was found in, for a role when the pairs do not say. */
  source: 'mentors' | 'mentees' | 'pairs' | 'registry';
}

function everyone(dir: Directory): Known[] {
  const out: Known[] = [];
  for (const m of dir.mentors)
    out.push({ email: m.email, fullName: m.fullName, role: 'mentor', source: 'mentors' });
  for (const m of dir.mentees)
    out.push({ email: m.email, fullName: m.fullName, role: 'mentee', source: 'mentees' });
  for (const p of dir.pairs) out.push(...pairPeople(p).map((x) => ({ ...x, source: 'pairs' as const })));
  return out;
}

/** A pair's or group's mentor and mentees (a group's mentees one per line in the same order). */
function pairPeople(p: PairRow): Participant[] {
  const people: Participant[] = [];
  if (p.mentorEmail || p.mentorName)
    people.push({ email: validOrEmpty(p.mentorEmail), fullName: p.mentorName, role: 'mentor' });
  const count = Math.max(p.menteeEmails.length, p.menteeNames.length);
  for (let i = 0; i < count; i++)
    people.push({
      email: validOrEmpty(p.menteeEmails[i] ?? ''),
      fullName: p.menteeNames[i] ?? '',
      role: 'mentee',
    });
  return people;
}

const validOrEmpty = (email: string): string => {
  const e = normalizeEmail(email);
  return isValidEmail(e) ? e : '';
};

/** The bank name (or the pairs' one) of an e-mail, and the role the banks give it. */
function lookUp(dir: Directory, email: string): Participant | null {
  const mentor = dir.mentors.find((m) => m.email === email);
  if (mentor) return { email, fullName: mentor.fullName, role: 'mentor' };
  const mentee = dir.mentees.find((m) => m.email === email);
  if (mentee) return { email, fullName: mentee.fullName, role: 'mentee' };
  for (const p of dir.pairs) {
    const found = pairPeople(p).find((x) => x.email === email);
    if (found) return found;
  }
  return dir.registryPeople.get(email) ?? null;
}

/**
 * The people a «Участники» cell means. Only people with processing consent are invited (152-ФЗ: no
 * consent, no processing); those without it, those known only by name and the entries nobody matches
 * are returned separately for the summary. A person named twice is invited once.
 */
export function resolveParticipants(items: readonly ParticipantItem[], dir: Directory): Resolution {
  const res: Resolution = {
    invited: [],
    withoutConsent: [],
    withoutEmail: [],
    unknown: [],
    ambiguous: [],
    unknownPairs: [],
    empty: items.length === 0,
  };
  const seen = new Set<string>();
  const add = (p: Participant): void => {
    if (!p.email) {
      const key = `name:${normaliseText(p.fullName)}`;
      if (!p.fullName || seen.has(key)) return;
      seen.add(key);
      res.withoutEmail.push({ email: '', fullName: p.fullName, role: p.role });
      return;
    }
    if (seen.has(p.email)) return;
    seen.add(p.email);
    const fullName = p.fullName || lookUp(dir, p.email)?.fullName || '';
    const person: Participant = { email: p.email, fullName, role: p.role };
    if (dir.consent.get(p.email) === 'дано') res.invited.push(person);
    else res.withoutConsent.push(person);
  };
  const programme = dir.pairs.filter(inProgramme);
  for (const item of items) {
    switch (item.kind) {
      case 'all':
        for (const p of programme) pairPeople(p).forEach(add);
        break;
      case 'pairMentors':
        for (const p of programme)
          pairPeople(p)
            .filter((x) => x.role === 'mentor')
            .forEach(add);
        break;
      case 'mentees':
        for (const p of programme)
          pairPeople(p)
            .filter((x) => x.role === 'mentee')
            .forEach(add);
        break;
      case 'mentors':
        // The bank's potential mentors: willing, not excluded, with consent (the others are not named:
        // staff did not name them, the bank did).
        for (const m of dir.mentors)
          if (
            normaliseText(m.willing) === 'да' &&
            !normaliseText(m.participation).startsWith('исключ') &&
            dir.consent.get(m.email) === 'дано'
          )
            add({ email: m.email, fullName: m.fullName, role: 'mentor' });
        break;
      case 'pairs':
        for (const n of item.numbers) {
          const rows = dir.pairs.filter((p) => p.id.replace(/^№\s*/, '') === n);
          if (rows.length === 0) res.unknownPairs.push(n);
          for (const p of rows) pairPeople(p).forEach(add);
        }
        break;
      case 'email': {
        if (!isValidEmail(item.email)) {
          res.unknown.push(item.email);
          break;
        }
        const known = lookUp(dir, item.email);
        if (known) add(known);
        else res.unknown.push(item.email);
        break;
      }
      case 'name': {
        const matches = everyone(dir).filter((k) => k.fullName && samePerson(k.fullName, item.name));
        const emails = new Set(matches.map((k) => k.email).filter((e) => e !== ''));
        // A pair row knows the role in the programme; a bank only the person's questionnaire.
        const best = (list: Known[]): Known => list.find((k) => k.source === 'pairs') ?? list[0]!;
        if (emails.size > 1) res.ambiguous.push(item.name);
        else if (emails.size === 1) {
          const email = [...emails][0]!;
          add(best(matches.filter((k) => k.email === email)));
        } else if (matches.length > 0) {
          const names = new Set(matches.map((k) => normaliseText(k.fullName)));
          if (names.size > 1) res.ambiguous.push(item.name);
          else add(best(matches));
        } else res.unknown.push(item.name);
        break;
      }
    }
  }
  return res;
}

/** «Иванова М.П.» for a summary line; the e-mail when the sheets have no name. */
export const displayName = (p: Participant): string => shortName(p.fullName) || p.email;

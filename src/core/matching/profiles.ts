import type { CellValue } from '../../ports/workbook';
import { BANK_SYSTEM_HEADERS, MENTOR_CAPACITY_OVERRIDE_HEADER, bankColumns } from '../banks/columns';
import { personKey } from '../people/email';
import { MEETING_TIMES } from '../questionnaires/spec';
import type { Competence } from '../schema/competences';
import { headerIndex, headerKey } from '../schema/headers';
import type { MenteeProfile, MentorProfile } from './types';

/** The staff column of «Банк наставников» (set-up adds it) that overrides a mentor's capacity. */
export const CAPACITY_OVERRIDE_HEADER = MENTOR_CAPACITY_OVERRIDE_HEADER;

/** Text for comparison: case, «ё», quotes, punctuation and spacing forgiven. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'“”„().,;:!?\-–—/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * «ПЦК / преподаваемые дисциплины» for comparison. Teachers answer «ПЦК информатики: программирование»:
 * the commission is what pairs share, so only the part before «:» counts; its words are cut to a
 * six-letter stem so «информатики» and «Информатика», «ПЦК «Информатика»» and «пцк информатика» agree.
 */
export function normaliseSubject(text: string): string {
  const commission = text.split(':')[0] ?? '';
  return normaliseText(commission)
    .replace(/^(пцк|предметно цикловая комиссия|мо|кафедра)\s+/, '')
    .split(' ')
    .filter((word) => word.length > 2)
    .map((word) => word.slice(0, 6))
    .join(' ');
}

/** The meeting times a checkbox cell names (known choices, in their order; unknown text kept as typed). */
function meetingTimes(cell: string): string[] {
  const text = normaliseText(cell);
  if (!text) return [];
  const known = MEETING_TIMES.filter((t) => text.includes(normaliseText(t)));
  return known.length > 0 ? known : [cell.trim()];
}

function numberOrNull(v: CellValue | undefined): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const t = String(v ?? '')
    .trim()
    .replace(',', '.');
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : null;
}

/** Reads a bank by header: `get(header)` gives a row's cell under that header ('' when absent). */
function byHeader(values: readonly (readonly CellValue[])[]) {
  const index = headerIndex(values[0] ?? []);
  return (row: readonly CellValue[], header: string): CellValue | undefined => {
    const at = index.get(headerKey(header));
    return at === undefined ? undefined : row[at];
  };
}

const text = (v: CellValue | undefined): string => (v === undefined || v === null ? '' : String(v).trim());

function headerOf(bank: 'mentees' | 'mentors', competences: readonly Competence[], question: string): string {
  const c = bankColumns(bank, competences).find(
    (col) =>
      (col.field.kind === 'answer' && col.field.question === question) ||
      (col.field.kind === 'field' && col.field.name === question),
  );
  return c?.header ?? question;
}

/** The shared columns of both banks. */
function person(
  bank: 'mentees' | 'mentors',
  competences: readonly Competence[],
  get: (row: readonly CellValue[], header: string) => CellValue | undefined,
  row: readonly CellValue[],
  rowNumber: number,
) {
  const h = (q: string): string => headerOf(bank, competences, q);
  return {
    email: personKey(get(row, BANK_SYSTEM_HEADERS.email)),
    fullName: text(get(row, BANK_SYSTEM_HEADERS.fullName)),
    position: text(get(row, h('position'))),
    subject: text(get(row, h('subject'))),
    experienceYears: numberOrNull(get(row, h('experienceYears'))),
    category: text(get(row, h('category'))),
    preferredForm: text(get(row, h('mentoringForm'))),
    meetingFormat: text(get(row, h('meetingFormat'))),
    meetingTimes: meetingTimes(text(get(row, h('meetingTime')))),
    consent: text(get(row, BANK_SYSTEM_HEADERS.consent)),
    participation: text(get(row, BANK_SYSTEM_HEADERS.participation)),
    row: rowNumber,
  };
}

/**
 * Mentee profiles from «Банк наставляемых» read with one getValues (header row first), columns found by
 * header (staff move columns). Rows without an e-mail are skipped. `row` is the 1-based sheet row.
 */
export function menteesFromBank(
  values: readonly (readonly CellValue[])[],
  competences: readonly Competence[],
): MenteeProfile[] {
  const get = byHeader(values);
  const result: MenteeProfile[] = [];
  values.slice(1).forEach((row, k) => {
    const base = person('mentees', competences, get, row, k + 2);
    if (!base.email) return;
    const difficulties: Record<string, number> = {};
    for (const c of competences) {
      const n = numberOrNull(get(row, `Затруднение: ${c.label}`));
      if (n !== null && n >= 1 && n <= 5) difficulties[c.key] = Math.round(n);
    }
    result.push({
      ...base,
      difficulties,
      support: text(get(row, headerOf('mentees', competences, 'support'))),
    });
  });
  return result;
}

/** Mentor profiles from «Банк наставников» (with the capacity override column), as above. */
export function mentorsFromBank(
  values: readonly (readonly CellValue[])[],
  competences: readonly Competence[],
): MentorProfile[] {
  const get = byHeader(values);
  const h = (q: string): string => headerOf('mentors', competences, q);
  const result: MentorProfile[] = [];
  values.slice(1).forEach((row, k) => {
    const base = person('mentors', competences, get, row, k + 2);
    if (!base.email) return;
    const strengths = competences
      .filter((c) => normaliseText(text(get(row, `Готов делиться: ${c.label}`))) === 'да')
      .map((c) => c.key);
    const override = numberOrNull(get(row, CAPACITY_OVERRIDE_HEADER));
    result.push({
      ...base,
      strengths,
      declaredCapacity: numberOrNull(get(row, h('capacity'))),
      capacityOverride: override !== null && override >= 0 ? Math.floor(override) : null,
      willing: text(get(row, h('willing'))),
      needsTraining: text(get(row, h('needsTraining'))),
    });
  });
  return result;
}

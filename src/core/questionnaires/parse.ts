import { CellValue } from '../../ports/workbook';
import { isAnonymised } from '../consent/anonymise';
import { messages } from '../messages';
import { PersonName, fnv1a, isValidEmail, normalizeEmail, parseFullName } from '../people';
import { DEFAULT_COMPETENCES, Competence } from '../schema/competences';
import { headerIndex, headerKey } from '../schema/headers';
import { COMPETENCE_PREFIX } from '../settings/settings';
import {
  CONSENT_DECISIONS,
  EXPERIENCE_BANDS,
  QuestionSpec,
  QuestionnaireKey,
  QuestionnaireSpec,
} from './spec';

/**
 * Reading one response row back into the fields of a bank. Pure: the shell reads the response sheet
 * once (getValues: a Date for the timestamp, numbers for scales, strings otherwise) and passes rows in.
 * Columns are found by header (headerKey), never by position: staff reorder, rename and delete them.
 */

export type ProblemSeverity = 'error' | 'warning';

/** What is wrong with a response, in Russian, saying what to do. An error keeps it out of the banks. */
export interface Problem {
  severity: ProblemSeverity;
  message: string;
  /**
   * `missingColumn`: the response sheet lacks a required question's column; the response is neither
   * applied nor written to the history, so it is processed once staff restore the column.
   */
  code?: 'missingColumn' | 'missingAnswer' | 'invalidEmail' | 'invalidTimestamp' | 'unknownLabel' | 'other';
}

export type ConsentDecision = 'give' | 'withdraw';

export interface ResponseFields {
  /** null when the answer is missing. */
  fullName: PersonName | null;
  position: string;
  subject: string;
  /** The band as chosen («от 1 до 3 лет»). */
  experience: string;
  /** The band's lower bound in years (EXPERIENCE_BANDS), or a number found in a free answer; null if unknown. */
  experienceYears: number | null;
  category: string;
  /** Exactly as typed («+7 (926) 000-00-00», «007»): never converted to a number. */
  phone: string;
  /** Mentee: competence key → 1 (no difficulty) … 5 (serious); rows left blank are absent. */
  difficulties: Record<string, number>;
  /** Mentor: competence keys, in the order of the competence list. */
  strengths: string[];
  /** Mentor: how many mentees at once (scale), null if absent. */
  capacity: number | null;
  /** Consent form: give or withdraw; null for the questionnaires or when unreadable. */
  decision: ConsentDecision | null;
  /**
   * Every answer by question key, normalised lightly: text as typed (formula-like text stays literal),
   * choices as chosen, checkbox answers as the cell holds them, scales as numbers. Grid answers are in
   * `difficulties`, not here.
   */
  answers: Record<string, string | number>;
  /** Answers the add-on could not map (a competence label staff edited in the form), as «метка» or «метка: 4». */
  unrecognised: string[];
}

export interface ParsedResponse {
  questionnaire: QuestionnaireKey;
  /** Response sheet name (for messages), as given by the caller. */
  sheet: string;
  /** 1-based row in the response sheet. */
  rowNumber: number;
  /** null when the timestamp cell is unreadable (an error problem is attached). */
  timestamp: Date | null;
  /** Normalised e-mail ('' when missing; the raw text, trimmed, when invalid). */
  email: string;
  /** Idempotency key: `questionnaire|timestamp ISO|e-mail|hash of the answers`. */
  key: string;
  fields: ResponseFields;
  problems: Problem[];
}

/** Headers Google gives the timestamp and e-mail columns, in Russian and English (§2.1.3, §2.1.4). */
export const TIMESTAMP_HEADERS: readonly string[] = ['Отметка времени', 'Timestamp'];
export const EMAIL_HEADERS: readonly string[] = ['Адрес электронной почты', 'Email Address', 'Эл. почта'];

/** Competences from «Настройки» rows `competence.<key>` (in sheet order), defaults when none are set. */
export function competencesFromSettings(settings: Readonly<Record<string, string>>): Competence[] {
  const found = Object.keys(settings)
    .filter((k) => k.startsWith(COMPETENCE_PREFIX) && k.length > COMPETENCE_PREFIX.length)
    .map((k) => ({ key: k.slice(COMPETENCE_PREFIX.length), label: String(settings[k] ?? '').trim() }))
    .filter((c) => c.label !== '');
  return found.length > 0 ? found : DEFAULT_COMPETENCES.map((c) => ({ ...c }));
}

type Question = Exclude<QuestionSpec, { kind: 'section' }>;
type Grid = Extract<QuestionSpec, { kind: 'grid' }>;

/** Where each answer of a questionnaire sits in one response sheet's header row. */
interface Layout {
  timestampAt: number;
  emailAt: number;
  /** Question key → 0-based column (absent when the column is missing). */
  columns: Map<string, number>;
  /** Grid key → its columns: row label as in the header, competence key or null when unknown. */
  grids: Map<string, Array<{ at: number; label: string; competence: string | null }>>;
  /** Problems of the sheet as a whole. */
  problems: Problem[];
}

const questionsOf = (spec: QuestionnaireSpec): Question[] =>
  spec.questions.filter((q): q is Question => q.kind !== 'section');

const findFirst = (index: Map<string, number>, headers: readonly string[]): number => {
  for (const h of headers) {
    const at = index.get(headerKey(h));
    if (at !== undefined) return at;
  }
  return -1;
};

/** Competence keys by normalised label (what a grid row header or a checkbox choice says). */
const labelIndex = (competences: readonly Competence[]): Map<string, string> =>
  new Map(competences.map((c) => [headerKey(c.label), c.key]));

function layoutOf(
  spec: QuestionnaireSpec,
  competences: readonly Competence[],
  headerRow: readonly CellValue[],
): Layout {
  const index = headerIndex(headerRow);
  const layout: Layout = {
    timestampAt: findFirst(index, TIMESTAMP_HEADERS),
    emailAt: findFirst(index, EMAIL_HEADERS),
    columns: new Map(),
    grids: new Map(),
    problems: [],
  };
  if (layout.timestampAt < 0)
    layout.problems.push({
      severity: 'error',
      code: 'missingColumn',
      message: messages.responses.missingTimestamp,
    });
  if (layout.emailAt < 0)
    layout.problems.push({
      severity: 'error',
      code: 'missingColumn',
      message: messages.responses.missingEmailColumn,
    });
  const labels = labelIndex(competences);
  for (const q of questionsOf(spec)) {
    if (q.kind === 'grid') {
      layout.grids.set(q.key, gridColumns(q, headerRow, labels));
      const found = layout.grids.get(q.key) ?? [];
      if (found.length === 0 && q.required)
        layout.problems.push({
          severity: 'error',
          code: 'missingColumn',
          message: messages.responses.missingColumn(`${q.title} [${competences[0]?.label ?? '…'}]`, q.title),
        });
      else if (found.length > 0 && q.rows === 'competences') {
        const present = new Set(found.map((f) => f.competence));
        for (const c of competences)
          if (!present.has(c.key))
            layout.problems.push({
              severity: 'warning',
              code: 'missingColumn',
              message: messages.responses.missingGridRow(c.label),
            });
        for (const f of found)
          if (f.competence === null)
            layout.problems.push({
              severity: 'warning',
              code: 'unknownLabel',
              message: messages.responses.unknownColumn(`${q.title} [${f.label}]`),
            });
      }
      continue;
    }
    const at = index.get(headerKey(q.title));
    if (at !== undefined) layout.columns.set(q.key, at);
    else if (q.required)
      layout.problems.push({
        severity: 'error',
        code: 'missingColumn',
        message: messages.responses.missingColumn(q.title, q.title),
      });
  }
  return layout;
}

/** Columns titled `Title [Row]` (§2.1.5); headerKey folds the double space a trailing blank leaves. */
function gridColumns(
  q: Grid,
  headerRow: readonly CellValue[],
  labels: Map<string, string>,
): Array<{ at: number; label: string; competence: string | null }> {
  const prefix = `${headerKey(q.title)} [`;
  const result: Array<{ at: number; label: string; competence: string | null }> = [];
  headerRow.forEach((h, at) => {
    const key = headerKey(h);
    if (!key.startsWith(prefix) || !key.endsWith(']')) return;
    const raw = String(h).trim();
    const label = raw.slice(raw.lastIndexOf('[', raw.length - 1) + 1, -1).trim();
    const normalised = headerKey(label);
    const competence = q.rows === 'competences' ? (labels.get(normalised) ?? null) : label;
    result.push({ at, label, competence });
  });
  return result;
}

/**
 * Problems of the response sheet as a whole: required questions whose column is missing (errors),
 * grid rows without a column and columns the questionnaire does not know under a grid (warnings).
 */
export function checkResponseColumns(
  spec: QuestionnaireSpec,
  competences: readonly Competence[],
  headerRow: readonly CellValue[],
): Problem[] {
  return layoutOf(spec, competences, headerRow).problems;
}

const isBlank = (v: CellValue | undefined): boolean => v === undefined || v === '' || v === null;

/** A cell as text exactly as Sheets holds it: numbers without formatting, dates as ISO. */
const cellText = (v: CellValue | undefined): string => {
  if (v === undefined || v === null) return '';
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : v.toISOString();
  return String(v);
};

/** Reads a timestamp: a Date from getValues, or «дд.мм.гггг чч:мм:сс» if a person retyped the cell. */
function readTimestamp(v: CellValue | undefined): Date | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
    String(v ?? '').trim(),
  );
  if (!m) return null;
  const [, d, mo, y, h = '0', mi = '0', s = '0'] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return isNaN(date.getTime()) ? null : date;
}

const readNumber = (v: CellValue | undefined): number | null => {
  if (typeof v === 'number') return isFinite(v) ? v : null;
  const text = String(v ?? '')
    .trim()
    .replace(',', '.');
  return text !== '' && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
};

/**
 * Splits a checkbox cell into known labels. Google joins choices with ", " (§2.1.6) and our labels
 * contain ", " themselves («рабочие программы, КТП и ФОС»), so at each position the longest known label
 * that ends at a separator wins; text between known labels is kept as one unknown item.
 */
export function splitCheckboxAnswer(
  cell: string,
  labels: ReadonlyArray<{ key: string; label: string }>,
): { keys: string[]; unknown: string[] } {
  const fold = (t: string): string =>
    t
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[\u00a0\u2007\u202f]/g, ' ');
  const text = cell.trim();
  const folded = fold(text);
  const sorted = [...labels]
    .map((l) => ({ key: l.key, label: fold(l.label.trim()) }))
    .filter((l) => l.label !== '')
    .sort((a, b) => b.label.length - a.label.length);
  const keys: string[] = [];
  const unknown: string[] = [];
  let pending: string[] = [];
  const flushPending = (): void => {
    if (pending.length > 0) unknown.push(pending.join(', '));
    pending = [];
  };
  let pos = 0;
  while (pos < text.length) {
    const match = sorted.find(
      (l) =>
        folded.startsWith(l.label, pos) &&
        (pos + l.label.length === text.length || folded.startsWith(', ', pos + l.label.length)),
    );
    if (match) {
      flushPending();
      if (!keys.includes(match.key)) keys.push(match.key);
      pos += match.label.length + 2;
      continue;
    }
    const next = text.indexOf(', ', pos);
    const end = next < 0 ? text.length : next;
    const piece = text.slice(pos, end).trim();
    if (piece) pending.push(piece);
    pos = end + 2;
  }
  flushPending();
  return { keys, unknown };
}

const emptyFields = (): ResponseFields => ({
  fullName: null,
  position: '',
  subject: '',
  experience: '',
  experienceYears: null,
  category: '',
  phone: '',
  difficulties: {},
  strengths: [],
  capacity: null,
  decision: null,
  answers: {},
  unrecognised: [],
});

function experienceYears(text: string): number | null {
  const band = EXPERIENCE_BANDS.find((b) => headerKey(b.label) === headerKey(text));
  if (band) return band.years;
  const digits = /\d+/.exec(text);
  return digits ? Number(digits[0]) : null;
}

function parseWith(
  layout: Layout,
  spec: QuestionnaireSpec,
  competences: readonly Competence[],
  row: readonly CellValue[],
  rowNumber: number,
  sheet: string,
): ParsedResponse {
  const problems: Problem[] = layout.problems.filter((p) => p.severity === 'error');
  const fields = emptyFields();
  const hashed: Array<[string, string]> = [];

  const timestampCell = layout.timestampAt >= 0 ? row[layout.timestampAt] : '';
  const timestamp = readTimestamp(timestampCell);
  if (layout.timestampAt >= 0 && timestamp === null)
    problems.push({
      severity: 'error',
      code: 'invalidTimestamp',
      message: messages.responses.invalidTimestamp(cellText(timestampCell)),
    });

  const rawEmail = layout.emailAt >= 0 ? cellText(row[layout.emailAt]) : '';
  let email = normalizeEmail(rawEmail);
  if (layout.emailAt >= 0 && email === '')
    problems.push({ severity: 'error', code: 'invalidEmail', message: messages.responses.missingEmail });
  else if (layout.emailAt >= 0 && !isValidEmail(email)) {
    email = rawEmail.trim();
    problems.push({
      severity: 'error',
      code: 'invalidEmail',
      message: messages.responses.invalidEmail(email),
    });
  }

  for (const q of questionsOf(spec)) {
    if (q.kind === 'grid') {
      readGrid(q, layout, row, fields, problems, hashed);
      continue;
    }
    const at = layout.columns.get(q.key);
    if (at === undefined) continue;
    const cell = row[at];
    if (isBlank(cell) || (typeof cell === 'string' && cell.trim() === '')) {
      if (q.required)
        problems.push({
          severity: 'error',
          code: 'missingAnswer',
          message: messages.responses.missingAnswer(q.title),
        });
      continue;
    }
    hashed.push([headerKey(q.title), cellText(cell)]);
    readAnswer(q, cell, competences, fields, problems);
  }

  const answersHash = fnv1a(
    hashed
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}\u0001${v}`)
      .join('\u0002'),
  );
  const when = timestamp ? timestamp.toISOString() : cellText(timestampCell);
  return {
    questionnaire: spec.key,
    sheet,
    rowNumber,
    timestamp,
    email,
    key: `${spec.key}|${when}|${email}|${answersHash}`,
    fields,
    problems,
  };
}

function readGrid(
  q: Grid,
  layout: Layout,
  row: readonly CellValue[],
  fields: ResponseFields,
  problems: Problem[],
  hashed: Array<[string, string]>,
): void {
  const columns = layout.grids.get(q.key) ?? [];
  let answered = 0;
  for (const c of columns) {
    const cell = row[c.at];
    if (isBlank(cell)) continue;
    answered++;
    hashed.push([`${headerKey(q.title)} [${headerKey(c.label)}]`, cellText(cell)]);
    const score = readNumber(cell);
    if (c.competence === null) {
      fields.unrecognised.push(`${c.label}: ${cellText(cell)}`);
      problems.push({
        severity: 'warning',
        code: 'unknownLabel',
        message: messages.responses.unknownLabel(c.label),
      });
    } else if (score === null || score < 1 || score > 5 || !Number.isInteger(score))
      problems.push({
        severity: 'warning',
        code: 'other',
        message: messages.responses.scaleOutOfRange(`${q.title} [${c.label}]`, cellText(cell)),
      });
    else fields.difficulties[c.competence] = score;
  }
  if (answered === 0 && q.required && columns.length > 0)
    problems.push({
      severity: 'error',
      code: 'missingAnswer',
      message: messages.responses.missingAnswer(q.title),
    });
}

function readAnswer(
  q: Exclude<Question, Grid>,
  cell: CellValue,
  competences: readonly Competence[],
  fields: ResponseFields,
  problems: Problem[],
): void {
  const text = cellText(cell);
  if (q.kind === 'scale') {
    const n = readNumber(cell);
    if (n === null || n < q.low || n > q.high) {
      problems.push({
        severity: 'warning',
        code: 'other',
        message: messages.responses.scaleOutOfRange(q.title, text),
      });
      fields.answers[q.key] = text;
    } else fields.answers[q.key] = n;
  } else fields.answers[q.key] = text;

  switch (q.key) {
    case 'fullName': {
      const name = parseFullName(text);
      fields.fullName = {
        surname: name.surname,
        name: name.name,
        patronymic: name.patronymic,
        full: name.full,
      };
      for (const note of name.notes) problems.push({ severity: 'warning', code: 'other', message: note });
      break;
    }
    case 'position':
    case 'subject':
    case 'category':
      fields[q.key] = text.trim();
      break;
    case 'phone':
      fields.phone = text;
      break;
    case 'experience':
      fields.experience = text.trim();
      fields.experienceYears = experienceYears(text);
      if (fields.experienceYears === null)
        problems.push({
          severity: 'warning',
          code: 'other',
          message: messages.responses.unknownExperience(text),
        });
      break;
    case 'capacity':
      fields.capacity = typeof fields.answers.capacity === 'number' ? fields.answers.capacity : null;
      break;
    case 'decision': {
      const folded = headerKey(text);
      fields.decision =
        folded === headerKey(CONSENT_DECISIONS.give)
          ? 'give'
          : folded === headerKey(CONSENT_DECISIONS.withdraw)
            ? 'withdraw'
            : null;
      if (fields.decision === null)
        problems.push({
          severity: 'error',
          code: 'other',
          message: messages.responses.unknownDecision(text),
        });
      break;
    }
    default:
      if (q.kind === 'checkbox' && q.choices === 'competences') {
        const { keys, unknown } = splitCheckboxAnswer(text, competences);
        const order = competences.map((c) => c.key);
        fields.strengths = keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
        for (const label of unknown) {
          fields.unrecognised.push(label);
          problems.push({
            severity: 'warning',
            code: 'unknownLabel',
            message: messages.responses.unknownLabel(label),
          });
        }
      }
  }
}

/** Parses one data row of a response sheet (`rowNumber` 1-based; the header row is row 1). */
export function parseResponse(
  spec: QuestionnaireSpec,
  competences: readonly Competence[],
  headerRow: readonly CellValue[],
  row: readonly CellValue[],
  rowNumber: number,
  sheet = '',
): ParsedResponse {
  return parseWith(layoutOf(spec, competences, headerRow), spec, competences, row, rowNumber, sheet);
}

/**
 * Parses every data row of a response sheet (header row first), in sheet order. Rows that are blank
 * (Google's occasional empty second fire, §2.2.5) and rows already anonymised are left out.
 */
export function parseResponseSheet(
  spec: QuestionnaireSpec,
  competences: readonly Competence[],
  values: readonly (readonly CellValue[])[],
  sheet = '',
): ParsedResponse[] {
  const headerRow = values[0] ?? [];
  const layout = layoutOf(spec, competences, headerRow);
  const result: ParsedResponse[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    if (row.every((v) => isBlank(v) || (typeof v === 'string' && v.trim() === ''))) continue;
    const answers = row.filter((_, at) => at !== layout.timestampAt && at !== layout.emailAt);
    if (answers.every((v) => isBlank(v))) continue;
    if (layout.emailAt >= 0 && isAnonymised(row[layout.emailAt])) continue;
    result.push(parseWith(layout, spec, competences, row, i + 1, sheet));
  }
  return result;
}

/** Responses in the order they must be applied: by timestamp, then by row (stable). */
export function inApplyOrder(responses: readonly ParsedResponse[]): ParsedResponse[] {
  const time = (r: ParsedResponse): number =>
    r.timestamp ? r.timestamp.getTime() : Number.POSITIVE_INFINITY;
  return responses
    .map((r, i) => ({ r, i }))
    .sort((a, b) => time(a.r) - time(b.r) || a.r.rowNumber - b.r.rowNumber || a.i - b.i)
    .map(({ r }) => r);
}

/** True when a response can be applied: it has no error problem. */
export const isApplicable = (response: ParsedResponse): boolean =>
  !response.problems.some((p) => p.severity === 'error');

/** True when the response cannot be processed until staff restore a column: leave it for a later run. */
export const isDeferred = (response: ParsedResponse): boolean =>
  response.problems.some((p) => p.code === 'missingColumn' && p.severity === 'error');

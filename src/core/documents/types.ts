import type { DocLocation } from './outline';

/**
 * The templates (issue 5, decision 1; the final report of issue 6, item 6); the key names the template
 * in `nastavnik.drive`.
 */
export type TemplateKey =
  | 'orderRegulation'
  | 'regulation'
  | 'roadmap'
  | 'orderPairs'
  | 'programme'
  | 'consentPersonalData'
  | 'consentMentor'
  | 'finalReport';

export const TEMPLATE_KEYS: readonly TemplateKey[] = [
  'orderRegulation',
  'regulation',
  'roadmap',
  'orderPairs',
  'programme',
  'consentPersonalData',
  'consentMentor',
  'finalReport',
];

export type Gender = 'male' | 'female';

/** Cases a name is printed in; `nominative` is the name as stored. */
export type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental';

/** The forms staff typed in «ФИО в падежах (вручную)»; each given form wins over the library. */
export interface ManualNameForms {
  genitive?: string;
  dative?: string;
  accusative?: string;
  instrumental?: string;
}

/** A person's ФИО as template data: declined by the case filters, shortened by `инициалы`. */
export interface NameValue {
  kind: 'name';
  /** «Фамилия Имя Отчество» as stored. */
  full: string;
  /** From a stored field; otherwise found from the patronymic. */
  gender?: Gender;
  forms?: ManualNameForms;
}

/** A calendar day with no time of day (a planned date): printed as is, whatever the time zone. */
export interface DayValue {
  kind: 'day';
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** A term «с 01.09.2026 по 31.05.2027» (with `дата_прописью`: «с 1 сентября 2026 г. по …»). */
export interface PeriodValue {
  kind: 'period';
  from: Date | DayValue;
  to: Date | DayValue;
}

/** A value a placeholder prints. Dates are printed in the time zone given to the renderer. */
export type TemplateScalar =
  string | number | boolean | Date | DayValue | PeriodValue | NameValue | null | undefined;

/** Records have Russian keys (path segments); lists are walked by `{{#каждый}}` rows. */
export interface TemplateRecord {
  readonly [key: string]: TemplateValue;
}

export type TemplateValue = TemplateScalar | TemplateRecord | readonly TemplateValue[];

/** What a template is rendered from: the root record, e.g. `{ организация: {…}, пары: [...] }`. */
export type TemplateData = TemplateRecord;

/** What a path holds, so the checker can say «фильтр «дата» применим только к датам». */
export type ValueType = 'text' | 'name' | 'names' | 'date' | 'number' | 'flag' | 'list';

/**
 * The paths a template kind may use (the data model of issue 5, task 4).
 * `values`: every path a placeholder may name outside a repeated row, with its type.
 * `lists`: lists a `{{#каждый список как элемент}}` row may walk — the list path, the item's usual
 * name and the item's fields relative to the item (`''` is the item itself, e.g. a list of texts).
 */
export interface KnownPaths {
  values: Readonly<Record<string, ValueType>>;
  lists: Readonly<Record<string, { item: string; fields: Readonly<Record<string, ValueType>> }>>;
}

export type TemplateProblemCode =
  | 'unknownPath'
  | 'unknownFilter'
  | 'filterNotApplicable'
  | 'emptyPlaceholder'
  | 'splitPlaceholder'
  | 'unopenedBraces'
  | 'unclosedIf'
  | 'unopenedIf'
  | 'ifAcrossCells'
  | 'eachNotAtRowStart'
  | 'unknownList'
  | 'badTag'
  | 'missingValue'
  | 'emptyList'
  | 'notDeclined';

/** One finding of the checker or the renderer, for a person to act on. */
export interface TemplateProblem {
  code: TemplateProblemCode;
  /** `error`: the document cannot be made; `warning`: it can, but staff should look (e.g. «____»). */
  severity: 'error' | 'warning';
  location: DocLocation;
  /** Russian: «Таблица 2, строка 3, ячейка 1». */
  where: string;
  /** Russian: what is wrong, quoting the placeholder. */
  message: string;
  /** Russian: how to fix it («возможно, вы имели в виду {{наставник.фио}}»); '' when obvious. */
  hint: string;
  /** The template text concerned, e.g. `{{наставник.фоi}}`. */
  source: string;
}

export interface TemplateCheck {
  ok: boolean;
  errors: TemplateProblem[];
  warnings: TemplateProblem[];
}

/**
 * One literal replacement inside one paragraph: `text.slice(start, end) === source` in the paragraph's
 * text as the outline gave it (UTF-16 offsets, `end` exclusive).
 */
export interface TextReplacement {
  start: number;
  end: number;
  source: string;
  text: string;
}

/**
 * The edits of one paragraph. `replacements` are sorted by `start` DESCENDING and never overlap:
 * apply them in the given order (right to left) and every offset stays valid. `result` is the
 * paragraph's whole text afterwards (for checks and for an adapter that prefers setText).
 */
export interface ParagraphEdit {
  location: DocLocation;
  replacements: TextReplacement[];
  result: string;
}

/** One copy of a repeated row: edits and paragraph removals addressed inside the template row. */
export interface RowItemPlan {
  /** Locations name the TEMPLATE row (`section`, `block`, `row`) and a `cell`/`paragraph` in it. */
  edits: ParagraphEdit[];
  /** Cell paragraphs to remove from this copy (conditional blocks inside the row), in descending order. */
  removals: DocLocation[];
}

/** A `{{#каждый}}` row: copied once per item (in order) below itself, then the template row removed. */
export interface RowRepeat {
  /** `section`, `block`, `row` of the template row. */
  location: DocLocation;
  list: string;
  items: RowItemPlan[];
}

/**
 * Everything the shell does to a copy of the template (see the contract at the top of index.ts).
 * `edits` never touch a repeated row nor anything in `removals`.
 */
export interface RenderPlan {
  edits: ParagraphEdit[];
  rows: RowRepeat[];
  /** Whole top-level blocks or cell paragraphs to remove, in descending document order. */
  removals: DocLocation[];
  /** Errors mean: do not make the document (the plan is then empty). */
  errors: TemplateProblem[];
  warnings: TemplateProblem[];
}

export interface RenderOptions {
  /** The script's time zone (Session.getScriptTimeZone()), e.g. 'Europe/Moscow'; dates print in it. */
  timeZone: string;
  /** What a missing value prints; «____» by default. */
  missing?: string;
}

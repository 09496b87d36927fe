import { messages } from '../messages';
import { type CalendarDay, calendarDay, dayNumeric, dayWords, parseDayText } from './dates';
import type { FilterName, Tag } from './language';
import { declineName, declinedSurname, initialsAfter, initialsBefore, nameGender } from './names';
import type { DocLocation, TemplateOutline } from './outline';
import { compareLocations } from './location';
import { defaultItemName } from './paths';
import { problem, structureProblems } from './problems';
import type {
  GrammaticalCase,
  NameValue,
  ParagraphEdit,
  PeriodValue,
  RenderOptions,
  RenderPlan,
  RowItemPlan,
  RowRepeat,
  TemplateData,
  TemplateProblem,
  TemplateProblemCode,
  TemplateRecord,
  TemplateValue,
  TextReplacement,
} from './types';
import { type ParagraphItem, type RowItem, type SectionItem, walkOutline } from './walk';

const M = () => messages.documents;

const CASES: Partial<Record<FilterName, GrammaticalCase>> = {
  именительный: 'nominative',
  родительный: 'genitive',
  дательный: 'dative',
  винительный: 'accusative',
  творительный: 'instrumental',
};

const isName = (v: TemplateValue): v is NameValue =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { kind?: unknown }).kind === 'name';

const isDay = (v: TemplateValue): v is CalendarDay & { kind: 'day' } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { kind?: unknown }).kind === 'day';

const isPeriod = (v: TemplateValue): v is PeriodValue =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { kind?: unknown }).kind === 'period';

export const isRecord = (v: TemplateValue): v is TemplateRecord =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  !(v instanceof Date) &&
  !isName(v) &&
  !isDay(v) &&
  !isPeriod(v);

/** Item names of the enclosing repeated rows, innermost last. */
type Scope = ReadonlyArray<[string, TemplateValue]>;

/** Looks a dotted path up: an item name of the row first, else the root; `список.количество` counts. */
export function resolvePath(data: TemplateData, scope: Scope, path: string): TemplateValue {
  const [head = '', ...rest] = path.split('.');
  const own = [...scope].reverse().find(([alias]) => alias === head);
  let value: TemplateValue = own ? own[1] : data[head];
  for (const segment of rest) {
    if (Array.isArray(value) && segment === 'количество') value = value.length;
    else if (isRecord(value)) value = value[segment];
    else return undefined;
  }
  return value;
}

/** `{{#если}}`: a non-empty text, true, a non-empty list, any number, date or name. */
export function isTruthy(value: TemplateValue): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (isName(value)) return value.full.trim() !== '';
  return true;
}

interface Format {
  grammaticalCase: GrammaticalCase;
  initials: 'none' | 'after' | 'before';
  date: 'numeric' | 'words';
  transform: Array<'upper' | 'lower'>;
}

/**
 * «строчные» puts a position into running text («…, председатель ПЦК информатики»): words written in
 * capitals are abbreviations (ПЦК, ОБЗР, ОВЗ) and keep them; every other word is lower-cased.
 */
export function lowerKeepingAbbreviations(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) =>
    word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase() ? word : word.toLowerCase(),
  );
}

function formatOf(filters: readonly string[]): Format {
  const format: Format = { grammaticalCase: 'nominative', initials: 'none', date: 'numeric', transform: [] };
  for (const f of filters) {
    const grammaticalCase = CASES[f as FilterName];
    if (grammaticalCase) format.grammaticalCase = grammaticalCase;
    else if (f === 'инициалы') format.initials = 'after';
    else if (f === 'инициалы_впереди') format.initials = 'before';
    else if (f === 'дата') format.date = 'numeric';
    else if (f === 'дата_прописью') format.date = 'words';
    else if (f === 'заглавные') format.transform.push('upper');
    else if (f === 'строчные') format.transform.push('lower');
  }
  return format;
}

interface Context {
  outline: TemplateOutline;
  data: TemplateData;
  timeZone: string;
  missing: string;
  warnings: Map<string, TemplateProblem>;
}

function warn(
  ctx: Context,
  code: TemplateProblemCode,
  location: DocLocation,
  message: string,
  hint: string,
  source: string,
) {
  const found = problem(ctx.outline, code, 'warning', location, message, hint, source);
  const key = `${code}\u0000${found.where}\u0000${source}\u0000${message}`;
  if (!ctx.warnings.has(key)) ctx.warnings.set(key, found);
}

function formatName(ctx: Context, name: NameValue, format: Format, location: DocLocation): string {
  const { initials } = format;
  let { grammaticalCase } = format;
  if (
    grammaticalCase !== 'nominative' &&
    !name.forms?.[grammaticalCase] &&
    !nameGender(name.full, name.gender)
  ) {
    // Without a gender lvovich guesses («Смит» → «Смита» or «Смит»): a wrong case in an order is worse
    // than the nominative, which is always correct as written. The journal names the person (item 10).
    warn(ctx, 'notDeclined', location, M().problems.notDeclined(name.full), M().hints.manualForms, name.full);
    grammaticalCase = 'nominative';
  }
  if (initials === 'none') return declineName(name, grammaticalCase);
  const surname = declinedSurname(name, grammaticalCase);
  return initials === 'after' ? initialsAfter(name.full, surname) : initialsBefore(name.full, surname);
}

/** The text of one value, or null when there is none («____» then). */
function formatValue(
  ctx: Context,
  value: TemplateValue,
  format: Format,
  location: DocLocation,
): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const parts = value
      .map((v) => formatValue(ctx, v, format, location))
      .filter((s): s is string => s !== null && s !== '');
    if (parts.length === 0) return null;
    const people = value.some((v) => isName(v) || (isRecord(v) && isName(v['фио'])));
    return parts.join(people ? ', ' : '; ');
  }
  if (isName(value)) return value.full.trim() === '' ? null : formatName(ctx, value, format, location);
  if (isRecord(value)) return isName(value['фио']) ? formatValue(ctx, value['фио'], format, location) : null;
  if (value instanceof Date) {
    if (isNaN(value.getTime())) return null;
    const day = calendarDay(value, ctx.timeZone);
    return format.date === 'words' ? dayWords(day) : dayNumeric(day);
  }
  if (isDay(value)) return format.date === 'words' ? dayWords(value) : dayNumeric(value);
  if (isPeriod(value)) {
    const from = formatValue(ctx, value.from, format, location);
    const to = formatValue(ctx, value.to, format, location);
    return from && to ? M().period(from, to) : null;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : null;
  if (typeof value === 'boolean') return value ? M().booleans.yes : M().booleans.no;
  const text = String(value);
  if (text.trim() === '') return null;
  if (format.date === 'words') {
    const day = parseDayText(text);
    if (day) return dayWords(day);
  }
  return text;
}

function printed(
  ctx: Context,
  tag: Extract<Tag, { kind: 'value' }>,
  scope: Scope,
  location: DocLocation,
): string {
  const format = formatOf(tag.filters);
  const text = formatValue(ctx, resolvePath(ctx.data, scope, tag.path), format, location);
  if (text === null) {
    warn(
      ctx,
      'missingValue',
      location,
      M().problems.missingValue(tag.source),
      M().hints.fillValue,
      tag.source,
    );
    return ctx.missing;
  }
  return format.transform.reduce(
    (s, t) => (t === 'upper' ? s.toUpperCase() : lowerKeepingAbbreviations(s)),
    text,
  );
}

interface Sink {
  edits: ParagraphEdit[];
  removals: DocLocation[];
  rows: RowRepeat[];
}

/** Applies replacements (any order in, non-overlapping) to a text. */
export function applyReplacements(text: string, replacements: readonly TextReplacement[]): string {
  let out = text;
  for (const r of [...replacements].sort((a, b) => b.start - a.start))
    out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}

/** Adjacent deletions become one; values keep their own replacement (and so their own formatting run). */
function tidyReplacements(text: string, replacements: TextReplacement[]): TextReplacement[] {
  const merged: TextReplacement[] = [];
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    if (r.start === r.end && r.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last.end === r.start && last.text === '' && r.text === '')
      merged[merged.length - 1] = {
        start: last.start,
        end: r.end,
        source: text.slice(last.start, r.end),
        text: '',
      };
    else merged.push(r);
  }
  return merged.reverse();
}

interface ParagraphOutcome {
  item: ParagraphItem;
  removed: boolean;
  replacements: TextReplacement[];
}

/**
 * One container (a section's top level or a cell) in ONE pass over the template text: each tag is
 * replaced by its value's text, which is never scanned again, so a value holding `{{…}}`, `$1`, `\`
 * or `.*` stays literal. Conditionals switch whole stretches of text, paragraphs and tables on or off.
 */
function renderContainer(
  ctx: Context,
  items: readonly SectionItem[],
  scope: Scope,
  sink: Sink,
  cell: boolean,
) {
  const stack: boolean[] = [];
  const active = () => stack.every(Boolean);
  const outcomes: ParagraphOutcome[] = [];
  for (const item of items) {
    if (item.type === 'table') {
      if (!active()) sink.removals.push(item.location);
      else for (const row of item.rows) renderRow(ctx, row, scope, sink);
      continue;
    }
    const { text, parsed, location } = item;
    const replacements: TextReplacement[] = [];
    const activeAtStart = active();
    let kept = '';
    let hadMarker = false;
    let cursor = 0;
    const literal = (end: number) => {
      if (end <= cursor) return;
      if (active()) kept += text.slice(cursor, end);
      else replacements.push({ start: cursor, end, source: text.slice(cursor, end), text: '' });
    };
    const remove = (tag: Tag) =>
      replacements.push({ start: tag.start, end: tag.end, source: tag.source, text: '' });
    for (const tag of parsed.tags) {
      literal(tag.start);
      if (tag.kind === 'if') {
        hadMarker = true;
        const value = active() && isTruthy(resolvePath(ctx.data, scope, tag.path));
        stack.push(active() && value !== tag.negate);
        remove(tag);
      } else if (tag.kind === 'endIf') {
        hadMarker = true;
        stack.pop();
        remove(tag);
      } else if (tag.kind === 'value' && active()) {
        const value = printed(ctx, tag, scope, location);
        replacements.push({ start: tag.start, end: tag.end, source: tag.source, text: value });
        kept += value;
      } else remove(tag);
      cursor = tag.end;
    }
    literal(text.length);
    const removed = hadMarker ? kept.trim() === '' : !activeAtStart;
    outcomes.push({ item, removed, replacements });
  }
  // Docs keeps at least one paragraph in a cell and ends a section with one (§3.8, §3.11): clear it instead.
  const last = items[items.length - 1];
  const guard = cell
    ? outcomes[outcomes.length - 1]
    : last?.type === 'paragraph'
      ? outcomes[outcomes.length - 1]
      : undefined;
  if (guard?.removed && (cell ? outcomes.every((o) => o.removed) : true)) {
    guard.removed = false;
    guard.replacements =
      guard.item.text === ''
        ? []
        : [{ start: 0, end: guard.item.text.length, source: guard.item.text, text: '' }];
  }
  for (const o of outcomes) {
    if (o.removed) sink.removals.push(o.item.location);
    else {
      const replacements = tidyReplacements(o.item.text, o.replacements);
      if (replacements.length > 0)
        sink.edits.push({
          location: o.item.location,
          replacements,
          result: applyReplacements(o.item.text, replacements),
        });
    }
  }
}

function renderRow(ctx: Context, row: RowItem, scope: Scope, sink: Sink) {
  if (!row.each) {
    for (const c of row.cells) renderContainer(ctx, c.paragraphs, scope, sink, true);
    return;
  }
  const { list, alias, source } = row.each;
  const value = resolvePath(ctx.data, scope, list);
  const items = Array.isArray(value) ? value : [];
  const where = row.cells[0]!.paragraphs[0]!.location;
  if (!Array.isArray(value))
    warn(ctx, 'missingValue', where, M().problems.missingValue(source), M().hints.fillValue, source);
  else if (items.length === 0) warn(ctx, 'emptyList', where, M().problems.emptyList(list), '', source);
  const name = alias ?? defaultItemName(list);
  const plans = items.map((item): RowItemPlan => {
    const itemSink: Sink = { edits: [], removals: [], rows: [] };
    for (const c of row.cells) renderContainer(ctx, c.paragraphs, [...scope, [name, item]], itemSink, true);
    return { edits: itemSink.edits, removals: byDocumentOrderDescending(itemSink.removals) };
  });
  sink.rows.push({ location: row.location, list, items: plans });
}

const byDocumentOrderDescending = (locations: DocLocation[]): DocLocation[] =>
  [...locations].sort((a, b) => compareLocations(b, a));

/** The edits that turn a copy of the template into the document for `data` (contract in index.ts). */
export function planRender(outline: TemplateOutline, data: TemplateData, options: RenderOptions): RenderPlan {
  const walk = walkOutline(outline);
  const structure = structureProblems(outline, walk);
  const errors = structure.filter((p) => p.severity === 'error');
  const structureWarnings = structure.filter((p) => p.severity === 'warning');
  if (errors.length > 0) return { edits: [], rows: [], removals: [], errors, warnings: structureWarnings };
  const ctx: Context = {
    outline,
    data,
    timeZone: options.timeZone,
    missing: options.missing ?? M().missingValue,
    warnings: new Map(),
  };
  const sink: Sink = { edits: [], removals: [], rows: [] };
  for (const section of walk) renderContainer(ctx, section.items, [], sink, false);
  return {
    edits: sink.edits.sort((a, b) => compareLocations(a.location, b.location)),
    rows: sink.rows.sort((a, b) => compareLocations(b.location, a.location)),
    removals: byDocumentOrderDescending(sink.removals),
    errors: [],
    warnings: [...structureWarnings, ...ctx.warnings.values()],
  };
}

import { messages } from '../messages';
import { closest } from './language';
import { compareLocations } from './location';
import type { TemplateOutline } from './outline';
import { containers, problem, structureProblems } from './problems';
import { defaultItemName } from './paths';
import type { KnownPaths, TemplateCheck, TemplateProblem, ValueType } from './types';
import { type ParagraphItem, walkOutline } from './walk';

const M = () => messages.documents;

const NAME_FILTERS = new Set([
  'именительный',
  'родительный',
  'дательный',
  'винительный',
  'творительный',
  'инициалы',
  'инициалы_впереди',
]);
const DATE_FILTERS = new Set(['дата', 'дата_прописью']);

/** The paths visible at a paragraph: the template's own, plus a repeated row's item fields. */
interface Scope {
  values: Map<string, ValueType>;
  /** Items of a list the checker does not know: their fields are not checked (one error is enough). */
  unknownItems: Set<string>;
  /** The list of the row being repeated, for messages. */
  list: string | null;
}

function rootScope(known: KnownPaths): Scope {
  const values = new Map<string, ValueType>(Object.entries(known.values));
  for (const list of Object.keys(known.lists)) if (!values.has(list)) values.set(list, 'list');
  return { values, list: null, unknownItems: new Set() };
}

function rowScope(root: Scope, known: KnownPaths, list: string, alias: string): Scope {
  const values = new Map(root.values);
  const fields = known.lists[list]?.fields ?? {};
  for (const [field, type] of Object.entries(fields))
    values.set(field === '' ? alias : `${alias}.${field}`, type);
  return { values, list, unknownItems: new Set(known.lists[list] ? [] : [alias]) };
}

/**
 * «Проверить шаблон»: unknown paths and filters (with a suggestion), unclosed or unopened
 * `{{#если}}`/`{{/если}}`, `{{#каждый}}` out of place or naming an unknown list, a placeholder split
 * across paragraphs, empty `{{}}` — each with where it is and how to fix it.
 */
export function checkTemplate(outline: TemplateOutline, known: KnownPaths): TemplateCheck {
  const P = M().problems;
  const H = M().hints;
  const walk = walkOutline(outline);
  const found: TemplateProblem[] = structureProblems(outline, walk);
  const root = rootScope(known);
  const scopeOf = new Map<ParagraphItem, Scope>();

  for (const section of walk)
    for (const item of section.items) {
      if (item.type !== 'table') continue;
      for (const row of item.rows) {
        if (!row.each) continue;
        const { list, alias, source } = row.each;
        if (!known.lists[list]) {
          const suggestion = closest(list, Object.keys(known.lists));
          found.push(
            problem(
              outline,
              'unknownList',
              'error',
              row.cells[0]!.paragraphs[0]!.location,
              P.unknownList(list),
              suggestion ? H.didYouMean(source.replace(list, suggestion)) : H.knownPaths,
              source,
            ),
          );
        }
        const scope = rowScope(root, known, list, alias ?? defaultItemName(list, known));
        for (const cell of row.cells) for (const p of cell.paragraphs) scopeOf.set(p, scope);
      }
    }

  for (const { paragraphs } of containers(walk))
    for (const p of paragraphs) {
      const scope = scopeOf.get(p) ?? root;
      for (const tag of p.parsed.tags) {
        if (tag.kind !== 'value' && tag.kind !== 'if') continue;
        const type = scope.values.get(tag.path);
        if (scope.unknownItems.has(tag.path.split('.')[0]!)) continue;
        if (type === undefined) {
          const suggestion = closest(tag.path, scope.values.keys());
          found.push(
            problem(
              outline,
              'unknownPath',
              'error',
              p.location,
              scope.list ? P.unknownPathInRow(tag.source, scope.list) : P.unknownPath(tag.source),
              suggestion ? H.didYouMean(tag.source.replace(tag.path, suggestion)) : H.knownPaths,
              tag.source,
            ),
          );
          continue;
        }
        if (tag.kind !== 'value') continue;
        for (const filter of tag.filters) {
          const target =
            NAME_FILTERS.has(filter) && type !== 'name' && type !== 'names'
              ? P.filterTargets.name
              : DATE_FILTERS.has(filter) && type !== 'date'
                ? P.filterTargets.date
                : null;
          if (target)
            found.push(
              problem(
                outline,
                'filterNotApplicable',
                'warning',
                p.location,
                P.filterNotApplicable(filter, tag.source, target),
                '',
                tag.source,
              ),
            );
        }
      }
    }

  found.sort((a, b) => compareLocations(a.location, b.location));
  const errors = found.filter((f) => f.severity === 'error');
  const warnings = found.filter((f) => f.severity === 'warning');
  return { ok: errors.length === 0, errors, warnings };
}

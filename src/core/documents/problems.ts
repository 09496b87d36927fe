import { messages } from '../messages';
import { FILTERS, closest } from './language';
import { locationLabel } from './location';
import type { DocLocation, TemplateOutline } from './outline';
import type { TemplateProblem, TemplateProblemCode } from './types';
import type { CellItem, ParagraphItem, SectionWalk } from './walk';

const M = () => messages.documents;

export function problem(
  outline: TemplateOutline,
  code: TemplateProblemCode,
  severity: 'error' | 'warning',
  location: DocLocation,
  message: string,
  hint: string,
  source: string,
): TemplateProblem {
  return { code, severity, location, where: locationLabel(outline, location), message, hint, source };
}

/** Paragraphs of a container in order: a section's top level, or one cell. */
export type ContainerParagraphs = ParagraphItem[];

/** Every container of the template: each section's top-level paragraphs, then every cell. */
export function containers(
  walk: SectionWalk[],
): Array<{ paragraphs: ParagraphItem[]; cell: CellItem | null }> {
  const out: Array<{ paragraphs: ParagraphItem[]; cell: CellItem | null }> = [];
  for (const section of walk) {
    out.push({
      paragraphs: section.items.filter((i): i is ParagraphItem => i.type === 'paragraph'),
      cell: null,
    });
    for (const item of section.items)
      if (item.type === 'table')
        for (const row of item.rows)
          for (const cell of row.cells) out.push({ paragraphs: cell.paragraphs, cell });
  }
  return out;
}

/**
 * Problems of structure, which make a document impossible to render correctly: unbalanced
 * conditionals, misplaced or malformed `{{#каждый}}`, placeholders split across paragraphs, empty or
 * unreadable tags, unknown filters. Shared by the checker and the renderer.
 */
export function structureProblems(outline: TemplateOutline, walk: SectionWalk[]): TemplateProblem[] {
  const P = M().problems;
  const H = M().hints;
  const found: TemplateProblem[] = [];
  const rowStarts = new Set<ParagraphItem>();
  for (const section of walk)
    for (const item of section.items)
      if (item.type === 'table')
        for (const row of item.rows) if (row.each) rowStarts.add(row.cells[0]!.paragraphs[0]!);

  for (const { paragraphs, cell } of containers(walk)) {
    const open: Array<{ paragraph: ParagraphItem; source: string }> = [];
    paragraphs.forEach((p, index) => {
      for (const tag of p.parsed.tags) {
        const at = (
          code: TemplateProblemCode,
          message: string,
          hint: string,
          severity: 'error' | 'warning' = 'error',
        ) => found.push(problem(outline, code, severity, p.location, message, hint, tag.source));
        if (tag.kind === 'if') open.push({ paragraph: p, source: tag.source });
        else if (tag.kind === 'endIf') {
          if (open.length === 0) at('unopenedIf', P.unopenedIf, H.openIf);
          else open.pop();
        } else if (tag.kind === 'each') {
          if (!(rowStarts.has(p) && p.parsed.tags[0] === tag))
            at('eachNotAtRowStart', P.eachNotAtRowStart(tag.source), H.eachAtRowStart);
        } else if (tag.kind === 'empty') at('emptyPlaceholder', P.emptyPlaceholder, H.removeBraces);
        else if (tag.kind === 'bad') {
          if (tag.reason === 'block') {
            const suggestion = closest(tag.word, ['#если', '/если', '#каждый']);
            at('badTag', P.badBlock(tag.source), suggestion ? H.didYouMean(`{{${suggestion} …}}`) : '');
          } else if (tag.reason === 'each') at('badTag', P.badEach(tag.source), H.eachSyntax);
          else at('badTag', P.badPath(tag.source), H.removeBraces);
        } else if (tag.kind === 'value') {
          for (const filter of tag.filters)
            if (!(FILTERS as readonly string[]).includes(filter)) {
              const suggestion = closest(filter, FILTERS);
              at(
                'unknownFilter',
                P.unknownFilter(filter, tag.source),
                suggestion ? H.didYouMean(tag.source.replace(filter, suggestion)) : H.filters,
              );
            }
        }
      }
      const { unclosed, strayClosings } = p.parsed;
      if (unclosed !== null) {
        const source = p.text.slice(unclosed, unclosed + 40);
        found.push(
          problem(
            outline,
            'splitPlaceholder',
            'error',
            p.location,
            P.splitPlaceholder(source),
            H.samePlaceholder,
            source,
          ),
        );
      }
      const previous = paragraphs[index - 1];
      const continuesSplit = previous && previous.parsed.unclosed !== null;
      if (strayClosings.length > 0 && !(continuesSplit && strayClosings[0] === p.text.indexOf('}}')))
        found.push(
          problem(outline, 'unopenedBraces', 'warning', p.location, P.unopenedBraces, H.removeBraces, '}}'),
        );
    });
    for (const { paragraph, source } of open) {
      const message = cell ? P.ifAcrossCells(source) : P.unclosedIf(source);
      found.push(
        problem(
          outline,
          cell ? 'ifAcrossCells' : 'unclosedIf',
          'error',
          paragraph.location,
          message,
          cell ? H.ifInOneCell : H.closeIf,
          source,
        ),
      );
    }
  }
  return found;
}

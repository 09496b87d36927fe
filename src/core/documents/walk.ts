import {
  type DocLocation,
  type OutlineBlock,
  type SectionKey,
  type TemplateOutline,
  SECTION_KEYS,
  isTable,
} from './outline';
import { type ParsedParagraph, type Tag, parseParagraph } from './language';

/**
 * A container is where a conditional block may open and close: a section's top level (paragraphs and
 * whole tables) or one table cell (its paragraphs). Both the checker and the renderer walk the
 * template through these, so they agree on what a block spans.
 */
export interface ParagraphItem {
  type: 'paragraph';
  location: DocLocation;
  text: string;
  parsed: ParsedParagraph;
}

export interface TableItem {
  type: 'table';
  location: DocLocation;
  rows: RowItem[];
}

export interface RowItem {
  location: DocLocation;
  /** The `{{#каждый}}` tag opening the row, when the row is repeated. */
  each: Extract<Tag, { kind: 'each' }> | null;
  cells: CellItem[];
}

export interface CellItem {
  location: DocLocation;
  paragraphs: ParagraphItem[];
}

export type SectionItem = ParagraphItem | TableItem;

export interface SectionWalk {
  section: SectionKey;
  items: SectionItem[];
}

function paragraph(location: DocLocation, text: string): ParagraphItem {
  return { type: 'paragraph', location, text, parsed: parseParagraph(text) };
}

function blockItem(section: SectionKey, block: OutlineBlock, index: number): SectionItem {
  if (!isTable(block)) return paragraph({ section, block: index }, block.text);
  const rows = block.rows.map((row, r): RowItem => {
    const cells = row.cells.map((cell, c): CellItem => ({
      location: { section, block: index, row: r, cell: c },
      paragraphs: cell.paragraphs.map((p, i) =>
        paragraph({ section, block: index, row: r, cell: c, paragraph: i }, p.text),
      ),
    }));
    const first = cells[0]?.paragraphs[0];
    const tag = first?.parsed.tags[0];
    const each = tag && tag.kind === 'each' && first.text.slice(0, tag.start).trim() === '' ? tag : null;
    return { location: { section, block: index, row: r }, each, cells };
  });
  return { type: 'table', location: { section, block: index }, rows };
}

export function walkOutline(outline: TemplateOutline): SectionWalk[] {
  return SECTION_KEYS.map((section) => ({
    section,
    items: (outline[section] ?? []).map((block, i) => blockItem(section, block, i)),
  }));
}

/**
 * The plain outline of a Google Doc template as the shell reads it: three sections, each a list of
 * blocks (paragraphs and tables; list items count as paragraphs). One text per paragraph, whatever its
 * formatting runs, so a placeholder split across runs reaches the core whole (apps-script-behaviours
 * §3.3, §3.5). The core never sees Docs elements; the shell keeps them, indexed the same way.
 */
export type SectionKey = 'header' | 'body' | 'footer';

export const SECTION_KEYS: readonly SectionKey[] = ['header', 'body', 'footer'];

export interface OutlineParagraph {
  text: string;
}

export interface OutlineCell {
  paragraphs: OutlineParagraph[];
}

export interface OutlineRow {
  cells: OutlineCell[];
}

export interface OutlineTable {
  rows: OutlineRow[];
}

export type OutlineBlock = OutlineParagraph | OutlineTable;

/** A template read into plain data; `header`/`footer` are absent (or empty) when the document has none. */
export interface TemplateOutline {
  header?: OutlineBlock[];
  body: OutlineBlock[];
  footer?: OutlineBlock[];
}

export const isTable = (block: OutlineBlock): block is OutlineTable => 'rows' in block;

/**
 * Where a paragraph, table, row or cell is. All indexes are 0-based positions in the outline:
 * `block` in `outline[section]`; `row`, `cell`, `paragraph` inside that block when it is a table.
 * A location with only `section` + `block` names a whole top-level paragraph or table; with `row` a
 * table row; with `row` + `cell` + `paragraph` one paragraph of a cell.
 */
export interface DocLocation {
  section: SectionKey;
  block: number;
  row?: number;
  cell?: number;
  paragraph?: number;
}

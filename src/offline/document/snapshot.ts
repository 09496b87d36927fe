import type { BlockNode, DocTree, ParagraphNode, SectionNode } from './model';
import { nodeText, paragraphText } from './model';

/**
 * Plain-data form of a document for the exporters (`.docx` via the `docx` package, `state.json`) and for
 * the PDF writer: no parent links, no element objects, nothing that ticks.
 */

export interface RunSnapshot {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
  backgroundColor?: string;
  linkUrl?: string;
}

export interface ParagraphSnapshot {
  kind: 'paragraph';
  text: string;
  /** 'NORMAL', 'HEADING1'…'HEADING6', 'TITLE', 'SUBTITLE'. */
  heading: string;
  /** 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY', or null when inherited. */
  alignment: string | null;
  /** Present for list items. */
  listItem?: { nestingLevel: number; glyphType: string | null };
  runs: RunSnapshot[];
}

export interface TableCellSnapshot {
  backgroundColor: string | null;
  blocks: BlockSnapshot[];
}

export interface TableSnapshot {
  kind: 'table';
  borderWidth: number;
  rows: Array<{ cells: TableCellSnapshot[] }>;
}

export type BlockSnapshot =
  ParagraphSnapshot | TableSnapshot | { kind: 'pageBreak' } | { kind: 'horizontalRule' };

export interface DocumentSnapshot {
  id: string;
  name: string;
  url: string;
  trashed: boolean;
  /** The body's text as `Body.getText()` gives it. */
  text: string;
  body: BlockSnapshot[];
  header: BlockSnapshot[] | null;
  footer: BlockSnapshot[] | null;
}

function paragraphSnapshot(p: ParagraphNode): ParagraphSnapshot {
  const out: ParagraphSnapshot = {
    kind: 'paragraph',
    text: paragraphText(p),
    heading: p.heading,
    alignment: p.alignment,
    runs: p.runs.map((r) => ({ text: r.text, ...r.style })),
  };
  if (p.type === 'LIST_ITEM') out.listItem = { nestingLevel: p.nestingLevel, glyphType: p.glyphType };
  return out;
}

export function blockSnapshot(block: BlockNode): BlockSnapshot {
  switch (block.type) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return paragraphSnapshot(block);
    case 'TABLE':
      return {
        kind: 'table',
        borderWidth: block.borderWidth,
        rows: block.rows.map((row) => ({
          cells: row.cells.map((cell) => ({
            backgroundColor: cell.backgroundColor,
            blocks: cell.children.map(blockSnapshot),
          })),
        })),
      };
    case 'PAGE_BREAK':
      return { kind: 'pageBreak' };
    default:
      return { kind: 'horizontalRule' };
  }
}

export function sectionSnapshot(section: SectionNode | null): BlockSnapshot[] | null {
  return section ? section.children.map(blockSnapshot) : null;
}

export function treeSnapshot(
  tree: DocTree,
  file: { id: string; name: string; url: string; trashed: boolean },
): DocumentSnapshot {
  return {
    ...file,
    text: nodeText(tree.body),
    body: sectionSnapshot(tree.body)!,
    header: sectionSnapshot(tree.header),
    footer: sectionSnapshot(tree.footer),
  };
}

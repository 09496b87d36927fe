import type { Alignment, Heading } from './enums';

/**
 * The document tree as plain data. Element objects handed to scripts (Paragraph, Table…) are thin views
 * over these nodes, as in Apps Script, where `getChild(0)` twice gives two objects for one element.
 * A node whose `parent` is null is detached (a `copy()`, or removed from its parent): §3.9.
 */

/** Character formatting of one run; an absent key means "inherited from the paragraph's style". */
export interface TextStyle {
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

/** A stretch of text with one formatting. */
export interface Run {
  text: string;
  style: TextStyle;
}

export interface ParagraphNode {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  runs: Run[];
  heading: Heading;
  alignment: Alignment | null;
  /** List items only. */
  nestingLevel: number;
  glyphType: string | null;
  parent: BlockParent | null;
}

export interface TableNode {
  type: 'TABLE';
  rows: RowNode[];
  borderWidth: number;
  parent: BlockParent | null;
}

export interface RowNode {
  type: 'TABLE_ROW';
  cells: CellNode[];
  parent: TableNode | null;
}

export interface CellNode {
  type: 'TABLE_CELL';
  children: BlockNode[];
  backgroundColor: string | null;
  parent: RowNode | null;
}

/**
 * In Google Docs a page break sits inside a paragraph; offline it is a block of its own (same child
 * count for `appendPageBreak`, which Google wraps in a new paragraph). Documented simplification.
 */
export interface PageBreakNode {
  type: 'PAGE_BREAK';
  parent: BlockParent | null;
}

export interface HorizontalRuleNode {
  type: 'HORIZONTAL_RULE';
  parent: BlockParent | null;
}

export interface SectionNode {
  type: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';
  children: BlockNode[];
  parent: null;
}

export type BlockNode = ParagraphNode | TableNode | PageBreakNode | HorizontalRuleNode;
export type BlockParent = SectionNode | CellNode;
export type AnyNode = BlockNode | SectionNode | RowNode | CellNode;

export interface DocTree {
  body: SectionNode;
  header: SectionNode | null;
  footer: SectionNode | null;
}

export function isParagraphLike(node: AnyNode): node is ParagraphNode {
  return node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM';
}

export function isBlockParent(node: AnyNode): node is BlockParent {
  return node.type === 'TABLE_CELL' || node.type.endsWith('_SECTION');
}

export function newParagraph(text = '', type: ParagraphNode['type'] = 'PARAGRAPH'): ParagraphNode {
  return {
    type,
    runs: text ? [{ text, style: {} }] : [],
    heading: 'NORMAL',
    alignment: null,
    nestingLevel: 0,
    glyphType: type === 'LIST_ITEM' ? 'BULLET' : null,
    parent: null,
  };
}

export function newSection(type: SectionNode['type']): SectionNode {
  const section: SectionNode = { type, children: [], parent: null };
  appendChild(section, newParagraph());
  return section;
}

export function newCell(text = ''): CellNode {
  const cell: CellNode = { type: 'TABLE_CELL', children: [], backgroundColor: null, parent: null };
  appendChild(cell, newParagraph(text));
  return cell;
}

export function newRow(texts: string[] = []): RowNode {
  const row: RowNode = { type: 'TABLE_ROW', cells: [], parent: null };
  for (const text of texts) insertChild(row, row.cells.length, newCell(text));
  return row;
}

export function newTable(cells: string[][] = []): TableNode {
  const table: TableNode = { type: 'TABLE', rows: [], borderWidth: 1, parent: null };
  for (const texts of cells) insertChild(table, table.rows.length, newRow(texts));
  return table;
}

export function newTree(): DocTree {
  return { body: newSection('BODY_SECTION'), header: null, footer: null };
}

/** The children list of a container node (empty for leaves). */
export function childrenOf(node: AnyNode): AnyNode[] {
  switch (node.type) {
    case 'TABLE':
      return node.rows;
    case 'TABLE_ROW':
      return node.cells;
    case 'TABLE_CELL':
    case 'BODY_SECTION':
    case 'HEADER_SECTION':
    case 'FOOTER_SECTION':
      return node.children;
    default:
      return [];
  }
}

/** Inserts a detached node; the caller has checked the kind fits (block into section/cell, row into table…). */
export function insertChild(parent: AnyNode, index: number, child: AnyNode): void {
  (childrenOf(parent) as AnyNode[]).splice(index, 0, child);
  (child as { parent: AnyNode | null }).parent = parent;
}

export function appendChild(parent: AnyNode, child: AnyNode): void {
  insertChild(parent, childrenOf(parent).length, child);
}

export function indexInParent(node: AnyNode): number {
  return node.parent ? childrenOf(node.parent).indexOf(node) : -1;
}

export function detach(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const list = childrenOf(parent);
  list.splice(list.indexOf(node), 1);
  (node as { parent: AnyNode | null }).parent = null;
}

/** A deep copy, detached (Element#copy: "a detached, deep copy", §3.9). */
export function cloneNode<T extends AnyNode>(node: T): T {
  switch (node.type) {
    case 'PARAGRAPH':
    case 'LIST_ITEM': {
      const p = node as ParagraphNode;
      return { ...p, runs: p.runs.map((r) => ({ text: r.text, style: { ...r.style } })), parent: null } as T;
    }
    case 'TABLE': {
      const t = node as TableNode;
      const copy: TableNode = { type: 'TABLE', rows: [], borderWidth: t.borderWidth, parent: null };
      for (const row of t.rows) appendChild(copy, cloneNode(row));
      return copy as T;
    }
    case 'TABLE_ROW': {
      const copy: RowNode = { type: 'TABLE_ROW', cells: [], parent: null };
      for (const cell of (node as RowNode).cells) appendChild(copy, cloneNode(cell));
      return copy as T;
    }
    case 'TABLE_CELL': {
      const c = node as CellNode;
      const copy: CellNode = {
        type: 'TABLE_CELL',
        children: [],
        backgroundColor: c.backgroundColor,
        parent: null,
      };
      for (const child of c.children) appendChild(copy, cloneNode(child));
      return copy as T;
    }
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
      return { type: node.type, parent: null } as T;
    default: {
      const s = node as SectionNode;
      const copy: SectionNode = { type: s.type, children: [], parent: null };
      for (const child of s.children) appendChild(copy, cloneNode(child));
      return copy as T;
    }
  }
}

export function cloneTree(tree: DocTree): DocTree {
  return {
    body: cloneNode(tree.body),
    header: tree.header ? cloneNode(tree.header) : null,
    footer: tree.footer ? cloneNode(tree.footer) : null,
  };
}

export function paragraphText(p: ParagraphNode): string {
  return p.runs.map((r) => r.text).join('');
}

/**
 * An element's text as Google's getText gives it: a paragraph's characters; containers join their
 * children with "\n"; a table joins its cells' texts row by row with "\n" (each cell paragraph becomes
 * a line, as the Docs model stores each cell paragraph with its own newline) [unsure: tab vs newline].
 */
export function nodeText(node: AnyNode): string {
  if (isParagraphLike(node)) return paragraphText(node);
  if (node.type === 'PAGE_BREAK' || node.type === 'HORIZONTAL_RULE') return '';
  return childrenOf(node)
    .map((child) => nodeText(child))
    .join('\n');
}

/** The text blocks (paragraphs and list items) under a node, in document order (§3.3). */
export function textBlocks(node: AnyNode): ParagraphNode[] {
  if (isParagraphLike(node)) return [node];
  const out: ParagraphNode[] = [];
  for (const child of childrenOf(node)) out.push(...textBlocks(child));
  return out;
}

/** The topmost ancestor: a section for attached nodes, the copy's root for detached ones. */
export function rootOf(node: AnyNode): AnyNode {
  let n: AnyNode = node;
  while (n.parent) n = n.parent;
  return n;
}

export function blocksOfType<T extends BlockNode>(node: AnyNode, type: T['type']): T[] {
  const out: T[] = [];
  for (const child of childrenOf(node)) {
    if (child.type === type) out.push(child as T);
    out.push(...blocksOfType<T>(child, type));
  }
  return out;
}

import type {
  BodyApi,
  ElementApi,
  FooterSectionApi,
  HeaderSectionApi,
  HorizontalRuleApi,
  ListItemApi,
  PageBreakApi,
  ParagraphApi,
  RangeElementApi,
  TableApi,
  TableCellApi,
  TableRowApi,
  TextApi,
} from '../../../gas/api/document';
import { describeArgumentType, gasException, signatureMismatch } from '../../runtime/exception';
import { DOC_ERRORS, insertIndexError, readIndexError } from '../errors';
import type { BlockNode, BlockParent, CellNode, ParagraphNode, SectionNode, TableNode } from '../model';
import {
  appendChild,
  blocksOfType,
  detach,
  insertChild,
  isParagraphLike,
  newParagraph,
  newTable,
  nodeText,
  textBlocks,
} from '../model';
import { styleAt } from '../runs';
import { findIn, replaceIn } from '../search';
import { ElementBase, removeBlock } from './element';
import { blockSegments, checkPattern, hitOf, RangeElementImpl, TextElement } from './text';

/** The node of an element argument of the expected kind; null for non-elements (the caller checks those). */
export function nodeOfArgument<T>(value: unknown, types: string[], method: string): T | null {
  if (!(value instanceof ElementBase)) return null;
  if (types.includes(value.node.type)) return value.node as T;
  throw signatureMismatch(`DocumentApp.${value.toString()}`, `DocumentApp.${method}`);
}

/** A detached node ready to insert (§3.9): attached elements must be copied first. */
export function detached<T extends { parent: unknown }>(node: T): T {
  if (node.parent) throw gasException(DOC_ERRORS.mustBeDetached);
  return node;
}

function cellsArgument(value: unknown, method: string): string[][] {
  const ok =
    Array.isArray(value) &&
    value.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string'));
  if (!ok) throw signatureMismatch(describeArgumentType(value), `DocumentApp.${method}`);
  return value as string[][];
}

/**
 * What sections (body, header, footer) and table cells share: an ordered list of blocks — paragraphs,
 * list items, tables — that always ends with a paragraph (§3.8, §3.11).
 */
export abstract class BlockContainer extends ElementBase {
  declare readonly node: BlockParent;

  protected blocks(): BlockNode[] {
    return this.node.children;
  }

  getText(): string {
    this.enter('getText');
    return nodeText(this.node);
  }

  getNumChildren(): GoogleAppsScript.Integer {
    this.enter('getNumChildren');
    return this.blocks().length;
  }

  getChild(childIndex: GoogleAppsScript.Integer): ElementApi {
    this.enter('getChild');
    const child = this.blocks()[childIndex];
    if (!child || childIndex < 0) throw readIndexError(childIndex, this.blocks().length);
    return this.session.wrap(child);
  }

  getChildIndex(child: ElementApi): GoogleAppsScript.Integer {
    this.enter('getChildIndex');
    const index = child instanceof ElementBase ? this.blocks().indexOf(child.node as BlockNode) : -1;
    if (index < 0) throw gasException(DOC_ERRORS.notAChild);
    return index;
  }

  private place(index: number, node: BlockNode): void {
    const count = this.blocks().length;
    if (!Number.isInteger(index) || index < 0 || index > count) throw insertIndexError(index, count);
    insertChild(this.node, index, detached(node));
  }

  /** A document section never ends with a table: Google adds an empty paragraph after it (§3.8). */
  private keepParagraphLast(): void {
    const blocks = this.blocks();
    const last = blocks[blocks.length - 1];
    if (!last || !isParagraphLike(last)) appendChild(this.node, newParagraph());
  }

  private paragraphArgument(value: unknown, type: ParagraphNode['type'], method: string): ParagraphNode {
    const node = nodeOfArgument<ParagraphNode>(value, [type], `${this.cls}.${method}`);
    if (node) return node;
    if (typeof value !== 'string')
      throw signatureMismatch(describeArgumentType(value), `DocumentApp.${this.cls}.${method}`);
    return newParagraph(value, type);
  }

  appendParagraph(paragraph: ParagraphApi | string): ParagraphApi {
    this.edit('appendParagraph');
    const node = this.paragraphArgument(paragraph, 'PARAGRAPH', 'appendParagraph');
    this.place(this.blocks().length, node);
    return this.session.wrap(node) as unknown as ParagraphApi;
  }

  insertParagraph(childIndex: GoogleAppsScript.Integer, paragraph: ParagraphApi | string): ParagraphApi {
    this.edit('insertParagraph');
    const node = this.paragraphArgument(paragraph, 'PARAGRAPH', 'insertParagraph');
    this.place(childIndex, node);
    return this.session.wrap(node) as unknown as ParagraphApi;
  }

  appendListItem(listItem: ListItemApi | string): ListItemApi {
    this.edit('appendListItem');
    const node = this.paragraphArgument(listItem, 'LIST_ITEM', 'appendListItem');
    this.place(this.blocks().length, node);
    return this.session.wrap(node) as unknown as ListItemApi;
  }

  insertListItem(childIndex: GoogleAppsScript.Integer, listItem: ListItemApi | string): ListItemApi {
    this.edit('insertListItem');
    const node = this.paragraphArgument(listItem, 'LIST_ITEM', 'insertListItem');
    this.place(childIndex, node);
    return this.session.wrap(node) as unknown as ListItemApi;
  }

  private tableArgument(value: unknown, method: string): TableNode {
    const node = nodeOfArgument<TableNode>(value, ['TABLE'], `${this.cls}.${method}`);
    if (node) return node;
    if (value === undefined || value === null) return newTable();
    return newTable(cellsArgument(value, `${this.cls}.${method}`));
  }

  /** Without cells Google makes a table with no rows (gas-fakes notes, live run). */
  appendTable(cellsOrTable?: string[][] | TableApi | null): TableApi {
    this.edit('appendTable');
    const node = this.tableArgument(cellsOrTable, 'appendTable');
    this.place(this.blocks().length, node);
    appendChild(this.node, newParagraph());
    return this.session.wrap(node) as unknown as TableApi;
  }

  insertTable(childIndex: GoogleAppsScript.Integer, cellsOrTable?: string[][] | TableApi | null): TableApi {
    this.edit('insertTable');
    const node = this.tableArgument(cellsOrTable, 'insertTable');
    this.place(childIndex, node);
    this.keepParagraphLast();
    return this.session.wrap(node) as unknown as TableApi;
  }

  appendHorizontalRule(): HorizontalRuleApi {
    this.edit('appendHorizontalRule');
    const node: BlockNode = { type: 'HORIZONTAL_RULE', parent: null };
    this.place(this.blocks().length, node);
    return this.session.wrap(node) as unknown as HorizontalRuleApi;
  }

  protected removeChildNode(child: ElementApi): void {
    const node = child instanceof ElementBase ? (child.node as BlockNode) : null;
    if (!node || node.parent !== this.node) throw gasException(DOC_ERRORS.notAChild);
    removeBlock(node);
  }

  /** One paragraph remains, keeping the first paragraph's formatting; "\n" stays inside its text. */
  protected replaceContent(text: string): void {
    const first = this.blocks().find(isParagraphLike) ?? newParagraph();
    const style = styleAt(first.runs, 0);
    first.runs = text ? [{ text, style }] : [];
    for (const block of [...this.blocks()]) detach(block);
    detach(first);
    appendChild(this.node, first);
  }

  editAsText(): TextApi {
    this.enter('editAsText');
    return new TextElement(this.session, { kind: 'container', node: this.node });
  }

  findText(searchPattern: string, from?: RangeElementApi | null): RangeElementApi | null {
    this.enter('findText');
    checkPattern(searchPattern, `${this.cls}.findText`);
    const hit = findIn(blockSegments(this.node), searchPattern, hitOf(from));
    return hit ? new RangeElementImpl(this.session, hit) : null;
  }

  /** Reaches every paragraph under this container, table cells included; not headers or footers (§3.4). */
  replaceText(searchPattern: string, replacement: string): ElementApi {
    this.edit('replaceText');
    checkPattern(searchPattern, `${this.cls}.replaceText`, replacement);
    replaceIn(blockSegments(this.node), searchPattern, replacement);
    return this;
  }
}

/** Body, header and footer: sections list their paragraphs and tables, nested ones included. */
abstract class Section extends BlockContainer {
  declare readonly node: SectionNode;

  getParagraphs(): ParagraphApi[] {
    this.enter('getParagraphs');
    return textBlocks(this.node).map((p) => this.session.wrap(p) as unknown as ParagraphApi);
  }

  getListItems(): ListItemApi[] {
    this.enter('getListItems');
    return textBlocks(this.node)
      .filter((p) => p.type === 'LIST_ITEM')
      .map((p) => this.session.wrap(p) as unknown as ListItemApi);
  }

  getTables(): TableApi[] {
    this.enter('getTables');
    return blocksOfType<TableNode>(this.node, 'TABLE').map(
      (t) => this.session.wrap(t) as unknown as TableApi,
    );
  }
}

export class Body extends Section implements BodyApi {
  protected readonly cls = 'Body';

  override appendTable(): TableApi;
  override appendTable(cells: string[][]): TableApi;
  override appendTable(table: TableApi): TableApi;
  override appendTable(cellsOrTable?: string[][] | TableApi | null): TableApi {
    return super.appendTable(cellsOrTable);
  }

  appendPageBreak(pageBreak?: PageBreakApi): PageBreakApi {
    this.edit('appendPageBreak');
    return this.placePageBreak(this.blocks().length, pageBreak);
  }

  insertPageBreak(childIndex: GoogleAppsScript.Integer, pageBreak?: PageBreakApi | null): PageBreakApi {
    this.edit('insertPageBreak');
    return this.placePageBreak(childIndex, pageBreak);
  }

  private placePageBreak(index: number, pageBreak: unknown): PageBreakApi {
    const node: BlockNode = nodeOfArgument<BlockNode>(pageBreak, ['PAGE_BREAK'], 'Body.appendPageBreak') ?? {
      type: 'PAGE_BREAK',
      parent: null,
    };
    const count = this.blocks().length;
    if (!Number.isInteger(index) || index < 0 || index > count) throw insertIndexError(index, count);
    insertChild(this.node, index, detached(node));
    // A page break is not a paragraph: the section still has to end with one (§3.8).
    const blocks = this.blocks();
    if (!isParagraphLike(blocks[blocks.length - 1]!)) appendChild(this.node, newParagraph());
    return this.session.wrap(node) as unknown as PageBreakApi;
  }

  removeChild(child: ElementApi): BodyApi {
    this.edit('removeChild');
    this.removeChildNode(child);
    return this;
  }

  setText(text: string): BodyApi {
    this.edit('setText');
    this.replaceContent(String(text));
    return this;
  }

  clear(): BodyApi {
    this.edit('clear');
    this.replaceContent('');
    return this;
  }

  override setAttributes(attributes: any): BodyApi {
    return super.setAttributes(attributes) as BodyApi;
  }

  override copy(): BodyApi {
    return super.copy() as BodyApi;
  }
}

/** Header and footer: can be removed from the document (then getHeader() is null again). */
abstract class HeaderFooter extends Section {
  protected abstract readonly slot: 'header' | 'footer';

  protected removeSection(): void {
    this.edit('removeFromParent');
    const record = this.session.store.get(this.session.docId);
    if (record && record.live[this.slot] === this.node) record.live[this.slot] = null;
  }
}

export class HeaderSection extends HeaderFooter implements HeaderSectionApi {
  protected readonly cls = 'HeaderSection';
  protected readonly slot = 'header';

  removeChild(child: ElementApi): HeaderSectionApi {
    this.edit('removeChild');
    this.removeChildNode(child);
    return this;
  }
  setText(text: string): HeaderSectionApi {
    this.edit('setText');
    this.replaceContent(String(text));
    return this;
  }
  clear(): HeaderSectionApi {
    this.edit('clear');
    this.replaceContent('');
    return this;
  }
  override setAttributes(attributes: any): HeaderSectionApi {
    return super.setAttributes(attributes) as HeaderSectionApi;
  }
  override copy(): HeaderSectionApi {
    return super.copy() as HeaderSectionApi;
  }
  override removeFromParent(): HeaderSectionApi {
    this.removeSection();
    return this;
  }
}

export class FooterSection extends HeaderFooter implements FooterSectionApi {
  protected readonly cls = 'FooterSection';
  protected readonly slot = 'footer';

  removeChild(child: ElementApi): FooterSectionApi {
    this.edit('removeChild');
    this.removeChildNode(child);
    return this;
  }
  setText(text: string): FooterSectionApi {
    this.edit('setText');
    this.replaceContent(String(text));
    return this;
  }
  clear(): FooterSectionApi {
    this.edit('clear');
    this.replaceContent('');
    return this;
  }
  override setAttributes(attributes: any): FooterSectionApi {
    return super.setAttributes(attributes) as FooterSectionApi;
  }
  override copy(): FooterSectionApi {
    return super.copy() as FooterSectionApi;
  }
  override removeFromParent(): FooterSectionApi {
    this.removeSection();
    return this;
  }
}

export class TableCell extends BlockContainer implements TableCellApi {
  protected readonly cls = 'TableCell';
  declare readonly node: CellNode;

  removeChild(child: ElementApi): TableCellApi {
    this.edit('removeChild');
    this.removeChildNode(child);
    return this;
  }

  setText(text: string): TableCellApi {
    this.edit('setText');
    this.replaceContent(String(text));
    return this;
  }

  clear(): TableCellApi {
    this.edit('clear');
    this.replaceContent('');
    return this;
  }

  getParentRow(): TableRowApi {
    this.enter('getParentRow');
    return (this.node.parent ? this.session.wrap(this.node.parent) : null) as unknown as TableRowApi;
  }

  getParentTable(): TableApi {
    this.enter('getParentTable');
    const table = this.node.parent?.parent;
    return (table ? this.session.wrap(table) : null) as unknown as TableApi;
  }

  getBackgroundColor(): string {
    this.enter('getBackgroundColor');
    return this.node.backgroundColor as string;
  }

  setBackgroundColor(color: string): TableCellApi {
    this.edit('setBackgroundColor');
    this.node.backgroundColor = color;
    return this;
  }

  protected override attributes(): Record<string, unknown> {
    return { BACKGROUND_COLOR: this.node.backgroundColor };
  }

  protected override applyAttributes(attributes: Record<string, unknown>): void {
    if ('BACKGROUND_COLOR' in attributes)
      this.node.backgroundColor = (attributes.BACKGROUND_COLOR as string) ?? null;
  }

  override setAttributes(attributes: any): TableCellApi {
    return super.setAttributes(attributes) as TableCellApi;
  }

  override copy(): TableCellApi {
    return super.copy() as TableCellApi;
  }

  override removeFromParent(): TableCellApi {
    return super.removeFromParent() as TableCellApi;
  }
}

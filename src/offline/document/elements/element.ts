import type {
  BodyApi,
  ContainerElementApi,
  ElementApi,
  FooterSectionApi,
  HeaderSectionApi,
  HorizontalRuleApi,
  ListItemApi,
  PageBreakApi,
  ParagraphApi,
  TableApi,
  TableCellApi,
  TableRowApi,
  TextApi,
} from '../../../gas/api/document';
import { gasException } from '../../runtime/exception';
import { ElementType } from '../enums';
import { DOC_ERRORS } from '../errors';
import type { AnyNode, BlockNode } from '../model';
import { childrenOf, cloneNode, detach, indexInParent, isBlockParent, isParagraphLike } from '../model';
import type { DocSession } from '../session';

/**
 * Detaches a block from its section or cell. Google keeps a paragraph at the end of every section (a
 * document cannot end with a table, §3.8), so removing the paragraph that would leave none — or leave a
 * table last — fails (§3.11).
 */
export function removeBlock(node: BlockNode): void {
  const parent = node.parent;
  if (!parent) return;
  if (isBlockParent(parent) && isParagraphLike(node)) {
    const rest = parent.children.filter((c) => c !== node);
    const last = rest[rest.length - 1];
    if (!last || !isParagraphLike(last)) throw gasException(DOC_ERRORS.lastParagraph);
  }
  detach(node);
}

/** What every element offers (Google's Element); subclasses name their class for call counting. */
export abstract class ElementBase implements ElementApi {
  protected abstract readonly cls: string;

  constructor(
    readonly session: DocSession,
    readonly node: AnyNode,
  ) {}

  protected enter(method: string): void {
    this.session.enter(`${this.cls}.${method}`);
  }

  protected edit(method: string): void {
    this.session.edit(`${this.cls}.${method}`);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.enter('getType');
    return ElementType[this.node.type];
  }

  getParent(): ContainerElementApi | null {
    this.enter('getParent');
    return this.node.parent ? (this.session.wrap(this.node.parent) as unknown as ContainerElementApi) : null;
  }

  getNextSibling(): ElementApi | null {
    this.enter('getNextSibling');
    return this.sibling(+1);
  }

  getPreviousSibling(): ElementApi | null {
    this.enter('getPreviousSibling');
    return this.sibling(-1);
  }

  private sibling(step: number): ElementApi | null {
    if (!this.node.parent) return null;
    const next = childrenOf(this.node.parent)[indexInParent(this.node) + step];
    return next ? this.session.wrap(next) : null;
  }

  isAtDocumentEnd(): boolean {
    this.enter('isAtDocumentEnd');
    let n: AnyNode = this.node;
    while (n.parent) {
      const siblings = childrenOf(n.parent);
      if (siblings[siblings.length - 1] !== n) return false;
      n = n.parent;
    }
    return n.type === 'BODY_SECTION' && n !== this.node;
  }

  getAttributes(): any {
    this.enter('getAttributes');
    return this.attributes();
  }

  setAttributes(attributes: any): ElementApi {
    this.edit('setAttributes');
    this.applyAttributes(attributes ?? {});
    return this;
  }

  /** The element's attributes keyed by `DocumentApp.Attribute` names; null when inherited (§3.13). */
  protected attributes(): Record<string, unknown> {
    return {};
  }

  protected applyAttributes(attributes: Record<string, unknown>): void {
    void attributes;
  }

  copy(): ElementApi {
    this.enter('copy');
    return this.session.wrap(cloneNode(this.node));
  }

  removeFromParent(): ElementApi | null {
    this.edit('removeFromParent');
    if (this.node.type === 'TABLE_ROW' || this.node.type === 'TABLE_CELL') detach(this.node);
    else if (!this.node.type.endsWith('_SECTION')) removeBlock(this.node as BlockNode);
    return this;
  }

  /** The element's ElementType name (a Text covers a paragraph's node but is of type TEXT). */
  protected typeName(): string {
    return this.node.type;
  }

  private as<T>(method: string, ...types: string[]): T {
    this.enter(method);
    if (!types.includes(this.typeName())) {
      throw gasException(`Cannot cast ${this.typeName()} to ${types.join(' or ')}.`); // [unsure] wording
    }
    return this as unknown as T;
  }

  asBody(): BodyApi {
    return this.as('asBody', 'BODY_SECTION');
  }
  asHeaderSection(): HeaderSectionApi {
    return this.as('asHeaderSection', 'HEADER_SECTION');
  }
  asFooterSection(): FooterSectionApi {
    return this.as('asFooterSection', 'FOOTER_SECTION');
  }
  asParagraph(): ParagraphApi {
    return this.as('asParagraph', 'PARAGRAPH');
  }
  asListItem(): ListItemApi {
    return this.as('asListItem', 'LIST_ITEM');
  }
  asTable(): TableApi {
    return this.as('asTable', 'TABLE');
  }
  asTableRow(): TableRowApi {
    return this.as('asTableRow', 'TABLE_ROW');
  }
  asTableCell(): TableCellApi {
    return this.as('asTableCell', 'TABLE_CELL');
  }
  asText(): TextApi {
    return this.as('asText', 'TEXT');
  }
  asPageBreak(): PageBreakApi {
    return this.as('asPageBreak', 'PAGE_BREAK');
  }
  asHorizontalRule(): HorizontalRuleApi {
    return this.as('asHorizontalRule', 'HORIZONTAL_RULE');
  }

  toString(): string {
    return this.cls;
  }
}

import type { RenderPlan } from '../core/documents';
import type {
  BodyApi,
  DocumentApi,
  DocumentAppApi,
  ElementApi,
  FooterSectionApi,
  HeaderSectionApi,
} from './api/document';
import { OutlineReader } from './documents-outline';
import { PlanApplier } from './documents-render';

type Section = BodyApi | HeaderSectionApi | FooterSectionApi;

/**
 * «Обновить из таблицы» (issue 5, item 8): renders a generated document again in place, so its file id
 * and every link to it stay valid. The document's sections are cleared and refilled with copies of the
 * template's elements (copies are detached, §3.9), each inserted at the template's own index, so the
 * document has the template's shape and the render plan applies to it exactly as to a fresh copy.
 *
 * `clear()` leaves one empty paragraph (§3.11: a section keeps one). Elements are inserted before it and
 * it is removed at the end, when a paragraph precedes it (templates end with a paragraph, §3.8).
 */
export class InPlaceRenderer {
  constructor(private readonly app: DocumentAppApi) {}

  render(template: DocumentApi, target: DocumentApi, plan: RenderPlan): void {
    const { shape } = new OutlineReader(this.app).read(template);
    this.refill(template.getBody(), target.getBody());
    const header = template.getHeader();
    const targetHeader = target.getHeader();
    if (header) this.refill(header, targetHeader ?? target.addHeader());
    else if (targetHeader) targetHeader.clear();
    const footer = template.getFooter();
    const targetFooter = target.getFooter();
    if (footer) this.refill(footer, targetFooter ?? target.addFooter());
    else if (targetFooter) targetFooter.clear();
    new PlanApplier(target, shape).apply(plan);
  }

  private refill(from: Section, to: Section): void {
    to.clear();
    const guard = to.getChild(0);
    const count = from.getNumChildren();
    for (let i = 0; i < count; i++) this.insert(to, i, from.getChild(i));
    const before = guard.getPreviousSibling();
    if (before && this.isParagraphLike(before)) guard.removeFromParent();
  }

  private insert(to: Section, index: number, element: ElementApi): void {
    const T = this.app.ElementType;
    const type = element.getType();
    if (type === T.PARAGRAPH) to.insertParagraph(index, element.asParagraph().copy());
    else if (type === T.LIST_ITEM) to.insertListItem(index, element.asListItem().copy());
    else if (type === T.TABLE) to.insertTable(index, element.asTable().copy());
    else if (type === T.PAGE_BREAK && 'insertPageBreak' in to)
      to.insertPageBreak(index, element.asPageBreak().copy());
    // Anything else (a horizontal rule) holds its index with an empty paragraph: the plan never edits it.
    else to.insertParagraph(index, '');
  }

  private isParagraphLike(element: ElementApi): boolean {
    const type = element.getType();
    return type === this.app.ElementType.PARAGRAPH || type === this.app.ElementType.LIST_ITEM;
  }
}

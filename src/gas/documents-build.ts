import type { Block, ParagraphAlign, ParagraphStyle } from '../core/documents/templates/blocks';
import type { TemplateContent } from '../ports/documents';
import type { BodyApi, DocumentAppApi, ElementApi, FooterSectionApi, HeaderSectionApi } from './api/document';

/**
 * Writes a default template (plain data from src/core/documents/templates) into a new Google Doc, once,
 * at set-up. Afterwards the Doc belongs to staff and is never written again.
 *
 * Fonts follow ГОСТ Р 7.0.97-2016 (5.1: Times New Roman and similar, 12–14 pt): running text 14 pt,
 * tables and small print 12 pt. Every paragraph gets its font, size, bolding and alignment in one
 * `setAttributes` call, so a template costs two calls per paragraph.
 */
const FONT = 'Times New Roman';
const SIZES: Record<ParagraphStyle, number> = {
  title: 14,
  heading: 14,
  normal: 14,
  signature: 14,
  small: 12,
};
const TABLE_SIZE = 12;

type Section = BodyApi | HeaderSectionApi | FooterSectionApi;

export class TemplateBuilder {
  constructor(private readonly app: DocumentAppApi) {}

  /** A new Doc (in My Drive; the caller moves it) with the content, saved and closed (§3.12); its id. */
  build(name: string, content: TemplateContent): string {
    const doc = this.app.create(name);
    // A closed Document answers nothing, not even getId.
    const id = doc.getId();
    this.fill(doc.getBody(), content.body);
    if (content.header && content.header.length > 0) this.fill(doc.addHeader(), content.header);
    if (content.footer && content.footer.length > 0) this.fill(doc.addFooter(), content.footer);
    // makeCopy and the PDF export read the saved content, not pending edits (§3.12).
    doc.saveAndClose();
    return id;
  }

  /**
   * Appends the blocks after the section's initial empty paragraph, then removes that paragraph, so
   * the document starts with the first block (a section must keep one paragraph, §3.11: by then the
   * appended blocks are there).
   */
  private fill(section: Section, blocks: readonly Block[]): void {
    const initial: ElementApi = section.getChild(0);
    let appended = 0;
    for (const block of blocks) {
      if (block.kind === 'pageBreak') {
        // Only the body has page breaks; a header or footer simply skips them.
        if ('appendPageBreak' in section) section.appendPageBreak();
      } else if (block.kind === 'table') {
        const table = section.appendTable([block.header, ...block.rows]);
        const text = table.editAsText();
        text.setFontFamily(FONT);
        text.setFontSize(TABLE_SIZE);
        table.getRow(0).editAsText().setBold(true);
      } else {
        const p = section.appendParagraph(block.text);
        const style = block.style ?? 'normal';
        const attributes: Record<string, unknown> = {
          [this.app.Attribute.FONT_FAMILY]: FONT,
          [this.app.Attribute.FONT_SIZE]: SIZES[style],
          [this.app.Attribute.BOLD]: block.bold === true,
          [this.app.Attribute.HORIZONTAL_ALIGNMENT]: this.alignment(block.align ?? 'left'),
        };
        p.setAttributes(attributes);
      }
      appended += 1;
    }
    if (appended > 0) initial.removeFromParent();
  }

  private alignment(align: ParagraphAlign): GoogleAppsScript.Document.HorizontalAlignment {
    const a = this.app.HorizontalAlignment;
    return { left: a.LEFT, center: a.CENTER, right: a.RIGHT, justify: a.JUSTIFY }[align];
  }
}

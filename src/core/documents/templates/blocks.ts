/**
 * The shape of a default template as plain data, and small constructors that keep the seven templates
 * readable. The shell (H14's adapter) turns a TemplateDoc into an ordinary Google Doc once, at set-up;
 * after that staff own the Doc and this data is never applied to it again.
 */

/** How a paragraph looks. The adapter maps each style to fonts (ГОСТ Р 7.0.97-2016: 12–14 pt). */
export type ParagraphStyle = 'title' | 'heading' | 'normal' | 'signature' | 'small';
export type ParagraphAlign = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphBlock {
  kind: 'paragraph';
  /** One paragraph of text; placeholders `{{…}}` are kept inside one paragraph (decision 2). */
  text: string;
  /** 'normal' when absent. */
  style?: ParagraphStyle;
  /** 'left' when absent. */
  align?: ParagraphAlign;
  bold?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** The header row, printed in bold; never repeated. */
  header: string[];
  /**
   * Body rows, each as long as the header. A row whose first cell starts with `{{#каждый список как
   * элемент}}` is the repeated row: the renderer copies it once per item and removes the marker.
   */
  rows: string[][];
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block = ParagraphBlock | TableBlock | PageBreakBlock;

export const pageBreak: PageBreakBlock = { kind: 'pageBreak' };

/** The document kind under the organisation's name: «ПРИКАЗ», «ПОЛОЖЕНИЕ». */
export function title(text: string): ParagraphBlock {
  return { kind: 'paragraph', text, style: 'title', align: 'center', bold: true };
}

/** A section heading: «1. Общие положения». */
export function heading(text: string, align: ParagraphAlign = 'center'): ParagraphBlock {
  return { kind: 'paragraph', text, style: 'heading', align, bold: true };
}

/** Running text, justified (ГОСТ Р 7.0.97-2016, 5.25: text aligned to both margins). */
export function text(value: string): ParagraphBlock {
  return { kind: 'paragraph', text: value, style: 'normal', align: 'justify' };
}

/** Short lines of requisites (the organisation's name, a date line, a place) that are not justified. */
export function line(value: string, align: ParagraphAlign = 'left', bold = false): ParagraphBlock {
  const block: ParagraphBlock = { kind: 'paragraph', text: value, style: 'normal', align };
  return bold ? { ...block, bold } : block;
}

/** A line of the signature requisite: position, blank for the signature, «И.О. Фамилия». */
export function signature(value: string, align: ParagraphAlign = 'left'): ParagraphBlock {
  return { kind: 'paragraph', text: value, style: 'signature', align };
}

/** Small print: notes, the approval stamp of an annex, a footer. */
export function small(value: string, align: ParagraphAlign = 'left'): ParagraphBlock {
  return { kind: 'paragraph', text: value, style: 'small', align };
}

/** A table: header row, then body rows (a repeated row starts with `{{#каждый …}}`). */
export function table(header: string[], ...rows: string[][]): TableBlock {
  return { kind: 'table', header, rows };
}

/** Numbered points «1.1. …» of a section: the number is text, so staff can renumber by hand. */
export function points(prefix: string, items: readonly string[], first = 1): ParagraphBlock[] {
  return items.map((item, i) => text(`${prefix}${first + i}. ${item}`));
}

/** A dash list «– …» (ГОСТ Р 7.0.97 allows lists marked by a dash), each item a justified paragraph. */
export function dashes(items: readonly string[]): ParagraphBlock[] {
  return items.map((item) => text(`– ${item}`));
}

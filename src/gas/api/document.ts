/**
 * The subset of Google's DocumentApp that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 *
 * Google's getters that may return "nothing" (getHeader, getFooter, findText, getParent, siblings,
 * getActiveDocument) are typed here with `| null`, as Google's reference documents them.
 */
import type { BlobApi } from './drive';
import type { UiApi } from './html';

/** What every element of a document offers (Google's `Element`). */
export interface ElementApi {
  getType: GoogleAppsScript.Document.Element['getType'];
  getParent(): ContainerElementApi | null;
  getNextSibling(): ElementApi | null;
  getPreviousSibling(): ElementApi | null;
  isAtDocumentEnd: GoogleAppsScript.Document.Element['isAtDocumentEnd'];
  getAttributes: GoogleAppsScript.Document.Element['getAttributes'];
  setAttributes(attributes: any): ElementApi;
  copy(): ElementApi;
  removeFromParent(): ElementApi | null;
  asBody(): BodyApi;
  asHeaderSection(): HeaderSectionApi;
  asFooterSection(): FooterSectionApi;
  asParagraph(): ParagraphApi;
  asListItem(): ListItemApi;
  asTable(): TableApi;
  asTableRow(): TableRowApi;
  asTableCell(): TableCellApi;
  asText(): TextApi;
  asPageBreak(): PageBreakApi;
  asHorizontalRule(): HorizontalRuleApi;
}

/** Google's `ContainerElement` (what `getParent()` returns): no `asText`, unlike `Element`. */
export interface ContainerElementApi {
  getType: GoogleAppsScript.Document.ContainerElement['getType'];
  getParent(): ContainerElementApi | null;
  getNumChildren: GoogleAppsScript.Document.ContainerElement['getNumChildren'];
  getChild(childIndex: GoogleAppsScript.Integer): ElementApi;
  getChildIndex(child: ElementApi): GoogleAppsScript.Integer;
  getText: GoogleAppsScript.Document.ContainerElement['getText'];
  editAsText(): TextApi;
  findText(searchPattern: string, from?: RangeElementApi | null): RangeElementApi | null;
  replaceText(searchPattern: string, replacement: string): ElementApi;
  asBody(): BodyApi;
  asHeaderSection(): HeaderSectionApi;
  asFooterSection(): FooterSectionApi;
  asParagraph(): ParagraphApi;
  asListItem(): ListItemApi;
  asTable(): TableApi;
  asTableRow(): TableRowApi;
  asTableCell(): TableCellApi;
}

/** A match found by `findText` (§3.6). */
export interface RangeElementApi {
  getElement(): ElementApi;
  getStartOffset: GoogleAppsScript.Document.RangeElement['getStartOffset'];
  getEndOffsetInclusive: GoogleAppsScript.Document.RangeElement['getEndOffsetInclusive'];
  isPartial: GoogleAppsScript.Document.RangeElement['isPartial'];
}

/** Rich text of a paragraph (or of a whole container, via `editAsText`). Offsets are 0-based, ends inclusive. */
export interface TextApi extends ElementApi {
  getText: GoogleAppsScript.Document.Text['getText'];
  setText(text: string): TextApi;
  appendText(text: string): TextApi;
  insertText(offset: GoogleAppsScript.Integer, text: string): TextApi;
  deleteText(startOffset: GoogleAppsScript.Integer, endOffsetInclusive: GoogleAppsScript.Integer): TextApi;
  findText(searchPattern: string, from?: RangeElementApi | null): RangeElementApi | null;
  replaceText(searchPattern: string, replacement: string): ElementApi;
  isBold: GoogleAppsScript.Document.Text['isBold'];
  isItalic: GoogleAppsScript.Document.Text['isItalic'];
  isUnderline: GoogleAppsScript.Document.Text['isUnderline'];
  isStrikethrough: GoogleAppsScript.Document.Text['isStrikethrough'];
  getFontSize: GoogleAppsScript.Document.Text['getFontSize'];
  getFontFamily: GoogleAppsScript.Document.Text['getFontFamily'];
  getForegroundColor: GoogleAppsScript.Document.Text['getForegroundColor'];
  getBackgroundColor: GoogleAppsScript.Document.Text['getBackgroundColor'];
  getLinkUrl: GoogleAppsScript.Document.Text['getLinkUrl'];
  getTextAttributeIndices: GoogleAppsScript.Document.Text['getTextAttributeIndices'];
  getAttributes: GoogleAppsScript.Document.Text['getAttributes'];
  setAttributes(attributes: any): TextApi;
  setAttributes(
    startOffset: GoogleAppsScript.Integer,
    endOffsetInclusive: GoogleAppsScript.Integer,
    attributes: any,
  ): TextApi;
  setBold(bold: boolean): TextApi;
  setBold(
    startOffset: GoogleAppsScript.Integer,
    endOffsetInclusive: GoogleAppsScript.Integer,
    bold: boolean,
  ): TextApi;
  setItalic(italic: boolean): TextApi;
  setItalic(
    startOffset: GoogleAppsScript.Integer,
    endOffsetInclusive: GoogleAppsScript.Integer,
    italic: boolean,
  ): TextApi;
  setUnderline(underline: boolean): TextApi;
  setUnderline(
    startOffset: GoogleAppsScript.Integer,
    endOffsetInclusive: GoogleAppsScript.Integer,
    underline: boolean,
  ): TextApi;
  setStrikethrough(strikethrough: boolean): TextApi;
  setStrikethrough(
    startOffset: GoogleAppsScript.Integer,
    endOffsetInclusive: GoogleAppsScript.Integer,
    strikethrough: boolean,
  ): TextApi;
  setFontSize(size: GoogleAppsScript.Integer): TextApi;
  setFontSize(
    startOffset: GoogleAppsScript.Integer,
    endOffsetInclusive: GoogleAppsScript.Integer,
    size: GoogleAppsScript.Integer,
  ): TextApi;
  setFontFamily(fontFamilyName: string): TextApi;
  setFontFamily(
    startOffset: GoogleAppsScript.Integer,
    endOffsetInclusive: GoogleAppsScript.Integer,
    fontFamilyName: string,
  ): TextApi;
  setForegroundColor(color: string): TextApi;
  setForegroundColor(
    startOffset: GoogleAppsScript.Integer,
    endOffsetInclusive: GoogleAppsScript.Integer,
    color: string,
  ): TextApi;
  setBackgroundColor(color: string): TextApi;
  setBackgroundColor(
    startOffset: GoogleAppsScript.Integer,
    endOffsetInclusive: GoogleAppsScript.Integer,
    color: string,
  ): TextApi;
  setLinkUrl(url: string): TextApi;
  setLinkUrl(
    startOffset: GoogleAppsScript.Integer,
    endOffsetInclusive: GoogleAppsScript.Integer,
    url: string,
  ): TextApi;
  copy(): TextApi;
  removeFromParent(): TextApi;
}

/** What a paragraph and a list item share. */
interface ParagraphLikeApi extends ElementApi {
  getText: GoogleAppsScript.Document.Paragraph['getText'];
  setText: GoogleAppsScript.Document.Paragraph['setText'];
  appendText(text: string): TextApi;
  editAsText(): TextApi;
  getNumChildren: GoogleAppsScript.Document.Paragraph['getNumChildren'];
  getChild(childIndex: GoogleAppsScript.Integer): ElementApi;
  getHeading: GoogleAppsScript.Document.Paragraph['getHeading'];
  getAlignment: GoogleAppsScript.Document.Paragraph['getAlignment'];
  findText(searchPattern: string, from?: RangeElementApi | null): RangeElementApi | null;
  replaceText(searchPattern: string, replacement: string): ElementApi;
  getAttributes: GoogleAppsScript.Document.Paragraph['getAttributes'];
}

export interface ParagraphApi extends ParagraphLikeApi {
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): ParagraphApi;
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): ParagraphApi;
  setAttributes(attributes: any): ParagraphApi;
  clear(): ParagraphApi;
  copy(): ParagraphApi;
  removeFromParent(): ParagraphApi;
}

export interface ListItemApi extends ParagraphLikeApi {
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): ListItemApi;
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): ListItemApi;
  setAttributes(attributes: any): ListItemApi;
  getNestingLevel: GoogleAppsScript.Document.ListItem['getNestingLevel'];
  setNestingLevel(nestingLevel: GoogleAppsScript.Integer): ListItemApi;
  getGlyphType: GoogleAppsScript.Document.ListItem['getGlyphType'];
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): ListItemApi;
  clear(): ListItemApi;
  copy(): ListItemApi;
  removeFromParent(): ListItemApi;
}

export interface PageBreakApi extends ElementApi {
  copy(): PageBreakApi;
  removeFromParent(): PageBreakApi;
}

export interface HorizontalRuleApi extends ElementApi {
  copy(): HorizontalRuleApi;
  removeFromParent(): HorizontalRuleApi;
}

export interface TableApi extends ElementApi {
  getNumRows: GoogleAppsScript.Document.Table['getNumRows'];
  getNumChildren: GoogleAppsScript.Document.Table['getNumChildren'];
  getRow(rowIndex: GoogleAppsScript.Integer): TableRowApi;
  getChild(childIndex: GoogleAppsScript.Integer): ElementApi;
  getChildIndex(child: ElementApi): GoogleAppsScript.Integer;
  getCell(rowIndex: GoogleAppsScript.Integer, cellIndex: GoogleAppsScript.Integer): TableCellApi;
  appendTableRow(): TableRowApi;
  appendTableRow(tableRow: TableRowApi): TableRowApi;
  insertTableRow(childIndex: GoogleAppsScript.Integer, tableRow?: TableRowApi | null): TableRowApi;
  removeRow(rowIndex: GoogleAppsScript.Integer): TableRowApi;
  removeChild(child: ElementApi): TableApi;
  getText: GoogleAppsScript.Document.Table['getText'];
  editAsText(): TextApi;
  findText(searchPattern: string, from?: RangeElementApi | null): RangeElementApi | null;
  replaceText(searchPattern: string, replacement: string): ElementApi;
  getBorderWidth: GoogleAppsScript.Document.Table['getBorderWidth'];
  setBorderWidth(width: number): TableApi;
  setAttributes(attributes: any): TableApi;
  clear(): TableApi;
  copy(): TableApi;
  removeFromParent(): TableApi;
}

export interface TableRowApi extends ElementApi {
  getNumCells: GoogleAppsScript.Document.TableRow['getNumCells'];
  getNumChildren: GoogleAppsScript.Document.TableRow['getNumChildren'];
  getCell(cellIndex: GoogleAppsScript.Integer): TableCellApi;
  getChild(childIndex: GoogleAppsScript.Integer): ElementApi;
  getChildIndex(child: ElementApi): GoogleAppsScript.Integer;
  getParentTable(): TableApi;
  appendTableCell(textContentsOrCell?: string | TableCellApi | null): TableCellApi;
  removeCell(cellIndex: GoogleAppsScript.Integer): TableCellApi;
  getText: GoogleAppsScript.Document.TableRow['getText'];
  editAsText(): TextApi;
  findText(searchPattern: string, from?: RangeElementApi | null): RangeElementApi | null;
  replaceText(searchPattern: string, replacement: string): ElementApi;
  setAttributes(attributes: any): TableRowApi;
  clear(): TableRowApi;
  copy(): TableRowApi;
  removeFromParent(): TableRowApi;
}

/** The block-container methods that sections and table cells share (cells have no getParagraphs). */
interface BlockContainerApi extends ElementApi {
  getText: GoogleAppsScript.Document.Body['getText'];
  getNumChildren: GoogleAppsScript.Document.Body['getNumChildren'];
  getChild(childIndex: GoogleAppsScript.Integer): ElementApi;
  getChildIndex(child: ElementApi): GoogleAppsScript.Integer;
  appendParagraph(paragraph: ParagraphApi): ParagraphApi;
  appendParagraph(text: string): ParagraphApi;
  insertParagraph(childIndex: GoogleAppsScript.Integer, paragraph: ParagraphApi): ParagraphApi;
  insertParagraph(childIndex: GoogleAppsScript.Integer, text: string): ParagraphApi;
  appendListItem(listItem: ListItemApi): ListItemApi;
  appendListItem(text: string): ListItemApi;
  insertListItem(childIndex: GoogleAppsScript.Integer, listItem: ListItemApi): ListItemApi;
  insertListItem(childIndex: GoogleAppsScript.Integer, text: string): ListItemApi;
  insertTable(childIndex: GoogleAppsScript.Integer, cellsOrTable?: string[][] | TableApi | null): TableApi;
  appendHorizontalRule(): HorizontalRuleApi;
  editAsText(): TextApi;
  findText(searchPattern: string, from?: RangeElementApi | null): RangeElementApi | null;
  replaceText(searchPattern: string, replacement: string): ElementApi;
}

/** Body, header and footer sections. */
interface SectionApi extends BlockContainerApi {
  getParagraphs(): ParagraphApi[];
  getListItems(): ListItemApi[];
  getTables(): TableApi[];
}

export interface BodyApi extends SectionApi {
  appendTable(): TableApi;
  appendTable(cells: string[][]): TableApi;
  appendTable(table: TableApi): TableApi;
  appendPageBreak(): PageBreakApi;
  appendPageBreak(pageBreak: PageBreakApi): PageBreakApi;
  insertPageBreak(childIndex: GoogleAppsScript.Integer, pageBreak?: PageBreakApi | null): PageBreakApi;
  removeChild(child: ElementApi): BodyApi;
  setText(text: string): BodyApi;
  clear(): BodyApi;
  setAttributes(attributes: any): BodyApi;
  copy(): BodyApi;
}

export interface HeaderSectionApi extends SectionApi {
  appendTable(cellsOrTable?: string[][] | TableApi | null): TableApi;
  removeChild(child: ElementApi): HeaderSectionApi;
  setText(text: string): HeaderSectionApi;
  clear(): HeaderSectionApi;
  setAttributes(attributes: any): HeaderSectionApi;
  copy(): HeaderSectionApi;
  removeFromParent(): HeaderSectionApi;
}

export interface FooterSectionApi extends SectionApi {
  appendTable(cellsOrTable?: string[][] | TableApi | null): TableApi;
  removeChild(child: ElementApi): FooterSectionApi;
  setText(text: string): FooterSectionApi;
  clear(): FooterSectionApi;
  setAttributes(attributes: any): FooterSectionApi;
  copy(): FooterSectionApi;
  removeFromParent(): FooterSectionApi;
}

export interface TableCellApi extends BlockContainerApi {
  appendTable(cellsOrTable?: string[][] | TableApi | null): TableApi;
  removeChild(child: ElementApi): TableCellApi;
  setText(text: string): TableCellApi;
  clear(): TableCellApi;
  getParentRow(): TableRowApi;
  getParentTable(): TableApi;
  getBackgroundColor: GoogleAppsScript.Document.TableCell['getBackgroundColor'];
  setBackgroundColor(color: string): TableCellApi;
  setAttributes(attributes: any): TableCellApi;
  copy(): TableCellApi;
  removeFromParent(): TableCellApi;
}

export interface DocumentApi {
  getId: GoogleAppsScript.Document.Document['getId'];
  getName: GoogleAppsScript.Document.Document['getName'];
  setName(name: string): DocumentApi;
  getUrl: GoogleAppsScript.Document.Document['getUrl'];
  getBody(): BodyApi;
  getHeader(): HeaderSectionApi | null;
  getFooter(): FooterSectionApi | null;
  addHeader(): HeaderSectionApi;
  addFooter(): FooterSectionApi;
  saveAndClose: GoogleAppsScript.Document.Document['saveAndClose'];
  getAs(contentType: string): BlobApi;
  getBlob(): BlobApi;
}

export interface DocumentAppApi {
  Attribute: typeof GoogleAppsScript.Document.Attribute;
  ElementType: typeof GoogleAppsScript.Document.ElementType;
  GlyphType: typeof GoogleAppsScript.Document.GlyphType;
  HorizontalAlignment: typeof GoogleAppsScript.Document.HorizontalAlignment;
  ParagraphHeading: typeof GoogleAppsScript.Document.ParagraphHeading;
  create(name: string): DocumentApi;
  openById(id: string): DocumentApi;
  openByUrl(url: string): DocumentApi;
  getActiveDocument(): DocumentApi | null;
  getUi(): UiApi;
}

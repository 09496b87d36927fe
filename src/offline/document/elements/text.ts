import type { ContainerElementApi, ElementApi, RangeElementApi, TextApi } from '../../../gas/api/document';
import { describeArgumentType, gasException, signatureMismatch } from '../../runtime/exception';
import { ElementType } from '../enums';
import { DOC_ERRORS, offsetError } from '../errors';
import type { AnyNode, ParagraphNode, TextStyle } from '../model';
import { cloneNode, paragraphText, textBlocks } from '../model';
import { attributeIndices, deleteRange, insertText, restyle, sliceRuns, styleAt } from '../runs';
import type { Hit, Segment } from '../search';
import { findIn, replaceIn } from '../search';
import type { DocSession } from '../session';
import { ElementBase } from './element';

/** `DocumentApp.Attribute` names of character formatting, and the run style key each one sets. */
export const TEXT_ATTRIBUTES: Record<string, keyof TextStyle> = {
  BOLD: 'bold',
  ITALIC: 'italic',
  UNDERLINE: 'underline',
  STRIKETHROUGH: 'strikethrough',
  FONT_SIZE: 'fontSize',
  FONT_FAMILY: 'fontFamily',
  FOREGROUND_COLOR: 'foregroundColor',
  BACKGROUND_COLOR: 'backgroundColor',
  LINK_URL: 'linkUrl',
};

/** Character attributes of the given runs' styles: a value when all agree, null when mixed or inherited. */
export function textAttributes(styles: TextStyle[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [attr, key] of Object.entries(TEXT_ATTRIBUTES)) {
    const values = new Set(styles.map((s) => s[key]));
    const only = values.size === 1 ? [...values][0] : undefined;
    out[attr] = only === undefined ? null : only;
  }
  return out;
}

export function stylePatch(attributes: Record<string, unknown>): Partial<Record<keyof TextStyle, unknown>> {
  const patch: Partial<Record<keyof TextStyle, unknown>> = {};
  for (const [attr, value] of Object.entries(attributes)) {
    const key = TEXT_ATTRIBUTES[attr];
    if (key) patch[key] = value;
  }
  return patch;
}

/**
 * What a Text element covers: part of one paragraph (`end` null = to the paragraph's end, following its
 * growth), or all the text blocks of a container (`editAsText()` on a body or cell), joined by "\n".
 * A Text returned by `appendText`/`insertText` covers just the new characters, so styling it styles only
 * them, as in Apps Script; its bounds are fixed when made (a simplification: Google tracks them live).
 */
export type TextTarget =
  | { kind: 'range'; para: ParagraphNode; start: number; end: number | null }
  | { kind: 'container'; node: AnyNode };

export class RangeElementImpl implements RangeElementApi {
  constructor(
    private readonly session: DocSession,
    readonly hit: Hit,
  ) {}

  getElement(): ElementApi {
    this.session.enter('RangeElement.getElement');
    return new TextElement(this.session, { kind: 'range', para: this.hit.para, start: 0, end: null });
  }

  getStartOffset(): GoogleAppsScript.Integer {
    this.session.enter('RangeElement.getStartOffset');
    return this.hit.start;
  }

  getEndOffsetInclusive(): GoogleAppsScript.Integer {
    this.session.enter('RangeElement.getEndOffsetInclusive');
    return this.hit.endInclusive;
  }

  isPartial(): boolean {
    this.session.enter('RangeElement.isPartial');
    return this.hit.start > 0 || this.hit.endInclusive < paragraphText(this.hit.para).length - 1;
  }
}

/** Where a search continues from (§3.6): only RangeElements made here carry a position. */
export function hitOf(from: unknown): Hit | null {
  return from instanceof RangeElementImpl ? from.hit : null;
}

export function checkPattern(pattern: unknown, method: string, replacement?: unknown): void {
  if (typeof pattern !== 'string') {
    const types = [pattern, ...(replacement === undefined ? [] : [replacement])]
      .map(describeArgumentType)
      .join(',');
    throw signatureMismatch(types, `DocumentApp.${method}`);
  }
  if (replacement !== undefined && typeof replacement !== 'string')
    throw gasException(DOC_ERRORS.badReplacement);
}

/** Segments of every text block under a node: what container find/replace work on. */
export function blockSegments(node: AnyNode): Segment[] {
  return textBlocks(node).map((para) => ({ para, from: 0, to: paragraphText(para).length }));
}

export class TextElement extends ElementBase implements TextApi {
  protected readonly cls = 'Text';

  constructor(
    session: DocSession,
    private readonly target: TextTarget,
  ) {
    super(session, target.kind === 'range' ? target.para : target.node);
  }

  private segments(): Segment[] {
    const t = this.target;
    if (t.kind === 'container') return blockSegments(t.node);
    const length = paragraphText(t.para).length;
    const from = Math.min(t.start, length);
    return [{ para: t.para, from, to: t.end === null ? length : Math.max(from, Math.min(t.end, length)) }];
  }

  private text(): string {
    return this.segments()
      .map((s) => paragraphText(s.para).slice(s.from, s.to))
      .join('\n');
  }

  /** Maps an element offset to a paragraph position; `atEnd` allows the offset just past a segment. */
  private locate(offset: number, atEnd: boolean): { seg: Segment; local: number } {
    let base = 0;
    const segments = this.segments();
    for (const seg of segments) {
      const len = seg.to - seg.from;
      if (offset < base + len || (atEnd && offset === base + len))
        return { seg, local: seg.from + offset - base };
      base += len + 1;
    }
    throw offsetError(offset, this.text().length);
  }

  private checkRange(start: number, endInclusive: number): void {
    const length = this.text().length;
    if (!Number.isInteger(start) || start < 0 || start >= length) throw offsetError(start, length);
    if (!Number.isInteger(endInclusive) || endInclusive < start || endInclusive >= length) {
      throw offsetError(endInclusive, length);
    }
  }

  /** Applies `change` to each paragraph piece of [start, endInclusive] (or of the whole element). */
  private eachPiece(
    start: number | null,
    endInclusive: number | null,
    change: (p: ParagraphNode, s: number, e: number) => void,
  ) {
    let base = 0;
    for (const seg of this.segments()) {
      const len = seg.to - seg.from;
      const s = start === null ? 0 : Math.max(0, start - base);
      const e = endInclusive === null ? len : Math.min(len, endInclusive - base + 1);
      if (s < e) change(seg.para, seg.from + s, seg.from + e);
      base += len + 1;
    }
  }

  private adjustEnd(delta: number): void {
    if (this.target.kind === 'range' && this.target.end !== null) this.target.end += delta;
  }

  private restyle(method: string, args: unknown[], key: keyof TextStyle): TextApi {
    this.edit(method);
    if (args.length >= 3) {
      const [start, end, value] = args as [number, number, unknown];
      this.checkRange(start, end);
      this.eachPiece(start, end, (p, s, e) => (p.runs = restyle(p.runs, s, e, { [key]: value })));
    } else {
      this.eachPiece(null, null, (p, s, e) => (p.runs = restyle(p.runs, s, e, { [key]: args[0] })));
    }
    return this;
  }

  /**
   * Formatting at `offset`; without an offset, over the whole element: a key's value when every character
   * agrees, null when they differ (Google's "null if the element contains multiple values").
   */
  private styleAtOffset(offset: number | null | undefined): Record<string, unknown> {
    if (offset !== undefined && offset !== null) {
      const { seg, local } = this.locate(offset, false);
      return { ...styleAt(seg.para.runs, local) };
    }
    const styles: TextStyle[] = [];
    this.eachPiece(null, null, (p, s, e) => styles.push(...sliceRuns(p.runs, s, e).map((r) => r.style)));
    const out: Record<string, unknown> = {};
    for (const key of Object.values(TEXT_ATTRIBUTES)) {
      const values = new Set(styles.map((st) => st[key]));
      if (values.size > 1) out[key] = null;
      else if (values.size === 1 && [...values][0] !== undefined) out[key] = [...values][0];
    }
    return out;
  }

  /** Google: false for plain text, null when the element mixes values (no offset given). */
  private flag(method: string, key: keyof TextStyle, offset?: number | null): boolean {
    this.enter(method);
    const value = this.styleAtOffset(offset)[key];
    return (value === null ? null : value === true) as boolean;
  }

  private value<T>(method: string, key: keyof TextStyle, offset?: number | null): T {
    this.enter(method);
    const value = this.styleAtOffset(offset)[key];
    return (value === undefined ? null : value) as T;
  }

  override getType(): GoogleAppsScript.Document.ElementType {
    this.enter('getType');
    return ElementType.TEXT;
  }

  override getParent(): ContainerElementApi | null {
    this.enter('getParent');
    return this.session.wrap(this.node) as unknown as ContainerElementApi;
  }

  protected override typeName(): string {
    return 'TEXT';
  }

  getText(): string {
    this.enter('getText');
    return this.text();
  }

  setText(text: string): TextApi {
    this.edit('setText');
    const segments = this.segments();
    if (segments.length !== 1)
      throw new Error('Text.setText over several paragraphs is not supported offline.');
    const seg = segments[0]!;
    const style = styleAt(seg.para.runs, seg.from);
    seg.para.runs = insertText(deleteRange(seg.para.runs, seg.from, seg.to), seg.from, String(text), style);
    this.adjustEnd(String(text).length - (seg.to - seg.from));
    return this;
  }

  appendText(text: string): TextApi {
    this.edit('appendText');
    const segments = this.segments();
    const last = segments[segments.length - 1]!;
    last.para.runs = insertText(last.para.runs, last.to, String(text));
    this.adjustEnd(String(text).length);
    return this;
  }

  insertText(offset: GoogleAppsScript.Integer, text: string): TextApi {
    this.edit('insertText');
    const { seg, local } = this.locate(offset, true);
    seg.para.runs = insertText(seg.para.runs, local, String(text));
    this.adjustEnd(String(text).length);
    return this;
  }

  deleteText(startOffset: GoogleAppsScript.Integer, endOffsetInclusive: GoogleAppsScript.Integer): TextApi {
    this.edit('deleteText');
    this.checkRange(startOffset, endOffsetInclusive);
    const a = this.locate(startOffset, false);
    const b = this.locate(endOffsetInclusive, false);
    if (a.seg.para !== b.seg.para)
      throw new Error('Text.deleteText across paragraphs is not supported offline.');
    a.seg.para.runs = deleteRange(a.seg.para.runs, a.local, b.local + 1);
    this.adjustEnd(-(endOffsetInclusive - startOffset + 1));
    return this;
  }

  findText(searchPattern: string, from?: RangeElementApi | null): RangeElementApi | null {
    this.enter('findText');
    checkPattern(searchPattern, 'Text.findText');
    const hit = findIn(this.segments(), searchPattern, hitOf(from));
    return hit ? new RangeElementImpl(this.session, hit) : null;
  }

  replaceText(searchPattern: string, replacement: string): ElementApi {
    this.edit('replaceText');
    checkPattern(searchPattern, 'Text.replaceText', replacement);
    const segments = this.segments();
    const ends = replaceIn(segments, searchPattern, replacement);
    if (this.target.kind === 'range' && this.target.end !== null) this.target.end = ends[0]!;
    return this;
  }

  isBold(offset?: GoogleAppsScript.Integer | null): boolean {
    return this.flag('isBold', 'bold', offset);
  }
  isItalic(offset?: GoogleAppsScript.Integer | null): boolean {
    return this.flag('isItalic', 'italic', offset);
  }
  isUnderline(offset?: GoogleAppsScript.Integer | null): boolean {
    return this.flag('isUnderline', 'underline', offset);
  }
  isStrikethrough(offset?: GoogleAppsScript.Integer | null): boolean {
    return this.flag('isStrikethrough', 'strikethrough', offset);
  }
  getFontSize(offset?: GoogleAppsScript.Integer | null): GoogleAppsScript.Integer {
    return this.value('getFontSize', 'fontSize', offset);
  }
  getFontFamily(offset?: GoogleAppsScript.Integer | null): string {
    return this.value('getFontFamily', 'fontFamily', offset);
  }
  getForegroundColor(offset?: GoogleAppsScript.Integer | null): string {
    return this.value('getForegroundColor', 'foregroundColor', offset);
  }
  getBackgroundColor(offset?: GoogleAppsScript.Integer | null): string {
    return this.value('getBackgroundColor', 'backgroundColor', offset);
  }
  getLinkUrl(offset?: GoogleAppsScript.Integer | null): string {
    return this.value('getLinkUrl', 'linkUrl', offset);
  }

  getTextAttributeIndices(): GoogleAppsScript.Integer[] {
    this.enter('getTextAttributeIndices');
    const segments = this.segments();
    if (segments.length !== 1) return [0];
    const seg = segments[0]!;
    return attributeIndices(sliceRuns(seg.para.runs, seg.from, seg.to));
  }

  override getAttributes(offset?: GoogleAppsScript.Integer | null): any {
    this.enter('getAttributes');
    const style = this.styleAtOffset(offset);
    const out: Record<string, unknown> = {};
    for (const [attr, key] of Object.entries(TEXT_ATTRIBUTES)) out[attr] = style[key] ?? null;
    return out;
  }

  override setAttributes(...args: unknown[]): TextApi {
    this.edit('setAttributes');
    if (args.length >= 3) {
      const [start, end, attributes] = args as [number, number, Record<string, unknown>];
      this.checkRange(start, end);
      this.eachPiece(start, end, (p, s, e) => (p.runs = restyle(p.runs, s, e, stylePatch(attributes ?? {}))));
    } else {
      const patch = stylePatch((args[0] as Record<string, unknown>) ?? {});
      this.eachPiece(null, null, (p, s, e) => (p.runs = restyle(p.runs, s, e, patch)));
    }
    return this;
  }

  setBold(...args: unknown[]): TextApi {
    return this.restyle('setBold', args, 'bold');
  }
  setItalic(...args: unknown[]): TextApi {
    return this.restyle('setItalic', args, 'italic');
  }
  setUnderline(...args: unknown[]): TextApi {
    return this.restyle('setUnderline', args, 'underline');
  }
  setStrikethrough(...args: unknown[]): TextApi {
    return this.restyle('setStrikethrough', args, 'strikethrough');
  }
  setFontSize(...args: unknown[]): TextApi {
    return this.restyle('setFontSize', args, 'fontSize');
  }
  setFontFamily(...args: unknown[]): TextApi {
    return this.restyle('setFontFamily', args, 'fontFamily');
  }
  setForegroundColor(...args: unknown[]): TextApi {
    return this.restyle('setForegroundColor', args, 'foregroundColor');
  }
  setBackgroundColor(...args: unknown[]): TextApi {
    return this.restyle('setBackgroundColor', args, 'backgroundColor');
  }
  setLinkUrl(...args: unknown[]): TextApi {
    return this.restyle('setLinkUrl', args, 'linkUrl');
  }

  override copy(): TextApi {
    this.enter('copy');
    const segments = this.segments();
    const para = cloneNode(segments[0]!.para);
    return new TextElement(this.session, { kind: 'range', para, start: 0, end: null });
  }

  /** Removing a Text empties what it covers; the paragraph stays (it is the Text's parent). */
  override removeFromParent(): TextApi {
    this.edit('removeFromParent');
    for (const seg of this.segments()) seg.para.runs = deleteRange(seg.para.runs, seg.from, seg.to);
    if (this.target.kind === 'range' && this.target.end !== null) this.target.end = this.target.start;
    return this;
  }
}

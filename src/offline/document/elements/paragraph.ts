import type {
  ElementApi,
  ListItemApi,
  ParagraphApi,
  RangeElementApi,
  TextApi,
} from '../../../gas/api/document';
import { ALIGNMENTS, enumName, GLYPH_TYPES, HEADINGS } from '../enums';
import type { Alignment, Heading } from '../enums';
import { gasException } from '../../runtime/exception';
import { readIndexError } from '../errors';
import type { ParagraphNode } from '../model';
import { paragraphText } from '../model';
import { insertText, restyle, styleAt } from '../runs';
import { findIn, replaceIn } from '../search';
import type { DocSession } from '../session';
import { ElementBase } from './element';
import { checkPattern, hitOf, RangeElementImpl, stylePatch, TextElement, textAttributes } from './text';

function heading(value: unknown): Heading {
  const name = enumName(value);
  if (!(HEADINGS as readonly string[]).includes(name)) throw gasException(`Invalid argument: heading`);
  return name as Heading;
}

function alignment(value: unknown): Alignment {
  const name = enumName(value);
  if (!(ALIGNMENTS as readonly string[]).includes(name)) throw gasException(`Invalid argument: alignment`);
  return name as Alignment;
}

/** What Paragraph and ListItem share: one block of text with paragraph formatting. */
abstract class ParagraphLike extends ElementBase {
  declare readonly node: ParagraphNode;

  constructor(session: DocSession, node: ParagraphNode) {
    super(session, node);
  }

  private whole(): TextElement {
    return new TextElement(this.session, { kind: 'range', para: this.node, start: 0, end: null });
  }

  getText(): string {
    this.enter('getText');
    return paragraphText(this.node);
  }

  /** Keeps the paragraph's formatting and gives the new text the formatting of the old first character. */
  setText(text: string): void {
    this.edit('setText');
    const value = String(text);
    this.node.runs = value ? [{ text: value, style: styleAt(this.node.runs, 0) }] : [];
  }

  /** Returns a Text covering only the appended characters (so it can be styled on its own). */
  appendText(text: string): TextApi {
    this.edit('appendText');
    const start = paragraphText(this.node).length;
    const value = String(text);
    this.node.runs = insertText(this.node.runs, start, value);
    return new TextElement(this.session, {
      kind: 'range',
      para: this.node,
      start,
      end: start + value.length,
    });
  }

  editAsText(): TextApi {
    this.enter('editAsText');
    return this.whole();
  }

  /** A non-empty paragraph holds one Text element; an empty one holds none. */
  getNumChildren(): GoogleAppsScript.Integer {
    this.enter('getNumChildren');
    return paragraphText(this.node) ? 1 : 0;
  }

  getChild(childIndex: GoogleAppsScript.Integer): ElementApi {
    this.enter('getChild');
    const count = paragraphText(this.node) ? 1 : 0;
    if (childIndex !== 0 || count === 0) throw readIndexError(childIndex, count);
    return this.whole();
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    this.enter('getHeading');
    return this.node.heading as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    this.enter('getAlignment');
    return this.node.alignment as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }

  protected setHeadingValue(value: unknown): void {
    this.edit('setHeading');
    this.node.heading = heading(value);
  }

  protected setAlignmentValue(value: unknown): void {
    this.edit('setAlignment');
    this.node.alignment = value === null ? null : alignment(value);
  }

  findText(searchPattern: string, from?: RangeElementApi | null): RangeElementApi | null {
    this.enter('findText');
    checkPattern(searchPattern, `${this.cls}.findText`);
    const hit = findIn(
      [{ para: this.node, from: 0, to: paragraphText(this.node).length }],
      searchPattern,
      hitOf(from),
    );
    return hit ? new RangeElementImpl(this.session, hit) : null;
  }

  replaceText(searchPattern: string, replacement: string): ElementApi {
    this.edit('replaceText');
    checkPattern(searchPattern, `${this.cls}.replaceText`, replacement);
    replaceIn(
      [{ para: this.node, from: 0, to: paragraphText(this.node).length }],
      searchPattern,
      replacement,
    );
    return this;
  }

  protected override attributes(): Record<string, unknown> {
    const out = textAttributes(this.node.runs.map((r) => r.style));
    out.HEADING = this.node.heading;
    out.HORIZONTAL_ALIGNMENT = this.node.alignment;
    if (this.node.type === 'LIST_ITEM') {
      out.NESTING_LEVEL = this.node.nestingLevel;
      out.GLYPH_TYPE = this.node.glyphType;
    }
    return out;
  }

  protected override applyAttributes(attributes: Record<string, unknown>): void {
    if ('HEADING' in attributes && attributes.HEADING !== null)
      this.node.heading = heading(attributes.HEADING);
    if ('HORIZONTAL_ALIGNMENT' in attributes) {
      const value = attributes.HORIZONTAL_ALIGNMENT;
      this.node.alignment = value === null ? null : alignment(value);
    }
    const length = paragraphText(this.node).length;
    this.node.runs = restyle(this.node.runs, 0, length, stylePatch(attributes));
  }

  protected clearText(): void {
    this.edit('clear');
    this.node.runs = [];
  }
}

export class Paragraph extends ParagraphLike implements ParagraphApi {
  protected readonly cls = 'Paragraph';

  setHeading(value: GoogleAppsScript.Document.ParagraphHeading): ParagraphApi {
    this.setHeadingValue(value);
    return this;
  }

  setAlignment(value: GoogleAppsScript.Document.HorizontalAlignment): ParagraphApi {
    this.setAlignmentValue(value);
    return this;
  }

  override setAttributes(attributes: any): ParagraphApi {
    return super.setAttributes(attributes) as ParagraphApi;
  }

  clear(): ParagraphApi {
    this.clearText();
    return this;
  }

  override copy(): ParagraphApi {
    return super.copy() as ParagraphApi;
  }

  override removeFromParent(): ParagraphApi {
    return super.removeFromParent() as ParagraphApi;
  }
}

export class ListItem extends ParagraphLike implements ListItemApi {
  protected readonly cls = 'ListItem';

  setHeading(value: GoogleAppsScript.Document.ParagraphHeading): ListItemApi {
    this.setHeadingValue(value);
    return this;
  }

  setAlignment(value: GoogleAppsScript.Document.HorizontalAlignment): ListItemApi {
    this.setAlignmentValue(value);
    return this;
  }

  getNestingLevel(): GoogleAppsScript.Integer {
    this.enter('getNestingLevel');
    return this.node.nestingLevel;
  }

  setNestingLevel(nestingLevel: GoogleAppsScript.Integer): ListItemApi {
    this.edit('setNestingLevel');
    this.node.nestingLevel = nestingLevel;
    return this;
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.enter('getGlyphType');
    return this.node.glyphType as unknown as GoogleAppsScript.Document.GlyphType;
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): ListItemApi {
    this.edit('setGlyphType');
    const name = enumName(glyphType);
    if (!(GLYPH_TYPES as readonly string[]).includes(name)) throw gasException('Invalid argument: glyphType');
    this.node.glyphType = name;
    return this;
  }

  override setAttributes(attributes: any): ListItemApi {
    return super.setAttributes(attributes) as ListItemApi;
  }

  clear(): ListItemApi {
    this.clearText();
    return this;
  }

  override copy(): ListItemApi {
    return super.copy() as ListItemApi;
  }

  override removeFromParent(): ListItemApi {
    return super.removeFromParent() as ListItemApi;
  }
}

/**
 * DocumentApp's enums. Google's runtime enums are objects whose members print as their names; offline
 * each member is its own name as a string, so `p.getHeading() === DocumentApp.ParagraphHeading.HEADING1`
 * and attribute maps keyed by `DocumentApp.Attribute.BOLD` behave as in Apps Script.
 */
function enumOf<T>(names: readonly string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as T;
}

export const ATTRIBUTE_NAMES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const;

export const HEADINGS = [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const;
export type Heading = (typeof HEADINGS)[number];

export const ALIGNMENTS = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

export const GLYPH_TYPES = [
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
] as const;

const ELEMENT_TYPES = [
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
] as const;

export const Attribute = enumOf<typeof GoogleAppsScript.Document.Attribute>(ATTRIBUTE_NAMES);
export const ElementType = enumOf<typeof GoogleAppsScript.Document.ElementType>(ELEMENT_TYPES);
export const GlyphType = enumOf<typeof GoogleAppsScript.Document.GlyphType>(GLYPH_TYPES);
export const HorizontalAlignment = enumOf<typeof GoogleAppsScript.Document.HorizontalAlignment>(ALIGNMENTS);
export const ParagraphHeading = enumOf<typeof GoogleAppsScript.Document.ParagraphHeading>(HEADINGS);

/** Offline enum members are their names; this turns one back into its name (for the model). */
export function enumName(value: unknown): string {
  return String(value);
}

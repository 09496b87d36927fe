import { TEMPLATE_KEYS, type TemplateKey } from './types';

/**
 * What a generated document's Drive description records (issue 5, items 6–8), one fact a line:
 * `nastavnik-document:<key>` first, then `spreadsheet=<id>` and `template=<id>` (so the Docs menu can
 * render it again: a Doc cannot read the spreadsheet's properties), and `job=`/`pdf=` lines.
 */
export const SPREADSHEET_LINE = 'spreadsheet=';
export const TEMPLATE_LINE = 'template=';

export interface GeneratedMark {
  /** The document key: `<kind>:<pair ids>` (documentKey). */
  key: string;
  kind: TemplateKey;
  /** The pair ids of the key, in order. */
  pairIds: string[];
  spreadsheetId: string | null;
  templateId: string | null;
}

const line = (description: string, prefix: string): string | null =>
  new RegExp(`(?:^|\\n)${prefix}(\\S+)`).exec(description)?.[1] ?? null;

/** The lines generation appends to the mark. */
export const sourceLines = (spreadsheetId: string | null, templateId: string): string =>
  `${spreadsheetId ? `\n${SPREADSHEET_LINE}${spreadsheetId}` : ''}\n${TEMPLATE_LINE}${templateId}`;

/** The mark of a generated document, or null for any other description (a template, a Doc made by hand). */
export function parseGeneratedMark(description: string, mark: string): GeneratedMark | null {
  const at = description.indexOf(mark);
  if (at < 0) return null;
  const key = description
    .slice(at + mark.length)
    .split('\n')[0]!
    .trim();
  const colon = key.indexOf(':');
  const kind = (colon < 0 ? key : key.slice(0, colon)) as TemplateKey;
  if (!TEMPLATE_KEYS.includes(kind)) return null;
  const ids = colon < 0 ? '' : key.slice(colon + 1);
  return {
    key,
    kind,
    pairIds: ids.split(',').filter((s) => s !== ''),
    spreadsheetId: line(description, SPREADSHEET_LINE),
    templateId: line(description, TEMPLATE_LINE),
  };
}

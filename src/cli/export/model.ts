/**
 * What the exporters need from the offline Workspace, as plain data. The Workspace's stores produce
 * these snapshots; the exporters never reach into a live service (and so never count a call).
 */
export type CellValue = string | number | boolean | Date;

export interface SheetExport {
  name: string;
  /** As `getValues()` would return the used range: `''` for empty cells. */
  values: CellValue[][];
  /** Formula text per cell, `''` where none. Same shape as `values`, or absent. */
  formulas?: string[][];
  frozenRows: number;
  /** Number format per cell (`@` is plain text), same shape as `values`, or absent. */
  numberFormats?: string[][];
}

export interface SpreadsheetExport {
  id: string;
  name: string;
  sheets: SheetExport[];
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  link?: string;
}

export type DocBlock =
  | { type: 'paragraph'; heading?: string; alignment?: string; runs: TextRun[]; listItem?: boolean }
  | { type: 'table'; rows: DocBlock[][][] }
  | { type: 'pageBreak' };

export interface DocumentExport {
  id: string;
  name: string;
  header?: DocBlock[];
  body: DocBlock[];
  footer?: DocBlock[];
}

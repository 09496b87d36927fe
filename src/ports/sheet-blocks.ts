import type { CellValue } from './workbook';

/**
 * A rectangle of cells to write in one call, with the number format of each of its columns: `@` (plain
 * text) for answers people typed, so «=1+1», «+7 926 …» or «007» stay exactly as typed
 * (apps-script-behaviours.md §1.3.2–1.3.5). Rows and columns are 1-based.
 */
export interface BlockWrite {
  sheet: string;
  row: number;
  column: number;
  values: CellValue[][];
  /**
   * 1-based sheet columns to format as plain text `@` before writing (those outside the block are
   * ignored); the other columns keep the formats they have.
   */
  textColumns?: readonly number[];
}

/** A form whose response sheet is wanted: its id, and the respondents' URL as a second way to recognise it. */
export interface LinkedForm {
  formId: string;
  publishedUrl?: string;
}

/** A sheet that receives a form's responses, found by the form it is linked to, whatever its name. */
export interface ResponseSheetValues {
  formId: string;
  /** The tab's current name (staff may have renamed it): for journal lines only. */
  sheet: string;
  /** Everything from A1 to the last row and column, header row first. */
  values: CellValue[][];
}

/**
 * The spreadsheet as the submission pipeline sees it: whole sheets read once each, blocks written once
 * each. Every method costs a number of service calls that does not depend on the number of rows.
 */
export interface SheetBlocks {
  /** The named sheets that exist, each read with one `getValues`; absent names are left out. */
  read(names: readonly string[]): Map<string, CellValue[][]>;
  /** The sheets linked to these forms (by `Sheet.getFormUrl()`), each read with one `getValues`. */
  readResponses(forms: readonly LinkedForm[]): ResponseSheetValues[];
  /** Writes each block with one `setValues` (after one `setNumberFormats` when it has text columns). */
  write(blocks: readonly BlockWrite[]): void;
  /** Applies buffered writes (before the lock is released, §5.5). */
  flush(): void;
}

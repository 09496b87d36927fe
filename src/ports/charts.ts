import type { Mailer } from './mail';
import type { CellValue } from './workbook';

/**
 * Report sheets the add-on rewrites whole («Мониторинг»), with native charts over their cells. A chart
 * is identified by its title, so a re-run updates it instead of adding a second copy.
 */

/** A rectangle on the report sheet, 1-based. */
export interface ChartRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type ChartKind = 'column' | 'bar';

export interface ChartSpec {
  /** Shown above the chart; also how the next run finds it. */
  title: string;
  kind: ChartKind;
  /** Data: the first row is the series' names, the first column the categories. */
  range: ChartRange;
  /** Where the chart's upper left corner sits (1-based row and column). */
  anchor: { row: number; column: number };
  /** Further Google Charts options (`vAxis.minValue`, `legend.position`, …). */
  options?: Readonly<Record<string, string | number | boolean>>;
}

/** A sheet's whole content: a value and a number format per cell, both of the same shape. */
export interface ReportContent {
  values: CellValue[][];
  /** `@` for text (never parsed into a formula), `0.00`, `0.0%`, `0` for numbers. */
  formats: string[][];
}

export interface ReportSheets {
  /**
   * Replaces everything on the sheet (creating it when missing) with `content`: one clear, one
   * setNumberFormats and one setValues, whatever the size. Charts on the sheet stay.
   */
  rewrite(sheet: string, content: ReportContent): void;
  /**
   * Puts each chart on the sheet: the chart with the same title is updated in place (ranges, type,
   * position, options); a missing one is inserted; extra copies with a wanted title are removed.
   */
  placeCharts(sheet: string, charts: readonly ChartSpec[]): void;
}

/** What stage 6's monitoring needs beyond reading sheets and writing blocks (SheetBlocks). */
export interface MonitoringShell {
  /** The «Мониторинг» sheet and its charts. */
  report: ReportSheets;
  /** Reminder letters (MailApp). */
  mail: Mailer;
}

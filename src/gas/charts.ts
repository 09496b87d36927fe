import type { ChartSpec, ReportContent, ReportSheets } from '../ports';
import type {
  ChartsApi,
  EmbeddedChartApi,
  SheetApi,
  SpreadsheetApi,
  SpreadsheetAppApi,
} from './api/spreadsheet';
import { ActiveSpreadsheet } from './active-spreadsheet';

/**
 * Report sheets over SpreadsheetApp: the sheet is cleared and written in one setNumberFormats and one
 * setValues; its charts are found by title (`getOptions().get('title')`), so a re-run updates each chart
 * through `modify()…build()` and `updateChart` instead of inserting a second copy.
 */
export class SheetsReports implements ReportSheets {
  private activeSpreadsheet: ActiveSpreadsheet | null = null;
  private readonly sheets = new Map<string, SheetApi>();

  constructor(
    private readonly app: SpreadsheetAppApi,
    private readonly charts: () => ChartsApi,
  ) {}

  rewrite(name: string, content: ReportContent): void {
    const sheet = this.sheet(name);
    // Formats too: a cell that held a percentage last time must not show this run's count as «300%».
    sheet.clear();
    const rows = content.values.length;
    const columns = Math.max(0, ...content.values.map((r) => r.length));
    if (rows === 0 || columns === 0) return;
    const maxRows = sheet.getMaxRows();
    const maxColumns = sheet.getMaxColumns();
    // getRange does not grow the grid (§1.2.4).
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    const pad = <T>(row: readonly T[], fill: T): T[] =>
      row.length === columns ? [...row] : [...row, ...Array<T>(columns - row.length).fill(fill)];
    const range = sheet.getRange(1, 1, rows, columns);
    // Formats before values, so text lands as text and is never parsed (§1.3.2–1.3.5).
    range.setNumberFormats(content.formats.map((r) => pad(r, '@')));
    range.setValues(content.values.map((r) => pad(r, '')));
  }

  placeCharts(name: string, specs: readonly ChartSpec[]): void {
    if (specs.length === 0) return;
    const sheet = this.sheet(name);
    const existing = sheet.getCharts();
    const byTitle = new Map<string, EmbeddedChartApi[]>();
    for (const chart of existing) {
      const title = String(chart.getOptions().get('title') ?? '');
      byTitle.set(title, [...(byTitle.get(title) ?? []), chart]);
    }
    const types = this.charts().ChartType;
    for (const spec of specs) {
      const [current, ...copies] = byTitle.get(spec.title) ?? [];
      for (const copy of copies) sheet.removeChart(copy);
      const builder = current ? current.modify().clearRanges() : sheet.newChart();
      builder
        .setChartType(spec.kind === 'bar' ? types.BAR : types.COLUMN)
        .addRange(
          sheet.getRange(spec.range.row, spec.range.column, spec.range.numRows, spec.range.numColumns),
        )
        .setNumHeaders(1)
        .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
        .setOption('title', spec.title);
      for (const [option, value] of Object.entries(spec.options ?? {})) builder.setOption(option, value);
      if (current) sheet.updateChart(builder.build());
      else sheet.insertChart(builder.build());
    }
  }

  private sheet(name: string): SheetApi {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = this.spreadsheet().getSheetByName(name) ?? this.spreadsheet().insertSheet(name);
      this.sheets.set(name, sheet);
    }
    return sheet;
  }

  private spreadsheet(): SpreadsheetApi {
    this.activeSpreadsheet ??= new ActiveSpreadsheet(this.app);
    return this.activeSpreadsheet.get();
  }
}

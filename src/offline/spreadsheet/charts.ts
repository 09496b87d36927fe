/**
 * Embedded charts on a sheet (Sheet.newChart / insertChart / getCharts / updateChart / removeChart) and
 * the global `Charts` (only its `ChartType` enum is used).
 *
 * Google's model (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder):
 * a builder is plain data until `build()`; `insertChart` puts a copy on the sheet and gives it an id;
 * `getCharts()` returns the sheet's charts; a chart is changed by `chart.modify()…build()` and saved only
 * by `Sheet.updateChart(chart)`, which replaces the chart with the same id.
 *
 * Non-ticking helpers (exporters, tests): `chartSnapshot(chart)` — type, options, 1-based position and the
 * ranges with the values they hold at snapshot time ("the chart's data"); `SpreadsheetStore.chartsOf`
 * and the sheet snapshot's `charts` use it.
 */
import type {
  ChartOptionsApi,
  ChartsApi,
  EmbeddedChartApi,
  EmbeddedChartBuilderApi,
  RangeApi,
} from '../../gas/api/spreadsheet';
import { describeArgumentType, gasException, signatureMismatch } from '../runtime/exception';
import { a1Notation } from './a1';
import { OfflineRange, rangeModel } from './range';
import type { CellValue, SheetModel, SheetRect, SpreadsheetModel } from './store';

type ChartType = GoogleAppsScript.Charts.ChartType;

/** Google's `Charts.ChartType` names; offline an enum member is its name (see enums.ts). */
export const CHART_TYPES = [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
] as const;

export const offlineCharts: ChartsApi = {
  ChartType: Object.freeze(
    Object.fromEntries(CHART_TYPES.map((n) => [n, n])),
  ) as unknown as typeof GoogleAppsScript.Charts.ChartType,
};

/** Where the chart's upper left corner sits: 1-based anchor row and column, pixel offsets (ContainerInfo). */
export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** A chart as the sheet stores it (and as a builder or a built chart carries it before insertion). */
export interface ChartModel {
  /** null until the chart is inserted into a sheet (Google: "or null if the chart is not in a spreadsheet"). */
  chartId: number | null;
  /** null when the script never called setChartType [unsure: Google's default type is not documented]. */
  type: string | null;
  ranges: SheetRect[];
  options: Map<string, unknown>;
  position: ChartPosition;
  /** -1: Sheets decides from the data [unsure: the documented default of getNumHeaders is not stated]. */
  numHeaders: number;
}

export interface ChartSnapshot {
  chartId: number | null;
  type: string | null;
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  /** Each data range with its sheet, A1 notation and the values it held when the snapshot was taken. */
  ranges: Array<{ sheet: string; a1: string; values: CellValue[][] }>;
}

function cloneChart(chart: ChartModel): ChartModel {
  return {
    chartId: chart.chartId,
    type: chart.type,
    ranges: chart.ranges.map((r) => ({ ...r })),
    options: new Map(chart.options),
    position: { ...chart.position },
    numHeaders: chart.numHeaders,
  };
}

function emptyChart(): ChartModel {
  // [unsure] A chart inserted without setPosition: Google does not document where it lands; A1 is used.
  return {
    chartId: null,
    type: null,
    ranges: [],
    options: new Map(),
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
  };
}

function rangeOf(r: SheetRect): RangeApi {
  return new OfflineRange(r.sheet, { row: r.row, col: r.col, numRows: r.numRows, numCols: r.numCols });
}

function sameRect(a: SheetRect, b: SheetRect): boolean {
  return (
    a.sheet === b.sheet &&
    a.row === b.row &&
    a.col === b.col &&
    a.numRows === b.numRows &&
    a.numCols === b.numCols
  );
}

export function chartSnapshot(chart: ChartModel): ChartSnapshot {
  return {
    chartId: chart.chartId,
    type: chart.type,
    options: Object.fromEntries(chart.options),
    position: { ...chart.position },
    numHeaders: chart.numHeaders,
    ranges: chart.ranges.map((r) => ({
      sheet: r.sheet.name,
      a1: a1Notation(r),
      values: r.sheet.valuesOf(r),
    })),
  };
}

/** Chart ids are unique across one spreadsheet (getChartId); sequential, so runs compare file by file. */
const lastChartId = new WeakMap<SpreadsheetModel, number>();

function nextChartId(spreadsheet: SpreadsheetModel): number {
  const id = (lastChartId.get(spreadsheet) ?? 0) + 1;
  lastChartId.set(spreadsheet, id);
  return id;
}

/** The model behind a chart passed to a Sheet method. */
function chartModelOf(chart: unknown, method: string): ChartModel {
  if (!(chart instanceof OfflineEmbeddedChart)) {
    throw signatureMismatch(describeArgumentType(chart), `SpreadsheetApp.Sheet.${method}`);
  }
  return chart.model;
}

/** Sheet.insertChart: a copy goes onto the sheet under a new id; the script's object is left as it was. */
export function insertChartInto(sheet: SheetModel, chart: unknown): void {
  const stored = cloneChart(chartModelOf(chart, 'insertChart'));
  stored.chartId = nextChartId(sheet.parent);
  sheet.charts.push(stored);
}

export function chartsOn(sheet: SheetModel): EmbeddedChartApi[] {
  return sheet.charts.map((c) => new OfflineEmbeddedChart(sheet, cloneChart(c)));
}

/**
 * Sheet.removeChart / updateChart find the chart by id. A chart that is not on the sheet (never inserted,
 * or already removed) is refused [unsure: Google's text for this case is not documented; "Invalid
 * argument: chart" follows its usual wording for a bad argument].
 */
function indexOnSheet(sheet: SheetModel, chart: unknown, method: string): number {
  const model = chartModelOf(chart, method);
  const index = model.chartId === null ? -1 : sheet.charts.findIndex((c) => c.chartId === model.chartId);
  if (index < 0) throw gasException('Invalid argument: chart');
  return index;
}

export function removeChartFrom(sheet: SheetModel, chart: unknown): void {
  sheet.charts.splice(indexOnSheet(sheet, chart, 'removeChart'), 1);
}

export function updateChartOn(sheet: SheetModel, chart: unknown): void {
  const index = indexOnSheet(sheet, chart, 'updateChart');
  sheet.charts[index] = cloneChart(chartModelOf(chart, 'updateChart'));
}

export function newChartBuilder(sheet: SheetModel): EmbeddedChartBuilderApi {
  return new OfflineEmbeddedChartBuilder(sheet, emptyChart());
}

class OfflineChartOptions implements ChartOptionsApi {
  constructor(
    private readonly sheet: SheetModel,
    private readonly options: Map<string, unknown>,
  ) {}

  /** Google: "the configured value for the specified option"; an option never set reads as null. */
  get(option: string): any {
    this.sheet.parent.kernel.tick('SpreadsheetApp.ChartOptions.get');
    return this.options.has(option) ? this.options.get(option) : null;
  }
}

export class OfflineEmbeddedChart implements EmbeddedChartApi {
  constructor(
    private readonly sheet: SheetModel,
    readonly model: ChartModel,
  ) {}

  private tick(method: string): void {
    this.sheet.parent.kernel.tick(`SpreadsheetApp.EmbeddedChart.${method}`);
  }

  getChartId(): number | null {
    this.tick('getChartId');
    return this.model.chartId;
  }

  getRanges(): RangeApi[] {
    this.tick('getRanges');
    return this.model.ranges.map(rangeOf);
  }

  getOptions(): ChartOptionsApi {
    this.tick('getOptions');
    return new OfflineChartOptions(this.sheet, new Map(this.model.options));
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.tick('getContainerInfo');
    return containerInfo(this.sheet, this.model.position);
  }

  getNumHeaders(): number {
    this.tick('getNumHeaders');
    return this.model.numHeaders;
  }

  /** A builder over a copy: nothing changes on the sheet until `Sheet.updateChart` (Google's doc). */
  modify(): EmbeddedChartBuilderApi {
    this.tick('modify');
    return new OfflineEmbeddedChartBuilder(this.sheet, cloneChart(this.model));
  }
}

function containerInfo(
  sheet: SheetModel,
  position: ChartPosition,
): GoogleAppsScript.Spreadsheet.ContainerInfo {
  const p = { ...position };
  const tick = (method: string) => sheet.parent.kernel.tick(`SpreadsheetApp.ContainerInfo.${method}`);
  return {
    getAnchorRow: () => (tick('getAnchorRow'), p.anchorRow),
    getAnchorColumn: () => (tick('getAnchorColumn'), p.anchorColumn),
    getOffsetX: () => (tick('getOffsetX'), p.offsetX),
    getOffsetY: () => (tick('getOffsetY'), p.offsetY),
  };
}

export class OfflineEmbeddedChartBuilder implements EmbeddedChartBuilderApi {
  constructor(
    private readonly sheet: SheetModel,
    private readonly model: ChartModel,
  ) {}

  private tick(method: string): void {
    this.sheet.parent.kernel.tick(`SpreadsheetApp.EmbeddedChartBuilder.${method}`);
  }

  addRange(range: RangeApi): EmbeddedChartBuilderApi {
    this.tick('addRange');
    const { sheet, rect } = rangeModel(range);
    this.model.ranges.push({ sheet, ...rect });
    return this;
  }

  removeRange(range: RangeApi): EmbeddedChartBuilderApi {
    this.tick('removeRange');
    const { sheet, rect } = rangeModel(range);
    const target = { sheet, ...rect };
    this.model.ranges = this.model.ranges.filter((r) => !sameRect(r, target));
    return this;
  }

  clearRanges(): EmbeddedChartBuilderApi {
    this.tick('clearRanges');
    this.model.ranges = [];
    return this;
  }

  getRanges(): RangeApi[] {
    this.tick('getRanges');
    return this.model.ranges.map(rangeOf);
  }

  getChartType(): ChartType {
    this.tick('getChartType');
    return this.model.type as unknown as ChartType;
  }

  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.tick('getContainer');
    return containerInfo(this.sheet, this.model.position);
  }

  /** §0.3: anything but a `Charts.ChartType` member matches no signature. */
  setChartType(type: ChartType): EmbeddedChartBuilderApi {
    this.tick('setChartType');
    const name = String(type);
    if (typeof type !== 'string' || !(CHART_TYPES as readonly string[]).includes(name)) {
      throw signatureMismatch(describeArgumentType(type), 'SpreadsheetApp.EmbeddedChartBuilder.setChartType');
    }
    this.model.type = name;
    return this;
  }

  /** Anchor row and column are 1-based (ContainerInfo: "1-indexed column (that is, column C is 3)"). */
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilderApi {
    this.tick('setPosition');
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (args.some((a) => typeof a !== 'number')) {
      throw signatureMismatch(
        args.map(describeArgumentType).join(','),
        'SpreadsheetApp.EmbeddedChartBuilder.setPosition',
      );
    }
    // Integer parameters: Apps Script cuts fractions as Java would.
    this.model.position = {
      anchorRow: Math.trunc(anchorRowPos),
      anchorColumn: Math.trunc(anchorColPos),
      offsetX: Math.trunc(offsetX),
      offsetY: Math.trunc(offsetY),
    };
    return this;
  }

  /** Options are Google Charts configuration keys, dotted for nested ones (`hAxis.title`, `animation.duration`). */
  setOption(option: string, value: any): EmbeddedChartBuilderApi {
    this.tick('setOption');
    this.model.options.set(String(option), value);
    return this;
  }

  setNumHeaders(headers: number): EmbeddedChartBuilderApi {
    this.tick('setNumHeaders');
    this.model.numHeaders = Math.trunc(headers);
    return this;
  }

  /** A chart object over a copy, so later builder calls do not change it; it keeps the id it was modified from. */
  build(): EmbeddedChartApi {
    this.tick('build');
    return new OfflineEmbeddedChart(this.sheet, cloneChart(this.model));
  }
}

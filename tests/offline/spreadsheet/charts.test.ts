import { OfflineWorkspace } from '../../../src/offline/workspace';
import { thrown } from '../thrown';

function setUp() {
  const workspace = new OfflineWorkspace({ user: 'metodist@college.example' });
  const ss = workspace.services.SpreadsheetApp.create('Мониторинг');
  const sheet = ss.getSheets()[0]!;
  sheet.getRange(1, 1, 4, 2).setValues([
    ['Месяц', 'Встречи'],
    ['Сентябрь', 4],
    ['Октябрь', 7],
    ['Ноябрь', 5],
  ]);
  const Charts = workspace.services.Charts;
  return { workspace, ss, sheet, Charts, sheetName: sheet.getName() };
}

describe('Embedded charts (Sheet.newChart … insertChart)', () => {
  it('a built chart is not on the sheet until insertChart, and has no id until then', () => {
    const { sheet, Charts } = setUp();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B4'))
      .build();
    expect(chart.getChartId()).toBeNull();
    expect(sheet.getCharts()).toEqual([]);
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(typeof stored!.getChartId()).toBe('number');
  });

  it('getCharts gives back the ranges, the options and the 1-based position', () => {
    const { sheet, Charts } = setUp();
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.LINE)
        .addRange(sheet.getRange('A1:A4'))
        .addRange(sheet.getRange('B1:B4'))
        .setOption('title', 'Встречи по месяцам')
        .setPosition(5, 3, 10, 20)
        .setNumHeaders(1)
        .build(),
    );
    const chart = sheet.getCharts()[0]!;
    expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A4', 'B1:B4']);
    expect(chart.getOptions().get('title')).toBe('Встречи по месяцам');
    expect(chart.getOptions().get('legend.position')).toBeNull();
    expect(chart.getNumHeaders()).toBe(1);
    const info = chart.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([
      5, 3, 10, 20,
    ]);
  });

  it('chart ids are unique within the spreadsheet and deterministic', () => {
    const { sheet, ss, Charts } = setUp();
    const other = ss.insertSheet('Свод');
    const build = (s: typeof sheet) => s.newChart().setChartType(Charts.ChartType.PIE).build();
    sheet.insertChart(build(sheet));
    other.insertChart(build(other));
    sheet.insertChart(build(sheet));
    const ids = [...sheet.getCharts(), ...other.getCharts()].map((c) => c.getChartId());
    expect(new Set(ids).size).toBe(3);
    expect(ids).toEqual([1, 3, 2]);
  });

  it('modify() changes nothing until updateChart, which replaces the chart with the same id', () => {
    const { sheet, Charts } = setUp();
    sheet.insertChart(
      sheet.newChart().setChartType(Charts.ChartType.BAR).setOption('title', 'Старое').build(),
    );
    const original = sheet.getCharts()[0]!;
    const modified = original.modify().setOption('title', 'Новое').setPosition(2, 2, 0, 0).build();
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('Старое');
    sheet.updateChart(modified);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0]!.getChartId()).toBe(original.getChartId());
    expect(charts[0]!.getOptions().get('title')).toBe('Новое');
    expect(charts[0]!.getContainerInfo().getAnchorRow()).toBe(2);
  });

  it('removeChart takes the chart off the sheet; removing it again is refused', () => {
    const { sheet, Charts } = setUp();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.TABLE).build());
    const chart = sheet.getCharts()[0]!;
    sheet.removeChart(chart);
    expect(sheet.getCharts()).toEqual([]);
    const error = thrown(() => sheet.removeChart(chart));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Invalid argument: chart');
  });

  it('setChartType with something that is not a Charts.ChartType matches no signature (§0.3)', () => {
    const { sheet } = setUp();
    const builder = sheet.newChart();
    const setType = builder.setChartType.bind(builder) as unknown as (t: unknown) => unknown;
    expect(thrown(() => setType(3)).message).toBe(
      "The parameters (number) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.",
    );
  });

  it('Charts.ChartType carries Google’s names', () => {
    const { Charts } = setUp();
    for (const name of ['AREA', 'BAR', 'COLUMN', 'LINE', 'PIE', 'SCATTER', 'TABLE', 'COMBO', 'HISTOGRAM'])
      expect(String((Charts.ChartType as unknown as Record<string, unknown>)[name])).toBe(name);
  });
});

describe('Charts recorded with their data (store, state.json)', () => {
  it('chartsOf reads the ranges’ values at snapshot time, without counting calls', () => {
    const { workspace, ss, sheet, Charts, sheetName } = setUp();
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(sheet.getRange('A1:B4'))
        .setOption('title', 'Встречи')
        .setPosition(1, 4, 0, 0)
        .build(),
    );
    sheet.getRange('B3').setValue(9);
    const id = ss.getId();
    const before = workspace.kernel.calls.total;
    const [snapshot] = workspace.sheets.chartsOf(id, sheetName);
    expect(workspace.kernel.calls.total).toBe(before);
    expect(snapshot).toEqual({
      chartId: 1,
      type: 'COLUMN',
      options: { title: 'Встречи' },
      position: { anchorRow: 1, anchorColumn: 4, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      ranges: [
        {
          sheet: sheetName,
          a1: 'A1:B4',
          values: [
            ['Месяц', 'Встречи'],
            ['Сентябрь', 4],
            ['Октябрь', 9],
            ['Ноябрь', 5],
          ],
        },
      ],
    });
  });

  it('the spreadsheet snapshot (state.json) lists each sheet’s charts', () => {
    const { workspace, ss, sheet, Charts } = setUp();
    sheet.insertChart(
      sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B4')).build(),
    );
    const snap = workspace.sheets.get(ss.getId())!.toJSON();
    expect(snap.sheets[0]!.charts.map((c) => [c.type, c.ranges[0]!.a1])).toEqual([['PIE', 'A1:B4']]);
  });

  it('a row inserted above the data moves the chart’s range with it', () => {
    const { sheet, Charts } = setUp();
    sheet.insertChart(
      sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(sheet.getRange('A1:B4')).build(),
    );
    sheet.insertRowBefore(1);
    expect(sheet.getCharts()[0]!.getRanges()[0]!.getA1Notation()).toBe('A2:B5');
  });

  it('inserting a chart is one counted call with a server-side latency', () => {
    const { workspace, sheet, Charts } = setUp();
    const chart = sheet.newChart().setChartType(Charts.ChartType.LINE).build();
    const t0 = workspace.kernel.clock.now();
    sheet.insertChart(chart);
    expect(workspace.kernel.calls.snapshot()['SpreadsheetApp.Sheet.insertChart']).toBe(1);
    expect(workspace.kernel.clock.now() - t0).toBe(300);
  });
});

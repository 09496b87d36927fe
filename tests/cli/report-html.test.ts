import { refreshRoadmapQuietly } from '../../src/addon/roadmap/entry-points';
import { chartData, escapeHtml, reportHtml } from '../../src/cli/export/report-html';
import type { CellValue } from '../../src/ports';
import { depsOf, openCollegeSpreadsheet } from '../addon/fixture';

/**
 * The HTML builder of `out/report.html` on a spreadsheet made in the offline Workspace: a chart over a
 * small table whose category is markup, the road map with a hostile comment — everything shown as text.
 */

const HOSTILE = '<img src=x onerror=alert(1)>';

function workbook() {
  const { workspace, spreadsheet } = openCollegeSpreadsheet();
  spreadsheet.rename(`Колледж ${HOSTILE}`);
  const sheet = spreadsheet.insertSheet('Мониторинг');
  const data: CellValue[][] = [
    ['Шкала', 'Начало', 'Завершение'],
    [HOSTILE, 6, 8.5],
    ['Комфорт общения', 7, ''],
  ];
  sheet.getRange(1, 1, 3, 3).setValues(data);
  const { Charts } = workspace.services;
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(1, 1, 3, 3))
      .setNumHeaders(1)
      .setOption('title', `Средние ${HOSTILE}`)
      .setOption('vAxis.maxValue', 10)
      .setPosition(1, 6, 0, 0)
      .build(),
  );
  sheet.getRange(6, 1, 3, 2).setValues([
    ['Этап', 'Доля'],
    ['начало', 0.5],
    ['завершение', 0.25],
  ]);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange(6, 1, 3, 2))
      .setNumHeaders(1)
      .setOption('title', 'Доля ответивших')
      .setOption('hAxis.format', 'percent')
      .setPosition(10, 6, 0, 0)
      .build(),
  );
  // 2 October: stage 1's «август – сентябрь» has passed with nothing done.
  workspace.kernel.clock.set(new Date(Date.UTC(2026, 9, 2, 9)));
  expect(refreshRoadmapQuietly(depsOf(workspace))).toBe(true);
  const roadmap = spreadsheet.getSheetByName('Дорожная карта')!;
  const headers = roadmap.getRange(1, 1, 1, roadmap.getLastColumn()).getValues()[0]!;
  roadmap.getRange(2, headers.indexOf('Комментарий') + 1).setValue(`${HOSTILE} & «кавычки» "'`);
  return workspace.sheets.get(spreadsheet.getId())!.toJSON();
}

describe('report.html', () => {
  it('escapes every text from the spreadsheet: names, titles, categories, comments', () => {
    const html = reportHtml(workbook(), {
      scenario: `сценарий ${HOSTILE}`,
      at: new Date(Date.UTC(2026, 8, 1, 9)),
    });
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/onerror=alert\(1\)>/);
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; «кавычки» &quot;&#39;');
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain('состояние на 01.09.2026');
  });

  it('draws a bar for each value with its label, and the dashboard rows with their status classes', () => {
    const html = reportHtml(workbook(), { scenario: 'тест', at: new Date() });
    const bars = [...html.matchAll(/<rect class="bar" [^>]*data-value="([^"]+)"/g)].map((m) => Number(m[1]));
    // Column chart: 6, 8.5, 7 (the empty cell has no bar); bar chart: 0.5 and 0.25.
    expect(bars).toEqual([6, 8.5, 7, 0.5, 0.25]);
    expect(html).toContain('>8,5</text>');
    expect(html).toContain('>50 %</text>');
    expect(html).toContain('>25 %</text>');
    expect((html.match(/<tr class="row-/g) ?? []).length).toBe(19);
    expect(html).toContain('<td class="status status-overdue">просрочено</td>');
  });

  it('reads a chart as Google does: the first row names the series, the first column the categories', () => {
    const snapshot = workbook();
    const charts = snapshot.sheets.find((s) => s.name === 'Мониторинг')!.charts;
    const chart = chartData(charts[0]!, 'Мониторинг');
    expect(chart).toMatchObject({
      title: `Средние ${HOSTILE}`,
      orientation: 'vertical',
      categories: [HOSTILE, 'Комфорт общения'],
      series: [
        { name: 'Начало', values: [6, 7] },
        { name: 'Завершение', values: [8.5, null] },
      ],
      min: 0,
      max: 10,
      percent: false,
    });
  });
});

/**
 * `out/report.html` in a real browser: Debian's Chromium, driven by playwright-core, opens the page made
 * from a small offline college — monitoring answered and refreshed (the charts on «Мониторинг»), the road
 * map refreshed — with every network request refused, and we check what a person sees: each chart drawn
 * with a bar of non-zero size per data point, its labels, and the dashboard's rows with coloured statuses.
 */
import type { Page } from 'playwright-core';
import { headlessChromium } from './chromium';
import { writeRoadmap } from '../../src/addon/roadmap/entry-points';
import { chartData, reportHtml } from '../../src/cli/export/report-html';
import type { SpreadsheetSnapshot } from '../../src/offline/spreadsheet/store';
import { ANSWERS } from '../core/season/monitoring-fixture';
import { depsOf } from '../addon/fixture';
import { MONITORING, answer, monitoringCollege, process } from '../addon/season-monitoring-fixture';

const REPORT_URL = 'https://report.nastavnik.test/report.html';

jest.setTimeout(30_000);

const browser = headlessChromium("the report's browser test");

/** The college after monitoring at the start and end of programmes, with the road map refreshed. */
function collegeSnapshot(): SpreadsheetSnapshot {
  const college = monitoringCollege();
  for (const a of ANSWERS) answer(college, a);
  process(college);
  const { kernel } = college.workspace;
  kernel.run('menu', 'refreshRoadmap', () => writeRoadmap(depsOf(college.workspace)));
  expect(kernel.executions.filter((e) => e.error)).toEqual([]);
  return college.workspace.sheets.get(college.spreadsheet.getId())!.toJSON();
}

async function open(html: string): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.open(1100);
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  // The page is served once; anything else it asked for would be a request to the network.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === REPORT_URL)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    requests.push(url);
    return route.abort();
  });
  await page.goto(REPORT_URL);
  return { page, requests };
}

it('report.html in Chromium: the monitoring charts are drawn bar by bar, the road map is shown', async () => {
  const snapshot = collegeSnapshot();
  const charts = snapshot.sheets
    .find((s) => s.name === MONITORING)!
    .charts.map((c) => chartData(c, MONITORING));
  expect(charts.length).toBeGreaterThanOrEqual(3);
  const html = reportHtml(snapshot, { scenario: 'тест', at: new Date(Date.UTC(2026, 11, 1, 9)) });
  const { page, requests } = await open(html);

  const svgs = page.locator('svg.chart');
  expect(await svgs.count()).toBe(charts.length);
  for (const [i, chart] of charts.entries()) {
    const svg = svgs.nth(i);
    // Data points category by category, each series' value in turn (the order bars are drawn in).
    const points = chart.categories.flatMap((_, c) =>
      chart.series.flatMap((s) => (s.values[c] === null ? [] : [s.values[c]])),
    );
    expect(points.length).toBeGreaterThan(0);
    // As many bars as data points, each with a drawn, non-empty box.
    const boxes = await svg.locator('rect.bar').evaluateAll((rects) =>
      rects.map((r) => {
        const b = (r as SVGGraphicsElement).getBBox();
        const c = r.getBoundingClientRect();
        return {
          width: b.width,
          height: b.height,
          screen: c.width * c.height,
          value: Number(r.getAttribute('data-value')),
        };
      }),
    );
    expect(boxes.map((b) => b.value)).toEqual(points);
    for (const b of boxes) {
      expect(b.width).toBeGreaterThan(0);
      expect(b.height).toBeGreaterThan(0);
      expect(b.screen).toBeGreaterThan(0);
    }
    // The larger value has the longer bar within a series.
    const sized = await svg.locator('rect.bar').evaluateAll((rects) =>
      rects.map((r) => {
        const b = (r as SVGGraphicsElement).getBBox();
        return {
          series: r.getAttribute('data-series'),
          value: Number(r.getAttribute('data-value')),
          length: Math.max(b.width, b.height),
        };
      }),
    );
    for (const a of sized)
      for (const b of sized)
        if (a.series === b.series && a.value > b.value && b.value >= 0)
          expect(a.length).toBeGreaterThanOrEqual(b.length);
    // Every category labelled, every bar's value written.
    const labels = await svg
      .locator('text.bar-label')
      .evaluateAll((ts) => ts.map((t) => t.querySelector('title')?.textContent ?? ''));
    expect(labels).toEqual(chart.categories);
    expect(await svg.locator('text.bar-value').count()).toBe(points.length);
    expect(await page.locator('figcaption').nth(i).textContent()).toBe(chart.title);
  }

  const rows = page.locator('table.roadmap tbody tr');
  expect(await rows.count()).toBe(19);
  const stages = await page.locator('table.roadmap tbody tr td:first-child').allTextContents();
  expect([...new Set(stages)]).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  const statuses = await page
    .locator('table.roadmap td.status')
    .evaluateAll((cells) =>
      cells.map((c) => ({ text: c.textContent, background: getComputedStyle(c).backgroundColor })),
    );
  const colour = {
    выполнено: 'rgb(217, 234, 211)',
    'в работе': 'rgb(255, 242, 204)',
    'не начато': 'rgb(255, 255, 255)',
    просрочено: 'rgb(244, 204, 204)',
  } as Record<string, string>;
  for (const s of statuses) expect(s.background).toBe(colour[s.text ?? '']);
  // On 1 December, stage 1's «август – сентябрь» has passed with no order: overdue, highlighted.
  expect(statuses.some((s) => s.text === 'просрочено')).toBe(true);
  expect(statuses.some((s) => s.text === 'в работе')).toBe(true);
  expect(requests).toEqual([]);
});

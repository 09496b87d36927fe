import type { CellValue } from '../../ports/workbook';
import type { ChartSnapshot } from '../../offline/spreadsheet/charts';
import type { SheetSnapshot, SpreadsheetSnapshot } from '../../offline/spreadsheet/store';
import { ROADMAP_COLOURS, ROADMAP_COLUMNS, ROADMAP_SHEET, ROADMAP_STATUS } from '../../core/roadmap/columns';
import { headerIndex, headerKey } from '../../core/schema/headers';

/**
 * `out/report.html` (issues 6 and 7): one page a person opens in a browser, with no network — the
 * embedded charts of the spreadsheet (the monitoring charts on «Мониторинг») drawn as inline SVG from the
 * data their ranges hold, and the road-map dashboard with its statuses coloured. Everything shown comes
 * from the spreadsheet, so every text is escaped; the page has no script.
 */

/** One bar chart as the page draws it: categories along one axis, a bar per series in each. */
export interface ReportChart {
  sheet: string;
  title: string;
  /** COLUMN: vertical bars; BAR: horizontal. Other chart types are drawn as columns. */
  orientation: 'vertical' | 'horizontal';
  categories: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
  /** The axis' range from the chart's options (`vAxis.minValue`…), widened to the data. */
  min: number;
  max: number;
  percent: boolean;
}

/** The road map as the sheet shows it: the columns a director reads, in order. */
export interface ReportRoadmap {
  headers: string[];
  rows: string[][];
  /** Index of «Статус» in `headers`, -1 when the sheet has none. */
  statusAt: number;
}

const TIME_ZONE = 'Europe/Moscow';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const dateText = (d: Date): string => {
  const parts = new Intl.DateTimeFormat('ru-RU', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);
  return parts;
};

export function cellText(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isNaN(value.getTime()) ? '' : dateText(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  return String(value);
}

const numberText = (n: number): string =>
  String(Math.round(n * 100) / 100)
    .replace('.', ',')
    .replace('-', '−');

const valueLabel = (n: number, percent: boolean): string =>
  percent ? `${numberText(Math.round(n * 1000) / 10)} %` : numberText(n);

// ── Charts ──

const option = (chart: ChartSnapshot, key: string): unknown => chart.options[key];
const numberOption = (chart: ChartSnapshot, key: string): number | null => {
  const v = option(chart, key);
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};

/**
 * A chart's data as Google Charts reads it: the ranges side by side, the first column the categories,
 * the others the series; the first `numHeaders` rows name the series (-1: a first row of text is a header).
 */
export function chartData(chart: ChartSnapshot, sheet: string): ReportChart {
  const horizontal = String(chart.type ?? '').toUpperCase() === 'BAR';
  const blocks = chart.ranges.map((r) => r.values);
  const height = Math.max(0, ...blocks.map((b) => b.length));
  const table: CellValue[][] = Array.from({ length: height }, (_, i) => blocks.flatMap((b) => b[i] ?? []));
  const first = table[0] ?? [];
  const headerRows =
    chart.numHeaders >= 0
      ? chart.numHeaders
      : first.slice(1).some((v) => typeof v === 'string' && v.trim() !== '')
        ? 1
        : 0;
  const names = headerRows > 0 ? first.slice(1).map((v) => cellText(v)) : [];
  const body = table.slice(headerRows).filter((r) => r.some((v) => v !== '' && v !== null));
  const width = Math.max(0, ...table.map((r) => r.length));
  const series = Array.from({ length: Math.max(0, width - 1) }, (_, j) => ({
    name: names[j] ?? `Ряд ${j + 1}`,
    values: body.map((r) => {
      const v = r[j + 1];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    }),
  }));
  const axis = horizontal ? 'hAxis' : 'vAxis';
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  let min = Math.min(0, numberOption(chart, `${axis}.minValue`) ?? 0, ...values);
  let max = Math.max(0, numberOption(chart, `${axis}.maxValue`) ?? 0, ...values);
  if (max === min) max = min + 1;
  const percent = String(option(chart, `${axis}.format`) ?? '').toLowerCase() === 'percent';
  if (!Number.isFinite(min)) min = 0;
  return {
    sheet,
    title: cellText(option(chart, 'title') as CellValue | undefined) || 'Диаграмма',
    orientation: horizontal ? 'horizontal' : 'vertical',
    categories: body.map((r) => cellText(r[0])),
    series,
    min,
    max,
    percent,
  };
}

/** Every embedded chart of the spreadsheet, sheet by sheet in tab order. */
export function reportCharts(snapshot: SpreadsheetSnapshot): ReportChart[] {
  return [...snapshot.sheets]
    .sort((a, b) => a.index - b.index)
    .flatMap((sheet) => sheet.charts.map((chart) => chartData(chart, sheet.name)));
}

const COLOURS = ['#3366cc', '#dc3912', '#ff9900', '#109618', '#990099', '#0099c6'];

/** «Эффективность программы» → lines of at most `width` characters (words kept whole). */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, width - 1)}…`;
    return kept;
  }
  return lines;
}

const round = (n: number): string => String(Math.round(n * 10) / 10);

/** The chart as inline SVG: a bar per value, its value written at its end, each category labelled. */
export function chartSvg(chart: ReportChart, index: number): string {
  const W = 720;
  const legend = chart.series.length > 1 ? 28 : 0;
  const n = Math.max(1, chart.categories.length);
  const k = Math.max(1, chart.series.length);
  const span = chart.max - chart.min;
  const parts: string[] = [];
  const id = `chart-${index + 1}`;
  const bar = (x: number, y: number, w: number, h: number, s: number, c: number, v: number): void => {
    const name = chart.series[s]!.name;
    const category = chart.categories[c] ?? '';
    const label = valueLabel(v, chart.percent);
    parts.push(
      `<rect class="bar" x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" ` +
        `fill="${COLOURS[s % COLOURS.length]}" data-series="${escapeHtml(name)}" ` +
        `data-category="${escapeHtml(category)}" data-value="${v}">` +
        `<title>${escapeHtml(`${category} — ${name}: ${label}`)}</title></rect>`,
    );
  };
  let height: number;
  if (chart.orientation === 'vertical') {
    const top = 20;
    const plotH = 240;
    const labelH = 48;
    height = top + plotH + labelH + legend;
    const left = 48;
    const plotW = W - left - 16;
    const y = (v: number) => top + ((chart.max - v) / span) * plotH;
    const zero = y(0);
    parts.push(
      `<line class="axis" x1="${left}" y1="${round(zero)}" x2="${left + plotW}" y2="${round(zero)}" stroke="#444"/>`,
    );
    for (const tick of [chart.min, (chart.min + chart.max) / 2, chart.max])
      parts.push(
        `<text class="tick" x="${left - 6}" y="${round(y(tick) + 4)}" text-anchor="end">${escapeHtml(valueLabel(tick, chart.percent))}</text>`,
      );
    const group = plotW / n;
    const barW = Math.max(4, (group * 0.8) / k);
    chart.categories.forEach((category, c) => {
      const x0 = left + c * group + (group - barW * k) / 2;
      chart.series.forEach((s, j) => {
        const v = s.values[c];
        if (v === null || v === undefined) return;
        const y1 = y(Math.max(v, 0));
        const h = Math.max(1, Math.abs(y(v) - zero));
        const x = x0 + j * barW;
        bar(x, v >= 0 ? y1 : zero, barW - 2, h, j, c, v);
        parts.push(
          `<text class="bar-value" x="${round(x + (barW - 2) / 2)}" y="${round(v >= 0 ? y1 - 4 : zero + h + 12)}" text-anchor="middle">${escapeHtml(valueLabel(v, chart.percent))}</text>`,
        );
      });
      const lines = wrap(category, Math.max(6, Math.floor(group / 7)), 3);
      parts.push(
        `<text class="bar-label" x="${round(left + c * group + group / 2)}" y="${top + plotH + 14}" text-anchor="middle">` +
          lines
            .map(
              (l, i) =>
                `<tspan x="${round(left + c * group + group / 2)}" dy="${i === 0 ? 0 : 13}">${escapeHtml(l)}</tspan>`,
            )
            .join('') +
          `<title>${escapeHtml(category)}</title></text>`,
      );
    });
  } else {
    const rowH = Math.max(24, 14 * k + 10);
    const top = 12;
    height = top + n * rowH + 24 + legend;
    const left = 220;
    const plotW = W - left - 70;
    const x = (v: number) => left + ((v - chart.min) / span) * plotW;
    const zero = x(0);
    parts.push(
      `<line class="axis" x1="${round(zero)}" y1="${top}" x2="${round(zero)}" y2="${top + n * rowH}" stroke="#444"/>`,
    );
    for (const tick of [chart.min, (chart.min + chart.max) / 2, chart.max])
      parts.push(
        `<text class="tick" x="${round(x(tick))}" y="${top + n * rowH + 16}" text-anchor="middle">${escapeHtml(valueLabel(tick, chart.percent))}</text>`,
      );
    const barH = Math.max(6, (rowH - 8) / k);
    chart.categories.forEach((category, c) => {
      const y0 = top + c * rowH + 4;
      chart.series.forEach((s, j) => {
        const v = s.values[c];
        if (v === null || v === undefined) return;
        const w = Math.max(1, Math.abs(x(v) - zero));
        const bx = v >= 0 ? zero : zero - w;
        const by = y0 + j * barH;
        bar(bx, by, w, barH - 2, j, c, v);
        parts.push(
          `<text class="bar-value" x="${round(v >= 0 ? bx + w + 4 : bx - 4)}" y="${round(by + barH / 2 + 3)}" text-anchor="${v >= 0 ? 'start' : 'end'}">${escapeHtml(valueLabel(v, chart.percent))}</text>`,
        );
      });
      const lines = wrap(category, 32, 2);
      parts.push(
        `<text class="bar-label" x="${left - 8}" y="${round(y0 + rowH / 2 - (lines.length - 1) * 6)}" text-anchor="end">` +
          lines
            .map((l, i) => `<tspan x="${left - 8}" dy="${i === 0 ? 0 : 13}">${escapeHtml(l)}</tspan>`)
            .join('') +
          `<title>${escapeHtml(category)}</title></text>`,
      );
    });
  }
  if (legend > 0) {
    let lx = 48;
    const ly = height - 12;
    chart.series.forEach((s, j) => {
      parts.push(
        `<rect class="legend-key" x="${lx}" y="${ly - 10}" width="12" height="12" fill="${COLOURS[j % COLOURS.length]}"/>` +
          `<text class="legend" x="${lx + 16}" y="${ly}">${escapeHtml(s.name)}</text>`,
      );
      lx += 28 + s.name.length * 7;
    });
  }
  return (
    `<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-title" width="${W}" height="${height}" ` +
    `viewBox="0 0 ${W} ${height}">` +
    `<title id="${id}-title">${escapeHtml(chart.title)}</title>${parts.join('')}</svg>`
  );
}

// ── The road map ──

const ROADMAP_SHOWN: readonly string[] = [
  ROADMAP_COLUMNS.stage,
  ROADMAP_COLUMNS.activity,
  ROADMAP_COLUMNS.indicator,
  ROADMAP_COLUMNS.status,
  ROADMAP_COLUMNS.deadlineText,
  ROADMAP_COLUMNS.deadline,
  ROADMAP_COLUMNS.responsible,
  ROADMAP_COLUMNS.publications,
  ROADMAP_COLUMNS.comment,
];

/** «Дорожная карта» as the sheet holds it (columns found by header), or null when there is no such sheet. */
export function reportRoadmap(snapshot: SpreadsheetSnapshot): ReportRoadmap | null {
  const sheet: SheetSnapshot | undefined = snapshot.sheets.find((s) => s.name === ROADMAP_SHEET);
  if (!sheet) return null;
  const index = headerIndex(sheet.values[0] ?? []);
  const columns = ROADMAP_SHOWN.filter((h) => index.has(headerKey(h)));
  const rows = sheet.values
    .slice(1)
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => columns.map((h) => cellText(r[index.get(headerKey(h))!])));
  return { headers: columns, rows, statusAt: columns.indexOf(ROADMAP_COLUMNS.status) };
}

const STATUS_CLASS: Readonly<Record<string, string>> = {
  [ROADMAP_STATUS.done]: 'done',
  [ROADMAP_STATUS.inProgress]: 'in-progress',
  [ROADMAP_STATUS.notStarted]: 'not-started',
  [ROADMAP_STATUS.overdue]: 'overdue',
};

function roadmapTable(roadmap: ReportRoadmap): string {
  const head = roadmap.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = roadmap.rows
    .map((row) => {
      const status = roadmap.statusAt >= 0 ? (row[roadmap.statusAt] ?? '') : '';
      const cls = STATUS_CLASS[headerKey(status)] ?? 'unknown';
      const cells = row
        .map((cell, i) =>
          i === roadmap.statusAt
            ? `<td class="status status-${cls}">${escapeHtml(cell)}</td>`
            : `<td>${escapeHtml(cell)}</td>`,
        )
        .join('');
      return `<tr class="row-${cls}">${cells}</tr>`;
    })
    .join('\n');
  return `<table class="roadmap">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

// ── The page ──

const STYLE = `
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 24px; color: #222; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; } h3 { font-size: 15px; }
.meta { color: #666; }
figure { margin: 16px 0; }
figcaption { font-weight: bold; margin-bottom: 4px; }
svg.chart text { font-size: 11px; fill: #222; }
svg.chart text.bar-value { font-size: 10px; }
table.roadmap { border-collapse: collapse; font-size: 13px; }
table.roadmap th, table.roadmap td { border: 1px solid #bbb; padding: 4px 6px; vertical-align: top; text-align: left; }
table.roadmap th { background: #eee; }
td.status-done { background: ${ROADMAP_COLOURS[ROADMAP_STATUS.done]}; }
td.status-in-progress { background: ${ROADMAP_COLOURS[ROADMAP_STATUS.inProgress]}; }
td.status-not-started { background: ${ROADMAP_COLOURS[ROADMAP_STATUS.notStarted]}; }
td.status-overdue { background: ${ROADMAP_COLOURS[ROADMAP_STATUS.overdue]}; font-weight: bold; }
.empty { color: #666; font-style: italic; }
`;

/** The whole page, from a spreadsheet snapshot. */
export function reportHtml(snapshot: SpreadsheetSnapshot, meta: { scenario: string; at: Date }): string {
  const charts = reportCharts(snapshot);
  const bySheet = new Map<string, ReportChart[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  let n = 0;
  const chartSections = [...bySheet]
    .map(
      ([sheet, list]) =>
        `<section class="charts" data-sheet="${escapeHtml(sheet)}">\n<h3>Лист «${escapeHtml(sheet)}»</h3>\n` +
        list
          .map((c) => `<figure><figcaption>${escapeHtml(c.title)}</figcaption>${chartSvg(c, n++)}</figure>`)
          .join('\n') +
        '\n</section>',
    )
    .join('\n');
  const roadmap = reportRoadmap(snapshot);
  return [
    '<!DOCTYPE html>',
    '<html lang="ru">',
    '<head>',
    '<meta charset="utf-8">',
    // No network: nothing is fetched, and nothing could run.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(`Наставничество — ${snapshot.name}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(snapshot.name)}</h1>`,
    `<p class="meta">${escapeHtml(`Сценарий «${meta.scenario}», состояние на ${cellText(meta.at)}.`)}</p>`,
    '<h2>Мониторинг</h2>',
    chartSections || '<p class="empty">Диаграмм пока нет: выполните «Обновить мониторинг».</p>',
    '<h2>Дорожная карта</h2>',
    roadmap && roadmap.rows.length > 0
      ? roadmapTable(roadmap)
      : '<p class="empty">Лист «Дорожная карта» пуст: выполните «Обновить дорожную карту».</p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

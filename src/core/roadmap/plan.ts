import type { BlockWrite } from '../../ports/sheet-blocks';
import type { CellValue } from '../../ports/workbook';
import { headerKey } from '../schema/headers';
import { tableOf, isBlankRow } from '../pairs/table';
import {
  ROADMAP_COLOURS,
  ROADMAP_COLUMNS,
  ROADMAP_OWNED_COLUMNS,
  ROADMAP_SHEET,
  ROADMAP_STATUS,
  ROADMAP_VALUE_COLUMNS,
  type RoadmapStatus,
} from './columns';
import type { RoadmapRow } from './compute';

/**
 * «Дорожная карта» laid out for one write. The sheet is a report: the add-on's columns are rewritten
 * whole on every refresh, in the rows' fixed order (stage, then activity). Columns staff own — the
 * «Комментарий» set-up makes and any column they add — keep their cells, carried to the row of the same
 * stage and activity wherever that row now is. A row staff added themselves (no activity of ours) is
 * kept below the dashboard when it holds anything of theirs, so a refresh never loses a person's text.
 */

export interface RoadmapSheetPlan {
  /** The header row the sheet ends up with (existing headers first, missing ones of ours at the end). */
  headers: string[];
  /** True when the sheet does not exist yet and must be created with `headers`. */
  create: boolean;
  /** One block from A1 over every row the sheet had or now needs. */
  write: BlockWrite;
  /** 1-based column of «Статус» and the width the overdue highlight covers. */
  highlight: { statusColumn: number; lastColumn: number; status: RoadmapStatus; background: string };
  /** Statuses counted, for the summary. */
  counts: Record<RoadmapStatus, number>;
}

/** Default header row of a new sheet: ours in order, then the comment. */
export const ROADMAP_HEADERS: readonly string[] = [...ROADMAP_OWNED_COLUMNS, ROADMAP_COLUMNS.comment];

/** The 1-based columns of `headers` written as plain text: ours but the value columns, and the comment. */
export function roadmapTextColumns(headers: readonly string[]): number[] {
  const text = new Set(
    [...ROADMAP_OWNED_COLUMNS, ROADMAP_COLUMNS.comment]
      .filter((h) => !ROADMAP_VALUE_COLUMNS.includes(h))
      .map(headerKey),
  );
  return headers.flatMap((h, i) => (text.has(headerKey(h)) ? [i + 1] : []));
}

const rowKey = (stage: CellValue, activity: CellValue): string =>
  `${String(stage ?? '').trim()}|${headerKey(String(activity ?? ''))}`;

/**
 * The sheet's next state from its current values (undefined: no sheet) and the computed rows. Pure and
 * idempotent: planning again over the written values gives the same block.
 */
export function planRoadmapSheet(
  current: readonly (readonly CellValue[])[] | undefined,
  rows: readonly RoadmapRow[],
): RoadmapSheetPlan {
  const create = current === undefined;
  const table = tableOf(ROADMAP_SHEET, create ? [] : current);
  const existing = table.headers.map((h) => String(h ?? ''));
  while (existing.length > 0 && existing[existing.length - 1]!.trim() === '') existing.pop();
  const headers = existing.length > 0 ? [...existing] : [];
  for (const h of ROADMAP_HEADERS) if (!headers.some((x) => headerKey(x) === headerKey(h))) headers.push(h);
  const at = (h: string): number => headers.findIndex((x) => headerKey(x) === headerKey(h));
  const owned = new Set(ROADMAP_OWNED_COLUMNS.map((h) => at(h)));
  const staffColumns = headers.map((_, i) => i).filter((i) => !owned.has(i));
  const width = headers.length;

  // `headers` starts with the sheet's own header row, so a column there is the same column in the old
  // rows (even one staff left without a header); ours that were missing come after it, empty so far.
  const oldColumn = (i: number): number => (i < existing.length ? i : -1);
  const oldStage = table.index.get(headerKey(ROADMAP_COLUMNS.stage)) ?? -1;
  const oldActivity = table.index.get(headerKey(ROADMAP_COLUMNS.activity)) ?? -1;
  const staffCells = (row: readonly CellValue[]): Map<number, CellValue> => {
    const cells = new Map<number, CellValue>();
    for (const i of staffColumns) {
      const from = oldColumn(i);
      const v = from >= 0 ? row[from] : '';
      if (v !== undefined && v !== null && v !== '') cells.set(i, v);
    }
    return cells;
  };
  // Staff cells of each activity's row, by stage and activity.
  const kept = new Map<string, Map<number, CellValue>>();
  const ours = new Set(rows.map((r) => rowKey(r.stage, r.activity)));
  const foreign: CellValue[][] = [];
  for (const row of table.rows) {
    if (isBlankRow(row)) continue;
    const key = rowKey(oldStage >= 0 ? row[oldStage] : '', oldActivity >= 0 ? row[oldActivity] : '');
    const cells = staffCells(row);
    if (ours.has(key) && !kept.has(key)) {
      kept.set(key, cells);
      continue;
    }
    // A row of the staff's own, or a copy of one of ours with their text in it: kept as it was.
    if (cells.size === 0) continue;
    foreign.push(
      headers.map((_, i) => {
        const from = oldColumn(i);
        return from >= 0 ? (row[from] ?? '') : '';
      }),
    );
  }

  const counts: Record<RoadmapStatus, number> = {
    выполнено: 0,
    'в работе': 0,
    'не начато': 0,
    просрочено: 0,
  };
  const body: CellValue[][] = rows.map((r) => {
    counts[r.status] += 1;
    const out: CellValue[] = Array.from({ length: width }, () => '');
    const put = (h: string, v: CellValue) => {
      const i = at(h);
      if (i >= 0) out[i] = v;
    };
    put(ROADMAP_COLUMNS.stage, r.stage);
    put(ROADMAP_COLUMNS.stageTitle, r.stageTitle);
    put(ROADMAP_COLUMNS.activity, r.activity);
    put(ROADMAP_COLUMNS.indicator, r.indicator);
    put(ROADMAP_COLUMNS.status, r.status);
    put(ROADMAP_COLUMNS.deadlineText, r.deadlineText);
    put(ROADMAP_COLUMNS.deadline, r.deadline ?? '');
    put(ROADMAP_COLUMNS.responsible, r.responsible);
    put(ROADMAP_COLUMNS.publications, r.publications);
    for (const [i, v] of kept.get(rowKey(r.stage, r.activity)) ?? []) out[i] = v;
    return out;
  });
  const values: CellValue[][] = [headers, ...body, ...foreign];
  // Rows the sheet had below are cleared, so nothing stale stays under the dashboard.
  const height = Math.max(values.length, table.rows.length + 1);
  while (values.length < height) values.push(Array.from({ length: width }, () => ''));
  // Cells of old columns beyond our width stay as they are: the block covers our headers only.
  return {
    headers,
    create,
    write: { sheet: ROADMAP_SHEET, row: 1, column: 1, values, textColumns: roadmapTextColumns(headers) },
    highlight: {
      statusColumn: at(ROADMAP_COLUMNS.status) + 1,
      lastColumn: width,
      status: ROADMAP_STATUS.overdue,
      background: ROADMAP_COLOURS[ROADMAP_STATUS.overdue],
    },
    counts,
  };
}

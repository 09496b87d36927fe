import type { CellValue } from '../../../src/ports/workbook';
import { computeRoadmap } from '../../../src/core/roadmap/compute';
import { ROADMAP_HEADERS, planRoadmapSheet } from '../../../src/core/roadmap/plan';
import { readSettings } from '../../../src/core/settings/settings';

/** «Дорожная карта» laid out for one write: the staff's columns, comments and rows survive a refresh. */

const NOW = new Date(Date.UTC(2026, 9, 15, 9));
const rows = computeRoadmap({ sheets: new Map(), settings: readSettings([]), now: NOW });

/** The sheet as values after a write: the block itself (it starts at A1). */
const written = (current: CellValue[][] | undefined) => planRoadmapSheet(current, rows).write.values;

describe('planRoadmapSheet', () => {
  it('a new sheet: our headers, one row per activity, one block from A1 with the text columns marked', () => {
    const plan = planRoadmapSheet(undefined, rows);
    expect(plan.create).toBe(true);
    expect(plan.headers).toEqual(ROADMAP_HEADERS);
    expect(plan.write).toMatchObject({ sheet: 'Дорожная карта', row: 1, column: 1 });
    expect(plan.write.values).toHaveLength(20);
    expect(plan.write.values[1]!.slice(0, 5)).toEqual([
      1,
      'Подготовка условий для реализации системы наставничества',
      'Приказ «Об утверждении положения о системе наставничества педагогических работников»',
      'Приказ не сформирован («Сформировать локальные акты»)',
      'просрочено',
    ]);
    // Stage, control date and publications are values; the rest (comment included) plain text.
    expect(plan.write.textColumns).toEqual([2, 3, 4, 5, 6, 8, 10]);
    expect(plan.highlight).toEqual({
      statusColumn: 5,
      lastColumn: 10,
      status: 'просрочено',
      background: '#f4cccc',
    });
    // 15 October: stages 1–3 (9 activities, «сентябрь») are overdue; 4–7 (10) not started.
    expect(plan.counts).toEqual({ выполнено: 0, 'в работе': 0, 'не начато': 10, просрочено: 9 });
  });

  it('keeps columns where staff moved them, their own columns, and comments by stage and activity', () => {
    const first = written(undefined);
    // Staff moved «Комментарий» first, added «Контроль», sorted rows backwards and commented one.
    const commentAt = ROADMAP_HEADERS.indexOf('Комментарий');
    const moved: CellValue[][] = first.map((r, i) => [
      i === 0 ? 'Комментарий' : '',
      ...r.filter((_, j) => j !== commentAt),
      i === 0 ? 'Контроль' : '',
    ]);
    const conference = moved.findIndex((r) => r[3] === 'Конференция или семинар');
    moved[conference]![0] = 'перенесли на апрель';
    moved[conference]![moved[0]!.length - 1] = 'директор';
    const staffSorted = [moved[0]!, ...moved.slice(1).reverse()];
    const plan = planRoadmapSheet(staffSorted, rows);
    expect(plan.create).toBe(false);
    expect(plan.headers).toEqual(staffSorted[0]);
    const again = plan.write.values;
    const row = again.find((r) => r[3] === 'Конференция или семинар')!;
    expect(row[0]).toBe('перенесли на апрель');
    expect(row[row.length - 1]).toBe('директор');
    // Rows are back in road-map order; the status column is where staff put it now.
    expect(again.slice(1).map((r) => r[1])).toEqual(rows.map((r) => r.stage));
    expect(plan.highlight.statusColumn).toBe(6);
    expect(again.filter((r) => r[0] === 'перенесли на апрель')).toHaveLength(1);
  });

  it('is idempotent: planning over what it wrote gives the same block', () => {
    const first = written(undefined);
    first[3]![ROADMAP_HEADERS.indexOf('Комментарий')] = '=1+1';
    const second = written(first);
    expect(written(second)).toEqual(second);
    expect(second[3]![ROADMAP_HEADERS.indexOf('Комментарий')]).toBe('=1+1');
  });

  it('a row staff added keeps its text below the dashboard; stale rows of ours are cleared', () => {
    const first = written(undefined);
    const width = first[0]!.length;
    const blank = () => Array<CellValue>(width).fill('');
    const mine = blank();
    mine[ROADMAP_HEADERS.indexOf('Мероприятие')] = 'Педсовет по наставничеству';
    mine[ROADMAP_HEADERS.indexOf('Комментарий')] = 'провести в марте';
    const stale = blank();
    stale[0] = 9;
    stale[ROADMAP_HEADERS.indexOf('Мероприятие')] = 'Мероприятие прошлой версии';
    const next = written([...first, mine, stale]);
    expect(next).toHaveLength(22); // header + 19 + the staff's row + the cleared stale row
    expect(next[20]).toEqual(mine);
    expect(next[21]).toEqual(blank());
  });

  it('keeps a note staff typed in a column without a header, and the text of a row they copied', () => {
    const first = written(undefined);
    // A headerless column between ours: staff inserted column C and typed in it.
    const withGap: CellValue[][] = first.map((r, i) => [
      r[0]!,
      r[1]!,
      i === 3 ? 'заметка' : '',
      ...r.slice(2),
    ]);
    const copy = [...withGap[5]!];
    copy[withGap[0]!.indexOf('Комментарий')] = 'вторая строка того же мероприятия';
    const next = written([...withGap, copy]);
    expect(next[0]![2]).toBe('');
    expect(next[3]![2]).toBe('заметка');
    expect(next[3]![3]).toBe(withGap[3]![3]); // «Мероприятие» stays right of the gap
    expect(next[20]![next[0]!.indexOf('Комментарий')]).toBe('вторая строка того же мероприятия');
    expect(written(next)).toEqual(next);
  });
});

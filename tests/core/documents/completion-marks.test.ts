import { PLAN_TABLE_HEADERS, planMarkEdits } from '../../../src/core/documents';
import type { OutlineTable } from '../../../src/core/documents';
import { DEFAULT_TEMPLATES } from '../../../src/core/documents/templates';
import type { TableBlock } from '../../../src/core/documents/templates';

/** A table as the shell reads the open Doc's tables: each cell's lines as paragraphs. */
const tableOf = (rows: string[][]): OutlineTable => ({
  rows: rows.map((cells) => ({
    cells: cells.map((c) => ({ paragraphs: c.split('\n').map((text) => ({ text })) })),
  })),
});

const HEADER = ['№', 'Направление', 'Мероприятие', 'Срок', 'Отметка о выполнении'];
const participants = tableOf([
  ['Роль', 'ФИО'],
  ['Наставник', 'Громова Т.И.'],
]);
const plan = (marks: string[] = ['', '', '']): OutlineTable =>
  tableOf([
    HEADER,
    ['1', 'Организация работы', 'Знакомство', '01.09.2026 – 14.09.2026', marks[0]!],
    ['2', 'Оценивание', 'Разработка критериев', '15.09.2026 – 30.11.2026', marks[1]!],
    ['3', 'Подведение итогов', 'Итоговая встреча', '01.06.2027 – 30.06.2027', marks[2]!],
  ]);
const activities = (marks: string[] = ['', '', '']) => [
  { number: '1', text: 'Знакомство', mark: marks[0]! },
  { number: '2', text: 'Разработка критериев', mark: marks[1]! },
  { number: '3', text: 'Итоговая встреча', mark: marks[2]! },
];
const DONE = 'выполнено 01.09.2026';

describe('planMarkEdits: the plan table’s mark cells to set in the open Doc', () => {
  it('finds the plan table by its headers and the row by its «№»: one cell, styled like the row’s nearest text', () => {
    expect(planMarkEdits([participants, plan()], activities(['', DONE, '']))).toEqual([
      {
        table: 1,
        row: 2,
        cell: 4,
        from: '',
        text: DONE,
        styleFrom: [3, 2, 1, 0].map((cell) => ({ row: 2, cell })),
      },
    ]);
  });

  it('another mark of the plan, printed by a render, is the first style to copy', () => {
    const [edit] = planMarkEdits([plan([DONE, '', ''])], activities([DONE, '', DONE]))!;
    expect(edit).toMatchObject({ row: 3, cell: 4, text: DONE });
    expect(edit!.styleFrom![0]).toEqual({ row: 1, cell: 4 });
  });

  it('nothing to write when the Doc shows every mark; a mark missing from the Doc is written again', () => {
    expect(planMarkEdits([plan([DONE, DONE, ''])], activities([DONE, DONE, '']))).toEqual([]);
    expect(
      planMarkEdits([plan(['', DONE, ''])], activities([DONE, DONE, '']))!.map((e) => [e.row, e.text]),
    ).toEqual([[1, DONE]]);
  });

  it('text staff typed in a mark cell is replaced by the mark (as a render would), keeping its own style', () => {
    expect(planMarkEdits([plan(['', 'в работе', ''])], activities(['', DONE, '']))).toEqual([
      { table: 0, row: 2, cell: 4, from: 'в работе', text: DONE },
    ]);
  });

  it('tolerates «№ 2», «2.» and spacing, and headers in another case or with extra spaces', () => {
    const t = tableOf([
      [' № ', 'Мероприятие', 'ОТМЕТКА  о выполнении'],
      ['1.', 'Знакомство', ''],
      ['№ 2', ' Разработка   критериев ', ''],
      ['3', 'Итоговая встреча', ''],
    ]);
    expect(planMarkEdits([t], activities(['', DONE, '']))!.map((e) => [e.row, e.cell])).toEqual([[2, 2]]);
  });

  it('null (render the whole Doc) when the Doc is not the data’s plan row for row', () => {
    const marked = activities(['', DONE, '']);
    // No plan table, or two.
    expect(planMarkEdits([participants], marked)).toBeNull();
    expect(planMarkEdits([plan(), plan()], marked)).toBeNull();
    // A header renamed.
    const renamed = plan();
    renamed.rows[0]!.cells[4] = { paragraphs: [{ text: 'Отметка' }] };
    expect(planMarkEdits([renamed], marked)).toBeNull();
    // A row added or removed.
    expect(
      planMarkEdits(
        [
          tableOf([
            ...plan().rows.map((r) => r.cells.map((c) => c.paragraphs[0]!.text)),
            ['4', 'x', 'Ещё', '', ''],
          ]),
        ],
        marked,
      ),
    ).toBeNull();
    expect(planMarkEdits([plan()], marked.slice(0, 2))).toBeNull();
    // Numbers out of order, or the activity's content changed since the Doc was rendered.
    expect(planMarkEdits([plan()], [marked[1]!, marked[0]!, marked[2]!])).toBeNull();
    expect(
      planMarkEdits(
        [plan()],
        marked.map((a) => (a.number === '2' ? { ...a, text: 'Другое' } : a)),
      ),
    ).toBeNull();
    // The mark cell holds two paragraphs.
    expect(planMarkEdits([plan(['', 'а\nб', ''])], marked)).toBeNull();
  });

  it('the default programme template’s plan table has the headers it is found by', () => {
    const tables = DEFAULT_TEMPLATES.programme.body.filter((b): b is TableBlock => b.kind === 'table');
    const found = tables.filter((t) => Object.values(PLAN_TABLE_HEADERS).every((h) => t.header.includes(h)));
    expect(found).toHaveLength(1);
    expect(found[0]!.rows[0]![found[0]!.header.indexOf(PLAN_TABLE_HEADERS.mark)]).toContain(
      'мероприятие.отметка',
    );
  });
});

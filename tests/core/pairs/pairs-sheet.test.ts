import { programmeEnd } from '../../../src/core/pairs/actions';
import { updateWaitingList, waitingListWrite } from '../../../src/core/pairs/edits';
import { readPairRows, statusKind } from '../../../src/core/pairs/pairs-sheet';
import { rowBlocks, rowPatch, rowRunsBottomUp, tableOf } from '../../../src/core/pairs/table';

describe('«Пары и группы» as stage 5 reads it', () => {
  it('reads a status by its first word, so older wording keeps its meaning', () => {
    expect(statusKind('предложена')).toBe('proposed');
    expect(statusKind('Утверждена приказом')).toBe('approved');
    expect(statusKind(' действует ')).toBe('active');
    expect(statusKind('завершена')).toBe('finished');
    expect(statusKind('прекращена досрочно')).toBe('terminated');
    expect(statusKind('расторгнута')).toBe('terminated');
    expect(statusKind('черновик')).toBe('other');
  });

  it('reads a group row: mentees one per line (or separated by «;»), columns found by header wherever they are', () => {
    const table = tableOf('Пары и группы', [
      [
        'Статус',
        'Заметка',
        '№ пары/группы',
        'Наставник: эл. почта',
        'Наставляемые: эл. почта',
        'Наставляемые: ФИО',
      ],
      ['предложена', 'x', '7', 'Petrov@College.example', 'a@college.example\nb@college.example', 'А; Б'],
      ['', '', '', '', '', ''],
    ]);
    const [row, ...rest] = readPairRows(table);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      row: 2,
      id: '7',
      kind: 'proposed',
      mentorEmail: 'petrov@college.example',
      menteeEmails: ['a@college.example', 'b@college.example'],
      menteeNames: ['А', 'Б'],
    });
  });
});

describe('writing in blocks', () => {
  const table = tableOf('S', [['a', 'b', 'c', 'd']]);

  it('consecutive rows are one block, whatever their number', () => {
    const rows = new Map([2, 3, 4, 7].map((n) => [n, ['x', '', '', '']]));
    expect(rowBlocks(table, rows, [1]).map((b) => [b.row, b.values.length])).toEqual([
      [2, 3],
      [7, 1],
    ]);
  });

  it('a row patch spans the changed columns only and writes back what is between as read', () => {
    const t = tableOf('S', [
      ['a', 'b', 'c', 'd'],
      [1, 2, 3, 4],
    ]);
    expect(rowPatch(t, 2, { b: 'B', d: 'D' })).toEqual({
      sheet: 'S',
      row: 2,
      column: 2,
      values: [['B', 3, 'D']],
      textColumns: [],
    });
  });

  it('rows to delete go bottom-first in runs', () => {
    expect(rowRunsBottomUp([5, 2, 3, 9])).toEqual([
      { row: 9, count: 1 },
      { row: 5, count: 1 },
      { row: 2, count: 2 },
    ]);
  });
});

describe('«Поиск наставника продолжается»', () => {
  const now = new Date(2026, 8, 1);
  const earlier = new Date(2026, 5, 1);
  const headers = [
    'Эл. почта',
    'ФИО',
    'Причина',
    'Поддержка на время поиска',
    'В списке с',
    'Последний подбор',
    'Заметки',
  ];

  it('is rewritten as one block; staff notes follow their person; a shorter list blanks the rows left', () => {
    const table = tableOf('W', [
      headers,
      ['a@x.ru', 'А', 'r', 's', earlier, earlier, 'позвонить'],
      ['b@x.ru', 'Б', 'r', 's', earlier, earlier, ''],
    ]);
    const [block, ...more] = waitingListWrite(table, [
      {
        email: 'b@x.ru',
        fullName: 'Б',
        reason: 'r2',
        supportNote: 's',
        firstListed: earlier,
        lastTried: now,
      },
    ]);
    expect(more).toEqual([]);
    expect(block!.row).toBe(2);
    expect(block!.values).toEqual([
      ['b@x.ru', 'Б', 'r2', 's', earlier, now, ''],
      ['', '', '', '', '', '', ''],
    ]);
  });

  it('adding a mentee already listed keeps the date they were first listed', () => {
    const table = tableOf('W', [headers, ['a@x.ru', 'А', 'r', 's', earlier, earlier, '']]);
    const [block] = updateWaitingList(table, now, {
      add: [
        {
          email: 'a@x.ru',
          fullName: 'А',
          reason: 'отклонено куратором',
          supportNote: 's',
          firstListed: now,
          lastTried: now,
        },
      ],
    });
    expect(block!.values[0]!.slice(2, 6)).toEqual(['отклонено куратором', 's', earlier, now]);
  });
});

describe('programme dates', () => {
  it('a programme of 9 months from 01.09 ends on 31.05; from 31.01 a month later ends on the last day of February', () => {
    expect(programmeEnd(new Date(2026, 8, 1), 9)).toEqual(new Date(2027, 4, 31));
    expect(programmeEnd(new Date(2027, 0, 31), 1)).toEqual(new Date(2027, 1, 28));
  });
});

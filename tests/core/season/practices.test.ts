import { PRACTICES_SHEET, PRACTICE_COLUMNS, planPractices } from '../../../src/core';
import type { PracticesInput } from '../../../src/core';
import type { CellValue } from '../../../src/ports';

const REGISTRY = 'Согласия';
const RESPONSES = 'Ответы: лучшие практики';
const HEADERS = [
  'Отметка времени',
  'Адрес электронной почты',
  'ФИО автора (авторов)',
  'Название практики',
  'Вид практики',
  '№ пары или группы',
  'Краткое описание',
  'Ссылка на материалы',
];

const answer = (at: Date, email: string, title: string, pair = ''): CellValue[] => [
  at,
  email,
  'Иванова Мария Петровна',
  title,
  'кейс',
  pair,
  'Описание',
  'https://example.com/case',
];

const registry: CellValue[][] = [
  ['Эл. почта', 'ФИО', 'Роль', 'Цель обработки', 'Дата решения', 'Статус'],
  [
    'a@college.example',
    'Иванова Мария Петровна',
    'наставник',
    'обработка ПДн в системе наставничества',
    new Date(2026, 8, 1),
    'дано',
  ],
];

const empty: CellValue[][] = [Object.values(PRACTICE_COLUMNS)];

function input(responses: CellValue[][], reported: string[] = [], sheet = empty): PracticesInput {
  return {
    responses: { sheet: RESPONSES, values: [HEADERS, ...responses] },
    sheets: new Map([
      [PRACTICES_SHEET, sheet],
      [REGISTRY, registry],
    ]),
    consentsSheet: REGISTRY,
    reported: new Set(reported),
  };
}

const T1 = new Date(Date.UTC(2026, 9, 2, 8));
const T2 = new Date(Date.UTC(2026, 9, 1, 8));

describe('planPractices', () => {
  it('numbers new practices in the order they were submitted and appends them in one block below the header', () => {
    const plan = planPractices(
      input([answer(T1, 'a@college.example', 'Позже'), answer(T2, 'A@College.example', 'Раньше')]),
    );
    expect(plan.writes).toHaveLength(1);
    const [write] = plan.writes;
    expect(write).toMatchObject({ sheet: PRACTICES_SHEET, row: 2, column: 1 });
    expect(write!.values.map((r) => [r[0], r[1]])).toEqual([
      ['К-1', 'Раньше'],
      ['К-2', 'Позже'],
    ]);
    // Every column but «Дата» (the 8th) is plain text.
    expect(write!.textColumns).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]);
  });

  it('a response with an error is journaled once and never added; the key stays reported while it is there', () => {
    const bad = answer(T1, 'a@college.example', '');
    const first = planPractices(input([bad]));
    expect(first.writes).toEqual([]);
    expect(first.journal).toHaveLength(1);
    expect(first.journal[0]).toMatchObject({ level: 'WARNING', code: 'PRACTICE_REJECTED' });
    expect(first.journal[0]!.message).toBe(
      `Ответ формы «Лучшая практика» от a@college.example (лист «${RESPONSES}», строка 2) не добавлен в ` +
        '«Методическую копилку»: в нём есть ошибки',
    );
    expect(first.journal[0]!.details).toContain('Название практики');
    const second = planPractices(input([bad], first.reported));
    expect(second.journal).toEqual([]);
    expect(second.reported).toEqual(first.reported);
  });

  it('a waiting response is reported once; once added, its key leaves the reported list', () => {
    const waiting = answer(T1, 'b@college.example', 'Ждёт');
    const first = planPractices(input([waiting]));
    expect(first).toMatchObject({
      added: 0,
      waiting: 1,
      reported: [`bestPractice|${T1.toISOString()}|b@college.example`],
    });
    const consented: CellValue[][] = [
      ...registry,
      [
        'b@college.example',
        'Белова Вера Павловна',
        'наставляемый',
        'обработка ПДн в системе наставничества',
        new Date(2026, 9, 3),
        'дано',
      ],
    ];
    const later = planPractices({
      ...input([waiting], first.reported),
      sheets: new Map([
        [PRACTICES_SHEET, empty],
        [REGISTRY, consented],
      ]),
    });
    expect(later).toMatchObject({ added: 1, waiting: 0, reported: [] });
  });

  it('without its «№» or «Ключ ответа» column the sheet is not ready and nothing is planned', () => {
    const plan = planPractices(input([answer(T1, 'a@college.example', 'X')], [], [['Название', 'Авторы']]));
    expect(plan).toMatchObject({ ready: false, writes: [], journal: [] });
    const missing = planPractices({ ...input([]), sheets: new Map([[REGISTRY, registry]]) });
    expect(missing.ready).toBe(false);
  });

  it('rows go below the last used row, after rows staff added by hand, and numbers continue from the highest', () => {
    const sheet: CellValue[][] = [
      Object.values(PRACTICE_COLUMNS),
      ['К-7', 'Старая', '', '', '', '', '', '', 'одобрена', 'да', '', 'bestPractice|x|y'],
      ['', 'Добавлена вручную', '', '', '', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
    ];
    const plan = planPractices(input([answer(T1, 'a@college.example', 'Новая')], [], sheet));
    expect(plan.writes[0]).toMatchObject({ row: 4 });
    expect(plan.writes[0]!.values[0]![0]).toBe('К-8');
  });
});

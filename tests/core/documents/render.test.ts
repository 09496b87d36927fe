import {
  type RenderPlan,
  type TemplateData,
  type TemplateOutline,
  applyReplacements,
  nameValue,
  planRender,
} from '../../../src/core';

const TZ = { timeZone: 'Europe/Moscow' };
const body = (...texts: string[]): TemplateOutline => ({ body: texts.map((text) => ({ text })) });
const results = (plan: RenderPlan) => plan.edits.map((e) => e.result);

/** What the shell does with a paragraph edit: right-to-left replacements, in the given order. */
function applyInOrder(text: string, plan: RenderPlan, block: number): string {
  const edit = plan.edits.find((e) => e.location.block === block && e.location.row === undefined);
  if (!edit) return text;
  let out = text;
  for (const r of edit.replacements) {
    expect(out.slice(r.start, r.end)).toBe(r.source);
    out = out.slice(0, r.start) + r.text + out.slice(r.end);
  }
  return out;
}

describe('подстановка значений', () => {
  it('значения с $, \\, символами регулярных выражений и {{…}} вставляются буквально и не раскрываются', () => {
    const data: TemplateData = {
      а: '{{наставник.фио}}',
      б: '$1 $& $$',
      в: 'C:\\папка\\n',
      г: '.*(a|b)+?[^x]',
      наставник: { фио: nameValue('Петров Иван Сергеевич') },
    };
    const text = '{{а}} / {{б}} / {{в}} / {{г}} / {{наставник.фио}}';
    const plan = planRender(body(text), data, TZ);
    const expected = '{{наставник.фио}} / $1 $& $$ / C:\\папка\\n / .*(a|b)+?[^x] / Петров Иван Сергеевич';
    expect(results(plan)).toEqual([expected]);
    expect(applyInOrder(text, plan, 0)).toBe(expected);
    expect(plan.warnings).toEqual([]);
  });

  it('заполнитель, разбитый на фрагменты форматирования, приходит одним абзацем: смещения указывают ровно на него', () => {
    // The shell reads «Приказ № {{при» (bold) + «каз.номер}} от» (plain) as one paragraph text.
    const text = 'Приказ № {{приказ.номер}} от {{приказ.дата}}';
    const plan = planRender(
      body(text),
      { приказ: { номер: '12-од', дата: new Date('2026-11-25T09:00:00Z') } },
      TZ,
    );
    const [edit] = plan.edits;
    expect(edit!.replacements).toEqual([
      { start: 29, end: 44, source: '{{приказ.дата}}', text: '25.11.2026' },
      { start: 9, end: 25, source: '{{приказ.номер}}', text: '12-од' },
    ]);
    expect(applyInOrder(text, plan, 0)).toBe('Приказ № 12-од от 25.11.2026');
    expect(applyReplacements(text, edit!.replacements)).toBe(edit!.result);
  });

  it('замены идут справа налево и не пересекаются, так что каждое смещение остаётся верным', () => {
    const text = '{{а}}{{б}} и {{а}}';
    const plan = planRender(body(text), { а: 'длинное значение', б: '' }, TZ);
    const starts = plan.edits[0]!.replacements.map((r) => r.start);
    expect(starts).toEqual([...starts].sort((x, y) => y - x));
    expect(applyInOrder(text, plan, 0)).toBe('длинное значение____ и длинное значение');
  });

  it('нет значения — в документе «____» и предупреждение (не ошибка), с местом', () => {
    const plan = planRender(body('Текст', 'Наставник: {{наставник.фио}}'), {}, TZ);
    expect(results(plan)).toEqual(['Наставник: ____']);
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toMatchObject([
      { code: 'missingValue', severity: 'warning', where: 'Абзац 2', source: '{{наставник.фио}}' },
    ]);
  });

  it('фильтры: падежи, инициалы, даты прописью, заглавные', () => {
    const data: TemplateData = {
      н: nameValue('Петров Иван Сергеевич'),
      р: nameValue('Лукьяненко Светлана Викторовна'),
      д: new Date('2026-11-25T09:00:00Z'),
      т: 'Приказ',
    };
    const plan = planRender(
      body(
        '{{н|дательный|инициалы}}; {{н|инициалы|дательный}}; {{р|инициалы_впереди}}; {{н|творительный}}',
        '{{д|дата_прописью}}; {{д|дата}}; {{т|заглавные}}; {{т|строчные}}',
      ),
      data,
      TZ,
    );
    expect(results(plan)).toEqual([
      'Петрову И.С.; Петрову И.С.; С.В. Лукьяненко; Петровым Иваном Сергеевичем',
      '25 ноября 2026 г.; 25.11.2026; ПРИКАЗ; приказ',
    ]);
  });

  it('«строчные» puts a position into running text but keeps abbreviations: «председатель ПЦК», «организатор ОБЗР»', () => {
    const plan = planRender(
      body('{{д1|строчные}}; {{д2|строчные}}'),
      { д1: 'Председатель ПЦК информатики', д2: 'Преподаватель-организатор ОБЗР' },
      TZ,
    );
    expect(results(plan)).toEqual(['председатель ПЦК информатики; преподаватель-организатор ОБЗР']);
  });

  it('имя, пол которого не определить, подставляется с предупреждением о склонении', () => {
    const plan = planRender(body('{{н|дательный}}'), { н: nameValue('Шевчук Саша') }, TZ);
    expect(plan.warnings).toMatchObject([{ code: 'notDeclined', where: 'Абзац 1' }]);
  });

  it('колонтитулы обрабатываются как отдельные разделы', () => {
    const plan = planRender(
      { header: [{ text: '{{а}}' }], body: [{ text: 'тело' }], footer: [{ text: 'стр. {{б}}' }] },
      { а: 'шапка', б: '1' },
      TZ,
    );
    expect(plan.edits.map((e) => [e.location.section, e.result])).toEqual([
      ['header', 'шапка'],
      ['footer', 'стр. 1'],
    ]);
  });
});

describe('условные блоки', () => {
  const outline = body(
    'до',
    '{{#если группа}}',
    'для группы',
    '{{/если}}',
    '{{#если не группа}}',
    'для пары',
    '{{/если}}',
    'после',
  );

  it('ложное условие удаляет абзацы блока вместе с абзацами-метками', () => {
    const plan = planRender(outline, { группа: false }, TZ);
    expect(plan.removals).toEqual(
      [6, 4, 3, 2, 1].map((block) => ({ section: 'body', block })).filter((l) => l.block !== 5),
    );
    expect(plan.edits).toEqual([]);
  });

  it('истинное условие оставляет содержимое и удаляет только абзацы-метки', () => {
    const plan = planRender(outline, { группа: ['a', 'b'] }, TZ);
    expect(plan.removals.map((l) => l.block)).toEqual([6, 5, 4, 3, 1]);
  });

  it('условие внутри абзаца удаляет только свой текст', () => {
    const plan = planRender(body('Пара{{#если группа}} (группа){{/если}}.'), { группа: '' }, TZ);
    expect(results(plan)).toEqual(['Пара.']);
    const kept = planRender(body('Пара{{#если группа}} (группа){{/если}}.'), { группа: 'да' }, TZ);
    expect(results(kept)).toEqual(['Пара (группа).']);
  });

  it('таблица внутри ложного блока удаляется целиком', () => {
    const plan = planRender(
      {
        body: [
          { text: '{{#если x}}' },
          { rows: [{ cells: [{ paragraphs: [{ text: '{{y}}' }] }] }] },
          { text: '{{/если}}' },
          { text: 'конец' },
        ],
      },
      {},
      TZ,
    );
    expect(plan.removals).toEqual([
      { section: 'body', block: 2 },
      { section: 'body', block: 1 },
      { section: 'body', block: 0 },
    ]);
    expect(plan.edits).toEqual([]);
  });

  it('последний абзац раздела не удаляется, а очищается (Docs не даёт удалить последний абзац)', () => {
    const plan = planRender(body('текст', '{{#если x}}', 'скрыто', '{{/если}}'), {}, TZ);
    expect(plan.removals.map((l) => l.block)).toEqual([2, 1]);
    expect(plan.edits).toEqual([
      {
        location: { section: 'body', block: 3 },
        replacements: [{ start: 0, end: 9, source: '{{/если}}', text: '' }],
        result: '',
      },
    ]);
  });
});

describe('повторяемые строки таблицы', () => {
  const table: TemplateOutline = {
    body: [
      {
        rows: [
          { cells: [{ paragraphs: [{ text: '№' }] }, { paragraphs: [{ text: 'Наставник' }] }] },
          {
            cells: [
              { paragraphs: [{ text: '{{#каждый пары как пара}}{{пара.номер}}' }] },
              {
                paragraphs: [
                  { text: '{{пара.наставник|родительный}} ({{приказ.номер}})' },
                  { text: '{{#если пара.группа}}группа{{/если}}' },
                ],
              },
            ],
          },
        ],
      },
      { text: '' },
    ],
  };
  const data: TemplateData = {
    приказ: { номер: '5-од' },
    пары: [
      { номер: '1', наставник: nameValue('Петров Иван Сергеевич'), группа: true },
      { номер: '2', наставник: nameValue('Иванова Мария Петровна'), группа: false },
    ],
  };

  it('строка копируется по разу на элемент, метка удаляется, общие поля тоже доступны', () => {
    const plan = planRender(table, data, TZ);
    expect(plan.rows).toHaveLength(1);
    const [repeat] = plan.rows;
    expect(repeat!.location).toEqual({ section: 'body', block: 0, row: 1 });
    expect(repeat!.items.map((i) => i.edits.map((e) => e.result))).toEqual([
      ['1', 'Петрова Ивана Сергеевича (5-од)', 'группа'],
      ['2', 'Ивановой Марии Петровны (5-од)'],
    ]);
    // In the second copy the conditional paragraph is the cell's last but not only one: it is removed.
    expect(repeat!.items[0]!.removals).toEqual([]);
    expect(repeat!.items[1]!.removals).toEqual([
      { section: 'body', block: 0, row: 1, cell: 1, paragraph: 1 },
    ]);
    expect(plan.edits).toEqual([]);
  });

  it('пустой список — строка удаляется и есть предупреждение', () => {
    const plan = planRender(table, { ...data, пары: [] }, TZ);
    expect(plan.rows[0]!.items).toEqual([]);
    expect(plan.warnings).toMatchObject([{ code: 'emptyList', where: 'Таблица 1, строка 2, ячейка 1' }]);
  });

  it('абзац ячейки, убранный условием, удаляется из копии, если в ячейке есть другие абзацы', () => {
    const outline: TemplateOutline = {
      body: [
        {
          rows: [
            {
              cells: [
                {
                  paragraphs: [
                    { text: '{{#каждый пары как пара}}{{пара.номер}}' },
                    { text: '{{#если пара.группа}}' },
                    { text: 'группа' },
                    { text: '{{/если}}' },
                  ],
                },
              ],
            },
          ],
        },
        { text: '' },
      ],
    };
    const plan = planRender(outline, data, TZ);
    expect(plan.rows[0]!.items.map((i) => i.removals.map((l) => l.paragraph))).toEqual([
      [3, 1],
      [3, 2, 1],
    ]);
  });
});

describe('ошибки шаблона останавливают формирование', () => {
  it('незакрытый {{#если}} — ошибка и пустой план', () => {
    const plan = planRender(body('{{#если x}}', 'текст'), { x: true }, TZ);
    expect(plan.errors).toMatchObject([{ code: 'unclosedIf', where: 'Абзац 1' }]);
    expect(plan.edits).toEqual([]);
    expect(plan.removals).toEqual([]);
  });
});

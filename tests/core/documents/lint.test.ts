import { type TemplateOutline, checkTemplate, knownPaths } from '../../../src/core';

const body = (...texts: string[]): TemplateOutline => ({ body: texts.map((text) => ({ text })) });
const summary = (outline: TemplateOutline, kind: Parameters<typeof knownPaths>[0] = 'programme') => {
  const check = checkTemplate(outline, knownPaths(kind));
  return [...check.errors, ...check.warnings].map((p) => ({
    code: p.code,
    severity: p.severity,
    where: p.where,
    message: p.message,
    hint: p.hint,
  }));
};

describe('«Проверить шаблон»', () => {
  it('правильный шаблон проходит без замечаний', () => {
    const check = checkTemplate(
      body(
        '{{наставник.фио|родительный}} {{программа.начало|дата_прописью}}',
        '{{#если программа.группа}}',
        'x',
        '{{/если}}',
      ),
      knownPaths('programme'),
    );
    expect(check).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('неизвестное поле — ошибка с местом и подсказкой по сходству', () => {
    expect(summary(body('Текст', 'Наставник: {{наставник.фоi}}'))).toEqual([
      {
        code: 'unknownPath',
        severity: 'error',
        where: 'Абзац 2',
        message: 'Неизвестное поле {{наставник.фоi}}.',
        hint: 'Возможно, вы имели в виду {{наставник.фио}}.',
      },
    ]);
  });

  it('опечатка в фильтре — ошибка с подсказкой', () => {
    expect(summary(body('{{наставник.фио|родительнный}}'))).toEqual([
      {
        code: 'unknownFilter',
        severity: 'error',
        where: 'Абзац 1',
        message: 'Неизвестный фильтр «родительнный» в {{наставник.фио|родительнный}}.',
        hint: 'Возможно, вы имели в виду {{наставник.фио|родительный}}.',
      },
    ]);
  });

  it('падежный фильтр к не-ФИО и дата к не-дате — предупреждения', () => {
    expect(
      summary(body('{{программа.форма|родительный}} {{наставник.фио|дата}}')).map((p) => [
        p.code,
        p.severity,
      ]),
    ).toEqual([
      ['filterNotApplicable', 'warning'],
      ['filterNotApplicable', 'warning'],
    ]);
  });

  it('незакрытый {{#если}} и лишний {{/если}}', () => {
    expect(
      summary(body('{{/если}}', '{{#если программа.группа}}', 'текст')).map((p) => [p.code, p.where]),
    ).toEqual([
      ['unopenedIf', 'Абзац 1'],
      ['unclosedIf', 'Абзац 2'],
    ]);
  });

  it('{{#если}} в ячейке должен закрываться в той же ячейке', () => {
    const outline: TemplateOutline = {
      body: [
        {
          rows: [
            {
              cells: [
                { paragraphs: [{ text: '{{#если программа.группа}}' }] },
                { paragraphs: [{ text: '{{/если}}' }] },
              ],
            },
          ],
        },
      ],
    };
    expect(summary(outline).map((p) => [p.code, p.where])).toEqual([
      ['ifAcrossCells', 'Таблица 1, строка 1, ячейка 1'],
      ['unopenedIf', 'Таблица 1, строка 1, ячейка 2'],
    ]);
  });

  it('{{#каждый}} не в начале строки таблицы и неизвестный список', () => {
    const outline: TemplateOutline = {
      body: [
        { text: '{{#каждый пары как пара}}' },
        {
          rows: [
            { cells: [{ paragraphs: [{ text: 'шапка' }] }] },
            { cells: [{ paragraphs: [{ text: '{{#каждый пар как пара}}{{пара.номер}}' }] }] },
            { cells: [{ paragraphs: [{ text: 'x' }] }, { paragraphs: [{ text: '{{#каждый пары}}' }] }] },
          ],
        },
      ],
    };
    expect(summary(outline, 'orderPairs').map((p) => [p.code, p.where, p.hint])).toEqual([
      ['eachNotAtRowStart', 'Абзац 1', expect.stringContaining('первой ячейки')],
      [
        'unknownList',
        'Таблица 1, строка 2, ячейка 1',
        'Возможно, вы имели в виду {{#каждый пары как пара}}.',
      ],
      ['eachNotAtRowStart', 'Таблица 1, строка 3, ячейка 2', expect.stringContaining('первой ячейки')],
    ]);
  });

  it('поля элемента видны только в его строке; внутри строки — подсказка по полям элемента', () => {
    const outline: TemplateOutline = {
      body: [
        { text: '{{пара.номер}}' },
        {
          rows: [
            {
              cells: [
                {
                  paragraphs: [
                    { text: '{{#каждый пары как пара}}{{пара.наставник.фио|родительный}} {{пара.формаа}}' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(summary(outline, 'orderPairs').map((p) => [p.code, p.where, p.message, p.hint])).toEqual([
      ['unknownPath', 'Абзац 1', 'Неизвестное поле {{пара.номер}}.', expect.any(String)],
      [
        'unknownPath',
        'Таблица 1, строка 1, ячейка 1',
        'Неизвестное поле {{пара.формаа}} в строке списка «пары».',
        'Возможно, вы имели в виду {{пара.форма}}.',
      ],
    ]);
  });

  it('заполнитель, разорванный между абзацами, и пустой {{}}', () => {
    expect(
      summary(body('Наставник: {{наставник.', 'фио}} и {{}}')).map((p) => [p.code, p.severity, p.where]),
    ).toEqual([
      ['splitPlaceholder', 'error', 'Абзац 1'],
      ['emptyPlaceholder', 'error', 'Абзац 2'],
    ]);
  });

  it('места в колонтитулах и абзацах ячеек называются по-русски', () => {
    const outline: TemplateOutline = {
      header: [{ text: '{{организация.имя}}' }],
      body: [
        { text: 'a' },
        { rows: [{ cells: [{ paragraphs: [{ text: 'x' }] }] }] },
        { rows: [{ cells: [{ paragraphs: [{ text: 'x' }, { text: '{{куратор.фиоо}}' }] }] }] },
      ],
      footer: [{ text: '{{неизвестно}}' }],
    };
    expect(summary(outline).map((p) => p.where)).toEqual([
      'Верхний колонтитул, абзац 1',
      'Таблица 2, строка 1, ячейка 1, абзац 2',
      'Нижний колонтитул, абзац 1',
    ]);
  });

  it('неизвестный блок — подсказка {{#если …}}', () => {
    expect(summary(body('{{#есил программа.группа}}'))[0]).toMatchObject({
      code: 'badTag',
      hint: 'Возможно, вы имели в виду {{#если …}}.',
    });
  });
});

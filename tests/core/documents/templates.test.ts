import { TEMPLATE_KEYS, checkTemplate, knownPaths } from '../../../src/core/documents';
import type { TemplateKey } from '../../../src/core/documents';
import {
  DEFAULT_TEMPLATES,
  defaultTemplates,
  templateOutline,
  templatePlainText,
} from '../../../src/core/documents/templates';
import type { Block, TableBlock, TemplateDoc } from '../../../src/core/documents/templates';

const text = (key: TemplateKey): string => templatePlainText(DEFAULT_TEMPLATES[key]);
const blocks = (doc: TemplateDoc): Block[] => [...(doc.header ?? []), ...doc.body, ...(doc.footer ?? [])];
const tables = (doc: TemplateDoc): TableBlock[] =>
  blocks(doc).filter((b): b is TableBlock => b.kind === 'table');
/** The repeated rows of a template, as `список как элемент` of their marker. */
const repeatedLists = (doc: TemplateDoc): string[] =>
  tables(doc).flatMap((t) =>
    t.rows.flatMap((row) => {
      const m = /^\{\{#каждый ([^}]+)\}\}/.exec(row[0] ?? '');
      return m ? [m[1]] : [];
    }),
  );

describe('the default templates as data', () => {
  it('there is one template per TemplateKey, keyed by itself, each named «Шаблон — …»', () => {
    expect(Object.keys(DEFAULT_TEMPLATES).sort()).toEqual([...TEMPLATE_KEYS].sort());
    for (const key of TEMPLATE_KEYS) {
      expect(DEFAULT_TEMPLATES[key].key).toBe(key);
      expect(DEFAULT_TEMPLATES[key].title).toMatch(/^Шаблон — \S/);
    }
    expect(defaultTemplates().map((t) => t.key)).toEqual(TEMPLATE_KEYS);
    expect(new Set(defaultTemplates().map((t) => t.title)).size).toBe(TEMPLATE_KEYS.length);
  });

  it('every table row is as wide as its header', () => {
    for (const doc of defaultTemplates())
      for (const t of tables(doc))
        for (const row of t.rows)
          expect({ key: doc.key, width: row.length }).toEqual({ key: doc.key, width: t.header.length });
  });

  it('the outline is what Docs holds after appending the blocks: header as row 0, an empty paragraph after each table (§3.8)', () => {
    const doc = DEFAULT_TEMPLATES.orderPairs;
    const outline = templateOutline(doc);
    const tableCount = tables(doc).length;
    expect(outline.body).toHaveLength(doc.body.length + tableCount);
    expect(outline.header).toBeUndefined();
    const at = doc.body.findIndex((b) => b.kind === 'table');
    const table = outline.body[at];
    expect('rows' in table && table.rows[0].cells.map((c) => c.paragraphs[0].text)).toEqual(
      (doc.body[at] as TableBlock).header,
    );
    expect(outline.body[at + 1]).toEqual({ text: '' });
    expect(templateOutline(DEFAULT_TEMPLATES.programme).footer).toHaveLength(1);
  });

  it('no template puts an empty line right after a table (Docs adds one itself)', () => {
    for (const doc of defaultTemplates())
      blocks(doc).forEach((b, i, all) => {
        const next = all[i + 1];
        if (b.kind === 'table' && next?.kind === 'paragraph')
          expect({ key: doc.key, next: next.text }).not.toEqual({ key: doc.key, next: '' });
      });
  });

  it.each(TEMPLATE_KEYS)('«Проверить шаблон» finds no error and no warning in the default %s', (key) => {
    const check = checkTemplate(templateOutline(DEFAULT_TEMPLATES[key]), knownPaths(key));
    expect(check.errors.map((e) => `${e.where}: ${e.message} ${e.hint}`)).toEqual([]);
    expect(check.warnings.map((e) => `${e.where}: ${e.message} ${e.hint}`)).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it('every placeholder of every template is a complete {{…}} inside one paragraph or cell', () => {
    for (const doc of defaultTemplates()) {
      const all = templatePlainText(doc);
      expect(all.split('{{').length).toBe(all.split('}}').length);
      for (const b of blocks(doc)) {
        const texts =
          b.kind === 'paragraph' ? [b.text] : b.kind === 'table' ? [...b.header, ...b.rows.flat()] : [];
        for (const t of texts) expect(t.split('{{').length).toBe(t.split('}}').length);
      }
    }
  });
});

describe('the orders follow ГОСТ Р 7.0.97-2016', () => {
  it.each(['orderRegulation', 'orderPairs'] as const)(
    '%s has the organisation, «ПРИКАЗ», date and number, place, «ПРИКАЗЫВАЮ:» and the signature',
    (key) => {
      const doc = DEFAULT_TEMPLATES[key];
      const texts = doc.body.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
      expect(texts[0]).toBe('{{организация.наименование}}');
      expect(doc.body).toContainEqual(
        expect.objectContaining({ text: 'ПРИКАЗ', style: 'title', bold: true }),
      );
      expect(texts).toContain('{{приказ.дата|дата}} № {{приказ.номер}}');
      expect(texts).toContain('г. {{организация.город}}');
      expect(texts).toContain('ПРИКАЗЫВАЮ:');
      expect(text(key)).toMatch(
        /\{\{руководитель\.должность\}\}\s+_+\s+\{\{руководитель\.фио\|инициалы_впереди\}\}/,
      );
      expect(text(key)).toContain('Контроль за исполнением настоящего приказа оставляю за собой.');
      const subject = doc.body.find((b) => b.kind === 'paragraph' && /^О(б)? /.test(b.text));
      expect(subject).toMatchObject({ bold: true });
    },
  );

  it('the order on the regulation approves the regulation and the road map and appoints the curator (винительный)', () => {
    const t = text('orderRegulation');
    expect(t).toContain('Об утверждении положения о системе наставничества педагогических работников');
    expect(t).toContain('1. Утвердить Положение о системе наставничества');
    expect(t).toContain('2. Утвердить дорожную карту');
    expect(t).toContain('{{куратор.фио|винительный}}');
  });

  it('the order on pairs cites the written consents (ст. 351.8) and repeats a row per pair', () => {
    const doc = DEFAULT_TEMPLATES.orderPairs;
    const t = text('orderPairs');
    expect(t).toContain('О закреплении наставнических пар (групп)');
    expect(t).toMatch(/письменных согласий[^.]*статья 351\.8 Трудового кодекса/);
    expect(repeatedLists(doc)).toEqual(['пары как пара', 'участники как участник']);
    const pairs = tables(doc)[0];
    expect(pairs.header).toEqual([
      '№',
      'Наставник (ФИО, должность)',
      'Наставляемый(е) (ФИО, должность)',
      'Форма наставничества',
      'Срок',
    ]);
    expect(pairs.rows).toHaveLength(1);
    for (const point of [
      '1. Закрепить',
      '2. Утвердить персонализированные программы',
      '3. Назначить куратором',
      '4. Установить наставникам доплату',
      '5. Контроль',
    ])
      expect(t).toContain(point);
    expect(t).toContain('С приказом ознакомлены:');
  });
});

describe('the regulation is complete', () => {
  it('has every section the recommendations of 21.12.2021 and the law ask for', () => {
    const headings = DEFAULT_TEMPLATES.regulation.body.flatMap((b) =>
      b.kind === 'paragraph' && b.style === 'heading' ? [b.text] : [],
    );
    expect(headings).toEqual([
      '1. Общие положения',
      '2. Цель и задачи системы наставничества',
      '3. Формы наставничества',
      '4. Права и обязанности наставника',
      '5. Права и обязанности наставляемого',
      '6. Руководитель и куратор',
      '7. Порядок осуществления наставничества',
      '8. Письменное согласие наставника',
      '9. Персональные данные участников',
      '10. Мониторинг и оценка результатов',
      '11. Поощрение наставников',
      '12. Заключительные положения',
    ]);
    const t = text('regulation');
    for (const term of [
      'наставник —',
      'наставляемый —',
      'куратор —',
      'наставническая пара —',
      'персонализированная программа наставничества —',
    ])
      expect(t).toContain(term);
    expect(t).toContain('№ АЗ-1128/08');
    expect(t).toContain('№ 657 от 21.12.2021');
    expect(t).toMatch(/статья 351\.8[\s\S]*01\.03\.2025/);
    expect(t).toContain('не позднее чем за три рабочих дня');
    expect(t).toMatch(/отдельным документом[\s\S]*01\.09\.2025/);
    expect(t).toContain('отозвать согласие');
    expect(t).toContain('2 марта');
    for (const form of [
      'традиционная',
      'групповая',
      'виртуальная',
      'реверсивная',
      'ситуационная',
      'скоростная',
    ])
      expect(t).toContain(form);
  });

  it('numbers the points of each section without gaps or repeats', () => {
    const numbers = DEFAULT_TEMPLATES.regulation.body.flatMap((b) => {
      const m = b.kind === 'paragraph' && b.style === 'normal' ? /^(\d+)\.(\d+)\. /.exec(b.text) : null;
      return m ? [[Number(m[1]), Number(m[2])]] : [];
    });
    const bySection = new Map<number, number[]>();
    for (const [s, p] of numbers) bySection.set(s, [...(bySection.get(s) ?? []), p]);
    for (const [section, ps] of bySection)
      expect({ section, points: ps }).toEqual({ section, points: ps.map((_, i) => i + 1) });
  });
});

describe('the road map', () => {
  it('repeats one row over the seven stages with responsible persons and deadlines, approved by the director', () => {
    const doc = DEFAULT_TEMPLATES.roadmap;
    expect(repeatedLists(doc)).toEqual(['этапы как этап']);
    const row = tables(doc)[0].rows[0].join(' ');
    expect(row).toContain('{{этап.ответственный}}');
    expect(row).toContain('{{этап.срок}}');
    const t = text('roadmap');
    expect(t).toContain('УТВЕРЖДАЮ');
    expect(t).toContain('{{руководитель.фио|инициалы_впереди}}');
  });
});

describe('the programme', () => {
  it('has the approval stamp, participants, plan of activities as in domain.md and a block only for groups', () => {
    const doc = DEFAULT_TEMPLATES.programme;
    const t = text('programme');
    expect(t).toContain('УТВЕРЖДЕНА');
    expect(t).toContain('от {{приказ.дата|дата}} № {{приказ.номер}}');
    expect(repeatedLists(doc)).toEqual(
      expect.arrayContaining([
        'наставляемые как наставляемый',
        'программа.задачи как задача',
        'программа.запросы как запрос',
        'программа.мероприятия как мероприятие',
      ]),
    );
    const plan = tables(doc).find((tb) => tb.rows[0][0].includes('программа.мероприятия'));
    expect(plan?.header).toEqual([
      '№',
      'Направление',
      'Мероприятие',
      'Срок',
      'Форма',
      'Ожидаемый результат',
      'Форма отчётности',
      'Отметка о выполнении',
    ]);
    const open = doc.body.findIndex((b) => b.kind === 'paragraph' && b.text === '{{#если программа.группа}}');
    const close = doc.body.findIndex((b) => b.kind === 'paragraph' && b.text === '{{/если}}');
    expect(open).toBeGreaterThan(0);
    expect(close).toBeGreaterThan(open + 1);
    for (const who of ['{{наставник.фио}}', '{{наставляемый.фио}}', '{{куратор.фио}}'])
      expect(t).toContain(who);
  });
});

describe('the consents', () => {
  it('the personal-data consent lists every item of 152-ФЗ ст. 9 ч. 4 in one separate document', () => {
    const t = text('consentPersonalData');
    // п. 1: ФИО, address, identity document with number, date and issuer.
    expect(t).toContain('Я, {{работник.фио}}');
    expect(t).toContain('зарегистрированный(ая) по адресу');
    expect(t).toMatch(/документ, удостоверяющий личность[^,]*серия[^,]*№[\s\S]*выдан/);
    // п. 2: the representative.
    expect(t).toContain('в лице представителя');
    // п. 3: operator's name and address.
    expect(t).toContain(
      'Оператор персональных данных: {{организация.наименование}}, адрес: {{организация.адрес}}',
    );
    // п. 4–5: purpose and list of data.
    expect(t).toContain('Цель обработки:');
    expect(t).toContain('Перечень персональных данных');
    // п. 6: the processor (the hosting service) from settings.
    expect(t).toContain('по поручению оператора осуществляет: {{согласие.обработчик}}');
    // п. 7: actions and methods.
    expect(t).toContain('Перечень действий с персональными данными');
    expect(t).toContain('Способ обработки');
    // п. 8: term and withdrawal.
    expect(t).toContain('Срок действия согласия');
    expect(t).toContain('{{согласие.срок_лет}}');
    expect(t).toMatch(/может быть отозвано/);
    // п. 9: signature and date.
    expect(t).toMatch(/\{\{согласие\.дата\|дата\}\}\s+_+ \/ \{\{работник\.фио\|инициалы_впереди\}\}/);
    expect(t).toContain('отдельным документом');
    expect(t).not.toContain('351.8');
  });

  it('the mentor consent cites ТК РФ ст. 351.8, names mentees, form, term and pay, and the 3 working days', () => {
    const doc = DEFAULT_TEMPLATES.consentMentor;
    const t = text('consentMentor');
    expect(t).toContain('статья 351.8 Трудового кодекса Российской Федерации');
    expect(t).toContain('Я, {{наставник.фио}}');
    expect(repeatedLists(doc)).toEqual(['пары как пара']);
    expect(tables(doc)[0].header).toEqual([
      '№',
      'Наставляемый(е) (ФИО, должность)',
      'Форма наставничества',
      'Срок наставничества',
    ]);
    expect(t).toContain('Содержание работы по наставничеству');
    expect(t).toMatch(/доплата за наставничество[^.]*локальным\s+нормативным актом/);
    expect(t).toContain('дополнительном соглашении к моему трудовому договору');
    // Both sides: the mentor may end mentoring early, and the employer may cancel it (ст. 351.8).
    expect(t.match(/не позднее чем за три рабочих дня/g)).toHaveLength(2);
    expect(t).toMatch(/за три\s+рабочих дня\.$/m);
    expect(t).toContain('не является согласием на обработку персональных данных');
    expect(t).toMatch(/\{\{согласие\.дата\|дата\}\}\s+_+ \/ \{\{наставник\.фио\|инициалы_впереди\}\}/);
  });
});

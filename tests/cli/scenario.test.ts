import { describeStep, parseScenario, ScenarioError } from '../../src/cli/scenario/scenario';

const minimal = (steps: unknown[]): string => JSON.stringify({ name: 'проверка', steps });

describe('scenario files (docs/scenario.schema.json)', () => {
  it('accepts every kind of step the schema documents', () => {
    const scenario = parseScenario(
      minimal([
        { action: 'open' },
        { action: 'menu', label: 'Настроить систему', answers: ['YES'] },
        {
          action: 'submitForm',
          form: 'Анкета',
          respondent: 'a@college.example',
          answers: { ФИО: 'Иванова', Темы: ['a', 'b'], Сетка: { Строка: 'x' } },
        },
        { action: 'editCell', sheet: 'Настройки', row: 2, column: 'Значение', value: 'СКУиИТ' },
        {
          action: 'addRow',
          sheet: 'Мероприятия',
          values: { Название: 'Установочная сессия', Начало: '01.10.2026 15:00' },
        },
        { action: 'selectCell', sheet: 'Пары и группы', row: 3 },
        { action: 'callServer', function: 'listProposals', args: [1, 'x'] },
        {
          action: 'docsMenu',
          document: { sheet: 'Пары и группы', where: { '№ пары/группы': '19' }, column: 'Программа' },
          label: 'Отметить выполнение',
          answers: ['3'],
          user: 'gromova.ti@college.example',
        },
        {
          action: 'docsMenu',
          document: { sheet: 'Пары и группы', row: 2, column: 'Программа' },
          label: 'Обновить из таблицы',
        },
        { action: 'addFile', folder: 'Методические материалы', name: 'Памятка наставнику.pdf' },
        { action: 'advanceClock', hours: 25 },
      ]),
      'inline',
    );
    expect(scenario.steps.map((s) => s.action)).toEqual([
      'open',
      'menu',
      'submitForm',
      'editCell',
      'addRow',
      'selectCell',
      'callServer',
      'docsMenu',
      'docsMenu',
      'addFile',
      'advanceClock',
    ]);
  });

  it('rejects a step it does not know, naming where it is', () => {
    expect(() => parseScenario(minimal([{ action: 'dance' }]), 'bad.json')).toThrow(ScenarioError);
    expect(() => parseScenario(minimal([{ action: 'dance' }]), 'bad.json')).toThrow(
      /bad\.json: does not follow .*\n\s+\/steps\/0/,
    );
  });

  it('rejects an edit without a row, a clock step without a duration, and a private server function', () => {
    for (const step of [
      { action: 'editCell', sheet: 'Настройки', column: 'Значение', value: 'x' },
      { action: 'advanceClock' },
      { action: 'callServer', function: 'internal_' },
      { action: 'addRow', sheet: 'Мероприятия', values: {} },
      { action: 'selectCell', sheet: 'Пары и группы', row: 0 },
    ]) {
      expect(() => parseScenario(minimal([step]), 'bad.json')).toThrow(ScenarioError);
    }
  });

  it('rejects a Docs menu step that does not say which row links to the Doc, or says it twice, and an upload without a name', () => {
    const docsMenu = (document: unknown) => ({ action: 'docsMenu', document, label: 'Отметить выполнение' });
    const link = { sheet: 'Пары и группы', column: 'Программа' };
    for (const step of [
      docsMenu(link),
      docsMenu({ ...link, row: 2, where: { '№ пары/группы': '19' } }),
      docsMenu({ ...link, where: {} }),
      docsMenu({ ...link, row: 1 }),
      { action: 'docsMenu', document: { ...link, row: 2 } },
      { ...docsMenu({ ...link, row: 2 }), user: 'gromova' },
      { action: 'addFile', folder: 'Методические материалы' },
      { action: 'addFile', folder: '', name: 'Памятка.pdf' },
    ])
      expect(() => parseScenario(minimal([step]), 'bad.json')).toThrow(ScenarioError);
  });

  it('describes the new steps by what the person does', () => {
    expect(
      describeStep({
        action: 'docsMenu',
        document: { sheet: 'Пары и группы', where: { '№ пары/группы': '19' }, column: 'Программа' },
        label: 'Отметить выполнение',
        answers: ['3'],
        user: 'gromova.ti@college.example',
      }),
    ).toBe(
      'gromova.ti@college.example: Docs menu «Отметить выполнение» in the Doc linked from «Пары и группы» [№ пары/группы = 19] › «Программа»',
    );
    expect(describeStep({ action: 'addFile', folder: 'Методические материалы', name: 'Памятка.pdf' })).toBe(
      'upload «Памятка.pdf» to the Drive folder «Методические материалы»',
    );
  });

  it('says a file is not JSON rather than failing obscurely', () => {
    expect(() => parseScenario('{ name: ', 'broken.json')).toThrow(/broken\.json: not valid JSON/);
  });

  it('refuses an invalid e-mail or start time in the workspace description', () => {
    expect(() =>
      parseScenario(
        JSON.stringify({ name: 'x', workspace: { user: 'not-an-email' }, steps: [{ action: 'open' }] }),
        'w.json',
      ),
    ).toThrow(/user/);
    expect(() =>
      parseScenario(
        JSON.stringify({ name: 'x', workspace: { start: 'tomorrow' }, steps: [{ action: 'open' }] }),
        'w.json',
      ),
    ).toThrow(/start/);
  });
});

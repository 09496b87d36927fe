import { parseScenario, ScenarioError } from '../../src/cli/scenario/scenario';

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

import { College, SHEET, consentAnswers, menteeAnswers, mentorAnswers } from './pipeline-fixture';
import type { CellValue } from '../../src/ports';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const START = Date.UTC(2026, 8, 2, 9, 0);

/** A small college's week of submissions, each a minute apart (the same instants in every workspace). */
function submitWeek(college: College): void {
  const steps: Array<[Parameters<College['submit']>[0], ReturnType<typeof menteeAnswers>, string]> = [
    ['mentee', menteeAnswers('Иванова Мария Петровна'), 'ivanova@college.example'],
    ['mentor', mentorAnswers('Петров Пётр Петрович'), 'petrov@college.example'],
    ['consent', consentAnswers('Иванова Мария Петровна'), 'ivanova@college.example'],
    ['mentee', menteeAnswers('Сидорова Анна Олеговна'), 'Sidorova@College.example'],
    ['mentee', menteeAnswers('Иванова Мария Петровна', { Должность: 'методист' }), 'ivanova@college.example'],
    [
      'consent',
      consentAnswers('Петров Пётр Петрович', 'Даю согласие', 'наставник'),
      'petrov@college.example',
    ],
    [
      'consent',
      consentAnswers('Петров Пётр Петрович', 'Отзываю согласие', 'наставник'),
      'petrov@college.example',
    ],
    ['mentor', mentorAnswers('Кузнецова Ольга Ивановна'), 'kuznetsova@college.example'],
  ];
  steps.forEach(([form, answers, email], i) =>
    college.submit(form, answers, email, new Date(START + i * 60_000)),
  );
}

/** A sheet without the column that records when the add-on processed a response (it differs between runs by design). */
function withoutProcessingTimes(values: CellValue[][]): CellValue[][] {
  const skip = new Set(['Обработано']);
  const keep = values[0].map((h, i) => (skip.has(String(h)) ? -1 : i)).filter((i) => i >= 0);
  return values.map((r) => keep.map((i) => r[i]));
}

describe('«Импортировать ответы»', () => {
  it('after the triggers were off gives the same banks and registry as the triggers would', () => {
    const fed = College.open();
    submitWeek(fed);
    const imported = College.open();
    imported.deleteSubmitTrigger();
    submitWeek(imported);
    expect(imported.rows(SHEET.mentees)).toHaveLength(0);
    imported.person.clickMenu('Импортировать ответы');
    for (const sheet of [SHEET.mentees, SHEET.mentors, SHEET.consents])
      expect(withoutProcessingTimes(imported.values(sheet))).toEqual(
        withoutProcessingTimes(fed.values(sheet)),
      );
    const keys = (c: College) =>
      c
        .rows(SHEET.history)
        .map((r) => r['Ключ ответа'])
        .sort();
    expect(keys(imported)).toEqual(keys(fed));
  });

  it('ends with a summary alert', () => {
    const college = College.open();
    college.deleteSubmitTrigger();
    submitWeek(college);
    college.person.clickMenu('Импортировать ответы');
    expect(college.alerts().slice(-1)[0]).toMatch(
      /^Импорт завершён: обработано 8 ответов, новых 4, обновлено \d+, проблем \d+/,
    );
  });

  it('running it twice changes nothing', () => {
    const college = College.open();
    college.deleteSubmitTrigger();
    submitWeek(college);
    college.person.clickMenu('Импортировать ответы');
    const sheets = [SHEET.mentees, SHEET.mentors, SHEET.consents, SHEET.history];
    const before = sheets.map((s) => college.values(s));
    college.person.clickMenu('Импортировать ответы');
    expect(sheets.map((s) => college.values(s))).toEqual(before);
    expect(college.alerts().slice(-1)[0]).toMatch(/новых 0, обновлено 0/);
  });

  it('over responses the triggers already processed changes no bank', () => {
    const college = College.open();
    submitWeek(college);
    const before = [SHEET.mentees, SHEET.mentors, SHEET.consents, SHEET.history].map((s) =>
      college.values(s),
    );
    college.person.clickMenu('Импортировать ответы');
    expect(
      [SHEET.mentees, SHEET.mentors, SHEET.consents, SHEET.history].map((s) => college.values(s)),
    ).toEqual(before);
  });
});

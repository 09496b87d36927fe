import { messages } from '../../src/core';
import { College, SHEET, consentAnswers, menteeAnswers, mentorAnswers } from './pipeline-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('a submitted questionnaire lands in its bank', () => {
  it('a mentee’s answers appear in «Банк наставляемых», normalised, with the consent status «нет»', () => {
    const college = College.open();
    const { firings } = college.submit(
      'mentee',
      menteeAnswers('  иванова   мария петровна '),
      '  Ivanova.M@College.Example ',
    );
    expect(firings.map((f) => f.outcome)).toEqual(['completed']);
    const rows = college.rows(SHEET.mentees);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row['Эл. почта']).toBe('ivanova.m@college.example');
    expect(row['ФИО']).toBe('Иванова Мария Петровна');
    expect(row['Стаж, лет (не менее)']).toBe(1);
    expect(row['Затруднение: рабочие программы, КТП и ФОС']).toBe(1);
    expect(row['Затруднение: ФГОС СПО']).toBe(2);
    expect(row['Согласие на обработку ПДн']).toBe('нет');
    expect(String(row['Участие'])).toMatch(/^исключён/);
    expect(college.rows(SHEET.history)).toHaveLength(1);
    expect(college.rows(SHEET.mentors)).toHaveLength(0);
  });

  it('a mentor’s answers appear in «Банк наставников», competences as the labels they chose', () => {
    const college = College.open();
    college.submit('mentor', mentorAnswers('ПЕТРОВ Пётр Петрович'), 'petrov@college.example');
    const row = college.row(SHEET.mentors, 'petrov@college.example')!;
    expect(row['ФИО']).toBe('Петров Пётр Петрович');
    expect(row['Сколько наставляемых может взять']).toBe(2);
    expect(row['Готов делиться: проектирование занятия']).not.toBe('');
    expect(row['Готов делиться: ФГОС СПО']).toBe('');
    expect(college.rows(SHEET.mentees)).toHaveLength(0);
  });
});

describe('consents', () => {
  it('a consent submission fills the registry and shows «дано» / «допущен» in both banks', () => {
    const college = College.open();
    college.submit('mentee', menteeAnswers('Иванова Мария Петровна'), 'ivanova@college.example');
    college.submit('mentor', mentorAnswers('Иванова Мария Петровна'), 'ivanova@college.example');
    college.submit(
      'consent',
      consentAnswers('Иванова Мария Петровна', 'Даю согласие', 'наставник и наставляемый'),
      'IVANOVA@college.example',
    );
    const registry = college.rows(SHEET.consents);
    expect(registry).toHaveLength(1);
    expect(registry[0]['Эл. почта']).toBe('ivanova@college.example');
    expect(registry[0]['Статус']).toBe('дано');
    expect(registry[0]['Источник']).toBe('форма');
    for (const bank of [SHEET.mentees, SHEET.mentors]) {
      const row = college.row(bank, 'ivanova@college.example')!;
      expect(row['Согласие на обработку ПДн']).toBe('дано');
      expect(row['Участие']).toBe('допущен');
    }
  });

  it('a consent given before the questionnaire is shown as soon as the questionnaire arrives', () => {
    const college = College.open();
    college.submit('consent', consentAnswers('Сидоров Иван Ильич'), 'sidorov@college.example');
    college.submit('mentee', menteeAnswers('Сидоров Иван Ильич'), 'sidorov@college.example');
    expect(college.row(SHEET.mentees, 'sidorov@college.example')!['Согласие на обработку ПДн']).toBe('дано');
  });

  it('the answer «Отзываю согласие» excludes the person from both banks at once', () => {
    const college = College.open();
    college.submit('mentee', menteeAnswers('Иванова Мария Петровна'), 'ivanova@college.example');
    college.submit('consent', consentAnswers('Иванова Мария Петровна'), 'ivanova@college.example');
    college.submit(
      'consent',
      consentAnswers('Иванова Мария Петровна', 'Отзываю согласие'),
      'ivanova@college.example',
    );
    const row = college.row(SHEET.mentees, 'ivanova@college.example')!;
    expect(row['Согласие на обработку ПДн']).toBe('отозвано');
    expect(String(row['Участие'])).toMatch(/^исключён/);
    expect(college.rows(SHEET.consents).map((r) => r['Статус'])).toEqual(['дано', 'отозвано']);
  });

  it('the menu «Отозвать согласие…» asks for the e-mail, confirms, and excludes the person at once', () => {
    const college = College.open();
    college.submit('mentor', mentorAnswers('Петров Пётр Петрович'), 'petrov@college.example');
    college.submit(
      'consent',
      consentAnswers('Петров Пётр Петрович', 'Даю согласие', 'наставник'),
      'petrov@college.example',
    );
    college.person.clickMenu('Отозвать согласие…', [' Petrov@College.example ', 'YES']);
    const screen = college.workspace.kernel.screen;
    const prompt = screen.find((e) => e.kind === 'prompt')!;
    expect(prompt.title).toBe(messages.pipeline.withdrawTitle);
    const confirm = screen.filter((e) => e.kind === 'alert').slice(-2)[0];
    expect(confirm.content).toContain('Петров Пётр Петрович (petrov@college.example)');
    const row = college.row(SHEET.mentors, 'petrov@college.example')!;
    expect(row['Согласие на обработку ПДн']).toBe('отозвано');
    expect(String(row['Участие'])).toMatch(/^исключён/);
    const last = college.rows(SHEET.consents).slice(-1)[0];
    expect([last['Статус'], last['Источник']]).toEqual(['отозвано', 'меню']);
  });

  it('answering «Нет» to the confirmation withdraws nothing', () => {
    const college = College.open();
    college.submit('consent', consentAnswers('Петров Пётр Петрович'), 'petrov@college.example');
    college.person.clickMenu('Отозвать согласие…', ['petrov@college.example', 'NO']);
    expect(college.rows(SHEET.consents).map((r) => r['Статус'])).toEqual(['дано']);
    expect(college.alerts().slice(-1)[0]).toBe(messages.pipeline.withdrawCancelled);
  });

  it('after 30 days the withdrawn person’s data are anonymised in every sheet, and the journal says so', () => {
    const college = College.open();
    const email = 'ivanova@college.example';
    college.submit(
      'mentee',
      menteeAnswers('Иванова Мария Петровна', { 'Телефон для связи': '+7 926 000-00-00' }),
      email,
    );
    college.submit('consent', consentAnswers('Иванова Мария Петровна'), email);
    college.submit('mentee', menteeAnswers('Смирнов Олег Игоревич'), 'smirnov@college.example');
    college.submit('consent', consentAnswers('Иванова Мария Петровна', 'Отзываю согласие'), email);
    college.waitDays(29);
    expect(JSON.stringify(college.values(SHEET.mentees))).toContain('Иванова');
    college.waitDays(2);
    const everything = college.spreadsheet
      .getSheets()
      .map((s) => JSON.stringify(s.getDataRange().getValues()))
      .join('\n');
    for (const personal of ['Иванова', email, '+7 926 000-00-00', 'паспорт 0704', 'ул. Ленина'])
      expect(everything).not.toContain(personal);
    // Everyone else stays as they were.
    expect(college.row(SHEET.mentees, 'smirnov@college.example')!['ФИО']).toBe('Смирнов Олег Игоревич');
    // The registry keeps what proves the consent and its withdrawal: dates and version, not the person.
    const registry = college.rows(SHEET.consents);
    expect(registry.map((r) => r['Статус'])).toEqual(['дано', 'отозвано']);
    expect(registry.every((r) => String(r['Эл. почта']).startsWith('sha256:'))).toBe(true);
    expect(registry.every((r) => r['Обезличено'] instanceof Date)).toBe(true);
    const journal = college.journal().map((r) => String(r['Сообщение']));
    expect(journal.some((m) => /обезлич/i.test(m))).toBe(true);
    // Google Forms keeps its own copy of every response: the person's are deleted there too.
    const keptByForms = college.workspace.forms
      .all()
      .flatMap((f) => f.responses.map((r) => r.respondentEmail));
    expect(keptByForms).not.toContain(email);
    expect(keptByForms).toContain('smirnov@college.example');
    expect(journal.some((m) => m.startsWith('Удалено ответов, хранившихся в самих Google Формах: 3'))).toBe(
      true,
    );
  });
});

describe('re-submission and staff work', () => {
  it('a re-submission updates the person’s row; the earlier answers stay in «История анкет»', () => {
    const college = College.open();
    const email = 'ivanova@college.example';
    college.submit('mentee', menteeAnswers('Иванова Мария Петровна'), email);
    college.submit('mentee', menteeAnswers('Иванова Мария Петровна', { Должность: 'методист' }), email);
    const rows = college.rows(SHEET.mentees);
    expect(rows).toHaveLength(1);
    expect(rows[0]['Должность']).toBe('методист');
    const history = college.rows(SHEET.history);
    expect(history).toHaveLength(2);
    expect(String(history[0]['Ответы (JSON)'])).toContain('преподаватель');
    expect(String(history[1]['Ответы (JSON)'])).toContain('методист');
  });

  it('staff columns and their values, and the row order staff chose, survive updates', () => {
    const college = College.open();
    for (const [name, email] of [
      ['Алексеева Анна Ивановна', 'a@college.example'],
      ['Борисов Борис Борисович', 'b@college.example'],
      ['Васильева Вера Викторовна', 'v@college.example'],
    ])
      college.submit('mentee', menteeAnswers(name), email);
    const bank = college.spreadsheet.getSheetByName(SHEET.mentees)!;
    // Staff add a column of notes, write notes and put Васильева first.
    const width = bank.getLastColumn();
    if (bank.getMaxColumns() === width) bank.insertColumnsAfter(width, 1);
    bank.getRange(1, width + 1, 4, 1).setValues([['Заметки куратора'], ['первая'], ['вторая'], ['третья']]);
    const values = bank.getRange(2, 1, 3, width + 1).getValues();
    bank.getRange(2, 1, 3, width + 1).setValues([values[2], values[0], values[1]]);
    college.submit(
      'mentee',
      menteeAnswers('Борисов Борис Борисович', { Должность: 'мастер п/о' }),
      'b@college.example',
    );
    college.submit('mentee', menteeAnswers('Григорьев Глеб Геннадьевич'), 'g@college.example');
    const rows = college.rows(SHEET.mentees);
    expect(rows.map((r) => r['Эл. почта'])).toEqual([
      'v@college.example',
      'a@college.example',
      'b@college.example',
      'g@college.example',
    ]);
    expect(rows.map((r) => r['Заметки куратора'])).toEqual(['третья', 'первая', 'вторая', '']);
    expect(rows[2]['Должность']).toBe('мастер п/о');
  });

  it('a staff edit of an answer cell is kept, not overwritten silently: the journal says what differs', () => {
    const college = College.open();
    const email = 'ivanova@college.example';
    college.submit('mentee', menteeAnswers('Иванова Мария Петровна'), email);
    const bank = college.spreadsheet.getSheetByName(SHEET.mentees)!;
    const headers = bank.getRange(1, 1, 1, bank.getLastColumn()).getValues()[0];
    bank.getRange(2, headers.indexOf('Должность') + 1).setValue('старший преподаватель');
    college.submit('mentee', menteeAnswers('Иванова Мария Петровна', { Должность: 'методист' }), email);
    expect(college.row(SHEET.mentees, email)!['Должность']).toBe('старший преподаватель');
    const lines = college.problems().map((r) => `${r['Сообщение']} ${r['Подробности']}`);
    expect(lines.some((l) => l.includes('Должность') && l.includes('методист'))).toBe(true);
    expect(String(college.rows(SHEET.history)[1]['Ответы (JSON)'])).toContain('методист');
  });
});

describe('staff reword a competence in «Настройки»', () => {
  it('set-up adds the bank column under the new label, and answers old and new fill it without sending staff back to set-up', () => {
    const college = College.open();
    college.submit('mentee', menteeAnswers('Иванова Мария Петровна'), 'ivanova@college.example');
    const settings = college.rows('Настройки');
    const row = settings.findIndex((r) => r['Ключ'] === 'competence.digital') + 2;
    college.person.editCell('Настройки', row, 'Значение', 'цифровые образовательные ресурсы');
    college.person.clickMenu('Настроить систему');

    const header = 'Затруднение: цифровые образовательные ресурсы';
    expect(college.values(SHEET.mentees)[0]).toContain(header);
    // The column under the old label stays, with what it held: it is the staff's now.
    expect(
      college.row(SHEET.mentees, 'ivanova@college.example')!['Затруднение: цифровые технологии и ЭОР'],
    ).toBe(4);

    const grid = 'Оцените, насколько вам трудно в каждом направлении';
    const difficulties = { ...(menteeAnswers('x')[grid] as Record<string, string>) };
    delete difficulties['цифровые технологии и ЭОР'];
    difficulties['цифровые образовательные ресурсы'] = '5';
    college.submit(
      'mentee',
      menteeAnswers('Петрова Анна Сергеевна', { [grid]: difficulties }),
      'petrova@college.example',
    );
    college.person.clickMenu('Импортировать ответы');
    expect(college.row(SHEET.mentees, 'petrova@college.example')![header]).toBe(5);
    // The earlier answer's grid column was renamed with the form's row (§2.1.9), so the import fills it too.
    expect(college.row(SHEET.mentees, 'ivanova@college.example')![header]).toBe(4);
    expect(college.journal().map((r) => String(r['Код']))).not.toContain('BANK_COLUMNS_MISSING');
    expect(college.journal().map((r) => String(r['Код']))).not.toContain('BANK_STAFF_EDITS');
  });
});

import { buildQuestionnaire, FULL_ANSWERS, setup, SUBMITTED_AT } from './setup';

const HEADER_RU = [
  'Отметка времени',
  'Адрес электронной почты',
  'ФИО',
  'Интересы',
  'Оценка [Общение]',
  'Оценка [Планирование]',
  'Готовность',
  'Дата начала',
  'Форма',
  'Дни [Утро]',
  'Комментарий',
];

describe('the linked response sheet (§2.1)', () => {
  it('setDestination inserts the tab «Ответы на форму (1)» first and writes the header row at once (§2.1.1, §2.1.10)', () => {
    const { FormApp, host } = setup();
    const form = buildQuestionnaire(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    expect(host.sheetNames('SS1')).toEqual(['Ответы на форму (1)', 'Лист1']);
    expect(host.sheet('SS1', 'Ответы на форму (1)')).toEqual([HEADER_RU]);
  });

  it('a second form linked to the same spreadsheet gets «Ответы на форму (2)»', () => {
    const { FormApp, host } = setup();
    buildQuestionnaire(FormApp).setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    FormApp.create('Согласие').setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    expect(host.sheetNames('SS1')).toEqual(['Ответы на форму (2)', 'Ответы на форму (1)', 'Лист1']);
  });

  it('in English the tab is «Form Responses 1» with Timestamp and Email Address columns (§2.1.1, §2.1.3, §2.1.4)', () => {
    const { FormApp, host } = setup({ locale: 'en' });
    buildQuestionnaire(FormApp).setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    const header = host.sheet('SS1', 'Form Responses 1')[0]!;
    expect(header.slice(0, 2)).toEqual(['Timestamp', 'Email Address']);
  });

  it('without e-mail collection there is no e-mail column: questions start in column B', () => {
    const { FormApp, host } = setup();
    const form = FormApp.create('Мониторинг');
    form.addTextItem().setTitle('Отзыв');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    expect(host.sheet('SS1', 'Ответы на форму (1)')[0]).toEqual(['Отметка времени', 'Отзыв']);
  });

  it('a response row holds a Date timestamp, joined checkboxes in choice order, a number for the scale, a Date for the date and raw text (§2.1.3, §2.1.6, §2.1.7)', () => {
    const { FormApp, forms, host } = setup();
    const form = buildQuestionnaire(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    forms.submitAsRespondent(form.getId(), FULL_ANSWERS, 'anna@college.example', SUBMITTED_AT);
    const row = host.sheet('SS1', 'Ответы на форму (1)')[1]!;
    expect(row).toEqual([
      SUBMITTED_AT,
      'anna@college.example',
      'Иванова Анна Сергеевна',
      'Методика, Воспитание',
      '3',
      '2',
      4,
      // Midnight of 1 December in Moscow.
      new Date(Date.UTC(2026, 10, 30, 21, 0, 0)),
      'очная',
      'Пн, Вт',
      '=1+1',
    ]);
    expect(row[0]).toBeInstanceOf(Date);
  });

  it('an answer starting with "=" arrives as that string, never as a formula', () => {
    const { FormApp, forms, host } = setup();
    const form = FormApp.create('Мониторинг');
    form.addTextItem().setTitle('Отзыв');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    const { row } = forms.submitAsRespondent(
      form.getId(),
      { Отзыв: '=IMPORTXML("http://evil")' },
      undefined,
      SUBMITTED_AT,
    );
    expect(host.sheet('SS1', 'Ответы на форму (1)')[1]![1]).toBe('=IMPORTXML("http://evil")');
    expect(row!.values[1]).toBe('=IMPORTXML("http://evil")');
  });

  it('unanswered questions leave empty cells', () => {
    const { FormApp, forms, host } = setup();
    const form = buildQuestionnaire(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    forms.submitAsRespondent(form.getId(), { ФИО: 'Петров' }, 'p@x.example', SUBMITTED_AT);
    expect(host.sheet('SS1', 'Ответы на форму (1)')[1]!.slice(2)).toEqual([
      'Петров',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('a question added after linking gets a new column at the right end, not in form order (§2.1.9)', () => {
    const { FormApp, forms, host } = setup();
    const form = FormApp.create('Мониторинг');
    form.addTextItem().setTitle('А');
    form.addTextItem().setTitle('Б');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    form.addTextItem().setTitle('Новый');
    form.moveItem(2, 0);
    forms.submitAsRespondent(form.getId(), { Новый: 'н', А: 'а', Б: 'б' }, undefined, SUBMITTED_AT);
    const sheet = host.sheet('SS1', 'Ответы на форму (1)');
    expect(sheet[0]).toEqual(['Отметка времени', 'А', 'Б', 'Новый']);
    expect(sheet[1]!.slice(1)).toEqual(['а', 'б', 'н']);
  });

  it('renaming a question renames its column header; a deleted question keeps its column and old data (§2.1.9)', () => {
    const { FormApp, forms, host } = setup();
    const form = FormApp.create('Мониторинг');
    const a = form.addTextItem().setTitle('Стаж');
    form.addTextItem().setTitle('Удалить');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    forms.submitAsRespondent(form.getId(), { Стаж: '5', Удалить: 'x' }, undefined, SUBMITTED_AT);
    a.setTitle('Педагогический стаж');
    form.deleteItem(1);
    forms.submitAsRespondent(form.getId(), { 'Педагогический стаж': '7' }, undefined, SUBMITTED_AT);
    const sheet = host.sheet('SS1', 'Ответы на форму (1)');
    expect(sheet[0]).toEqual(['Отметка времени', 'Педагогический стаж', 'Удалить']);
    expect(sheet[1]!.slice(1)).toEqual(['5', 'x']);
    expect(sheet[2]!.slice(1)).toEqual(['7', '']);
  });

  it('grid rows become columns `Title [Row]`; a title ending in a space gives two spaces before "[" (§2.1.5)', () => {
    const { FormApp, host } = setup();
    const form = FormApp.create('Мониторинг');
    form.addGridItem().setTitle('Оценка ').setRows(['Row 1']).setColumns(['1']);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    expect(host.sheet('SS1', 'Ответы на форму (1)')[0]).toEqual(['Отметка времени', 'Оценка  [Row 1]']);
  });

  it('linking a form that already has responses copies them into the new tab', () => {
    const { FormApp, forms, host } = setup();
    const form = FormApp.create('Мониторинг');
    form.addTextItem().setTitle('Отзыв');
    forms.submitAsRespondent(form.getId(), { Отзыв: 'раньше' }, undefined, SUBMITTED_AT);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    expect(host.sheet('SS1', 'Ответы на форму (1)')).toEqual([
      ['Отметка времени', 'Отзыв'],
      [SUBMITTED_AT, 'раньше'],
    ]);
  });

  it('removeDestination stops the copying; the old tab keeps its rows and the form keeps every response (§2.1.10)', () => {
    const { FormApp, forms, host } = setup();
    const form = FormApp.create('Мониторинг');
    form.addTextItem().setTitle('Отзыв');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    forms.submitAsRespondent(form.getId(), { Отзыв: '1' }, undefined, SUBMITTED_AT);
    form.removeDestination();
    const { row } = forms.submitAsRespondent(form.getId(), { Отзыв: '2' }, undefined, SUBMITTED_AT);
    expect(row).toBeNull();
    expect(host.sheet('SS1', 'Ответы на форму (1)')).toHaveLength(2);
    expect(form.getResponses()).toHaveLength(2);
  });

  it('writing responses does not count service calls: the platform writes them, not the script', () => {
    const { FormApp, forms, kernel } = setup();
    const form = buildQuestionnaire(FormApp);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    const id = form.getId();
    const before = kernel.calls.total;
    forms.submitAsRespondent(id, FULL_ANSWERS, 'a@x.example', SUBMITTED_AT);
    expect(kernel.calls.total).toBe(before);
  });
});

describe('submitting as a respondent: validation', () => {
  it('an unknown question title throws an error naming the title', () => {
    const { FormApp, forms } = setup();
    const form = buildQuestionnaire(FormApp);
    expect(() =>
      forms.submitAsRespondent(form.getId(), { ФИО: 'А', Хобби: 'шахматы' }, 'a@x.example'),
    ).toThrow(/"Хобби"/);
    expect(form.getResponses()).toHaveLength(0);
  });

  it('a missing required answer throws an error naming the question', () => {
    const { FormApp, forms } = setup();
    const form = buildQuestionnaire(FormApp);
    expect(() => forms.submitAsRespondent(form.getId(), { Интересы: ['Методика'] }, 'a@x.example')).toThrow(
      /Question "ФИО" .* is required/,
    );
  });

  it('a choice that is not offered throws, unless the question shows the "other" option', () => {
    const { FormApp, forms } = setup();
    const form = buildQuestionnaire(FormApp);
    expect(() =>
      forms.submitAsRespondent(form.getId(), { ФИО: 'А', Интересы: ['Спорт'] }, 'a@x.example'),
    ).toThrow(/"Спорт" is not a choice of question "Интересы"/);
    const { response } = forms.submitAsRespondent(
      form.getId(),
      { ФИО: 'А', Форма: 'смешанная' },
      'a@x.example',
    );
    expect(response.answers.find((a) => a.value === 'смешанная')).toBeDefined();
  });

  it('grid rows and columns, scale bounds and date shapes are checked', () => {
    const { FormApp, forms } = setup();
    const form = buildQuestionnaire(FormApp);
    const id = form.getId();
    expect(() => forms.submitAsRespondent(id, { ФИО: 'А', Оценка: { Сон: '1' } }, 'a@x.example')).toThrow(
      /no row "Сон"/,
    );
    expect(() => forms.submitAsRespondent(id, { ФИО: 'А', Оценка: { Общение: '9' } }, 'a@x.example')).toThrow(
      /"9" is not a column/,
    );
    expect(() => forms.submitAsRespondent(id, { ФИО: 'А', Готовность: '6' }, 'a@x.example')).toThrow(
      /from 1 to 5/,
    );
    expect(() =>
      forms.submitAsRespondent(id, { ФИО: 'А', 'Дата начала': '01.12.2026' }, 'a@x.example'),
    ).toThrow(/YYYY-MM-DD/);
  });

  it('a form that collects e-mail needs the respondent e-mail; one-response forms refuse a second one; closed forms refuse all', () => {
    const { FormApp, forms } = setup();
    const form = buildQuestionnaire(FormApp).setLimitOneResponsePerUser(true);
    expect(() => forms.submitAsRespondent(form.getId(), { ФИО: 'А' })).toThrow(/e-mail/);
    forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example');
    expect(() => forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example')).toThrow(
      /already responded/,
    );
    form.setAcceptingResponses(false);
    expect(() => forms.submitAsRespondent(form.getId(), { ФИО: 'Б' }, 'b@x.example')).toThrow(
      /not accepting responses/,
    );
  });
});

import { MIME } from '../../../src/offline/runtime/drive-registry';
import { buildQuestionnaire, FULL_ANSWERS, setup, SUBMITTED_AT } from './setup';

const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('FormApp building', () => {
  it('create registers a form file in Drive named after the title, leaving the form title empty until setTitle (gas-fakes live test)', () => {
    const { FormApp, kernel } = setup();
    const form = FormApp.create('Анкета');
    const file = kernel.drive.get(form.getId());
    expect(file.mimeType).toBe(MIME.form);
    expect(file.name).toBe('Анкета');
    expect(form.getTitle()).toBe('');
    form.setTitle('Анкета наставника');
    expect(FormApp.openById(form.getId()).getTitle()).toBe('Анкета наставника');
    expect(kernel.drive.get(form.getId()).name).toBe('Анкета');
    expect(kernel.calls.count('FormApp.FormApp.create')).toBe(1);
    expect(kernel.calls.count('FormApp.Form.getTitle')).toBe(2);
  });

  it('openById with an unknown id throws the Drive "no item" Exception (§11)', () => {
    const { FormApp } = setup();
    const error = thrown(() => FormApp.openById('nope'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(NOT_FOUND);
  });

  it('openByUrl opens by the edit URL and refuses a non-form URL with `Invalid argument: url`', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(thrown(() => FormApp.openByUrl('http://invalid.url/')).message).toBe('Invalid argument: url');
  });

  it('getActiveForm is null unless the container is a form', () => {
    const { FormApp, kernel } = setup();
    const form = FormApp.create('Анкета');
    expect(FormApp.getActiveForm()).toBeNull();
    kernel.container = { kind: 'spreadsheet', id: 'SS1' };
    expect(FormApp.getActiveForm()).toBeNull();
    kernel.container = { kind: 'form', id: form.getId() };
    expect(FormApp.getActiveForm()!.getId()).toBe(form.getId());
  });

  it('getPublishedUrl ends in /viewform and shortenFormUrl gives a forms.gle link without it (§2.4.2)', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform$/);
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    const short = form.shortenFormUrl(form.getPublishedUrl());
    expect(short).toMatch(/^https:\/\/forms\.gle\/\w+$/);
    expect(short).not.toContain('viewform');
  });

  it('form settings read back what was set', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Согласие')
      .setDescription('Согласие на обработку персональных данных')
      .setCollectEmail(true)
      .setAllowResponseEdits(true)
      .setLimitOneResponsePerUser(true)
      .setConfirmationMessage('Спасибо!')
      .setProgressBar(true)
      .setAcceptingResponses(false);
    expect(form.getDescription()).toBe('Согласие на обработку персональных данных');
    expect(form.collectsEmail()).toBe(true);
    expect(form.canEditResponse()).toBe(true);
    expect(form.hasLimitOneResponsePerUser()).toBe(true);
    expect(form.getConfirmationMessage()).toBe('Спасибо!');
    expect(form.hasProgressBar()).toBe(true);
    expect(form.isAcceptingResponses()).toBe(false);
  });

  it('new items have Google defaults: one empty choice, scale 1..5, not required', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    const checkbox = form.addCheckboxItem();
    expect(checkbox.getChoices().map((c) => c.getValue())).toEqual(['']);
    const scale = form.addScaleItem();
    expect([scale.getLowerBound(), scale.getUpperBound()]).toEqual([1, 5]);
    expect(scale.isRequired()).toBe(false);
    expect(form.addSectionHeaderItem().getTitle()).toBe('');
  });

  it('items keep titles, help text, choices, rows, columns, bounds and labels', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    const mc = form.addMultipleChoiceItem().setTitle('Стаж').setHelpText('лет');
    mc.setChoices([mc.createChoice('до 3'), mc.createChoice('3 и более')]).showOtherOption(true);
    const grid = form.addGridItem().setRows(['А', 'Б']).setColumns(['1', '2']);
    const scale = form.addScaleItem().setBounds(0, 10).setLabels('плохо', 'отлично');
    expect(mc.getTitle()).toBe('Стаж');
    expect(mc.getHelpText()).toBe('лет');
    expect(mc.getChoices().map((c) => c.getValue())).toEqual(['до 3', '3 и более']);
    expect(mc.hasOtherOption()).toBe(true);
    expect([grid.getRows(), grid.getColumns()]).toEqual([
      ['А', 'Б'],
      ['1', '2'],
    ]);
    expect([
      scale.getLowerBound(),
      scale.getUpperBound(),
      scale.getLeftLabel(),
      scale.getRightLabel(),
    ]).toEqual([0, 10, 'плохо', 'отлично']);
    expect(String(mc.getType())).toBe('MULTIPLE_CHOICE');
  });

  it('getItems returns generic items in order, filters by type, and getItemById is null for an unknown id', () => {
    const { FormApp } = setup();
    const form = buildQuestionnaire(FormApp);
    const items = form.getItems();
    expect(items.map((i) => i.getTitle())).toEqual([
      'ФИО',
      'Интересы',
      'Оценка',
      'Готовность',
      'Дата начала',
      'Форма',
      'Дни',
      'Раздел',
      'Комментарий',
    ]);
    expect(String(items[0])).toBe('Item');
    expect(form.getItems(FormApp.ItemType.CHECKBOX).map((i) => i.getTitle())).toEqual(['Интересы']);
    expect(form.getItemById(items[1]!.getId())!.asCheckboxItem().getChoices()).toHaveLength(3);
    expect(form.getItemById(12345)).toBeNull();
  });

  it('as…Item on an item of another kind throws an Exception', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    form.addCheckboxItem().setTitle('Интересы');
    const error = thrown(() => form.getItems()[0]!.asTextItem());
    expect(error.name).toBe('Exception');
    expect(error.message).toContain("can't be cast");
  });

  it("wrong argument types throw Google's signature error naming the method (§0.3)", () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    const item = form.addTextItem();
    const error = thrown(() => item.setTitle(5 as unknown as string));
    expect(error.message).toBe(
      "The parameters (number) don't match the method signature for FormApp.TextItem.setTitle.",
    );
    expect(thrown(() => form.addCheckboxItem().setChoiceValues([1, 2] as unknown as string[])).message).toBe(
      "The parameters (number[]) don't match the method signature for FormApp.CheckboxItem.setChoiceValues.",
    );
  });

  it('moveItem reorders items and throws for an index out of range (§2.4.4)', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    form.addTextItem().setTitle('A');
    form.addTextItem().setTitle('B');
    form.addTextItem().setTitle('C');
    form.moveItem(2, 0);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['C', 'A', 'B']);
    form.moveItem(form.getItems()[1]!, 2);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['C', 'B', 'A']);
    expect(thrown(() => form.moveItem(3, 0)).name).toBe('Exception');
    expect(thrown(() => form.moveItem(0, 7)).name).toBe('Exception');
  });

  it('deleteItem removes by index or by item', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    form.addTextItem().setTitle('A');
    form.addTextItem().setTitle('B');
    form.deleteItem(form.getItems()[0]!);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['B']);
    form.deleteItem(0);
    expect(form.getItems()).toHaveLength(0);
    expect(thrown(() => form.deleteItem(0)).name).toBe('Exception');
  });

  it('getDestinationId throws when the form has no destination (§2.1.11) and returns the id once linked (§2.1.10)', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    expect(thrown(() => form.getDestinationId()).name).toBe('Exception');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    expect(form.getDestinationId()).toBe('SS1');
    expect(String(form.getDestinationType())).toBe('SPREADSHEET');
    form.removeDestination();
    expect(thrown(() => form.getDestinationId()).name).toBe('Exception');
  });

  it('setDestination to an id that is no spreadsheet throws the Drive "no item" Exception', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    expect(thrown(() => form.setDestination(FormApp.DestinationType.SPREADSHEET, 'missing')).message).toBe(
      NOT_FOUND,
    );
  });
});

describe('FormResponse and ItemResponse', () => {
  it('getResponse types follow §2.3.2: checkbox String[], grid String[], checkbox grid String[][], scale String, date YYYY-MM-DD', () => {
    const { FormApp, forms } = setup();
    const form = buildQuestionnaire(FormApp);
    forms.submitAsRespondent(form.getId(), FULL_ANSWERS, 'anna@college.example', SUBMITTED_AT);
    const [response] = form.getResponses();
    const byTitle = Object.fromEntries(
      response!.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()]),
    );
    expect(byTitle).toEqual({
      ФИО: 'Иванова Анна Сергеевна',
      Интересы: ['Воспитание', 'Методика'],
      Оценка: ['3', '2'],
      Готовность: '4',
      'Дата начала': '2026-12-01',
      Форма: 'очная',
      Дни: [['Пн', 'Вт']],
      Комментарий: '=1+1',
    });
  });

  it('a grid row left unanswered reads back as an empty string (§2.3.2)', () => {
    const { FormApp, forms } = setup();
    const form = buildQuestionnaire(FormApp);
    forms.submitAsRespondent(
      form.getId(),
      { ФИО: 'А', Оценка: { Планирование: '1' } },
      'a@x.example',
      SUBMITTED_AT,
    );
    const grid = form.getItems(FormApp.ItemType.GRID)[0]!;
    expect(form.getResponses()[0]!.getResponseForItem(grid)!.getResponse()).toEqual(['', '1']);
  });

  it('getItemResponses lists only the answered items and getResponseForItem is null for the others (§2.3.3)', () => {
    const { FormApp, forms } = setup();
    const form = buildQuestionnaire(FormApp);
    forms.submitAsRespondent(form.getId(), { ФИО: 'Петров П.П.' }, 'p@x.example', SUBMITTED_AT);
    const response = form.getResponses()[0]!;
    expect(response.getItemResponses().map((r) => r.getItem().getTitle())).toEqual(['ФИО']);
    expect(response.getResponseForItem(form.getItems()[1]!)).toBeNull();
  });

  it('response id, timestamp, e-mail and edit URL; e-mail only when the form collects it (§2.3.3)', () => {
    const { FormApp, forms } = setup();
    const form = buildQuestionnaire(FormApp);
    const { response } = forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT);
    const read = form.getResponse(response.id);
    expect(read.getId()).toBe(response.id);
    expect(read.getTimestamp()).toEqual(SUBMITTED_AT);
    expect(read.getRespondentEmail()).toBe('a@x.example');
    expect(read.getEditResponseUrl()).toMatch(/\/viewform\?edit2=/);

    const anonymous = FormApp.create('Мониторинг');
    anonymous.addTextItem().setTitle('Отзыв');
    forms.submitAsRespondent(anonymous.getId(), { Отзыв: 'хорошо' }, 'who@x.example', SUBMITTED_AT);
    expect(anonymous.getResponses()[0]!.getRespondentEmail()).toBe('');
  });

  it('createResponse + withItemResponse + submit stores a response and writes the sheet row, but fires no trigger (§0.4)', () => {
    const { FormApp, ScriptApp, fns, host, triggers } = setup();
    const form = FormApp.create('Анкета');
    const name = form.addTextItem().setTitle('ФИО');
    const interests = form.addCheckboxItem().setTitle('Интересы').setChoiceValues(['А', 'Б']);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    const calls: unknown[] = [];
    fns.onSubmit = (e) => calls.push(e);
    ScriptApp.newTrigger('onSubmit').forForm(form).onFormSubmit().create();
    ScriptApp.newTrigger('onSubmit').forSpreadsheet('SS1').onFormSubmit().create();

    form
      .createResponse()
      .withItemResponse(interests.createResponse(['Б', 'А']))
      .withItemResponse(name.createResponse('Сидоров'))
      .submit();
    expect(form.getResponses()).toHaveLength(1);
    expect(
      form
        .getResponses()[0]!
        .getItemResponses()
        .map((r) => r.getResponse()),
    ).toEqual(['Сидоров', ['Б', 'А']]);
    expect(host.sheet('SS1', 'Ответы на форму (1)')[1]!.slice(1)).toEqual(['Сидоров', 'А, Б']);
    expect(calls).toHaveLength(0);
    expect(triggers.firings).toHaveLength(0);
  });

  it('submitting a response twice throws an Exception', () => {
    const { FormApp } = setup();
    const form = FormApp.create('Анкета');
    const item = form.addTextItem().setTitle('ФИО');
    const response = form.createResponse().withItemResponse(item.createResponse('А')).submit();
    expect(() => response.submit()).toThrow(expect.objectContaining({ name: 'Exception' }));
  });

  it('getResponses(timestamp) keeps responses from that instant on; deleteAllResponses empties the form only', () => {
    const { FormApp, forms, host } = setup();
    const form = FormApp.create('Анкета');
    form.addTextItem().setTitle('ФИО');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, undefined, new Date(Date.UTC(2026, 10, 25, 7)));
    forms.submitAsRespondent(form.getId(), { ФИО: 'Б' }, undefined, new Date(Date.UTC(2026, 10, 25, 9)));
    expect(
      form
        .getResponses(new Date(Date.UTC(2026, 10, 25, 8)))
        .map((r) => r.getItemResponses()[0]!.getResponse()),
    ).toEqual(['Б']);
    form.deleteAllResponses();
    expect(form.getResponses()).toHaveLength(0);
    expect(host.sheet('SS1', 'Ответы на форму (1)')).toHaveLength(3);
  });

  it('deleteResponse removes one response from the form only; an unknown id throws (Form#deleteResponse)', () => {
    const { FormApp, forms, host } = setup();
    const form = FormApp.create('Анкета');
    form.addTextItem().setTitle('ФИО');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, 'SS1');
    forms.submitAsRespondent(form.getId(), { ФИО: 'А' });
    forms.submitAsRespondent(form.getId(), { ФИО: 'Б' });
    const firstId = form.getResponses()[0]!.getId();
    form.deleteResponse(firstId);
    expect(form.getResponses().map((r) => r.getItemResponses()[0]!.getResponse())).toEqual(['Б']);
    expect(host.sheet('SS1', 'Ответы на форму (1)')).toHaveLength(3);
    expect(() => form.deleteResponse(firstId)).toThrow(/No response with ID/);
  });
});

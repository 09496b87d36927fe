import { setupSystem, showFormLinks } from '../../src/addon/entry-points';
import {
  CONSENT_FORM,
  FORMS_PROPERTY,
  MENTEE_QUESTIONNAIRE,
  MENTOR_QUESTIONNAIRE,
  QUESTIONNAIRES,
  formIdFromUrl,
  messages,
  parseStoredForms,
} from '../../src/core';
import type { QuestionnaireKey } from '../../src/core/questionnaires/spec';
import type { FormRecord } from '../../src/offline/forms/store';
import { callsDuring, depsOf, openCollegeSpreadsheet, sheetValues } from './fixture';

type Opened = ReturnType<typeof openCollegeSpreadsheet>;

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const clickSetup = ({ workspace }: Opened): void =>
  workspace.kernel.run('menu', 'setupSystem', () => setupSystem(undefined, depsOf(workspace)));

const storedForms = ({ workspace }: Opened) =>
  parseStoredForms(workspace.services.PropertiesService.getDocumentProperties()!.getProperty(FORMS_PROPERTY));

const formRecord = (opened: Opened, key: QuestionnaireKey): FormRecord =>
  opened.workspace.forms.store.get(storedForms(opened)[key]!.formId);

const alerts = ({ workspace }: Opened) => workspace.kernel.screen.filter((e) => e.kind === 'alert');

/** Types a value into «Настройки» next to a key, as a person would. */
function editSetting({ spreadsheet }: Opened, key: string, value: string): void {
  const sheet = spreadsheet.getSheetByName('Настройки')!;
  const values = sheet.getDataRange().getValues();
  const keyAt = values[0]!.indexOf('Ключ');
  const valueAt = values[0]!.indexOf('Значение');
  const row = values.findIndex((r) => r[keyAt] === key);
  if (row < 0) throw new Error(`no setting ${key}`);
  sheet.getRange(row + 1, valueAt + 1).setValue(value);
}

/** The forms whose questions do not follow the competences in «Настройки». */
const FIXED_FORMS: readonly QuestionnaireKey[] = [
  'consent',
  'monitoring',
  'bestPractice',
  'publicationConsent',
];

describe('«Настроить систему» creates the six forms', () => {
  it('with Russian titles, descriptions, help texts, required flags, e-mail collected and confirmations', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    const mentee = formRecord(opened, 'mentee');
    expect(mentee.title).toBe(MENTEE_QUESTIONNAIRE.title);
    expect(mentee.description).toBe(MENTEE_QUESTIONNAIRE.description);
    expect(mentee.confirmationMessage).toBe(MENTEE_QUESTIONNAIRE.confirmation);
    expect(mentee.collectEmail).toBe(true);
    expect(mentee.items.map((i) => i.title)).toEqual(MENTEE_QUESTIONNAIRE.questions.map((q) => q.title));
    const name = mentee.items.find((i) => i.title === 'Фамилия, имя, отчество')!;
    expect(name).toMatchObject({
      kind: 'TEXT',
      required: true,
      helpText: 'Полностью, например: Иванова Мария Петровна.',
    });
    expect(mentee.items.find((i) => i.title === 'Телефон для связи')!.required).toBe(false);
    const grid = mentee.items.find((i) => i.kind === 'GRID')!;
    expect(grid.rows).toContain('цифровые технологии и ЭОР');
    expect(grid.rows).toHaveLength(13);
    expect(grid.columns).toEqual(['1', '2', '3', '4', '5']);
    expect(mentee.items.find((i) => i.title === 'Какая поддержка вам нужна?')!.otherOption).toBe(true);

    const mentor = formRecord(opened, 'mentor');
    expect(mentor.title).toBe(MENTOR_QUESTIONNAIRE.title);
    expect(mentor.collectEmail).toBe(true);
    const strengths = mentor.items.find(
      (i) => i.title === 'В каких направлениях вы готовы делиться опытом?',
    )!;
    expect(strengths.kind).toBe('CHECKBOX');
    expect(strengths.choices).toEqual(grid.rows);
    const capacity = mentor.items.find((i) => i.kind === 'SCALE')!;
    expect(capacity).toMatchObject({
      lowerBound: 1,
      upperBound: 5,
      leftLabel: 'одного',
      rightLabel: 'пятерых',
    });
    const forms = mentor.items.find((i) => i.title === 'Предпочитаемая форма наставничества')!;
    expect(forms.choices).toContain('реверсивная');

    const consent = formRecord(opened, 'consent');
    expect(consent.title).toBe(CONSENT_FORM.title);
    expect(consent.description).toMatch(/^СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ \(версия 1\)/);
    expect(consent.items.find((i) => i.title === 'Ваше решение')!.choices).toEqual([
      'Даю согласие',
      'Отзываю согласие',
    ]);

    // Stages 6–7: monitoring, best practice and the consent to publication, from their specs.
    for (const key of ['monitoring', 'bestPractice', 'publicationConsent'] as const) {
      const record = formRecord(opened, key);
      expect([key, record.title]).toEqual([key, QUESTIONNAIRES[key].title]);
      expect([key, record.collectEmail]).toEqual([key, true]);
      expect(record.items.map((i) => i.title)).toEqual(QUESTIONNAIRES[key].questions.map((q) => q.title));
    }
  });

  it('sends responses to this spreadsheet, renames the new tabs and stores the references', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    const stored = storedForms(opened);
    const byForm = new Map(
      opened.spreadsheet.getSheets().map((s) => [formIdFromUrl(s.getFormUrl()), s.getName()] as const),
    );
    expect(byForm.get(stored.mentee!.formId)).toBe('Ответы: анкета наставляемого');
    expect(byForm.get(stored.mentor!.formId)).toBe('Ответы: анкета наставника');
    expect(byForm.get(stored.consent!.formId)).toBe('Ответы: согласия');
    expect(byForm.get(stored.monitoring!.formId)).toBe('Ответы: мониторинг');
    expect(byForm.get(stored.bestPractice!.formId)).toBe('Ответы: лучшие практики');
    expect(byForm.get(stored.publicationConsent!.formId)).toBe('Ответы: согласия на публикацию');
    expect(stored.mentee!.publishedUrl).toMatch(/\/viewform$/);
    expect(stored.mentee!.editUrl).toMatch(/\/edit$/);
    expect(sheetValues(opened.spreadsheet)['Ответы: анкета наставляемого'][0].slice(0, 3)).toEqual([
      'Отметка времени',
      'Адрес электронной почты',
      'Фамилия, имя, отчество',
    ]);
    // A response lands on the renamed tab.
    opened.workspace.forms.submitAsRespondent(
      stored.consent!.formId,
      {
        'Фамилия, имя, отчество': 'Иванова Мария Петровна',
        'Адрес регистрации': 'г. Северодвинск',
        'Документ, удостоверяющий личность': 'паспорт 1111 222222',
        'Вы участвуете как': 'наставляемый',
        'Ваше решение': 'Даю согласие',
      },
      'ivanova@college.example',
    );
    expect(sheetValues(opened.spreadsheet)['Ответы: согласия']).toHaveLength(2);
  });

  it('a second run creates nothing, changes nothing and costs a constant handful of calls', () => {
    const opened = openCollegeSpreadsheet();
    const first = callsDuring(opened.workspace, () => clickSetup(opened));
    const forms = opened.workspace.forms.all().length;
    const before = sheetValues(opened.spreadsheet);
    const second = callsDuring(opened.workspace, () => clickSetup(opened));
    expect(opened.workspace.forms.all()).toHaveLength(forms);
    expect(forms).toBe(6);
    expect(sheetValues(opened.spreadsheet)).toEqual(before);
    expect(alerts(opened).slice(-1)[0]!.content).toBe(messages.setup.nothingChanged);
    const total = (calls: Record<string, number>, service: string) =>
      Object.entries(calls)
        .filter(([k]) => k.startsWith(`${service}.`))
        .reduce((n, [, v]) => n + v, 0);
    // First run: six forms built item by item (every setter is a call: 368 now); later runs open each
    // form once.
    expect(first['FormApp.FormApp.create']).toBe(6);
    expect(total(first, 'FormApp')).toBeLessThanOrEqual(380);
    expect(total(second, 'FormApp')).toBe(6);
    expect(second['FormApp.FormApp.openById']).toBe(6);
    // Issue 5 added «Реестр приказов», «Выполнение программ» and three columns (pairs and banks); stages
    // 6–7 six sheets and three forms, so 24 tabs (getName and getFormUrl each, to find the response
    // sheets) and 17 schema sheets read: 517 calls on the first run, 209 on the second now.
    expect(total(first, 'SpreadsheetApp')).toBeLessThanOrEqual(530);
    expect(total(second, 'SpreadsheetApp')).toBeLessThanOrEqual(215);
    expect(total(second, 'ScriptApp')).toBe(8);
    // Nothing is written on a second run.
    expect(Object.keys(second).filter((k) => /\.(set|insert|create|protect|delete|append)/.test(k))).toEqual(
      [],
    );
  });

  it('a third run after staff reworded a competence updates the choices of both questionnaires, and nothing else', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    const menteeBefore = formRecord(opened, 'mentee');
    const fixedBefore = FIXED_FORMS.map((key) => [key, JSON.stringify(formRecord(opened, key))]);
    editSetting(opened, 'competence.digital', 'цифровые образовательные ресурсы');
    const calls = callsDuring(opened.workspace, () => clickSetup(opened));
    const grid = formRecord(opened, 'mentee').items.find((i) => i.kind === 'GRID')!;
    expect(grid.rows).toContain('цифровые образовательные ресурсы');
    expect(grid.rows).not.toContain('цифровые технологии и ЭОР');
    const strengths = formRecord(opened, 'mentor').items.find(
      (i) => i.kind === 'CHECKBOX' && i.choices.length > 10,
    )!;
    expect(strengths.choices).toContain('цифровые образовательные ресурсы');
    expect(formRecord(opened, 'mentee').items.map((i) => i.title)).toEqual(
      menteeBefore.items.map((i) => i.title),
    );
    expect(FIXED_FORMS.map((key) => [key, JSON.stringify(formRecord(opened, key))])).toEqual(fixedBefore);
    expect(opened.workspace.forms.all()).toHaveLength(6);
    expect(calls['FormApp.GridItem.setRows']).toBe(1);
    expect(calls['FormApp.CheckboxItem.setChoiceValues']).toBe(1);
    expect(alerts(opened).slice(-1)[0]!.content).toContain('обновлены варианты ответов');
    // The response sheet's grid column follows the renamed row (§2.1.9).
    const header = sheetValues(opened.spreadsheet)['Ответы: анкета наставляемого'][0];
    expect(header).toContain(
      'Оцените, насколько вам трудно в каждом направлении [цифровые образовательные ресурсы]',
    );
  });

  it('a stored form that no longer opens is made again, journaled, and its new tab gets a free name', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    const lost = storedForms(opened).mentor!.formId;
    opened.workspace.forms.store.deletePermanently(lost);
    clickSetup(opened);
    const now = storedForms(opened).mentor!.formId;
    expect(now).not.toBe(lost);
    expect(opened.workspace.forms.all()).toHaveLength(6);
    const journal = sheetValues(opened.spreadsheet)['Журнал'];
    const row = journal.find((r) => r[2] === 'FORM_RECREATED')!;
    expect(row[1]).toBe('предупреждение');
    expect(String(row[3])).toContain(lost);
    const tab = opened.spreadsheet.getSheets().find((s) => formIdFromUrl(s.getFormUrl()) === now)!;
    expect(tab.getName()).toBe('Ответы: анкета наставника (2)');
    expect(opened.spreadsheet.getSheetByName('Ответы: анкета наставника')).not.toBeNull();
  });

  it('a deleted response tab: the form is linked again and the new tab holds every response', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    const { formId } = storedForms(opened).consent!;
    opened.workspace.forms.submitAsRespondent(
      formId,
      {
        'Фамилия, имя, отчество': 'Петров Иван Сергеевич',
        'Адрес регистрации': 'г. Архангельск',
        'Документ, удостоверяющий личность': 'паспорт 2222 333333',
        'Вы участвуете как': 'наставник',
        'Ваше решение': 'Даю согласие',
      },
      'petrov@college.example',
    );
    opened.spreadsheet.deleteSheet(opened.spreadsheet.getSheetByName('Ответы: согласия')!);
    clickSetup(opened);
    const values = sheetValues(opened.spreadsheet)['Ответы: согласия'];
    expect(values).toHaveLength(2);
    expect(values[1]).toContain('petrov@college.example');
    expect(alerts(opened).slice(-1)[0]!.content).toContain('снова связана с таблицей');
  });
});

describe('triggers', () => {
  const ours = (opened: Opened) =>
    opened.workspace.services.ScriptApp.getProjectTriggers().map((t) => ({
      handler: t.getHandlerFunction(),
      type: String(t.getEventType()),
      source: t.getTriggerSourceId(),
    }));

  it('set-up run three times leaves exactly one on-form-submit and one daily trigger', () => {
    const opened = openCollegeSpreadsheet();
    for (let i = 0; i < 3; i++) clickSetup(opened);
    expect(ours(opened)).toEqual([
      { handler: 'onFormSubmitted', type: 'ON_FORM_SUBMIT', source: opened.spreadsheet.getId() },
      { handler: 'dailyMaintenance', type: 'CLOCK', source: null },
    ]);
    const daily = opened.workspace.triggers.toJSON().triggers.find((t) => t.handler === 'dailyMaintenance')!;
    expect(daily.schedule).toMatchObject({ kind: 'days', every: 1, atHour: 3 });
  });

  it('duplicates found are removed and journaled', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    const { ScriptApp } = opened.workspace.services;
    ScriptApp.newTrigger('onFormSubmitted').forSpreadsheet(opened.spreadsheet).onFormSubmit().create();
    ScriptApp.newTrigger('dailyMaintenance').timeBased().everyDays(1).atHour(5).create();
    clickSetup(opened);
    expect(ours(opened).map((t) => t.handler)).toEqual(['onFormSubmitted', 'dailyMaintenance']);
    const journal = sheetValues(opened.spreadsheet)['Журнал'];
    expect(journal.filter((r) => r[2] === 'TRIGGER_DUPLICATE_REMOVED')).toHaveLength(2);
    expect(alerts(opened).slice(-1)[0]!.content).toContain('Удалены лишние триггеры: 2.');
  });

  it('the trigger of another spreadsheet with the same handler is left alone', () => {
    const opened = openCollegeSpreadsheet();
    const other = opened.workspace.services.SpreadsheetApp.create('Другая таблица');
    opened.workspace.services.ScriptApp.newTrigger('onFormSubmitted')
      .forSpreadsheet(other)
      .onFormSubmit()
      .create();
    clickSetup(opened);
    expect(
      ours(opened)
        .filter((t) => t.handler === 'onFormSubmitted')
        .map((t) => t.source),
    ).toEqual([other.getId(), opened.spreadsheet.getId()]);
  });

  it('from a simple trigger (LIMITED) Google refuses to list triggers: set-up is a menu action', () => {
    const opened = openCollegeSpreadsheet();
    const deps = depsOf(opened.workspace);
    expect(() =>
      opened.workspace.kernel.run('simple-trigger', 'onOpen', () => deps.triggers.list(), 'LIMITED'),
    ).toThrow(
      'You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(opened.workspace.kernel.run('menu', 'setupSystem', () => deps.triggers.list())).toEqual([]);
  });
});

describe('«Ссылки на анкеты»', () => {
  it('the first set-up ends with the links dialog; the menu item shows it again', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    const dialogs = () => opened.workspace.kernel.screen.filter((e) => e.kind === 'modal-dialog');
    expect(dialogs()).toHaveLength(1);
    const stored = storedForms(opened);
    const page = dialogs()[0]!;
    expect(page.title).toBe('Ссылки на анкеты');
    for (const key of ['mentee', 'mentor', 'consent'] as const)
      expect(page.content).toContain(stored[key]!.publishedUrl);
    expect(page.content).toContain('Скопировать');
    expect(page.content).toContain(`Просим заполнить форму «${MENTEE_QUESTIONNAIRE.title}»`);
    clickSetup(opened);
    expect(dialogs()).toHaveLength(1);
    opened.workspace.kernel.run('menu', 'showFormLinks', () =>
      showFormLinks(undefined, depsOf(opened.workspace)),
    );
    expect(dialogs()).toHaveLength(2);
  });

  it('markup in a setting reaches the person escaped, never as markup', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    editSetting(opened, 'curator.name', '<img src=x onerror="alert(1)">Смирнова & Ко');
    opened.workspace.kernel.run('menu', 'showFormLinks', () =>
      showFormLinks(undefined, depsOf(opened.workspace)),
    );
    const page = opened.workspace.kernel.screen.filter((e) => e.kind === 'modal-dialog').slice(-1)[0]!;
    expect(page.content).not.toContain('<img src=x');
    expect(page.content).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Смирнова &amp; Ко');
  });

  it('before set-up it says what to do', () => {
    const opened = openCollegeSpreadsheet();
    opened.workspace.kernel.run('menu', 'showFormLinks', () =>
      showFormLinks(undefined, depsOf(opened.workspace)),
    );
    expect(alerts(opened).slice(-1)[0]!.content).toBe(messages.formLinks.notSetUp);
  });
});

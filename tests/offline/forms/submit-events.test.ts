import type { FormApi, FormResponseApi } from '../../../src/gas/api/forms';
import { buildQuestionnaire, FULL_ANSWERS, setup, SUBMITTED_AT } from './setup';

type Event = Record<string, unknown>;

function linkedQuestionnaire() {
  const env = setup();
  const form = buildQuestionnaire(env.FormApp);
  form.setDestination(env.FormApp.DestinationType.SPREADSHEET, 'SS1');
  const events: Event[] = [];
  env.fns.onSheetSubmit = (e) => void events.push(e as Event);
  env.ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet('SS1').onFormSubmit().create();
  return { ...env, form, events };
}

describe('the spreadsheet on-form-submit event (§2.2)', () => {
  it('carries exactly authMode, namedValues, range, source, triggerUid and values', () => {
    const { forms, form, events, ScriptApp } = linkedQuestionnaire();
    forms.submitAsRespondent(form.getId(), FULL_ANSWERS, 'anna@college.example', SUBMITTED_AT);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(Object.keys(e).sort()).toEqual([
      'authMode',
      'namedValues',
      'range',
      'source',
      'triggerUid',
      'values',
    ]);
    expect(e.authMode).toBe(ScriptApp.AuthMode.FULL);
    expect(e.triggerUid).toBe(ScriptApp.getProjectTriggers()[0]!.getUniqueId());
    expect((e.source as { getId(): string }).getId()).toBe('SS1');
  });

  it('values are strings in column order, the timestamp formatted for the Russian locale (§2.2.2, §2.1.3)', () => {
    const { forms, form, events } = linkedQuestionnaire();
    forms.submitAsRespondent(form.getId(), FULL_ANSWERS, 'anna@college.example', SUBMITTED_AT);
    expect(events[0]!.values).toEqual([
      '25.11.2026 14:03:11',
      'anna@college.example',
      'Иванова Анна Сергеевна',
      'Методика, Воспитание',
      '3',
      '2',
      '4',
      '01.12.2026',
      'очная',
      'Пн, Вт',
      '=1+1',
    ]);
  });

  it('in English the timestamp reads M/d/yyyy H:mm:ss (§2.2.3)', () => {
    const env = setup({ locale: 'en' });
    const form = env.FormApp.create('Survey');
    form.addTextItem().setTitle('Name');
    form.setDestination(env.FormApp.DestinationType.SPREADSHEET, 'SS1');
    const events: Event[] = [];
    env.fns.h = (e) => void events.push(e as Event);
    env.ScriptApp.newTrigger('h').forSpreadsheet('SS1').onFormSubmit().create();
    env.forms.submitAsRespondent(form.getId(), { Name: 'Jane' }, undefined, SUBMITTED_AT);
    expect(events[0]!.values).toEqual(['11/25/2026 14:03:11', 'Jane']);
    expect(events[0]!.namedValues).toEqual({ Timestamp: ['11/25/2026 14:03:11'], Name: ['Jane'] });
  });

  it('namedValues maps each header to a one-element array of strings (§2.2.3)', () => {
    const { forms, form, events } = linkedQuestionnaire();
    forms.submitAsRespondent(form.getId(), FULL_ANSWERS, 'anna@college.example', SUBMITTED_AT);
    const named = events[0]!.namedValues as Record<string, string[]>;
    expect(named['Отметка времени']).toEqual(['25.11.2026 14:03:11']);
    expect(named['Адрес электронной почты']).toEqual(['anna@college.example']);
    expect(named['Интересы']).toEqual(['Методика, Воспитание']);
    expect(named['Оценка [Общение]']).toEqual(['3']);
    expect(named['Готовность']).toEqual(['4']);
    expect(Object.keys(named)).toHaveLength(11);
  });

  it('range is the new response row, full width (§2.2.4)', () => {
    const { forms, form, events } = linkedQuestionnaire();
    forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT);
    forms.submitAsRespondent(form.getId(), { ФИО: 'Б' }, 'b@x.example', SUBMITTED_AT);
    expect(events[1]!.range).toMatchObject({ row: 3, column: 1, numRows: 1, numColumns: 11 });
  });

  it('fires only for triggers on the destination spreadsheet, and each fire is its own installable-trigger execution', () => {
    const { forms, form, events, ScriptApp, fns, kernel } = linkedQuestionnaire();
    fns.other = () => events.push({ wrong: true });
    ScriptApp.newTrigger('other').forSpreadsheet('SS2').onFormSubmit().create();
    forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT);
    expect(events).toHaveLength(1);
    expect(kernel.executions.map((x) => [x.kind, x.functionName])).toEqual([
      ['installable-trigger', 'onSheetSubmit'],
    ]);
  });

  it('the submission and the trigger firing count no service calls of their own', () => {
    const { forms, form, kernel, fns } = linkedQuestionnaire();
    fns.onSheetSubmit = () => undefined;
    const id = form.getId();
    const before = kernel.calls.total;
    forms.submitAsRespondent(id, { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT);
    expect(kernel.calls.total).toBe(before);
  });
});

describe('the form on-submit event (§2.3)', () => {
  it('carries exactly authMode, response, source and triggerUid; response is a FormResponse of this submission', () => {
    const env = setup();
    const form = buildQuestionnaire(env.FormApp);
    const events: Event[] = [];
    env.fns.onFormSubmit = (e) => void events.push(e as Event);
    const trigger = env.ScriptApp.newTrigger('onFormSubmit').forForm(form).onFormSubmit().create();
    env.forms.submitAsRespondent(form.getId(), FULL_ANSWERS, 'anna@college.example', SUBMITTED_AT);
    const e = events[0]!;
    expect(Object.keys(e).sort()).toEqual(['authMode', 'response', 'source', 'triggerUid']);
    expect(e.authMode).toBe('FULL');
    expect(e.triggerUid).toBe(trigger.getUniqueId());
    expect((e.source as FormApi).getId()).toBe(form.getId());
    const response = e.response as FormResponseApi;
    expect(response.getRespondentEmail()).toBe('anna@college.example');
    expect(response.getTimestamp()).toEqual(SUBMITTED_AT);
    expect(response.getItemResponses()).toHaveLength(8);
  });

  it('fires without a linked spreadsheet, and both variants fire when both are installed', () => {
    const env = setup();
    const form = buildQuestionnaire(env.FormApp);
    const seen: string[] = [];
    env.fns.a = () => void seen.push('form');
    env.fns.b = () => void seen.push('sheet');
    env.ScriptApp.newTrigger('a').forForm(form.getId()).onFormSubmit().create();
    env.ScriptApp.newTrigger('b').forSpreadsheet('SS1').onFormSubmit().create();
    env.forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT);
    expect(seen).toEqual(['form']);
    form.setDestination(env.FormApp.DestinationType.SPREADSHEET, 'SS1');
    env.forms.submitAsRespondent(form.getId(), { ФИО: 'Б' }, 'b@x.example', SUBMITTED_AT);
    expect(seen).toEqual(['form', 'form', 'sheet']);
  });
});

describe('trigger failures and duplicates', () => {
  it('a handler that throws is recorded as a failed execution and does not undo the submission (§7.5)', () => {
    const { forms, form, fns, kernel, host, triggers, ScriptApp } = linkedQuestionnaire();
    fns.onSheetSubmit = () => {
      throw new Error('таблица занята');
    };
    const later: string[] = [];
    fns.second = () => void later.push('ran');
    ScriptApp.newTrigger('second').forSpreadsheet('SS1').onFormSubmit().create();
    const submission = forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT);
    expect(submission.firings.map((f) => f.outcome)).toEqual(['failed', 'completed']);
    expect(submission.firings[0]!.reason).toBe('Error: таблица занята');
    expect(kernel.executions[0]!.error).toBe('Error: таблица занята');
    expect(later).toEqual(['ran']);
    expect(form.getResponses()).toHaveLength(1);
    expect(host.sheet('SS1', 'Ответы на форму (1)')).toHaveLength(2);
    expect(triggers.firings).toHaveLength(2);
  });

  it('a trigger whose function no longer exists fails with «Script function not found»', () => {
    const { forms, form, fns } = linkedQuestionnaire();
    delete fns.onSheetSubmit;
    const { firings } = forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT);
    expect(firings[0]).toMatchObject({
      outcome: 'failed',
      reason: 'Error: Script function not found: onSheetSubmit',
    });
  });

  it('duplicateSpreadsheetTrigger fires the spreadsheet trigger a second time, seconds later, with the same values (§2.2.5)', () => {
    const { forms, form, events, kernel } = linkedQuestionnaire();
    const firings = forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT, {
      duplicateSpreadsheetTrigger: true,
    }).firings;
    expect(events).toHaveLength(2);
    expect(events[1]!.values).toEqual(events[0]!.values);
    expect(events[1]!.triggerUid).toBe(events[0]!.triggerUid);
    expect(firings[1]!.at - firings[0]!.at).toBeGreaterThanOrEqual(3000);
    expect(form.getResponses()).toHaveLength(1);
    expect(kernel.executions).toHaveLength(2);
  });

  it("duplicateSpreadsheetTrigger: 'blank' repeats the event with every answer blank (Nov 2019 incident, §2.2.5)", () => {
    const { forms, form, events } = linkedQuestionnaire();
    forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT, {
      duplicateSpreadsheetTrigger: 'blank',
    });
    const blank = events[1]!.values as string[];
    expect(blank[0]).toBe('25.11.2026 14:03:11');
    expect(blank.slice(1).every((v) => v === '')).toBe(true);
    expect((events[1]!.namedValues as Record<string, string[]>)['ФИО']).toEqual(['']);
  });

  it('triggers run as the user who installed them, not the respondent (§7.2)', () => {
    const { forms, form, fns, kernel } = linkedQuestionnaire();
    const users: string[] = [];
    fns.onSheetSubmit = () => void users.push(kernel.current!.user);
    kernel.user = 'someone.else@college.example';
    forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT);
    expect(users).toEqual(['metodist@college.example']);
    expect(kernel.user).toBe('someone.else@college.example');
  });

  it('once the daily trigger run time is spent the trigger is skipped, not run (§7.7)', () => {
    const { forms, form, events, kernel } = linkedQuestionnaire();
    kernel.quotas.add('triggerRuntimeMs', kernel.quotas.limit('triggerRuntimeMs'));
    const { firings } = forms.submitAsRespondent(form.getId(), { ФИО: 'А' }, 'a@x.example', SUBMITTED_AT);
    expect(events).toHaveLength(0);
    expect(firings[0]).toMatchObject({
      outcome: 'skipped',
      reason: 'Service using too much computer time for one day.',
    });
    expect(form.getResponses()).toHaveLength(1);
  });
});

import { dailyMaintenance, importResponses, onFormSubmitted } from '../../src/addon/entry-points';
import type { FormSubmitEvent } from '../../src/addon/pipeline/entry-points';
import { messages } from '../../src/core';
import { depsOf } from './fixture';
import { College, SHEET, addonFunctions, menteeAnswers } from './pipeline-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

/** The add-on's adapters, with reading sheets broken the way a bug would break it. */
function brokenDeps(college: College) {
  const deps = depsOf(college.workspace);
  deps.blocks.read = () => {
    throw new TypeError("Cannot read properties of undefined (reading 'length')");
  };
  return deps;
}

describe('users never see a stack trace', () => {
  it('an unexpected error in the form-submit trigger becomes a journal row, and the response waits', () => {
    const college = College.open();
    const functions = addonFunctions(college.workspace);
    college.workspace.useFunctions((name) =>
      name === 'onFormSubmitted'
        ? (e: unknown) => onFormSubmitted(e as FormSubmitEvent, brokenDeps(college))
        : functions[name],
    );
    const alertsBefore = college.alerts().length;
    const { firings } = college.submit(
      'mentee',
      menteeAnswers('Иванова Мария Петровна'),
      'ivanova@college.example',
    );
    expect(firings.map((f) => f.outcome)).toEqual(['completed']);
    const last = college.journal().slice(-1)[0];
    expect([last['Уровень'], last['Код'], last['Сообщение']]).toEqual([
      'ошибка',
      'UNEXPECTED',
      messages.pipeline.triggerFailed,
    ]);
    expect(last['Подробности']).toBe("TypeError: Cannot read properties of undefined (reading 'length')");
    expect(college.alerts()).toHaveLength(alertsBefore);
    // Fixed, the next run finds the response still waiting.
    college.workspace.useFunctions((name) => functions[name]);
    college.person.clickMenu('Импортировать ответы');
    expect(college.rows(SHEET.mentees)).toHaveLength(1);
  });

  it('an unexpected error in «Импортировать ответы» shows the Russian message, and the journal keeps the details', () => {
    const college = College.open();
    college.workspace.kernel.run('menu', 'importResponses', () =>
      importResponses(undefined, brokenDeps(college)),
    );
    const alert = college.alerts().slice(-1)[0];
    expect(alert).toBe(messages.errors.unexpected);
    expect(alert).not.toMatch(/TypeError|\bat \w|\.ts\b/);
    expect(college.journal().slice(-1)[0]['Код']).toBe('UNEXPECTED');
  });

  it('a failing daily maintenance journals the failure instead of failing silently', () => {
    const college = College.open();
    const functions = addonFunctions(college.workspace);
    college.workspace.useFunctions((name) =>
      name === 'dailyMaintenance'
        ? (e: unknown) => dailyMaintenance(e, brokenDeps(college))
        : functions[name],
    );
    college.waitDays(1);
    const daily = college.workspace.triggers.firings.filter((f) => f.handler === 'dailyMaintenance');
    expect(daily.map((f) => f.outcome)).toEqual(['completed']);
    expect(college.journal().slice(-1)[0]['Код']).toBe('UNEXPECTED');
  });
});

import type { AddonDeps } from '../../src/addon/composition-root';
import { ANSWERS } from '../core/season/monitoring-fixture';
import { callsDuring, depsOf } from './fixture';
import type { College } from './pipeline-fixture';
import { REMINDERS, answer, monitoringCollege, monitoringFunctions } from './season-monitoring-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const REMIND = 'Напомнить о мониторинге…';

/*
 * The start answers only (rows 2–5 of the fixture): a, m1, m2, m3 answered the start. P2 is closed, so
 * its people owe the end questionnaire: a and m3 — two letters. P4 (approved) owes the start: its mentor
 * c has no consent (no letter), its mentee has no e-mail (named).
 */
function startAnswered(): College {
  const college = monitoringCollege();
  for (const a of ANSWERS.slice(0, 4)) answer(college, a);
  return college;
}

const outbox = (college: College) => college.workspace.mail.outbox;
const log = (college: College) => college.rows(REMINDERS);
const dialogs = (college: College) =>
  college.workspace.kernel.screen.filter((e) => e.kind === 'alert' || e.kind === 'toast');
const errors = (college: College) =>
  college
    .journal()
    .filter((r) => r['Уровень'] === 'ошибка')
    .map((r) => r['Подробности']);
const lastDialog = (college: College) => dialogs(college).pop()!.content;

describe('«Напомнить о мониторинге…»', () => {
  it('shows a preview first: how many letters, to whom, today’s quota and the letter; «Нет» sends nothing', () => {
    const college = startAnswered();
    college.person.clickMenu(REMIND, ['NO']);
    const preview = dialogs(college).find(
      (e) => e.title === 'Напоминание о мониторинге' && e.kind === 'alert',
    )!;
    expect(preview.content).toContain(
      'Будет отправлено 2 письма: Алексеева Анна Борисовна, Григорьев Глеб Олегович.',
    );
    expect(preview.content).toContain('Сегодня можно отправить ещё 100 писем (дневной лимит Google).');
    expect(preview.content).toContain(
      'Нет адреса эл. почты (впишите его на листе «Пары и группы»): Дмитриева Дарья Дмитриевна.',
    );
    expect(preview.content).toContain(
      'Без согласия на обработку персональных данных — письма не отправляются: 1.',
    );
    expect(preview.content).toContain('Тема: Анкета мониторинга программы наставничества');
    expect(preview.content).toContain('Уважаемая Анна Борисовна!');
    expect(outbox(college)).toHaveLength(0);
    expect(log(college)).toHaveLength(0);
    expect(lastDialog(college)).toBe('Письма не отправлены.');
  });

  it('sends one personal letter each with the form link and logs each; a second click sends nothing', () => {
    const college = startAnswered();
    const link = JSON.parse(
      college.workspace.services.PropertiesService.getDocumentProperties()!.getProperty('nastavnik.forms')!,
    ).monitoring.publishedUrl as string;
    const calls = callsDuring(college.workspace, () => college.person.clickMenu(REMIND, ['YES']));
    expect(outbox(college).map((m) => [m.to, m.subject, m.body.split('\n')[0]])).toEqual([
      [['a@college.ru'], 'Анкета мониторинга программы наставничества', 'Уважаемая Анна Борисовна!'],
      [['m3@college.ru'], 'Анкета мониторинга программы наставничества', 'Уважаемый Глеб Олегович!'],
    ]);
    expect(outbox(college)[0]!.body).toContain(`Анкета: ${link}`);
    expect(outbox(college)[0]!.body).toContain('В анкете выберите этап «завершение программы».');
    expect(outbox(college)[0]!.name).toBe('Наставничество — ПОУ «КУ»');
    expect(log(college).map((r) => [r['Эл. почта'], r['ФИО'], r['Этап'], r['Статус']])).toEqual([
      ['a@college.ru', 'Алексеева Анна Борисовна', 'завершение программы', 'отправлено'],
      ['m3@college.ru', 'Григорьев Глеб Олегович', 'завершение программы', 'отправлено'],
    ]);
    expect(log(college)[0]!['Дата']).toBeInstanceOf(Date);
    expect(lastDialog(college)).toBe(
      'Отправлено 2 письма. Отметки — на листе «Напоминания».\n' +
        'Нет адреса эл. почты (впишите его на листе «Пары и группы»): Дмитриева Дарья Дмитриевна.',
    );
    expect(calls['MailApp.MailApp.sendEmail']).toBe(2);
    expect(calls['MailApp.MailApp.getRemainingDailyQuota']).toBe(1);
    // The log is written in one block.
    expect(calls['SpreadsheetApp.Range.setValues']).toBe(1);

    college.person.clickMenu(REMIND, []);
    expect(outbox(college)).toHaveLength(2);
    expect(log(college)).toHaveLength(2);
    expect(lastDialog(college)).toMatch(/^Напоминать некому: все, от кого ждут анкету мониторинга, ответили/);
  });

  it('says when more are due than today’s quota allows, and sends the rest the next day', () => {
    const college = startAnswered();
    college.workspace.mail.setRemaining(1);
    college.person.clickMenu(REMIND, ['YES']);
    const preview = dialogs(college).find((e) => e.content.startsWith('Будет отправлено'))!;
    expect(preview.content).toContain('Сегодня можно отправить ещё 1 письмо (дневной лимит Google).');
    expect(preview.content).toContain('Сейчас уйдут 1 из 2; остальные — завтра, после обновления квоты');
    expect(outbox(college).map((m) => m.to[0])).toEqual(['a@college.ru']);
    expect(lastDialog(college)).toContain('Ещё 1 письмо — завтра, после обновления квоты.');
    college.person.clickMenu(REMIND, []);
    expect(lastDialog(college)).toContain('Сегодня дневной лимит писем исчерпан.');
    expect(outbox(college)).toHaveLength(1);
    college.waitDays(1);
    college.person.clickMenu(REMIND, ['YES']);
    expect(outbox(college).map((m) => m.to[0])).toEqual(['a@college.ru', 'm3@college.ru']);
    expect(log(college).map((r) => r['Эл. почта'])).toEqual(['a@college.ru', 'm3@college.ru']);
  });

  it('stops when the quota runs out mid-run, logs what went, and sends nobody twice', () => {
    const college = startAnswered();
    // While the preview is open, another script of the same account uses up the quota but one letter.
    const squeezed = (): AddonDeps => {
      const deps = depsOf(college.workspace);
      const ui = deps.ui;
      return {
        ...deps,
        ui: {
          host: () => ui.host(),
          addMenu: (m) => ui.addMenu(m),
          alert: (t, m) => ui.alert(t, m),
          toast: (t, m) => ui.toast(t, m),
          prompt: (t, m) => ui.prompt(t, m),
          confirm: (t, m) => {
            const yes = ui.confirm(t, m);
            college.workspace.mail.setRemaining(1);
            return yes;
          },
        },
      };
    };
    const functions = monitoringFunctions(college, squeezed);
    college.workspace.useFunctions((name) => functions[name]);
    const calls = callsDuring(college.workspace, () => college.person.clickMenu(REMIND, ['YES']));
    expect(outbox(college).map((m) => m.to[0])).toEqual(['a@college.ru']);
    expect(lastDialog(college)).toMatch(
      /^Отправлено 1 из 2: дневной лимит писем исчерпан; остальные — после обновления квоты \(завтра\)/,
    );
    expect(log(college).map((r) => [r['Эл. почта'], r['Статус']])).toEqual([['a@college.ru', 'отправлено']]);
    // The second letter was tried and refused by the quota: nothing sent, nothing lost.
    expect(calls['MailApp.MailApp.sendEmail']).toBe(2);
    expect(errors(college)).toEqual([]);

    const plain = monitoringFunctions(college);
    college.workspace.useFunctions((name) => plain[name]);
    college.waitDays(1);
    college.person.clickMenu(REMIND, ['YES']);
    expect(outbox(college).map((m) => m.to[0])).toEqual(['a@college.ru', 'm3@college.ru']);
    college.person.clickMenu(REMIND, []);
    expect(outbox(college)).toHaveLength(2);
    expect(errors(college)).toEqual([]);
  });

  it('a log whose headers staff changed sends nothing: without them every click would e-mail everyone again', () => {
    const college = startAnswered();
    college.person.clickMenu(REMIND, ['YES']);
    expect(outbox(college)).toHaveLength(2);
    const sheet = college.spreadsheet.getSheetByName(REMINDERS)!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    sheet.getRange(1, headers.indexOf('Статус') + 1).setValue('Результат');
    // No preview is shown: the run stops with a message before planning any letter.
    college.person.clickMenu(REMIND, []);
    expect(outbox(college)).toHaveLength(2);
    expect(lastDialog(college)).toContain('Письма не отправлены. Верните заголовки');
  });

  it('reminds again after `monitoring.reminderIntervalDays`, not before', () => {
    const college = startAnswered();
    college.person.clickMenu(REMIND, ['YES']);
    college.waitDays(6);
    college.person.clickMenu(REMIND, []);
    expect(outbox(college)).toHaveLength(2);
    college.waitDays(2);
    college.person.clickMenu(REMIND, ['YES']);
    expect(outbox(college)).toHaveLength(4);
    expect(log(college)).toHaveLength(4);
    expect(errors(college)).toEqual([]);
  });

  it('does not remind those who have answered since', () => {
    const college = startAnswered();
    answer(college, ANSWERS[6]!); // a answers the end questionnaire
    college.person.clickMenu(REMIND, ['YES']);
    expect(outbox(college).map((m) => m.to[0])).toEqual(['m3@college.ru']);
  });
});

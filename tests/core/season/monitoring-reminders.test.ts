import {
  MAX_LETTERS_PER_RUN,
  REMINDER_COLUMNS,
  lettersThisRun,
  planReminders,
  readMonitoringSettings,
  reminderLogRows,
  reminderPreview,
  summariseMonitoring,
} from '../../../src/core';
import type { CellValue } from '../../../src/ports';
import { ANSWERS, NOW, consentsSheet, pairsSheet, responsesSheet } from './monitoring-fixture';

const LINK = 'https://docs.google.com/forms/d/e/monitoring/viewform';
const LOG_HEADERS = Object.values(REMINDER_COLUMNS);

/** Only the start answers (rows 2–5): P2 is closed, so a and m3 owe the end questionnaire. */
function plan(log: CellValue[][] = [LOG_HEADERS], settings: Record<string, string> = {}) {
  const summary = summariseMonitoring({
    pairs: pairsSheet(),
    responses: responsesSheet(ANSWERS.slice(0, 4)),
    consents: consentsSheet(),
    now: NOW,
  });
  return planReminders({
    summary,
    consents: consentsSheet(),
    log,
    settings: readMonitoringSettings(settings),
    now: NOW,
    formLink: LINK,
    curator: 'Смирнов Алексей Игоревич',
    organization: 'ПОУ «КУ»',
  });
}

const daysAgo = (n: number): Date => new Date(NOW.getTime() - n * 86_400_000);

describe('planReminders', () => {
  it('writes to those due who have not answered, names those without e-mail, skips those without consent', () => {
    const p = plan();
    expect(p.letters.map((l) => [l.email, l.phases, l.pairIds])).toEqual([
      ['a@college.ru', ['end'], ['2']],
      ['m3@college.ru', ['end'], ['2']],
    ]);
    expect(p.withoutEmail).toEqual(['Дмитриева Дарья Дмитриевна']);
    expect(p.withoutConsent).toBe(1); // c@college.ru, the mentor of P4
  });

  it('writes a personal letter in Russian with the link and the phase', () => {
    const [a, m3] = plan().letters;
    expect(a!.letter.to).toBe('a@college.ru');
    expect(a!.letter.subject).toBe('Анкета мониторинга программы наставничества');
    expect(a!.letter.body.split('\n')[0]).toBe('Уважаемая Анна Борисовна!');
    expect(m3!.letter.body.split('\n')[0]).toBe('Уважаемый Глеб Олегович!');
    expect(a!.letter.body).toContain(LINK);
    expect(a!.letter.body).toContain('этап «завершение программы»');
    expect(a!.letter.body).toContain('пара/группа № 2');
    expect(a!.letter.body).toContain('Смирнов Алексей Игоревич, куратор программы наставничества');
  });

  it('does not remind again within the interval, and does after it', () => {
    const row = (d: Date, status = 'отправлено') => [
      d,
      'a@college.ru',
      'Алексеева Анна Борисовна',
      'завершение программы',
      status,
    ];
    expect(plan([LOG_HEADERS, row(daysAgo(3))]).letters.map((l) => l.email)).toEqual(['m3@college.ru']);
    expect(plan([LOG_HEADERS, row(daysAgo(3))]).recentlyReminded).toBe(1);
    expect(plan([LOG_HEADERS, row(daysAgo(8))]).letters).toHaveLength(2);
    // A failed attempt is not a reminder.
    expect(plan([LOG_HEADERS, row(daysAgo(1), 'не отправлено: Invalid email')]).letters).toHaveLength(2);
    // The interval is a setting.
    expect(
      plan([LOG_HEADERS, row(daysAgo(8))], { 'monitoring.reminderIntervalDays': '10' }).letters,
    ).toHaveLength(1);
  });

  it('previews how many letters, to whom, the quota and the letter', () => {
    const p = plan();
    const text = reminderPreview(p, 97);
    expect(text).toContain('Будет отправлено 2 письма: Алексеева Анна Борисовна, Григорьев Глеб Олегович.');
    expect(text).toContain('Сегодня можно отправить ещё 97 писем');
    expect(text).toContain(
      'Нет адреса эл. почты (впишите его на листе «Пары и группы»): Дмитриева Дарья Дмитриевна.',
    );
    expect(text).toContain('Без согласия на обработку персональных данных — письма не отправляются: 1.');
    expect(text).toContain('Уважаемая Анна Борисовна!');
    expect(reminderPreview(p, 1)).toContain('Сейчас уйдут 1 из 2; остальные — завтра');
    expect(lettersThisRun(p, 1)).toBe(1);
    expect(lettersThisRun(p, 0)).toBe(0);
    expect(MAX_LETTERS_PER_RUN).toBe(100);
  });

  it('logs one row per letter and phase', () => {
    const [a] = plan().letters;
    expect(reminderLogRows([{ letter: a!, status: 'отправлено' }], LOG_HEADERS, NOW)).toEqual([
      [NOW, 'a@college.ru', 'Алексеева Анна Борисовна', 'завершение программы', 'отправлено'],
    ]);
  });

  it('sends at most a hundred letters a run, within the quota', () => {
    const pairs = pairsSheet().slice(0, 1);
    const emails = Array.from({ length: 120 }, (_, i) => `g${i}@college.ru`);
    pairs.push(
      pairs[0]!.map((h) =>
        h === '№ пары/группы'
          ? '9'
          : h === 'Наставник: эл. почта'
            ? 'lead@college.ru'
            : h === 'Наставник: ФИО'
              ? 'Лидова Лидия Львовна'
              : h === 'Наставляемые: эл. почта'
                ? emails.join('\n')
                : h === 'Наставляемые: ФИО'
                  ? emails.map((_, i) => `Участник${i} Иван Иванович`).join('\n')
                  : h === 'Статус'
                    ? 'действует'
                    : '',
      ),
    );
    const consents = consentsSheet(['lead', ...emails.map((e) => e.split('@')[0]!)]);
    const summary = summariseMonitoring({ pairs, responses: [], consents, now: NOW });
    const p = planReminders({
      summary,
      consents,
      log: [LOG_HEADERS],
      settings: readMonitoringSettings({}),
      now: NOW,
      formLink: LINK,
      curator: '',
      organization: '',
    });
    expect(p.letters).toHaveLength(121);
    expect(lettersThisRun(p, 1500)).toBe(100);
    expect(lettersThisRun(p, 40)).toBe(40);
    expect(reminderPreview(p, 1500)).toContain(
      'Будет отправлено 121 письмо: Лидова Лидия Львовна, Участник0 Иван Иванович',
    );
    expect(reminderPreview(p, 1500)).toContain('и ещё 116.');
    expect(reminderPreview(p, 1500)).toContain('Сейчас уйдут 100 из 121 (за один запуск');
    expect(reminderPreview(p, 40)).toContain('Сейчас уйдут 40 из 121; остальные — завтра');
    expect(p.letters[0]!.letter.body).toContain('Куратор программы наставничества');
  });
});

import { ANSWERS } from '../core/season/monitoring-fixture';
import { callsDuring } from './fixture';
import type { College } from './pipeline-fixture';
import { consentAnswers } from './pipeline-fixture';
import { MONITORING, answer } from './season-monitoring-fixture';
import { PEOPLE, monitoringCollege, process, reportRow } from './season-monitoring-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

/*
 * The season of tests/core/season/monitoring-fixture.ts through the real form and sheets. By hand (see
 * monitoring-summary.test.ts): effectiveness 6.25 → 9.5 (+3.25), the other scales 6.5 → 8.5 (+2);
 * shares at start glad 1, continue 0.75, become a mentor 0.5, growth 0.5, all 1 at the end; response
 * 4 of 6 at the start, 2 of 2 at the end; P1 effectiveness at start 17/3; ignored rows 3, 6, 10.
 */
function answered(): College {
  const college = monitoringCollege();
  for (const a of ANSWERS) answer(college, a);
  return college;
}

/** The same answers submitted while the form-submit trigger is off: none is processed yet. */
function answeredUnprocessed(): College {
  const college = monitoringCollege();
  college.deleteSubmitTrigger();
  for (const a of ANSWERS) answer(college, a);
  return college;
}

const charts = (college: College) =>
  college.workspace.sheets.chartsOf(college.spreadsheet.getId(), MONITORING);
const history = (college: College) =>
  college.rows('История анкет').filter((r) => r['Анкета'] === 'анкета мониторинга');
const monitoringJournal = (college: College) =>
  college.journal().filter((r) => String(r['Код']).startsWith('MONITORING_'));

describe('«Мониторинг»: the sheet from the answers', () => {
  it('says in its first row that it is filled automatically, and shows the figures computed by hand', () => {
    const college = answered();
    process(college);
    expect(String(college.values(MONITORING)[0]![0])).toMatch(/^Лист заполняется автоматически/);
    expect(reportRow(college, 'Эффективность программы').slice(0, 4)).toEqual([
      'Эффективность программы',
      6.25,
      9.5,
      3.25,
    ]);
    expect(reportRow(college, 'Комфорт общения').slice(1, 4)).toEqual([6.5, 8.5, 2]);
    expect(reportRow(college, 'Учтено ответов').slice(1, 3)).toEqual([4, 2]);
    expect(reportRow(college, 'Хотят продолжить участие').slice(1, 4)).toEqual([0.75, 1, 0.25]);
    expect(reportRow(college, 'еженедельно').slice(1, 3)).toEqual([3, 2]);
    expect(reportRow(college, 'начало программы').slice(1, 4)).toEqual([4 / 6, 6, 4]);
    expect(reportRow(college, 'завершение программы').slice(1, 4)).toEqual([1, 2, 2]);
    // Full precision in the cell, rounded only by the number format.
    const pairRow = college.values(MONITORING).findIndex((r) => r[0] === '1' && r[3] === 'действует');
    const sheet = college.spreadsheet.getSheetByName(MONITORING)!;
    expect(sheet.getRange(pairRow + 1, 7).getValue()).toBeCloseTo(17 / 3, 12);
    expect(sheet.getRange(pairRow + 1, 7).getDisplayValue()).toBe('5,67');
    const rate = college.values(MONITORING).findIndex((r) => r[0] === 'начало программы');
    expect(sheet.getRange(rate + 1, 2).getDisplayValue()).toBe('66,7%');
    expect(college.values(MONITORING)[pairRow]!.slice(0, 6)).toEqual([
      '1',
      'Алексеева Анна Борисовна',
      'Борисов Борис Петрович\nВасильева Вера Ивановна',
      'действует',
      '3 из 3',
      '',
    ]);
  });

  it('lists the answers not counted with the reason, without the name of a person who gave no consent', () => {
    const college = answered();
    process(college);
    const rows = college.values(MONITORING);
    const at = rows.findIndex((r) => String(r[0]).startsWith('Ответы, не учтённые в мониторинге'));
    expect(rows[at]![0]).toMatch(/: 3$/);
    expect(rows.slice(at + 2, at + 5).map((r) => r.slice(0, 5))).toEqual([
      [
        3,
        'm1@college.ru',
        'Борисов Борис Петрович',
        'начало программы',
        'повторный ответ: учтён более поздний',
      ],
      [6, 'x@college.ru', 'Хохлова Христина Ивановна', 'начало программы', 'ответ вне пар'],
      [10, 'c@college.ru', '', 'начало программы', 'нет согласия на обработку ПДн'],
    ]);
  });

  it('draws native charts over the tables: scale means at start and end, shares, response rates', () => {
    const college = answered();
    process(college);
    const [scales, shares, rates] = charts(college);
    expect(charts(college)).toHaveLength(3);
    expect(scales).toMatchObject({ type: 'COLUMN', numHeaders: 1 });
    expect(scales!.options.title).toBe('Средние оценки: начало и завершение программы');
    expect(scales!.ranges.map((r) => r.a1)).toEqual(['A4:C10']);
    expect(scales!.ranges[0]!.values).toEqual([
      ['Показатель', 'Начало', 'Завершение'],
      ['Эффективность программы', 6.25, 9.5],
      ['Комфорт общения', 6.5, 8.5],
      ['Польза индивидуальных встреч', 6.5, 8.5],
      ['Польза групповых встреч', 6.5, 8.5],
      ['Ощущение поддержки', 6.5, 8.5],
      ['Понятность целей', 6.5, 8.5],
    ]);
    expect(shares!.ranges[0]!.values[2]).toEqual(['Хотят продолжить участие', 0.75, 1]);
    expect(rates).toMatchObject({ type: 'BAR', options: { title: 'Отклик на анкету мониторинга' } });
    expect(rates!.ranges[0]!.values).toEqual([
      ['Этап', 'Отклик'],
      ['начало программы', 4 / 6],
      ['завершение программы', 1],
    ]);
  });

  it('re-running updates the same charts and sheet, and journals nothing twice', () => {
    const college = answered();
    process(college);
    const before = charts(college);
    const valuesBefore = college.values(MONITORING).slice(1);
    const journalBefore = monitoringJournal(college).length;
    const historyBefore = history(college).length;
    process(college);
    college.person.clickMenu('Обновить мониторинг');
    expect(charts(college).map((c) => c.chartId)).toEqual(before.map((c) => c.chartId));
    expect(charts(college)).toEqual(before);
    expect(college.values(MONITORING).slice(1)).toEqual(valuesBefore);
    expect(monitoringJournal(college)).toHaveLength(journalBefore);
    expect(history(college)).toHaveLength(historyBefore);
  });

  it('journals the answer from outside the pairs, the duplicate and the missing consent once each', () => {
    const college = answered();
    process(college);
    // The trigger processed each answer as it came, so each is told when its row arrives: row 6 (in no
    // pair), row 7 (makes row 3 a duplicate), row 10 (no consent).
    const journal = monitoringJournal(college).map((r) => [r['Код'], r['Уровень']]);
    expect(journal).toEqual([
      ['MONITORING_NO_PAIR', 'предупреждение'],
      ['MONITORING_DUPLICATE', 'сведения'],
      ['MONITORING_NO_CONSENT', 'предупреждение'],
    ]);
    const noPair = monitoringJournal(college).find((r) => r['Код'] === 'MONITORING_NO_PAIR')!;
    expect(noPair['Сообщение']).toContain(
      'Строка 6: ответ вне пар — Хохлова Христина Ивановна, x@college.ru',
    );
    // Row 3 was counted while it was m1's only start answer, and gets a second row when row 7 replaces
    // it (a run appends its counted answers first, then the ignored ones).
    expect(history(college).map((r) => [r['Строка'], r['Результат']])).toEqual([
      [2, 'учтён в мониторинге'],
      [3, 'учтён в мониторинге'],
      [4, 'учтён в мониторинге'],
      [5, 'учтён в мониторинге'],
      [6, 'ответ вне пар'],
      [7, 'учтён в мониторинге'],
      [3, 'заменён более поздним ответом'],
      [8, 'учтён в мониторинге'],
      [9, 'учтён в мониторинге'],
      [10, 'нет согласия'],
    ]);
  });

  it('answers that waited (trigger off) are told in one run: counted first, then the ignored ones', () => {
    const college = answeredUnprocessed();
    process(college);
    expect(monitoringJournal(college).map((r) => [r['Код'], r['Уровень']])).toEqual([
      ['MONITORING_DUPLICATE', 'сведения'],
      ['MONITORING_NO_PAIR', 'предупреждение'],
      ['MONITORING_NO_CONSENT', 'предупреждение'],
    ]);
    expect(history(college).map((r) => [r['Строка'], r['Результат']])).toEqual([
      [2, 'учтён в мониторинге'],
      [4, 'учтён в мониторинге'],
      [5, 'учтён в мониторинге'],
      [7, 'учтён в мониторинге'],
      [8, 'учтён в мониторинге'],
      [9, 'учтён в мониторинге'],
      [3, 'заменён более поздним ответом'],
      [6, 'ответ вне пар'],
      [10, 'нет согласия'],
    ]);
  });

  it('counts an answer once its author gives consent', () => {
    const college = answered();
    process(college);
    college.submit('consent', consentAnswers(PEOPLE.c!), 'c@college.ru');
    process(college);
    // c's start answer (3 on every scale) joins: effectiveness (6 + 5 + 8 + 6 + 3) / 5 = 5.6.
    expect(reportRow(college, 'Эффективность программы')[1]).toBeCloseTo(5.6, 12);
    expect(reportRow(college, 'начало программы').slice(1, 4)).toEqual([5 / 6, 6, 5]);
    expect(
      history(college)
        .filter((r) => r['Строка'] === 10)
        .map((r) => r['Результат']),
    ).toEqual(['нет согласия', 'учтён в мониторинге']);
  });

  it('a later answer replaces the earlier one of the same person and phase, and the journal says so', () => {
    const college = answered();
    process(college);
    answer(college, { ...ANSWERS[7]!, at: new Date(2026, 11, 2, 10), effectiveness: 7, others: 9 });
    process(college);
    // End effectiveness: a 9, m3 now 7 → 8.
    expect(reportRow(college, 'Эффективность программы')[2]).toBe(8);
    expect(reportRow(college, 'Учтено ответов').slice(1, 3)).toEqual([4, 2]);
    const duplicates = monitoringJournal(college).filter((r) => r['Код'] === 'MONITORING_DUPLICATE');
    expect(duplicates.map((r) => r['Сообщение'])).toEqual([
      expect.stringContaining('Строка 3: повторный ответ m1@college.ru'),
      expect.stringContaining(
        'Строка 9: повторный ответ m3@college.ru за этап «завершение программы» — учтён более поздний ответ (строка 11)',
      ),
    ]);
  });

  it('costs a constant number of calls, whatever the number of answers', () => {
    // With the trigger off the answers wait, so the measured runs are the ones that count them.
    const college = answeredUnprocessed();
    const first = callsDuring(college.workspace, () => process(college));
    // Five sheets read once each, plus the journal's header when it writes.
    expect(first['SpreadsheetApp.Range.getValues']).toBe(6);
    // «Мониторинг», the new history rows, the journal: one setValues each.
    expect(first['SpreadsheetApp.Range.setValues']).toBe(3);
    expect(first['SpreadsheetApp.Sheet.insertChart']).toBe(3);
    const again = callsDuring(college.workspace, () => process(college));
    // Nothing new: the sheet is rewritten, the charts updated in place, nothing journaled.
    expect(again['SpreadsheetApp.Range.getValues']).toBe(5);
    expect(again['SpreadsheetApp.Range.setValues']).toBe(1);
    expect(again['SpreadsheetApp.Sheet.insertChart'] ?? 0).toBe(0);
    expect(again['SpreadsheetApp.Sheet.updateChart']).toBe(3);
    expect(again['SpreadsheetApp.Sheet.removeChart'] ?? 0).toBe(0);
    for (let i = 0; i < 20; i++)
      answer(college, { ...ANSWERS[5]!, at: new Date(2026, 11, 3, 10, i), effectiveness: (i % 10) + 1 });
    const more = callsDuring(college.workspace, () => process(college));
    expect(more['SpreadsheetApp.Range.getValues']).toBe(6);
    expect(more['SpreadsheetApp.Range.setValues']).toBe(3);
    expect(more['SpreadsheetApp.Sheet.updateChart']).toBe(3);
  });
});

describe('«Мониторинг»: edge cases', () => {
  it('removes an extra copy of a chart someone made, keeping one per title', () => {
    const college = answered();
    process(college);
    const sheet = college.spreadsheet.getSheetByName(MONITORING)!;
    const [original] = sheet.getCharts();
    sheet.insertChart(original!.modify().setPosition(40, 1, 0, 0).build());
    expect(charts(college)).toHaveLength(4);
    process(college);
    expect(charts(college).map((c) => c.options.title)).toEqual([
      'Средние оценки: начало и завершение программы',
      'Доли ответивших «да»: начало и завершение',
      'Отклик на анкету мониторинга',
    ]);
  });

  it('«Обновить мониторинг» before any answer shows empty figures and the expected responses', () => {
    const college = monitoringCollege();
    college.person.clickMenu('Обновить мониторинг');
    expect(reportRow(college, 'Эффективность программы').slice(1, 4)).toEqual(['', '', '']);
    expect(reportRow(college, 'начало программы').slice(1, 4)).toEqual([0, 6, 0]);
    const toast = college.workspace.kernel.screen.filter((e) => e.kind === 'toast').pop()!;
    expect(toast.content).toBe('Лист «Мониторинг» обновлён: учтено 0 ответов.');
    expect(charts(college)).toHaveLength(3);
  });

  it('the form trigger makes no sheet before the first answer', () => {
    const college = monitoringCollege();
    process(college);
    expect(college.spreadsheet.getSheetByName(MONITORING)).toBeNull();
    expect(monitoringJournal(college)).toEqual([]);
  });

  it('a monitoring form not made yet is a clear message, not a stack trace', () => {
    const college = monitoringCollege();
    const props = college.workspace.services.PropertiesService.getDocumentProperties()!;
    const forms = JSON.parse(props.getProperty('nastavnik.forms')!) as Record<string, unknown>;
    delete forms.monitoring;
    props.setProperty('nastavnik.forms', JSON.stringify(forms));
    college.person.clickMenu('Обновить мониторинг');
    expect(college.alerts().pop()).toBe(
      'Анкета мониторинга ещё не создана. Выполните «Настроить систему» в меню «Наставничество».',
    );
    expect(college.spreadsheet.getSheetByName(MONITORING)).toBeNull();
  });
});

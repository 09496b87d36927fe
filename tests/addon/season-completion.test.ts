import { closePair } from '../../src/addon/season/completion';
import type { CellValue } from '../../src/ports';
import type { DialogAnswer } from '../../src/offline/person';
import { callsDuring, depsOf } from './fixture';
import { approvedCollege, documentFunctions, lastAlert, setCell } from './documents-fixture';
import { PAIRS, menteeEmail, rowsOf } from './matching-fixture';
import type { College } from './pipeline-fixture';

/**
 * «Завершить пару или группу…» (issue 6, item 4) over the offline Workspace: a curator selects a row of
 * «Пары и группы», answers the questions, and the row gets its status, dates, reason and «Выполнено
 * мероприятий»; every refused answer or cancel leaves the spreadsheet as it was.
 */

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const MENU = 'Завершить пару или группу…';
const PROGRESS = 'Выполнение программ';

/** A college whose pairs are approved on 01.09.2026 (two by default), with «Завершить пару или группу…» wired. */
function college(mentees = 2, mentors = 2): College {
  const c = approvedCollege(mentees, mentors);
  const functions: Record<string, (...args: unknown[]) => unknown> = {
    ...documentFunctions(c),
    closePair: () => closePair(undefined, depsOf(c.workspace)),
  };
  c.workspace.useFunctions((name) => functions[name]);
  c.person.openSpreadsheet();
  return c;
}

/** The pair of mentee i: its sheet row and its number. */
function pairOf(c: College, i: number): { row: number; id: string } {
  const values = c.values(PAIRS);
  const at = values[0]!.indexOf('Наставляемые: эл. почта');
  const index = values.findIndex((r) => String(r[at]).split('\n').includes(menteeEmail(i)));
  return { row: index + 1, id: String(values[index]![values[0]!.indexOf('№ пары/группы')]) };
}

const rowById = (c: College, id: string): Record<string, CellValue> =>
  rowsOf(c, PAIRS).find((r) => r['№ пары/группы'] === id)!;

const day = (v: CellValue): string =>
  v instanceof Date
    ? `${String(v.getDate()).padStart(2, '0')}.${String(v.getMonth() + 1).padStart(2, '0')}.${v.getFullYear()}`
    : String(v);

/** Selects a row of «Пары и группы» and clicks the menu item with these answers. */
function closeRow(c: College, row: number, answers: DialogAnswer[]): void {
  c.person.selectCell(PAIRS, row, 'Статус');
  c.person.clickMenu(MENU, answers);
}

/** An activity marked done, as «Отметить выполнение» records it on «Выполнение программ». */
function markDone(c: College, pair: string, activity: string, date = '15.09.2026'): void {
  const sheet = c.spreadsheet.getSheetByName(PROGRESS)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const byHeader: Record<string, string> = {
    '№ пары/группы': pair,
    '№ мероприятия': activity,
    Мероприятие: `Мероприятие ${activity}`,
    'Дата выполнения': date,
    Программа: 'https://docs.google.com/document/d/programme-link-000/edit',
  };
  sheet.appendRow(headers.map((h) => byHeader[h] ?? ''));
}

describe('«Завершить пару или группу…»', () => {
  it('«Да» completes the pair with today’s date and counts the activities marked done (2 of 3)', () => {
    const c = college();
    const { row, id } = pairOf(c, 0);
    // Mentee 0 rates one competence 5 and the others 2: the plan has an opening meeting, one direction and
    // the closing meeting — 3 activities. Marked: 1 and 3, 1 again (a second mark), 7 (not in the plan),
    // and activity 2 of the other pair.
    markDone(c, id, '1');
    markDone(c, id, '3.');
    markDone(c, id, '1', '20.09.2026');
    markDone(c, id, '7');
    markDone(c, pairOf(c, 1).id, '2');
    const other = rowById(c, pairOf(c, 1).id);
    const mine = rowById(c, id);
    closeRow(c, row, ['YES', '']);
    const closed = rowById(c, id);
    expect(closed['Статус']).toBe('завершена');
    expect(day(closed['Дата завершения'])).toBe('01.09.2026');
    expect(closed['Дата уведомления']).toBe('');
    expect(closed['Причина расторжения']).toBe('');
    expect(closed['Выполнено мероприятий']).toBe('2 из 3');
    expect(lastAlert(c)).toBe(`Пара № ${id} завершена 01.09.2026.\nВыполнено мероприятий программы: 2 из 3.`);
    // The other pair and the columns between status and the new ones are as they were.
    expect(rowById(c, pairOf(c, 1).id)).toEqual(other);
    const changed = ['Статус', 'Дата завершения', 'Выполнено мероприятий'];
    for (const [header, value] of Object.entries(mine))
      if (!changed.includes(header)) expect([header, closed[header]]).toEqual([header, value]);
    const journal = c.journal().find((r) => r['Код'] === 'PAIR_FINISHED')!;
    expect(journal['Сообщение']).toBe(`Пара № ${id} завершена 01.09.2026; выполнено мероприятий: 2 из 3`);
  });

  it('«Да» with a typed date records that date', () => {
    const c = college();
    const { row, id } = pairOf(c, 1);
    closeRow(c, row, ['YES', '30.05.2027']);
    expect(day(rowById(c, id)['Дата завершения'])).toBe('30.05.2027');
    expect(rowById(c, id)['Выполнено мероприятий']).toBe('0 из 3');
  });

  it('«Нет» terminates early: reason, notice and the earliest date by ТК РФ ст. 351.8 offered as the default', () => {
    const c = college();
    const { row, id } = pairOf(c, 0);
    // The programme began in February: notice on Wednesday 29.04.2026, then 30.04, 04.05, 05.05 are the
    // three working days (1–3 May are days off) — the earliest end is 05.05.2026.
    setCell(c, PAIRS, ['№ пары/группы', id], 'Начало', '01.02.2026');
    markDone(c, id, '1', '10.02.2026');
    closeRow(c, row, ['NO', '=по инициативе наставника', '29.04.2026', '']);
    const closed = rowById(c, id);
    expect(closed['Статус']).toBe('расторгнута');
    expect(day(closed['Дата уведомления'])).toBe('29.04.2026');
    expect(day(closed['Дата завершения'])).toBe('05.05.2026');
    // Typed by a person, kept as typed: a text cell, never a formula.
    expect(closed['Причина расторжения']).toBe('=по инициативе наставника');
    expect(closed['Выполнено мероприятий']).toBe('1 из 3');
    const prompts = c.workspace.kernel.screen.filter((e) => e.kind === 'prompt').map((e) => e.content);
    expect(prompts.slice(-1)[0]).toContain('не ранее 05.05.2026');
    expect(prompts.slice(-1)[0]).toContain('Оставьте поле пустым — 05.05.2026');
    expect(lastAlert(c)).toBe(
      `Пара № ${id} расторгнута 05.05.2026 (уведомление от 29.04.2026).\nВыполнено мероприятий программы: 1 из 3.`,
    );
    const journal = c.journal().find((r) => r['Код'] === 'PAIR_TERMINATED')!;
    expect(String(journal['Подробности'])).toContain('причина: =по инициативе наставника');
  });

  it('a termination date earlier than allowed is refused with the reason and the earliest date; nothing changes', () => {
    const c = college();
    const { row } = pairOf(c, 0);
    // Notice on Friday 02.10.2026: Monday 05.10, Tuesday 06.10, Wednesday 07.10 — the earliest end.
    const before = c.values(PAIRS);
    closeRow(c, row, ['NO', 'перевод наставника', '02.10.2026', '06.10.2026']);
    expect(c.values(PAIRS)).toEqual(before);
    expect(lastAlert(c)).toBe(
      'Дата прекращения 06.10.2026 раньше допустимой. По ТК РФ ст. 351.8 нужно предупредить не менее чем ' +
        'за три рабочих дня: при уведомлении 02.10.2026 наставничество можно прекратить не ранее 07.10.2026 ' +
        '(три рабочих дня после дня уведомления; выходные и нерабочие праздничные дни не считаются). ' +
        'Строка не изменена.',
    );
    // The earliest date itself is accepted.
    closeRow(c, row, ['NO', 'перевод наставника', '02.10.2026', '07.10.2026']);
    expect(day(rowsOf(c, PAIRS)[row - 2]!['Дата завершения'])).toBe('07.10.2026');
  });

  it('a year without a decree on transfers is said to be computed by ст. 112', () => {
    const c = college();
    const { row } = pairOf(c, 0);
    closeRow(c, row, ['NO', 'по соглашению', '29.04.2027', 'CANCEL']);
    const prompt = c.workspace.kernel.screen.filter((e) => e.kind === 'prompt').slice(-1)[0]!.content;
    expect(prompt).toContain('не ранее 05.05.2027');
    expect(prompt).toContain('Календарь 2027 г. рассчитан по ст. 112 ТК РФ');
  });

  it('cancel at any question, an empty reason or a date that is not a date changes nothing', () => {
    const c = college();
    const { row } = pairOf(c, 0);
    const before = c.values(PAIRS);
    const journal = c.journal().length;
    for (const answers of [
      ['YES', 'CANCEL'],
      ['NO', 'CANCEL'],
      ['NO', 'причина', 'CANCEL'],
      ['NO', 'причина', '', 'CANCEL'],
      ['NO', '   '],
      ['NO', 'причина', '31.02.2026'],
      ['YES', 'вчера'],
      ['YES', '31.08.2026'],
    ] as DialogAnswer[][]) {
      closeRow(c, row, answers);
      expect(c.values(PAIRS)).toEqual(before);
    }
    expect(c.journal()).toHaveLength(journal);
    // The question «Программа выполнена…?» is an alert with «Да» / «Нет»; the refusals are the others.
    const alerts = c
      .alerts()
      .filter((a) => !a.startsWith('Пара №'))
      .slice(-4);
    expect(alerts[0]).toBe(
      'Причина досрочного прекращения не указана, а она обязательна. Строка не изменена.',
    );
    expect(alerts[1]).toBe(
      '«31.02.2026» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например 05.05.2026. Строка не изменена.',
    );
    expect(alerts[2]).toContain('«вчера» — не дата');
    expect(alerts[3]).toBe('Дата 31.08.2026 раньше начала программы (01.09.2026). Строка не изменена.');
  });

  it('a pair closed twice: the second time says when it was closed, and nothing changes', () => {
    const c = college();
    const { row, id } = pairOf(c, 0);
    closeRow(c, row, ['YES', '12.05.2027']);
    const before = c.values(PAIRS);
    closeRow(c, row, []);
    expect(lastAlert(c)).toBe(
      `Пара № ${id} уже завершена 12.05.2027. Повторно завершать не нужно. Строка не изменена.`,
    );
    expect(c.values(PAIRS)).toEqual(before);
    expect(c.journal().filter((r) => r['Код'] === 'PAIR_FINISHED')).toHaveLength(1);
  });

  it('a proposal must be approved or rejected first; the header row, an empty row and another sheet are refused', () => {
    const c = college();
    const { row, id } = pairOf(c, 0);
    setCell(c, PAIRS, ['№ пары/группы', id], 'Статус', 'предложена');
    const before = c.values(PAIRS);
    closeRow(c, row, []);
    expect(lastAlert(c)).toBe(
      `Пара № ${id} пока только предложена: сначала утвердите или отклоните её в «Подборе пар». Завершить ` +
        'можно утверждённую или действующую пару или группу. Строка не изменена.',
    );
    closeRow(c, 1, []);
    expect(lastAlert(c)).toBe(
      'Выделите на листе «Пары и группы» любую ячейку в строке пары или группы и выберите ' +
        '«Завершить пару или группу…» снова.',
    );
    closeRow(c, 40, []);
    expect(lastAlert(c)).toBe(
      'В строке 40 листа «Пары и группы» нет пары или группы. Выделите строку с парой или группой и повторите.',
    );
    c.person.selectCell('Банк наставляемых', 2);
    c.person.clickMenu(MENU);
    expect(lastAlert(c)).toContain('Выделите на листе «Пары и группы»');
    expect(c.values(PAIRS)).toEqual(before);
  });

  it('a row changed while the person answered is not written', () => {
    const c = college();
    const { row, id } = pairOf(c, 0);
    // Another curator completes the pair between the dialog's read and the commit: simulated by a
    // prompt answer whose side effect is that edit.
    const ui = c.workspace.uiFor('Sheets');
    const realPrompt = ui.prompt.bind(ui);
    let edited = false;
    jest.spyOn(ui, 'prompt').mockImplementation(((...args: Parameters<typeof ui.prompt>) => {
      if (!edited) {
        edited = true;
        setCell(c, PAIRS, ['№ пары/группы', id], 'Статус', 'действует');
      }
      return realPrompt(...args);
    }) as typeof ui.prompt);
    closeRow(c, row, ['YES', '']);
    expect(rowById(c, id)['Статус']).toBe('действует');
    expect(rowById(c, id)['Дата завершения']).toBe('');
    expect(lastAlert(c)).toBe(
      `Пока вы отвечали, строка «Пара № ${id}» на листе изменилась (её изменил другой пользователь или ` +
        'процесс). Выберите «Завершить пару или группу…» снова. Строка не изменена.',
    );
  });

  it('costs five sheet reads (the pairs in the dialog, four sheets under the lock) and one row write, whatever the size', () => {
    const measure = (c: College) => {
      c.person.selectCell(PAIRS, pairOf(c, 0).row, 'Статус');
      return callsDuring(c.workspace, () => c.person.clickMenu(MENU, ['NO', 'причина', '', '']));
    };
    const small = measure(college());
    // Five sheets, and the journal's header row.
    expect(small['SpreadsheetApp.Range.getValues']).toBe(6);
    // The row patch and the journal block.
    expect(small['SpreadsheetApp.Range.setValues']).toBe(2);
    expect(small['Ui.Ui.prompt']).toBe(3);
    expect(small['Ui.Ui.alert']).toBe(2);
    const large = measure(college(8, 4));
    for (const method of ['SpreadsheetApp.Range.getValues', 'SpreadsheetApp.Range.setValues'])
      expect([method, large[method]]).toEqual([method, small[method]]);
  });

  it('after «Подобрать пары» the completed mentee is not looked for again; the one whose pair was terminated is', () => {
    const c = college();
    const done = pairOf(c, 0);
    const broken = pairOf(c, 1);
    closeRow(c, done.row, ['YES', '']);
    closeRow(c, broken.row, ['NO', 'перевод наставника в другой филиал', '01.09.2026', '']);
    c.person.clickMenu('Подобрать пары');
    const proposedOrWaiting = JSON.stringify([
      ...rowsOf(c, PAIRS).filter((r) => r['Статус'] === 'предложена'),
      ...rowsOf(c, 'Поиск наставника продолжается'),
    ]);
    expect(proposedOrWaiting).not.toContain(menteeEmail(0));
    expect(proposedOrWaiting).toContain(menteeEmail(1));
    // The closed rows themselves stay as they were.
    expect(rowById(c, done.id)['Статус']).toBe('завершена');
    expect(rowById(c, broken.id)['Статус']).toBe('расторгнута');
  });
});

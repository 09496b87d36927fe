import { processBestPracticeResponses } from '../../src/addon/season/practices';
import type { RespondentAnswers } from '../../src/offline/forms';
import type { CellValue } from '../../src/ports';
import { callsDuring, depsOf } from './fixture';
import { approvedCollege, setCell } from './documents-fixture';
import { PAIRS, menteeEmail, mentorEmail, rowsOf } from './matching-fixture';
import { type College, consentAnswers } from './pipeline-fixture';

/**
 * The form «Лучшая практика» into «Методическая копилка» (issue 6, item 5) over the offline Workspace:
 * teachers submit and the form-submit trigger runs the processor, so the row is there when the
 * submission returns; `run` is the processor called again (as the daily maintenance calls it), which
 * changes nothing. The sheet gets one row per response, whatever how often it runs.
 */

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const SHEET = 'Методическая копилка';

function practice(title: string, overrides: RespondentAnswers = {}): RespondentAnswers {
  return {
    'ФИО автора (авторов)': 'Иванова Мария Петровна',
    'Название практики': title,
    'Вид практики': 'мастер-класс',
    'Краткое описание': 'Как за два занятия научить студентов работать с ФГОС.',
    'Ссылка на материалы': 'https://drive.google.com/file/d/practice-file-0001/view',
    ...overrides,
  };
}

const run = (c: College) => processBestPracticeResponses(depsOf(c.workspace));
const practices = (c: College) => rowsOf(c, SHEET);
const codes = (c: College, code: string) => c.journal().filter((r) => r['Код'] === code);

const pairIdOf = (c: College, mentee: number): string =>
  String(
    rowsOf(c, PAIRS).find((r) =>
      String(r['Наставляемые: эл. почта']).split('\n').includes(menteeEmail(mentee)),
    )!['№ пары/группы'],
  );

describe('«Методическая копилка» from the form «Лучшая практика»', () => {
  it('a response of a consenting mentee becomes «К-1», status «предложена», the pair found by e-mail', () => {
    const c = approvedCollege(2, 2);
    const at = new Date(Date.UTC(2026, 9, 5, 9, 30));
    c.submit('bestPractice', practice('Мастер-класс по ФГОС'), menteeEmail(0), at);
    // The trigger has added it: the processor run again finds nothing new and writes nothing.
    const added = c.values(SHEET);
    const journal = c.journal().length;
    expect(run(c)).toEqual({ status: 'done', added: 0, waiting: 0 });
    expect(c.values(SHEET)).toEqual(added);
    expect(c.journal()).toHaveLength(journal);
    const [row] = practices(c);
    expect(row).toMatchObject({
      '№': 'К-1',
      Название: 'Мастер-класс по ФГОС',
      Авторы: 'Иванова Мария Петровна',
      'Эл. почта автора': menteeEmail(0),
      'Пара/группа': pairIdOf(c, 0),
      Вид: 'мастер-класс',
      Ссылка: 'https://drive.google.com/file/d/practice-file-0001/view',
      Статус: 'предложена',
      'Лучшая практика': '',
      Примечание: 'Как за два занятия научить студентов работать с ФГОС.',
      'Ключ ответа': `bestPractice|${at.toISOString()}|${menteeEmail(0)}`,
    });
    expect((row!['Дата'] as Date).toDateString()).toBe(new Date(2026, 9, 5).toDateString());
    expect(codes(c, 'PRACTICE_ADDED').map((r) => r['Сообщение'])).toEqual([
      'В «Методическую копилку» добавлена практика К-1 «Мастер-класс по ФГОС» (Иванова Мария Петровна)',
    ]);
  });

  it('the same response processed again, or after another submission, stays one row; the journal says it once', () => {
    const c = approvedCollege(2, 2);
    c.submit('bestPractice', practice('Первая'), menteeEmail(0));
    run(c);
    const once = c.values(SHEET);
    const journal = c.journal().length;
    run(c);
    run(c);
    expect(c.values(SHEET)).toEqual(once);
    expect(c.journal()).toHaveLength(journal);
    c.submit(
      'bestPractice',
      practice('Вторая', { '№ пары или группы': `№ ${pairIdOf(c, 1)}` }),
      mentorEmail(1),
    );
    run(c);
    expect(practices(c).map((r) => [r['№'], r['Название'], r['Пара/группа']])).toEqual([
      ['К-1', 'Первая', pairIdOf(c, 0)],
      ['К-2', 'Вторая', pairIdOf(c, 1)],
    ]);
  });

  it('a mentor of several pairs gets all their numbers', () => {
    const c = approvedCollege(2, 2);
    const mentors = rowsOf(c, PAIRS).map((r) => r['Наставник: эл. почта']);
    const busy = mentors.find((m, i) => mentors.indexOf(m) !== i)!;
    const ids = rowsOf(c, PAIRS)
      .filter((r) => r['Наставник: эл. почта'] === busy)
      .map((r) => r['№ пары/группы']);
    expect(ids).toHaveLength(2);
    c.submit('bestPractice', practice('Общая'), String(busy));
    run(c);
    expect(practices(c)[0]!['Пара/группа']).toBe(ids.join(', '));
  });

  it('staff edits (status, «Лучшая практика», the note, a column of their own) stay when new practices arrive', () => {
    const c = approvedCollege(2, 2);
    c.submit('bestPractice', practice('Первая'), mentorEmail(0));
    run(c);
    setCell(c, SHEET, ['№', 'К-1'], 'Статус', 'одобрена');
    setCell(c, SHEET, ['№', 'К-1'], 'Лучшая практика', 'да');
    setCell(c, SHEET, ['№', 'К-1'], 'Примечание', 'Отобрана круглым столом 20.05.2027');
    const sheet = c.spreadsheet.getSheetByName(SHEET)!;
    const width = sheet.getLastColumn();
    sheet.getRange(1, width + 1).setValue('Комментарий методиста');
    sheet.getRange(2, width + 1).setValue('показать на педсовете');
    c.submit('bestPractice', practice('Вторая'), menteeEmail(1));
    run(c);
    const [first, second] = practices(c);
    expect(first).toMatchObject({
      '№': 'К-1',
      Статус: 'одобрена',
      'Лучшая практика': 'да',
      Примечание: 'Отобрана круглым столом 20.05.2027',
      'Комментарий методиста': 'показать на педсовете',
    });
    expect(second).toMatchObject({ '№': 'К-2', Статус: 'предложена', 'Пара/группа': pairIdOf(c, 1) });
    expect(second!['Комментарий методиста']).toBe('');
  });

  it('without consent to processing the practice waits (journaled once) and is added once consent is given', () => {
    const c = approvedCollege(1, 1);
    const stranger = 'new.teacher@college.example';
    c.submit('bestPractice', practice('Без согласия'), stranger);
    expect(run(c)).toEqual({ status: 'done', added: 0, waiting: 1 });
    run(c);
    expect(practices(c)).toEqual([]);
    const waits = codes(c, 'PRACTICE_WAITS_FOR_CONSENT');
    expect(waits).toHaveLength(1);
    expect(waits[0]!['Сообщение']).toBe(
      `Практика «Без согласия» от ${stranger} ждёт согласия на обработку персональных данных: она будет ` +
        'добавлена в «Методическую копилку», когда автор даст согласие через форму согласия',
    );
    // The consent's submission runs the practices' processor too: the practice is in when it returns.
    c.submit('consent', consentAnswers('Новикова Анна Сергеевна'), stranger);
    expect(practices(c).map((r) => r['Название'])).toEqual(['Без согласия']);
    expect(run(c)).toEqual({ status: 'done', added: 0, waiting: 0 });
    expect(codes(c, 'PRACTICE_WAITS_FOR_CONSENT')).toHaveLength(1);
    expect(codes(c, 'PRACTICE_ADDED')).toHaveLength(1);
    expect(practices(c).map((r) => [r['№'], r['Эл. почта автора'], r['Пара/группа']])).toEqual([
      ['К-1', stranger, ''],
    ]);
  });

  it('a withdrawn consent is no consent', () => {
    const c = approvedCollege(1, 1);
    c.submit('consent', consentAnswers('Иванова Мария Петровна', 'Отзываю согласие'), menteeEmail(0));
    c.submit('bestPractice', practice('После отзыва'), menteeEmail(0));
    expect(run(c)).toMatchObject({ added: 0, waiting: 1 });
  });

  it('text that looks like a formula stays text in every column', () => {
    const c = approvedCollege(1, 1);
    c.submit(
      'bestPractice',
      practice('=IMPORTXML("https://example.com";"//a")', {
        'ФИО автора (авторов)': '+7 Иванова',
        'Краткое описание': '-1 балл за опоздание',
        'Ссылка на материалы': '@ссылка',
        '№ пары или группы': '=1+1',
      }),
      mentorEmail(0),
    );
    run(c);
    const sheet = c.spreadsheet.getSheetByName(SHEET)!;
    const values = sheet.getDataRange().getValues() as CellValue[][];
    const formulas = sheet.getDataRange().getFormulas();
    const at = (h: string) => values[0]!.indexOf(h);
    expect(values[1]![at('Название')]).toBe('=IMPORTXML("https://example.com";"//a")');
    expect(values[1]![at('Авторы')]).toBe('+7 Иванова');
    expect(values[1]![at('Примечание')]).toBe('-1 балл за опоздание');
    expect(values[1]![at('Ссылка')]).toBe('@ссылка');
    // «=1+1» names pair 1 and pair 1 exists: the number is kept; a formula is never made.
    expect(values[1]![at('Пара/группа')]).toBe('1');
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
  });

  it('a pair number the sheet does not know is written as typed, with a warning', () => {
    const c = approvedCollege(1, 1);
    c.submit('bestPractice', practice('Чужая пара', { '№ пары или группы': 'пара 42' }), mentorEmail(0));
    run(c);
    expect(practices(c)[0]!['Пара/группа']).toBe('пара 42');
    expect(codes(c, 'PRACTICE_PAIR_UNKNOWN')[0]!['Сообщение']).toBe(
      'Практика К-1: пара или группа «пара 42» не найдена на листе «Пары и группы»; записано как в ответе',
    );
  });

  it('numbers continue after the highest «К-n», even when staff deleted rows', () => {
    const c = approvedCollege(2, 2);
    c.submit('bestPractice', practice('Первая'), mentorEmail(0));
    c.submit('bestPractice', practice('Вторая'), mentorEmail(1));
    run(c);
    c.spreadsheet.getSheetByName(SHEET)!.deleteRow(2);
    c.submit('bestPractice', practice('Третья'), mentorEmail(1));
    run(c);
    // К-1 was deleted: its response comes back (nothing is lost) with the next free number.
    expect(practices(c).map((r) => `${r['№']} ${r['Название']}`)).toEqual([
      'К-2 Вторая',
      'К-3 Первая',
      'К-4 Третья',
    ]);
  });

  it('costs a constant number of calls: the three sheets and the response sheet read once, one block written', () => {
    // The responses arrive with the trigger off, so the measured run is the one that adds them all.
    const measure = (practicesCount: number) => {
      const c = approvedCollege(2, 2);
      c.deleteSubmitTrigger();
      for (let i = 0; i < practicesCount; i++)
        c.submit(
          'bestPractice',
          practice(`Практика ${i}`),
          mentorEmail(i % 2),
          new Date(Date.UTC(2026, 9, 1 + i)),
        );
      const calls = callsDuring(c.workspace, () =>
        expect(run(c)).toEqual({ status: 'done', added: practicesCount, waiting: 0 }),
      );
      expect(practices(c)).toHaveLength(practicesCount);
      return calls;
    };
    const few = measure(2);
    const many = measure(12);
    // «Методическая копилка», «Пары и группы», «Согласия», the response sheet, the journal's header row.
    expect(few['SpreadsheetApp.Range.getValues']).toBe(5);
    // The new rows in one block and the journal lines in one block.
    expect(few['SpreadsheetApp.Range.setValues']).toBe(2);
    for (const method of ['SpreadsheetApp.Range.getValues', 'SpreadsheetApp.Range.setValues'])
      expect([method, many[method]]).toEqual([method, few[method]]);
  });
});

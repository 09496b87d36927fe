import { College, SHEET, menteeAnswers } from './pipeline-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

/** Another execution (a curator's long menu action) holds the document lock until `release()`. */
function holdDocumentLock(college: College): { release(): void } {
  const { kernel, services } = college.workspace;
  const holder = kernel.begin('menu', 'importResponses');
  kernel.within(holder, () => services.LockService.getDocumentLock()!.tryLock(1000));
  return { release: () => kernel.end(holder) };
}

const teachers = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `Учитель Номер${'абвгдежзик'[i % 10]} Иванович`,
    email: `t${i}@college.example`,
  }));

describe('nothing lost, nothing duplicated', () => {
  it('the trigger firing twice with the same values adds the response once', () => {
    const college = College.open();
    college.submit('mentee', menteeAnswers('Иванова Мария Петровна'), 'ivanova@college.example', undefined, {
      duplicateSpreadsheetTrigger: 'same',
    });
    expect(college.rows(SHEET.mentees)).toHaveLength(1);
    expect(college.rows(SHEET.history)).toHaveLength(1);
    expect(college.problems()).toEqual([]);
  });

  it('a second, blank fire (Google’s known glitch) changes nothing', () => {
    const college = College.open();
    const { firings } = college.submit(
      'mentee',
      menteeAnswers('Иванова Мария Петровна'),
      'ivanova@college.example',
      undefined,
      {
        duplicateSpreadsheetTrigger: 'blank',
      },
    );
    expect(firings.map((f) => f.outcome)).toEqual(['completed', 'completed']);
    expect(college.rows(SHEET.mentees)).toHaveLength(1);
    expect(college.row(SHEET.mentees, 'ivanova@college.example')!['ФИО']).toBe('Иванова Мария Петровна');
    expect(college.rows(SHEET.history)).toHaveLength(1);
    expect(college.problems()).toEqual([]);
  });

  it.each([
    ['the next submission’s trigger', 'next'],
    ['the daily maintenance', 'daily'],
  ])(
    '50 submissions arriving while another execution holds the lock all land exactly once, swept by %s',
    (_label, sweeper) => {
      const college = College.open();
      const lock = holdDocumentLock(college);
      for (const t of teachers(50)) college.submit('mentee', menteeAnswers(t.name), t.email);
      // Every trigger waited its 30 s, gave up, and said so; the responses wait in the response sheet.
      expect(college.rows(SHEET.mentees)).toHaveLength(0);
      const busy = college.journal().filter((r) => r['Код'] === 'SUBMIT_LOCK_BUSY');
      expect(busy).toHaveLength(50);
      expect(String(busy[0]['Сообщение'])).toMatch(/не потерян/);
      expect(college.responseSheet('mentee').getLastRow()).toBe(51);
      lock.release();
      if (sweeper === 'next')
        college.submit('mentee', menteeAnswers('Последняя Анна Ивановна'), 'last@college.example');
      else college.waitDays(1);
      const expected = teachers(50).map((t) => t.email);
      if (sweeper === 'next') expected.push('last@college.example');
      expect(college.rows(SHEET.mentees).map((r) => r['Эл. почта'])).toEqual(expected);
      const keys = college.rows(SHEET.history).map((r) => r['Ключ ответа']);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(expected.length);
      // A later sweep finds nothing left to do.
      const before = college.values(SHEET.mentees);
      college.waitDays(1);
      expect(college.values(SHEET.mentees)).toEqual(before);
    },
  );
});

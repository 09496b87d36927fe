import {
  activitiesDone,
  answerDay,
  checkTermination,
  closableAt,
  planClosing,
  terminationWindow,
} from '../../../src/core/season/completion/close';
import { COMPLETION_COLUMNS, PAIRS_COLUMNS, PAIRS_SHEET, readPairRows, tableOf } from '../../../src/core';
import type { CellValue } from '../../../src/ports';
import { dayNumeric, parseDayText, type CalendarDay } from '../../../src/core/documents/dates';

const day = (text: string): CalendarDay => parseDayText(text)!;
const P = PAIRS_COLUMNS;
const X = COMPLETION_COLUMNS;
const HEADERS = [...Object.values(P), 'Программа', 'Согласие наставника', ...Object.values(X)];

/** A row of «Пары и группы» laid out by header. */
const row = (fields: Record<string, CellValue>): CellValue[] => HEADERS.map((h) => fields[h] ?? '');

const pair = (id: string, status: string, extra: Record<string, CellValue> = {}): CellValue[] =>
  row({
    [P.id]: id,
    [P.mentorEmail]: `mentor${id}@college.example`,
    [P.mentorName]: 'Петрова Анна Сергеевна',
    [P.menteeEmails]: `mentee${id}@college.example`,
    [P.menteeNames]: 'Сидорова Ольга Ивановна',
    [P.form]: 'традиционная «один-на-один»',
    [P.start]: new Date(2026, 8, 1),
    [P.end]: new Date(2027, 4, 31),
    [P.status]: status,
    ...extra,
  });

const SHEET: CellValue[][] = [
  HEADERS,
  pair('1', 'утверждена'),
  pair('2', 'действует'),
  pair('3', 'завершена', { [X.closedAt]: new Date(2027, 4, 12) }),
  pair('4', 'утверждена', {
    [P.menteeEmails]: 'a@college.example\nb@college.example',
    [P.menteeNames]: 'Аксёнова Анна Ивановна\nБелова Вера Павловна',
    [P.form]: 'групповая',
  }),
  pair('5', 'расторгнута', { [X.closedAt]: '05.05.2026' }),
  pair('6', 'приостановлена'),
  pair('7', 'предложена'),
];

describe('which row may be closed', () => {
  it('an approved pair, an active one and a group are closable, labelled «Пара» or «Группа»', () => {
    expect(closableAt(SHEET, 2)).toMatchObject({ ok: true, pair: { id: '1', label: 'Пара № 1' } });
    expect(closableAt(SHEET, 3)).toMatchObject({ ok: true, pair: { id: '2', status: 'действует' } });
    const group = closableAt(SHEET, 5);
    expect(group).toMatchObject({
      ok: true,
      pair: {
        label: 'Группа № 4',
        people: 'Петрова Анна Сергеевна — Аксёнова Анна Ивановна, Белова Вера Павловна',
      },
    });
  });

  it('a closed one says when, from a date value or a typed date', () => {
    expect(closableAt(SHEET, 4)).toEqual({
      ok: false,
      message: 'Пара № 3 уже завершена 12.05.2027. Повторно завершать не нужно. Строка не изменена.',
    });
    expect(closableAt(SHEET, 6)).toEqual({
      ok: false,
      message: 'Пара № 5 уже расторгнута 05.05.2026. Повторно завершать не нужно. Строка не изменена.',
    });
  });

  it('an unknown status and a proposal are refused with what to do', () => {
    const other = closableAt(SHEET, 7);
    expect(other.ok).toBe(false);
    expect(!other.ok && other.message).toContain('статус «приостановлена»');
    expect(!closableAt(SHEET, 8).ok && (closableAt(SHEET, 8) as { message: string }).message).toContain(
      'пока только предложена',
    );
  });

  it('a sheet set up before issue 6 lacks the completion columns: set-up is asked for, nothing else', () => {
    const old = SHEET.map((r) => r.slice(0, HEADERS.length - 4));
    const outcome = closableAt(old, 2);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toBe(
      `На листе «${PAIRS_SHEET}» нет столбцов «Дата завершения», «Дата уведомления», «Причина расторжения», ` +
        '«Выполнено мероприятий». Выполните «Настроить систему»: она добавит их справа, не трогая данные. ' +
        'Строка не изменена.',
    );
  });
});

describe('dates the person types', () => {
  it('blank is the default; «ДД.ММ.ГГГГ» and «5 мая 2026 г.» are days; anything else is not', () => {
    const today = day('01.10.2026');
    expect(answerDay('  ', today)).toBe(today);
    expect(dayNumeric(answerDay('5.5.2026', today)!)).toBe('05.05.2026');
    expect(dayNumeric(answerDay('5 мая 2026 г.', today)!)).toBe('05.05.2026');
    expect(answerDay('31.02.2026', today)).toBeNull();
    expect(answerDay('завтра', today)).toBeNull();
  });

  it('the termination check names the earliest day; the earliest day itself and later ones pass', () => {
    expect(checkTermination(day('29.04.2026'), day('04.05.2026'))).toContain('не ранее 05.05.2026');
    expect(checkTermination(day('29.04.2026'), day('05.05.2026'))).toBeNull();
    expect(checkTermination(day('29.04.2026'), day('20.05.2026'))).toBeNull();
    expect(terminationWindow(day('29.04.2026')).note).toBe('');
    expect(terminationWindow(day('30.12.2026')).note).toContain('Календарь 2027 г. рассчитан по ст. 112');
  });
});

describe('«Выполнено мероприятий» and the row patch', () => {
  const BANK = 'Банк наставляемых';
  const competences = ['рабочие программы, КТП и ФОС', 'ФГОС СПО', 'проектирование занятия'];
  /** The mentee of pair 1 rates three competences 5, 4 and 3: three directions, five activities. */
  const bank: CellValue[][] = [
    ['Эл. почта', 'ФИО', 'Должность', ...competences.map((c) => `Затруднение: ${c}`)],
    ['mentee1@college.example', 'Сидорова Ольга Ивановна', 'преподаватель', 5, 4, 3],
  ];
  const progress: CellValue[][] = [
    ['№ пары/группы', '№ мероприятия', 'Мероприятие', 'Дата выполнения', 'Программа'],
    ['1', '1', 'Знакомство', new Date(2026, 8, 10), ''],
    ['1', '2.', 'Программы', '01.10.2026', ''],
    ['1', '2', 'Программы (ещё раз)', '02.10.2026', ''],
    ['1', '9', 'Нет в плане', '02.10.2026', ''],
    ['1', '3', 'Без даты', '', ''],
    ['2', '4', 'Другая пара', '03.10.2026', ''],
  ];
  const sheets = new Map<string, CellValue[][]>([
    [PAIRS_SHEET, SHEET],
    [BANK, bank],
    ['Выполнение программ', progress],
  ]);

  it('counts each planned activity marked with a date once: 2 of 5', () => {
    const row = readPairRows(tableOf(PAIRS_SHEET, SHEET)).find((r) => r.id === '1')!;
    // Opening meeting, three directions, closing meeting = 5. Marked with a date: 1, 2 (twice), 9 (not
    // in the plan); 3 has no date; 4 belongs to pair 2.
    expect(activitiesDone(sheets, row, day('01.09.2026'), day('31.05.2027'))).toEqual({ done: 2, total: 5 });
  });

  it('a termination patches one block from «Статус» to «Выполнено мероприятий» and journals the reason', () => {
    const outcome = closableAt(SHEET, 2);
    if (!outcome.ok) throw new Error(outcome.message);
    const plan = planClosing(
      sheets,
      outcome.pair,
      { kind: 'terminated', noticeAt: day('29.04.2027'), closedAt: day('05.05.2027'), reason: ' +переезд ' },
      day('01.10.2026'),
    );
    expect(plan.writes).toHaveLength(1);
    const write = plan.writes[0]!;
    const statusAt = HEADERS.indexOf(P.status);
    expect(write).toMatchObject({ sheet: PAIRS_SHEET, row: 2, column: statusAt + 1 });
    const cells = Object.fromEntries(HEADERS.slice(statusAt).map((h, i) => [h, write.values[0]![i]]));
    expect(cells[P.status]).toBe('расторгнута');
    expect(cells[X.closedAt]).toEqual(new Date(2027, 4, 5));
    expect(cells[X.noticeAt]).toEqual(new Date(2027, 3, 29));
    expect(cells[X.reason]).toBe('+переезд');
    expect(cells[X.activitiesDone]).toBe('2 из 5');
    // The cells in between are written back as read.
    expect(cells[P.form]).toBeUndefined();
    expect(cells[P.approvedAt]).toBe('');
    // Status, reason and «Выполнено мероприятий» are plain text.
    expect(write.textColumns).toEqual(
      [P.status, X.reason, X.activitiesDone].map((h) => HEADERS.indexOf(h) + 1),
    );
    expect(plan.journal[0]).toMatchObject({
      code: 'PAIR_TERMINATED',
      message: 'Пара № 1 расторгнута 05.05.2027; выполнено мероприятий: 2 из 5',
    });
    expect(plan.journal[0]!.details).toContain('причина: +переезд');
  });

  it('a pair whose status changed since the dialog is not written', () => {
    const outcome = closableAt(SHEET, 2);
    if (!outcome.ok) throw new Error(outcome.message);
    const changed = SHEET.map((r) => [...r]);
    changed[1]![HEADERS.indexOf(P.status)] = 'завершена';
    expect(() =>
      planClosing(
        new Map([...sheets, [PAIRS_SHEET, changed]]),
        outcome.pair,
        { kind: 'finished', closedAt: day('01.10.2026') },
        day('01.10.2026'),
      ),
    ).toThrow('Пока вы отвечали, строка «Пара № 1» на листе изменилась');
  });
});

import { finishEvents, planEvents, runCalendarActions } from '../../../src/core';
import type { EventsOutcome } from '../../../src/core';
import type { BlockWrite, CellValue } from '../../../src/ports';
import { FakeCalendar } from './fake-calendar';
import { NOW, TZ, attendanceRow, eventRow, msk, sheetsWith } from './events-fixture';

/** What the shell does with the writes: each block with one setValues. */
function apply(sheets: Map<string, CellValue[][]>, writes: readonly BlockWrite[]): void {
  for (const w of writes) {
    const values = sheets.get(w.sheet)!;
    w.values.forEach((row, i) => {
      const target = (values[w.row - 1 + i] ??= []);
      row.forEach((v, j) => (target[w.column - 1 + j] = v));
    });
  }
}

function run(sheets: Map<string, CellValue[][]>, calendar: FakeCalendar, now = NOW): EventsOutcome {
  const plan = planEvents({ sheets, now, timeZone: TZ, spreadsheetId: () => 'sheet1' });
  const outcome = finishEvents(plan, runCalendarActions(calendar, plan));
  apply(sheets, outcome.writes);
  return outcome;
}

const rowsOf = (sheets: Map<string, CellValue[][]>, name: string) => {
  const [headers, ...rows] = sheets.get(name)!;
  return rows.map((r) => Object.fromEntries(headers!.map((h, i) => [String(h), r[i] ?? ''])));
};

/** A season's first events, typed by a curator on 01.11.2026. */
const firstEvents = (): CellValue[][] => [
  eventRow({
    kind: 'установочная сессия наставников',
    title: 'Знакомство с программой',
    start: msk(10, 11, 2026, 15),
    place: 'ауд. 204',
    participants: 'наставники',
    responsible: 'Смирнов А.И.',
    status: 'запланировано',
  }),
  eventRow({
    kind: 'консультация',
    title: 'Оценивание',
    start: msk(12, 11, 2026, 14),
    end: msk(12, 11, 2026, 15),
    participants: 'все',
  }),
  eventRow({
    kind: 'круглый стол',
    title: 'Итоги сентября',
    start: msk(20, 10, 2026, 14),
    participants: 'все',
  }),
  eventRow({ kind: 'обмен опытом', title: 'Цифровые инструменты', start: msk(15, 11, 2026, 14) }),
  eventRow({
    kind: 'конференция или семинар',
    title: 'День наставника',
    start: 'скоро',
    participants: 'все',
  }),
];

describe('«Создать приглашения на мероприятия» (core)', () => {
  it('numbers the rows, creates one event per valid future row with its guests, explains the rest', () => {
    const sheets = sheetsWith(firstEvents());
    const calendar = new FakeCalendar();
    const outcome = run(sheets, calendar);

    expect(calendar.live().map((e) => [e.title, e.guests])).toEqual([
      [
        'Установочная сессия наставников: Знакомство с программой',
        ['m1@college.example', 'm5@college.example'],
      ],
      [
        'Консультация: Оценивание',
        ['m1@college.example', 'e1@college.example', 'e2@college.example', 'm5@college.example'],
      ],
    ]);
    const [session, consultation] = calendar.live();
    expect(session).toMatchObject({
      start: msk(10, 11, 2026, 15),
      end: msk(10, 11, 2026, 16, 30),
      location: 'ауд. 204',
      tag: 'sheet1:М-1',
      description:
        'Установочная сессия наставников: Знакомство с программой\nОтветственный: Смирнов А.И.\n' +
        'Мероприятие программы наставничества (ПОУ «КУ»), № М-1.',
    });
    expect(consultation!.tag).toBe('sheet1:М-2');

    const events = rowsOf(sheets, 'Мероприятия');
    expect(events.map((r) => [r['№'], r['Событие в календаре'], r['Приглашения']])).toEqual([
      ['М-1', 'ev1@google.com', 'отправлены 01.11.2026: 2 участника'],
      ['М-2', 'ev2@google.com', 'отправлены 01.11.2026: 4 участника'],
      ['М-3', '', ''],
      ['М-4', '', ''],
      ['М-5', '', ''],
    ]);
    expect(outcome.summary.split('\n')).toEqual([
      'Создано событий в календаре: 2 (приглашения отправлены 6 участникам).',
      'Присвоены номера: М-1, М-2, М-3, М-4, М-5.',
      'На лист «Посещаемость» добавлено: 14 строк.',
      '',
      'Приглашения не отправлены:',
      '• М-3 «Круглый стол: Итоги сентября»: мероприятие уже прошло (20.10.2026 14:00) — приглашения не отправляются.',
      '• М-4 «Обмен опытом: Цифровые инструменты»: не указаны участники.',
      '• М-5 «Конференция или семинар: День наставника»: не удалось прочитать начало «скоро» — укажите дату и время, например 25.11.2026 14:00.',
      '',
      'Не все участники приглашены:',
      '• М-2 «Консультация: Оценивание»: без согласия — не приглашены: Кузнецова О.И.; без эл. почты — не приглашены: Волкова А.С.',
      '• М-3 «Круглый стол: Итоги сентября»: без согласия — не приглашены: Кузнецова О.И.; без эл. почты — не приглашены: Волкова А.С.',
      '• М-5 «Конференция или семинар: День наставника»: без согласия — не приглашены: Кузнецова О.И.; без эл. почты — не приглашены: Волкова А.С.',
    ]);
  });

  it('adds attendance rows for every row with participants, past ones too, one per person and event', () => {
    const sheets = sheetsWith(firstEvents());
    run(sheets, new FakeCalendar());
    const attendance = rowsOf(sheets, 'Посещаемость');
    // М-1: 2 mentors; М-2, М-3, М-5: the 4 consenting people of pairs 1, 2 and 4 each; М-4: nobody.
    expect(attendance.map((r) => `${r['№ мероприятия']} ${r['Эл. почта']} ${r['Роль']}`)).toEqual([
      'М-1 m1@college.example наставник',
      'М-1 m5@college.example наставник',
      ...['М-2', 'М-3', 'М-5'].flatMap((id) => [
        `${id} m1@college.example наставник`,
        `${id} e1@college.example наставляемый`,
        `${id} e2@college.example наставляемый`,
        `${id} m5@college.example наставник`,
      ]),
    ]);
    expect(attendance[0]).toEqual({
      '№ мероприятия': 'М-1',
      Мероприятие: 'Установочная сессия наставников: Знакомство с программой',
      Дата: msk(10, 11, 2026, 15),
      ФИО: 'Петров Иван Сергеевич',
      'Эл. почта': 'm1@college.example',
      Роль: 'наставник',
      Присутствие: '',
    });
    // The date of an event whose start could not be read stays empty.
    expect(attendance[attendance.length - 1]!['Дата']).toBe('');
  });

  it('writes only the add-on’s columns, one block per run of adjacent columns: staff columns are never written', () => {
    const sheets = sheetsWith(firstEvents());
    const plan = planEvents({ sheets, now: NOW, timeZone: TZ, spreadsheetId: () => 'sheet1' });
    const outcome = finishEvents(plan, runCalendarActions(new FakeCalendar(), plan));
    expect(
      outcome.writes.map((w) => [w.sheet, w.row, w.column, w.values.length, w.values[0]!.length]),
    ).toEqual([
      // «№» for the five rows, then «Событие в календаре» and «Приглашения» for the two invited: columns
      // 2–9 (вид, название, начало … статус), which staff may be editing meanwhile, are not touched.
      ['Мероприятия', 2, 1, 5, 1],
      ['Мероприятия', 2, 10, 2, 2],
      ['Посещаемость', 2, 1, 14, 7],
    ]);
  });

  it('a second run changes nothing: no event, no write, no new attendance row', () => {
    const sheets = sheetsWith(firstEvents());
    const calendar = new FakeCalendar();
    run(sheets, calendar);
    calendar.log.length = 0;
    const again = run(sheets, calendar);
    expect(again.writes).toEqual([]);
    expect(calendar.live()).toHaveLength(2);
    expect(calendar.log).toEqual(['event ev1@google.com', 'event ev2@google.com']);
    expect(again.summary.split('\n').slice(0, 2)).toEqual([
      'Создано событий в календаре: 0.',
      'Без изменений: 2.',
    ]);
  });

  it('a changed time and a removed participant update the same event', () => {
    const sheets = sheetsWith(firstEvents());
    const calendar = new FakeCalendar();
    run(sheets, calendar);
    const row = sheets.get('Мероприятия')![2]!;
    row[3] = msk(13, 11, 2026, 14);
    row[4] = msk(13, 11, 2026, 15);
    row[6] = 'пары: 1';
    const outcome = run(sheets, calendar, new Date('2026-11-02T07:00:00Z'));
    expect(calendar.live()).toHaveLength(2);
    expect(calendar.live()[1]).toMatchObject({
      id: 'ev2@google.com',
      start: msk(13, 11, 2026, 14),
      guests: ['m1@college.example', 'e1@college.example'],
    });
    expect(rowsOf(sheets, 'Мероприятия')[1]!['Приглашения']).toBe(
      'обновлены 02.11.2026: 2 участника (добавлено 0 без письма, удалено 2)',
    );
    expect(outcome.summary).toContain('Обновлено событий: 1.');
    // Attendance keeps everyone's rows and follows the new date.
    const m2 = rowsOf(sheets, 'Посещаемость').filter((r) => r['№ мероприятия'] === 'М-2');
    expect(m2.map((r) => r['Дата'])).toEqual([
      msk(13, 11, 2026, 14),
      msk(13, 11, 2026, 14),
      msk(12, 11, 2026, 14),
      msk(12, 11, 2026, 14),
    ]);
  });

  it('an id cell cleared by staff: the event is found by its tag, not made twice', () => {
    const sheets = sheetsWith(firstEvents());
    const calendar = new FakeCalendar();
    run(sheets, calendar);
    sheets.get('Мероприятия')![1]![9] = '';
    calendar.log.length = 0;
    run(sheets, calendar);
    expect(calendar.live()).toHaveLength(2);
    expect(calendar.log).toEqual(['find sheet1:М-1', 'event ev2@google.com']);
    expect(rowsOf(sheets, 'Мероприятия')[0]!['Событие в календаре']).toBe('ev1@google.com');
  });

  it('an event deleted by hand in Calendar is made again, with a journal warning', () => {
    const sheets = sheetsWith(firstEvents());
    const calendar = new FakeCalendar();
    run(sheets, calendar);
    calendar.events[0]!.deleted = true;
    const outcome = run(sheets, calendar);
    expect(calendar.live().map((e) => e.id)).toEqual(['ev2@google.com', 'ev3@google.com']);
    expect(rowsOf(sheets, 'Мероприятия')[0]!['Событие в календаре']).toBe('ev3@google.com');
    expect(outcome.journal).toEqual([
      {
        level: 'WARNING',
        code: 'EVENT_RECREATED',
        message:
          'Событие мероприятия М-1 «Установочная сессия наставников: Знакомство с программой» было удалено из Google Календаря вручную; создано заново.',
        details: 'ev1@google.com → ev3@google.com',
      },
    ]);
  });

  it('a row changed to «отменено» deletes its event once', () => {
    const sheets = sheetsWith(firstEvents());
    const calendar = new FakeCalendar();
    run(sheets, calendar);
    sheets.get('Мероприятия')![2]![8] = 'отменено';
    const outcome = run(sheets, calendar);
    expect(calendar.live().map((e) => e.id)).toEqual(['ev1@google.com']);
    expect(rowsOf(sheets, 'Мероприятия')[1]).toMatchObject({
      'Событие в календаре': '',
      Приглашения: 'отменено 01.11.2026: событие удалено из календаря',
    });
    expect(outcome.summary).toContain('Удалено отменённых событий: 1.');
    calendar.log.length = 0;
    run(sheets, calendar);
    expect(calendar.log).toEqual(['event ev1@google.com']);
  });

  it('a row copied with its «№» and event id becomes a new event; the original is left alone', () => {
    const sheets = sheetsWith(firstEvents());
    const calendar = new FakeCalendar();
    run(sheets, calendar);
    const events = sheets.get('Мероприятия')!;
    const copy = [...events[1]!];
    copy[3] = msk(24, 11, 2026, 15);
    const cancelledCopy = [...events[2]!];
    cancelledCopy[8] = 'отменено';
    events.push(copy, cancelledCopy);
    const outcome = run(sheets, calendar);
    expect(calendar.live().map((e) => [e.id, e.start])).toEqual([
      ['ev1@google.com', msk(10, 11, 2026, 15)],
      ['ev2@google.com', msk(12, 11, 2026, 14)],
      ['ev3@google.com', msk(24, 11, 2026, 15)],
    ]);
    expect(
      rowsOf(sheets, 'Мероприятия')
        .slice(5)
        .map((r) => [r['№'], r['Событие в календаре']]),
    ).toEqual([
      ['М-6', 'ev3@google.com'],
      ['М-7', ''],
    ]);
    expect(outcome.summary).toContain(
      '• М-6 «Установочная сессия наставников: Знакомство с программой»: номер М-1 уже есть в строке 2 — эта строка считается новым мероприятием и получила свой номер.',
    );
  });

  it('the quota running out mid-run: what was done is written, the rest waits for the next run', () => {
    const sheets = sheetsWith(firstEvents());
    const calendar = new FakeCalendar();
    calendar.writesLeft = 1;
    const outcome = run(sheets, calendar);
    expect(calendar.live().map((e) => e.title)).toEqual([
      'Установочная сессия наставников: Знакомство с программой',
    ]);
    expect(rowsOf(sheets, 'Мероприятия').map((r) => r['Событие в календаре'])).toEqual([
      'ev1@google.com',
      '',
      '',
      '',
      '',
    ]);
    expect(outcome.summary).toContain(
      'Дневная квота Google Календаря исчерпана; не обработаны: М-2. Сделанное сохранено — выполните команду завтра, повторных приглашений не будет.',
    );
    expect(outcome.journal.map((j) => j.code)).toEqual(['CALENDAR_QUOTA']);
    calendar.writesLeft = Infinity;
    run(sheets, calendar);
    expect(calendar.live().map((e) => e.id)).toEqual(['ev1@google.com', 'ev2@google.com']);
  });

  it('with invitations off: numbers and attendance only, no Calendar at all', () => {
    const sheets = sheetsWith(firstEvents(), { settings: { 'events.calendarInvites': 'нет' } });
    const calendar = new FakeCalendar();
    const outcome = run(sheets, calendar);
    expect(calendar.log).toEqual([]);
    expect(outcome.summary.split('\n').slice(0, 3)).toEqual([
      'Приглашения в Google Календаре выключены (настройка «Мероприятия: приглашения в Google Календаре» — «нет»): события не создавались.',
      'Присвоены номера: М-1, М-2, М-3, М-4, М-5.',
      'На лист «Посещаемость» добавлено: 14 строк.',
    ]);
  });

  it('a calendar id nobody can open: nothing is created and the setting is named', () => {
    const sheets = sheetsWith(firstEvents(), {
      settings: { 'events.calendarId': 'wrong@group.calendar.google.com' },
    });
    const calendar = new FakeCalendar();
    const outcome = run(sheets, calendar);
    expect(calendar.live()).toEqual([]);
    expect(outcome.summary).toContain(
      'Календарь «wrong@group.calendar.google.com» (настройка «Мероприятия: идентификатор календаря») не найден',
    );
    expect(outcome.journal.map((j) => j.code)).toEqual(['CALENDAR_MISSING']);
  });

  it('nobody to invite, an unknown status, an existing attendance row: each said once', () => {
    const sheets = sheetsWith(
      [
        eventRow({
          id: 'М-7',
          kind: 'консультация',
          start: msk(20, 11, 2026, 10),
          participants: 'Кузнецова О.И.',
        }),
        eventRow({
          kind: 'консультация',
          start: msk(21, 11, 2026, 10),
          participants: 'все',
          status: 'перенесено',
        }),
        eventRow({
          id: 'М-2',
          kind: 'консультация',
          start: msk(22, 11, 2026, 10),
          participants: 'e1@college.example',
          status: 'проведено',
        }),
      ],
      {
        attendance: [
          attendanceRow({
            eventId: 'М-2',
            event: 'Консультация',
            date: msk(22, 11, 2026, 10),
            email: 'e1@college.example',
            present: 'да',
          }),
        ],
      },
    );
    const calendar = new FakeCalendar();
    const outcome = run(sheets, calendar);
    expect(calendar.log).toEqual([]);
    expect(rowsOf(sheets, 'Мероприятия').map((r) => r['№'])).toEqual(['М-7', 'М-8', 'М-2']);
    expect(outcome.summary.split('\n')).toEqual([
      'Создано событий в календаре: 0.',
      'Присвоены номера: М-8.',
      '',
      'Приглашения не отправлены:',
      '• М-7 «Консультация»: некого пригласить: ни у кого из участников нет одновременно эл. почты и согласия на обработку ПДн.',
      '• М-8 «Консультация»: неизвестный статус «перенесено» — выберите «запланировано», «проведено» или «отменено».',
      '',
      'Не все участники приглашены:',
      '• М-7 «Консультация»: без согласия — не приглашены: Кузнецова О.И.',
    ]);
    expect(rowsOf(sheets, 'Посещаемость')).toHaveLength(1);
  });
});

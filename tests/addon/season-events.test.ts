import { consentAnswers } from './pipeline-fixture';
import { callsDuring } from './fixture';
import { setSettings } from './documents-fixture';
import { menteeEmail, mentorEmail, personName } from './matching-fixture';
import {
  ATTENDANCE,
  EVENTS,
  addEvent,
  attendanceRows,
  createInvitationsFromMenu,
  editEvent,
  eventRows,
  seasonCollege,
} from './season-fixture';
import type { College } from './pipeline-fixture';

/**
 * «Создать приглашения на мероприятия» over the offline Workspace. The college (season-fixture) has
 * mentors mentor0, mentor1 and pairs 1 mentor0 → mentee0, 2 mentor0 → mentee1, 3 mentor1 → mentee2, all
 * approved; the clock stands at 01.09.2026.
 */

const M0 = mentorEmail(0);
const M1 = mentorEmail(1);
const E0 = menteeEmail(0);
const E1 = menteeEmail(1);
const E2 = menteeEmail(2);
/** A Moscow wall-clock time as an instant. */
const msk = (d: number, m: number, h: number, min = 0): Date =>
  new Date(Date.UTC(2026, m - 1, d, h - 3, min));

const calendarEvents = (college: College) => college.workspace.calendar.events();
const guestsOf = (college: College, i: number) => calendarEvents(college)[i]!.guests.map((g) => g.email);
const invitations = (college: College) => college.workspace.calendar.invitationsSent();
const calendarCalls = (calls: Record<string, number>) =>
  Object.fromEntries(Object.entries(calls).filter(([k]) => k.startsWith('CalendarApp.')));

/** Two events planned on 01.09.2026: a set-up session for the mentors and a consultation for everyone. */
function plannedCollege(): College {
  const college = seasonCollege();
  addEvent(college, {
    kind: 'установочная сессия наставников',
    title: 'Знакомство с программой',
    start: '15.09.2026 15:00',
    place: 'ауд. 204',
    participants: 'наставники',
    responsible: 'Смирнов А.И.',
    status: 'запланировано',
  });
  addEvent(college, {
    kind: 'консультация',
    title: 'Оценивание',
    start: '16.09.2026 14:00',
    end: '15:00',
    place: 'https://meet.example/abc',
    participants: 'все',
  });
  return college;
}

describe('«Создать приглашения на мероприятия»', () => {
  it('creates one Calendar event per row with its participants as guests and invites each once', () => {
    const college = plannedCollege();
    const alert = createInvitationsFromMenu(college);
    expect(alert).toBe(
      [
        'Создано событий в календаре: 2 (приглашения отправлены 7 участникам).',
        'Присвоены номера: М-1, М-2.',
        'На лист «Посещаемость» добавлено: 7 строк.',
      ].join('\n'),
    );
    const events = calendarEvents(college);
    expect(events.map((e) => [e.title, e.start, e.end, e.location])).toEqual([
      [
        'Установочная сессия наставников: Знакомство с программой',
        msk(15, 9, 15),
        msk(15, 9, 16, 30),
        'ауд. 204',
      ],
      ['Консультация: Оценивание', msk(16, 9, 14), msk(16, 9, 15), 'https://meet.example/abc'],
    ]);
    expect(guestsOf(college, 0)).toEqual([M0, M1]);
    expect(guestsOf(college, 1)).toEqual([M0, E0, E1, M1, E2]);
    expect(invitations(college).map((i) => i.to)).toEqual([M0, M1, M0, E0, E1, M1, E2]);
    expect(events[0]!.description).toBe(
      'Установочная сессия наставников: Знакомство с программой\nОтветственный: Смирнов А.И.\n' +
        'Мероприятие программы наставничества (ПОУ «КУ»), № М-1.',
    );
    expect(eventRows(college).map((r) => [r['№'], r['Событие в календаре'], r['Приглашения']])).toEqual([
      ['М-1', events[0]!.id, 'отправлены 01.09.2026: 2 участника'],
      ['М-2', events[1]!.id, 'отправлены 01.09.2026: 5 участников'],
    ]);
    const attendance = attendanceRows(college);
    expect(attendance.map((r) => [r['№ мероприятия'], r['Эл. почта'], r['Роль'], r['Присутствие']])).toEqual([
      ['М-1', M0, 'наставник', ''],
      ['М-1', M1, 'наставник', ''],
      ['М-2', M0, 'наставник', ''],
      ['М-2', E0, 'наставляемый', ''],
      ['М-2', E1, 'наставляемый', ''],
      ['М-2', M1, 'наставник', ''],
      ['М-2', E2, 'наставляемый', ''],
    ]);
    expect(attendance[0]).toMatchObject({ ФИО: personName('н', 0), Дата: msk(15, 9, 15) });
    expect(college.problems()).toEqual([]);
  });

  it('a second run creates nothing, sends no invitation and writes nothing', () => {
    const college = plannedCollege();
    createInvitationsFromMenu(college);
    const sheetsBefore = [college.values(EVENTS), college.values(ATTENDANCE)];
    let alert = '';
    const calls = callsDuring(college.workspace, () => (alert = createInvitationsFromMenu(college)));
    expect(alert).toBe('Создано событий в календаре: 0.\nБез изменений: 2.');
    expect(calendarEvents(college)).toHaveLength(2);
    expect(invitations(college)).toHaveLength(7);
    expect([college.values(EVENTS), college.values(ATTENDANCE)]).toEqual(sheetsBefore);
    expect(calls['SpreadsheetApp.Range.setValues']).toBeUndefined();
    expect(calls['CalendarApp.Calendar.createEvent']).toBeUndefined();
  });

  it('a changed time updates the same event; a removed participant leaves its guests', () => {
    const college = plannedCollege();
    createInvitationsFromMenu(college);
    const id = calendarEvents(college)[1]!.id;
    editEvent(college, 3, 'start', '17.09.2026 10:00');
    editEvent(college, 3, 'end', '11:30');
    editEvent(college, 3, 'participants', 'пары: 1');
    college.waitDays(1);
    const alert = createInvitationsFromMenu(college);
    expect(alert.split('\n').slice(0, 3)).toEqual([
      'Создано событий в календаре: 0.',
      'Обновлено событий: 1.',
      'Без изменений: 1.',
    ]);
    const events = calendarEvents(college);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ id, start: msk(17, 9, 10), end: msk(17, 9, 11, 30) });
    expect(guestsOf(college, 1)).toEqual([M0, E0]);
    expect(invitations(college)).toHaveLength(7);
    expect(eventRows(college)[1]!['Приглашения']).toBe(
      'обновлены 02.09.2026: 2 участника (добавлено 0 без письма, удалено 3)',
    );
    // Attendance rows follow the new date; the rows of those no longer invited stay for staff to judge.
    const m2 = attendanceRows(college).filter((r) => r['№ мероприятия'] === 'М-2');
    expect(m2.map((r) => [r['Эл. почта'], r['Дата']])).toEqual([
      [M0, msk(17, 9, 10)],
      [E0, msk(17, 9, 10)],
      [E1, msk(16, 9, 14)],
      [M1, msk(16, 9, 14)],
      [E2, msk(16, 9, 14)],
    ]);
  });

  it('a participant added later is added to the guests, and the alert says Calendar sends her no letter', () => {
    const college = plannedCollege();
    createInvitationsFromMenu(college);
    const invited = college.workspace.calendar.invitationsSent().length;
    editEvent(college, 2, 'participants', `наставники; ${E2}`);
    const alert = createInvitationsFromMenu(college);
    expect(guestsOf(college, 0)).toEqual([M0, M1, E2]);
    // CalendarEvent.addGuest e-mails nobody: the staff member is told to let her know.
    expect(college.workspace.calendar.invitationsSent()).toHaveLength(invited);
    expect(alert).toContain('письма-приглашения Google Календарь добавленным позже не присылает');
    expect(
      attendanceRows(college)
        .filter((r) => r['№ мероприятия'] === 'М-1')
        .map((r) => r['Эл. почта']),
    ).toEqual([M0, M1, E2]);
  });

  it('«отменено» deletes the event once; later runs leave it alone', () => {
    const college = plannedCollege();
    createInvitationsFromMenu(college);
    const [, consultation] = calendarEvents(college);
    editEvent(college, 3, 'status', 'отменено');
    const alert = createInvitationsFromMenu(college);
    expect(alert).toContain('Удалено отменённых событий: 1.');
    expect(calendarEvents(college).map((e) => e.id)).not.toContain(consultation!.id);
    expect(eventRows(college)[1]).toMatchObject({
      'Событие в календаре': '',
      Приглашения: 'отменено 01.09.2026: событие удалено из календаря',
    });
    const calls = callsDuring(college.workspace, () => createInvitationsFromMenu(college));
    expect(calendarCalls(calls)).toMatchObject({ 'CalendarApp.Calendar.getEventById': 1 });
    expect(calls['CalendarApp.CalendarEvent.deleteEvent']).toBeUndefined();
  });

  it('an id cell cleared by staff: the event is found by its tag and not made twice', () => {
    const college = plannedCollege();
    createInvitationsFromMenu(college);
    const [session] = calendarEvents(college);
    college.spreadsheet.getSheetByName(EVENTS)!.getRange(2, 10).setValue('');
    createInvitationsFromMenu(college);
    expect(calendarEvents(college)).toHaveLength(2);
    expect(invitations(college)).toHaveLength(7);
    expect(eventRows(college)[0]!['Событие в календаре']).toBe(session!.id);
  });

  it('an event deleted by hand in Calendar is made again and the journal says so', () => {
    const college = plannedCollege();
    createInvitationsFromMenu(college);
    const [session] = calendarEvents(college);
    const { CalendarApp } = college.workspace.services;
    CalendarApp.getDefaultCalendar().getEventById(session!.id)!.deleteEvent();
    const alert = createInvitationsFromMenu(college);
    expect(alert).toContain(
      '• М-1 «Установочная сессия наставников: Знакомство с программой»: событие было удалено из календаря вручную — создано заново, приглашения отправлены снова.',
    );
    const events = calendarEvents(college);
    expect(events).toHaveLength(2);
    expect(eventRows(college)[0]!['Событие в календаре']).toBe(events[1]!.id);
    expect(college.problems().map((p) => [p['Уровень'], p['Код']])).toEqual([
      ['предупреждение', 'EVENT_RECREATED'],
    ]);
  });

  it('a past event, one without participants, people without e-mail or consent: clear lines, nobody invited twice', () => {
    const college = seasonCollege();
    // A group row typed by hand: its mentee has no e-mail. Mentee 2 withdraws consent.
    const pairsSheet = college.spreadsheet.getSheetByName('Пары и группы')!;
    const headers = pairsSheet.getDataRange().getValues()[0]!.map(String);
    const row = headers.map((h) =>
      h === '№ пары/группы'
        ? '9'
        : h === 'Наставник: эл. почта'
          ? M1
          : h === 'Наставник: ФИО'
            ? personName('н', 1)
            : h === 'Наставляемые: ФИО'
              ? 'Волкова Анна Сергеевна'
              : h === 'Статус'
                ? 'утверждена'
                : '',
    );
    pairsSheet.appendRow(row);
    college.submit('consent', consentAnswers(personName('у', 2), 'Отзываю согласие'), E2);
    addEvent(college, {
      kind: 'круглый стол',
      title: 'Итоги лета',
      start: '25.08.2026 14:00',
      participants: 'все',
    });
    addEvent(college, { kind: 'обмен опытом', title: 'Цифровые инструменты', start: '20.09.2026 14:00' });
    addEvent(college, {
      kind: 'консультация',
      title: 'Группа 9',
      start: '21.09.2026 14:00',
      participants: 'пары: 9, 3',
    });
    const alert = createInvitationsFromMenu(college);
    expect(alert.split('\n')).toEqual([
      'Создано событий в календаре: 1 (приглашения отправлены 1 участнику).',
      'Присвоены номера: М-1, М-2, М-3.',
      'На лист «Посещаемость» добавлено: 5 строк.',
      '',
      'Приглашения не отправлены:',
      '• М-1 «Круглый стол: Итоги лета»: мероприятие уже прошло (25.08.2026 14:00) — приглашения не отправляются.',
      '• М-2 «Обмен опытом: Цифровые инструменты»: не указаны участники.',
      '',
      'Не все участники приглашены:',
      `• М-1 «Круглый стол: Итоги лета»: без согласия — не приглашены: Сидорова Т.П.; без эл. почты — не приглашены: Волкова А.С.`,
      `• М-3 «Консультация: Группа 9»: без согласия — не приглашены: Сидорова Т.П.; без эл. почты — не приглашены: Волкова А.С.`,
    ]);
    expect(calendarEvents(college).map((e) => e.guests.map((g) => g.email))).toEqual([[M1]]);
    // The past round table still gets its attendance rows (M0, E0, E1, M1); the consultation M1.
    expect(attendanceRows(college).map((r) => `${r['№ мероприятия']} ${r['Эл. почта']}`)).toEqual([
      `М-1 ${M0}`,
      `М-1 ${E0}`,
      `М-1 ${E1}`,
      `М-1 ${M1}`,
      `М-3 ${M1}`,
    ]);
  });

  it('with «events.calendarInvites» = нет: numbers and attendance, and not one Calendar call', () => {
    const college = plannedCollege();
    setSettings(college, { 'events.calendarInvites': 'нет' });
    let alert = '';
    const calls = callsDuring(college.workspace, () => (alert = createInvitationsFromMenu(college)));
    expect(calendarCalls(calls)).toEqual({});
    expect(calendarEvents(college)).toEqual([]);
    expect(alert.split('\n')).toEqual([
      'Приглашения в Google Календаре выключены (настройка «Мероприятия: приглашения в Google Календаре» — «нет»): события не создавались.',
      'Присвоены номера: М-1, М-2.',
      'На лист «Посещаемость» добавлено: 7 строк.',
    ]);
  });

  it('the Calendar quota running out mid-run: the first event is kept, the second made the next day, none twice', () => {
    const college = plannedCollege();
    college.workspace.kernel.quotas.setRemaining('calendarEventsCreated', 1);
    const alert = createInvitationsFromMenu(college);
    expect(alert.split('\n')).toEqual([
      'Создано событий в календаре: 1 (приглашения отправлены 2 участникам).',
      'Дневная квота Google Календаря исчерпана; не обработаны: М-2. Сделанное сохранено — выполните команду завтра, повторных приглашений не будет.',
      'Присвоены номера: М-1, М-2.',
      'На лист «Посещаемость» добавлено: 7 строк.',
    ]);
    expect(eventRows(college).map((r) => r['Событие в календаре'] !== '')).toEqual([true, false]);
    expect(college.problems().map((p) => p['Код'])).toEqual(['CALENDAR_QUOTA']);
    college.waitDays(1);
    createInvitationsFromMenu(college);
    expect(calendarEvents(college)).toHaveLength(2);
    expect(invitations(college)).toHaveLength(7);
    expect(attendanceRows(college)).toHaveLength(7);
  });

  it('without the sheet «Мероприятия» (set up before this version) it asks for «Настроить систему»', () => {
    const college = seasonCollege();
    college.spreadsheet.deleteSheet(college.spreadsheet.getSheetByName(EVENTS)!);
    expect(createInvitationsFromMenu(college)).toBe(
      'Нет листа «Мероприятия» или «Посещаемость». Выполните «Настроить систему» в меню «Наставничество».',
    );
    expect(calendarEvents(college)).toEqual([]);
  });

  it('costs the same Spreadsheet calls for 2 or 12 events; Calendar calls grow per event only', () => {
    const measure = (extra: number) => {
      const college = plannedCollege();
      for (let i = 0; i < extra; i++)
        addEvent(college, {
          kind: 'консультация',
          title: `Тема ${i}`,
          start: `2${i % 8}.09.2026 1${i % 8}:00`,
          participants: M1,
        });
      const first = callsDuring(college.workspace, () => createInvitationsFromMenu(college));
      const again = callsDuring(college.workspace, () => createInvitationsFromMenu(college));
      return { first, again, events: calendarEvents(college).length };
    };
    const small = measure(0);
    const large = measure(10);
    expect(large.events).toBe(12);
    const sheets = (calls: Record<string, number>) =>
      Object.fromEntries(Object.entries(calls).filter(([k]) => !k.startsWith('CalendarApp.')));
    expect(sheets(large.first)).toEqual(sheets(small.first));
    expect(sheets(large.again)).toEqual(sheets(small.again));
    // One read of each of the seven sheets; one block for «Мероприятия», one for «Посещаемость».
    expect(small.first['SpreadsheetApp.Range.getValues']).toBe(7);
    // «№», then «Событие в календаре» with «Приглашения», then «Посещаемость»: staff columns are not written.
    expect(small.first['SpreadsheetApp.Range.setValues']).toBe(3);
    expect(small.again['SpreadsheetApp.Range.setValues']).toBeUndefined();
    // Per new event: the tag search, the event, its id and its tag; the calendar once, and its id to
    // remember it for colleagues' runs.
    expect(calendarCalls(small.first)).toEqual({
      'CalendarApp.CalendarApp.getDefaultCalendar': 1,
      'CalendarApp.Calendar.getId': 1,
      'CalendarApp.Calendar.getEvents': 2,
      'CalendarApp.Calendar.createEvent': 2,
      'CalendarApp.CalendarEvent.getId': 2,
      'CalendarApp.CalendarEvent.setTag': 2,
    });
    // Per unchanged event: the event by id and its eight fields, one call per guest's address; the
    // calendar the first run remembered, by its id.
    expect(calendarCalls(small.again)).toEqual({
      'CalendarApp.CalendarApp.getCalendarById': 1,
      'CalendarApp.Calendar.getEventById': 2,
      'CalendarApp.CalendarEvent.getId': 2,
      'CalendarApp.CalendarEvent.getTitle': 2,
      'CalendarApp.CalendarEvent.getStartTime': 2,
      'CalendarApp.CalendarEvent.getEndTime': 2,
      'CalendarApp.CalendarEvent.getLocation': 2,
      'CalendarApp.CalendarEvent.getDescription': 2,
      'CalendarApp.CalendarEvent.getGuestList': 2,
      'CalendarApp.CalendarEvent.getTag': 2,
      'CalendarApp.EventGuest.getEmail': 7,
    });
    expect(calendarCalls(large.first)['CalendarApp.Calendar.createEvent']).toBe(12);
  });

  it('a colleague’s run finds the events in the calendar the first run used, never making them again', () => {
    const college = seasonCollege();
    addEvent(college, {
      kind: 'консультация',
      title: 'Оценивание',
      start: '16.09.2026 14:00',
      participants: 'все',
    });
    createInvitationsFromMenu(college);
    const invitations = college.workspace.calendar.invitationsSent().length;
    expect(calendarEvents(college)).toHaveLength(1);
    // The deputy director runs it next: her own default calendar does not hold the event, and the
    // methodist's is not shared with her — nothing is made again and nobody is invited twice.
    college.workspace.kernel.user = 'zam@college.example';
    const alert = createInvitationsFromMenu(college);
    expect(alert).toContain('основном календаре сотрудника, который первым создал приглашения');
    expect(alert).toContain('metodist@college.example');
    expect(calendarEvents(college)).toHaveLength(1);
    expect(college.workspace.calendar.invitationsSent()).toHaveLength(invitations);
  });
});

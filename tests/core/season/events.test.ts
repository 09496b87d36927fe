import {
  DEFAULT_MATCHING_SETTINGS,
  calendarChanges,
  directoryOf,
  eventTimes,
  menteesFromBank,
  mentorIssues,
  mentorsFromBank,
  parseParticipants,
  readMatchingSettings,
  readPairRows,
  readSettings,
  resolveParticipants,
  tableOf,
  trainedMentors,
  DEFAULT_COMPETENCES,
} from '../../../src/core';
import type { Directory, Resolution } from '../../../src/core';
import { mentor } from '../matching-fixtures';
import {
  ATTENDANCE_HEADERS,
  CONSENTS,
  EVENT_HEADERS,
  MENTEES,
  MENTORS,
  PAIRS,
  TZ,
  attendanceRow,
  eventRow,
  msk,
  settingsValues,
} from './events-fixture';

const directory: Directory = directoryOf({
  mentors: mentorsFromBank(MENTORS, DEFAULT_COMPETENCES),
  mentees: menteesFromBank(MENTEES, DEFAULT_COMPETENCES),
  pairs: readPairRows(tableOf('Пары и группы', PAIRS)),
  registry: CONSENTS,
});

const resolve = (text: string): Resolution => resolveParticipants(parseParticipants(text), directory);
const emails = (r: Resolution) => r.invited.map((p) => p.email);

describe('«Участники»: what staff type', () => {
  it('reads keywords, pair numbers, e-mails and names separated by «;», «,» or new lines', () => {
    expect(parseParticipants('Наставники пар; пары: 3, 5\nivanova@College.ru, Петров И.С.')).toEqual([
      { kind: 'pairMentors' },
      { kind: 'pairs', numbers: ['3', '5'] },
      { kind: 'email', email: 'ivanova@college.ru' },
      { kind: 'name', name: 'Петров И.С.' },
    ]);
    expect(parseParticipants('все')).toEqual([{ kind: 'all' }]);
    expect(parseParticipants('Наставляемые')).toEqual([{ kind: 'mentees' }]);
    expect(parseParticipants('наставники')).toEqual([{ kind: 'mentors' }]);
    expect(parseParticipants('группа №2')).toEqual([{ kind: 'pairs', numbers: ['2'] }]);
  });

  it('a surname that begins like «пара» is a name, not a list of pairs', () => {
    expect(parseParticipants('Парамонова Ольга Ивановна')).toEqual([
      { kind: 'name', name: 'Парамонова Ольга Ивановна' },
    ]);
  });

  it('an empty cell names nobody', () => {
    expect(parseParticipants('  \n ')).toEqual([]);
    expect(resolve('').empty).toBe(true);
  });
});

describe('«Участники»: who they are', () => {
  it('«все» — mentors and mentees of approved and active pairs and groups; a proposal is not yet in', () => {
    const r = resolve('все');
    // Pair 1 and group 2 (Петров, Иванова, Смирнова; Кузнецова has no consent), pair 4 (Белов; Волкова
    // is known by name only). Pair 3 is only proposed.
    expect(emails(r)).toEqual([
      'm1@college.example',
      'e1@college.example',
      'e2@college.example',
      'm5@college.example',
    ]);
    expect(r.withoutConsent.map((p) => p.fullName)).toEqual(['Кузнецова Ольга Игоревна']);
    expect(r.withoutEmail.map((p) => p.fullName)).toEqual(['Волкова Анна Сергеевна']);
    expect(r.invited[0]).toEqual({
      email: 'm1@college.example',
      fullName: 'Петров Иван Сергеевич',
      role: 'mentor',
    });
  });

  it('«наставники» — the bank’s willing mentors with consent who are not excluded, paired or not', () => {
    // Сидоров withdrew consent, Козлов is not willing, Орлов is excluded: none is named or invited.
    const r = resolve('наставники');
    expect(emails(r)).toEqual(['m1@college.example', 'm5@college.example']);
    expect(r.withoutConsent).toEqual([]);
  });

  it('«наставники пар» and «наставляемые» split the programme’s people by role', () => {
    expect(emails(resolve('наставники пар'))).toEqual(['m1@college.example', 'm5@college.example']);
    const mentees = resolve('наставляемые');
    expect(emails(mentees)).toEqual(['e1@college.example', 'e2@college.example']);
    expect(mentees.invited.every((p) => p.role === 'mentee')).toBe(true);
  });

  it('«пары: 3, 9» — a proposed pair by number is taken; an unknown number is reported', () => {
    const r = resolve('пары: 3, 9');
    // Pair 3: Сидоров withdrew consent; Попова consented.
    expect(emails(r)).toEqual(['e4@college.example']);
    expect(r.withoutConsent.map((p) => p.email)).toEqual(['m2@college.example']);
    expect(r.unknownPairs).toEqual(['9']);
  });

  it('e-mails and ФИО (full or with initials) find people; each person is invited once', () => {
    const r = resolve('E1@college.example; Иванова М.П., Смирнова Анна Викторовна, guest@college.example');
    expect(emails(r)).toEqual(['e1@college.example', 'e2@college.example', 'guest@college.example']);
    expect(r.invited[2]).toEqual({
      email: 'guest@college.example',
      fullName: 'Гостева Нина Львовна',
      role: 'other',
    });
  });

  it('unknown names and addresses, and people without consent, are reported and not invited', () => {
    const r = resolve('Сидоров П.И.; nobody@college.example; Неизвестная Анна; Кузнецова О.И.');
    expect(r.invited).toEqual([]);
    expect(r.withoutConsent.map((p) => p.fullName)).toEqual([
      'Сидоров Пётр Ильич',
      'Кузнецова Ольга Игоревна',
    ]);
    expect(r.unknown).toEqual(['nobody@college.example', 'Неизвестная Анна']);
  });

  it('a name that fits two people asks for the e-mail', () => {
    const dir: Directory = {
      ...directory,
      mentees: [
        ...directory.mentees,
        { ...directory.mentees[0]!, email: 'e9@college.example', fullName: 'Иванова Марина Павловна' },
      ],
    };
    const r = resolveParticipants(parseParticipants('Иванова М.П.'), dir);
    expect(r.ambiguous).toEqual(['Иванова М.П.']);
    expect(r.invited).toEqual([]);
  });
});

describe('start and end of an event', () => {
  it('a date-time Sheets recognised is taken as it is; an empty end is the default length later', () => {
    const t = eventTimes(msk(25, 11, 2026, 14), '', TZ, 90);
    expect(t).toEqual({ ok: true, start: msk(25, 11, 2026, 14), end: msk(25, 11, 2026, 15, 30) });
  });

  it('text is read in Moscow time; an end given as a time of day is on the start’s day', () => {
    expect(eventTimes('25.11.2026 в 14:00', '15:30', TZ, 90)).toEqual({
      ok: true,
      start: new Date('2026-11-25T11:00:00Z'),
      end: new Date('2026-11-25T12:30:00Z'),
    });
    expect(eventTimes('25 ноября 2026 г. 9.05', '25.11.2026 10:00', TZ, 90)).toEqual({
      ok: true,
      start: new Date('2026-11-25T06:05:00Z'),
      end: new Date('2026-11-25T07:00:00Z'),
    });
  });

  it('a time of day typed alone (Sheets hands it over on 30.12.1899) is taken on the start’s day', () => {
    // 15:30 in Moscow on Sheets' epoch day, when Moscow kept local mean time (+2:30:17).
    const typedTime = new Date('1899-12-30T12:59:43Z');
    expect(eventTimes(msk(25, 11, 2026, 14), typedTime, TZ, 90)).toEqual({
      ok: true,
      start: msk(25, 11, 2026, 14),
      end: msk(25, 11, 2026, 15, 30),
    });
    expect(eventTimes(typedTime, '', TZ, 90)).toMatchObject({
      ok: false,
      problem: 'не указана дата начала — укажите дату и время, например 25.11.2026 14:00',
    });
  });

  it('a missing or unreadable start, a start without a time, an end before the start are refused', () => {
    expect(eventTimes('', '', TZ, 90)).toMatchObject({ ok: false, problem: 'не указано начало' });
    expect(eventTimes('на следующей неделе', '', TZ, 90)).toMatchObject({
      ok: false,
      problem:
        'не удалось прочитать начало «на следующей неделе» — укажите дату и время, например 25.11.2026 14:00',
    });
    expect(eventTimes(msk(25, 11, 2026), '', TZ, 90)).toMatchObject({
      ok: false,
      problem: 'не указано время начала — укажите дату и время, например 25.11.2026 14:00',
    });
    expect(eventTimes(msk(25, 11, 2026, 14), '13:00', TZ, 90)).toMatchObject({
      ok: false,
      problem: 'окончание не позже начала',
    });
  });
});

describe('trained mentors', () => {
  const events = [
    EVENT_HEADERS,
    eventRow({ id: 'М-1', kind: 'установочная сессия наставников', status: 'проведено' }),
    eventRow({ id: 'М-2', kind: 'Установочная сессия наставников', status: 'отменено' }),
    eventRow({ id: 'М-3', kind: 'консультация', status: 'проведено' }),
  ];
  const attendance = [
    ATTENDANCE_HEADERS,
    attendanceRow({ eventId: 'М-1', email: 'M1@college.example', present: 'да' }),
    attendanceRow({ eventId: 'М-1', email: 'm2@college.example', present: 'нет' }),
    attendanceRow({ eventId: 'М-1', email: 'm3@college.example', present: '' }),
    attendanceRow({ eventId: 'М-2', email: 'm4@college.example', present: 'да' }),
    attendanceRow({ eventId: 'М-3', email: 'm5@college.example', present: 'да' }),
  ];

  it('are those marked «да» at a set-up session that was not cancelled', () => {
    expect([...trainedMentors(events, attendance)]).toEqual(['m1@college.example']);
  });

  it('nobody is trained when the sheets are missing', () => {
    expect(trainedMentors(undefined, undefined).size).toBe(0);
  });

  it('with «matching.requireTraining» = да an untrained mentor is not eligible, with the reason', () => {
    const settings = { ...DEFAULT_MATCHING_SETTINGS, requireTraining: true };
    expect(mentorIssues(mentor({ trained: true }), settings)).toEqual([]);
    expect(mentorIssues(mentor({ trained: false }), settings)).toEqual(['не прошёл установочную сессию']);
    expect(mentorIssues(mentor(), DEFAULT_MATCHING_SETTINGS)).toEqual([]);
  });

  it('the setting is read from «Настройки»; a value other than да/нет names its cell', () => {
    const ok = readMatchingSettings(
      readSettings(settingsValues({ 'matching.requireTraining': 'Да' })),
      () => undefined,
    );
    expect(ok.ok && ok.settings.requireTraining).toBe(true);
    const off = readMatchingSettings(readSettings(settingsValues()), () => undefined);
    expect(off.ok && off.settings.requireTraining).toBe(false);
    const bad = readMatchingSettings(
      readSettings(settingsValues({ 'matching.requireTraining': 'иногда' })),
      () => ({
        sheet: 'Настройки',
        row: 60,
        a1: 'C60',
      }),
    );
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]).toContain('C60');
    expect(!bad.ok && bad.errors[0]).toContain('нужно «да» или «нет»');
  });
});

describe('the Calendar diff', () => {
  const state = {
    id: 'ev1@google.com',
    title: 'Консультация: оценивание',
    start: msk(25, 11, 2026, 14),
    end: msk(25, 11, 2026, 15),
    location: 'ауд. 12',
    description: 'описание',
    guests: ['a@x.ru', 'b@x.ru'],
    tag: 'sheet:М-1',
  };
  const tag = { key: 'nastavnik.event', value: 'sheet:М-1' };
  const spec = { ...state, guests: ['a@x.ru', 'b@x.ru'] };

  it('finds nothing to change when the event matches the row', () => {
    expect(calendarChanges(state, spec, tag)).toBeNull();
  });

  it('lists only what differs: a new time, a guest added and one removed', () => {
    expect(
      calendarChanges(
        state,
        { ...spec, start: msk(26, 11, 2026, 14), end: msk(26, 11, 2026, 15), guests: ['b@x.ru', 'c@x.ru'] },
        tag,
      ),
    ).toEqual({
      time: { start: msk(26, 11, 2026, 14), end: msk(26, 11, 2026, 15) },
      addGuests: ['c@x.ru'],
      removeGuests: ['a@x.ru'],
    });
    expect(calendarChanges({ ...state, tag: null }, spec, tag)).toEqual({
      tag,
      addGuests: [],
      removeGuests: [],
    });
  });
});

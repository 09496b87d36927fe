import { setupSystem } from '../../src/addon/entry-points';
import { ATTENDANCE_COLUMNS, EVENT_COLUMNS, columnLetter } from '../../src/core';
import { depsOf, openCollegeSpreadsheet } from './fixture';
import { Person } from '../../src/offline/person';

type Opened = ReturnType<typeof openCollegeSpreadsheet>;

const snapshot = ({ workspace, spreadsheet }: Opened, name: string) =>
  workspace.sheets
    .get(spreadsheet.getId())!
    .toJSON()
    .sheets.find((s) => s.name === name)!;

function setUp(): Opened {
  const opened = openCollegeSpreadsheet();
  opened.workspace.kernel.run('menu', 'setupSystem', () => setupSystem(undefined, depsOf(opened.workspace)));
  return opened;
}

const validationOf = (opened: Opened, sheet: string, header: string) => {
  const s = snapshot(opened, sheet);
  const letter = columnLetter(s.values[0]!.indexOf(header) + 1);
  return s.validations.find((v) => v.range.startsWith(`${letter}2:`));
};

describe('«Настроить систему» and the events’ sheets', () => {
  it('creates «Мероприятия» and «Посещаемость» with their headers and a frozen header row', () => {
    const opened = setUp();
    expect(snapshot(opened, 'Мероприятия').values[0]).toEqual(Object.values(EVENT_COLUMNS));
    expect(snapshot(opened, 'Посещаемость').values[0]).toEqual(Object.values(ATTENDANCE_COLUMNS));
    expect(snapshot(opened, 'Мероприятия').frozenRows).toBe(1);
    expect(snapshot(opened, 'Посещаемость').frozenRows).toBe(1);
  });

  it('offers drop-downs: kinds (own wording allowed), statuses and presence (strict)', () => {
    const opened = setUp();
    expect(validationOf(opened, 'Мероприятия', 'Вид')).toMatchObject({
      criteria: 'VALUE_IN_LIST',
      allowInvalid: true,
    });
    expect(validationOf(opened, 'Мероприятия', 'Вид')!.values[0]).toEqual([
      'установочная сессия наставников',
      'консультация',
      'обмен опытом',
      'конференция или семинар',
      'круглый стол',
      'итоговое мероприятие',
    ]);
    expect(validationOf(opened, 'Мероприятия', 'Статус')).toMatchObject({ allowInvalid: false });
    expect(validationOf(opened, 'Мероприятия', 'Статус')!.values[0]).toEqual([
      'запланировано',
      'проведено',
      'отменено',
    ]);
    expect(validationOf(opened, 'Посещаемость', 'Присутствие')!.values[0]).toEqual(['да', 'нет']);
  });

  it('keeps what staff type in «Участники» as text, and reads a typed date-time in «Начало» as a date', () => {
    const opened = setUp();
    const person = new Person(opened.workspace);
    person.openSpreadsheet();
    person.editCell('Мероприятия', 2, 'Участники', '=наставники');
    person.editCell('Мероприятия', 2, 'Начало', '25.11.2026 14:00');
    const row = snapshot(opened, 'Мероприятия').values[1]!;
    expect(row[6]).toBe('=наставники');
    expect(row[3]).toEqual(new Date('2026-11-25T11:00:00Z'));
  });

  it('adds the settings rows for invitations and for the training condition', () => {
    const opened = setUp();
    const keys = snapshot(opened, 'Настройки').values.map((r) => [r[0], r[2]]);
    expect(keys).toEqual(
      expect.arrayContaining([
        ['events.calendarInvites', 'да'],
        ['events.calendarId', ''],
        ['events.defaultMinutes', '90'],
        ['matching.requireTraining', 'нет'],
      ]),
    );
  });
});

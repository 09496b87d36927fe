import {
  CAPACITY_OVERRIDE_HEADER,
  DEFAULT_COMPETENCES,
  bankSheetSpec,
  menteesFromBank,
  mentorsFromBank,
} from '../../src/core';

/** A bank as one getValues returns it: header row, then rows laid out by header. */
function bank(
  kind: 'mentees' | 'mentors',
  rows: Array<Record<string, string | number>>,
  extra: string[] = [],
) {
  const headers = [...bankSheetSpec(kind).columns.map((c) => c.header), ...extra].reverse(); // staff moved columns
  return [headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))];
}

describe('profiles from the banks, columns found by header (issue 4, decision 1)', () => {
  it('reads a mentee row: difficulties by competence key, meeting times from the checkbox text', () => {
    const values = bank('mentees', [
      {
        'Эл. почта': ' Ivanova@College.test',
        ФИО: 'Иванова Мария Петровна',
        'ПЦК / предмет': 'Информатика',
        'Стаж, лет (не менее)': 1,
        'Затруднение: оценивание': 5,
        'Затруднение: документация': '4',
        'Удобное время встреч': 'после занятий, в методический день',
        'Согласие на обработку ПДн': 'дано',
        Участие: 'допущен',
      },
      { ФИО: 'Без почты' },
    ]);
    const [m] = menteesFromBank(values, DEFAULT_COMPETENCES);
    expect(menteesFromBank(values, DEFAULT_COMPETENCES)).toHaveLength(1);
    expect(m).toMatchObject({
      email: 'ivanova@college.test',
      experienceYears: 1,
      difficulties: { assessment: 5, documentation: 4 },
      meetingTimes: ['после занятий', 'в методический день'],
      consent: 'дано',
      row: 2,
    });
  });

  it('reads a mentor row: strengths marked «да», declared capacity and the staff override', () => {
    const values = bank(
      'mentors',
      [
        {
          'Эл. почта': 'petrov@college.test',
          'Готов делиться: оценивание': 'да',
          'Готов делиться: документация': '',
          'Сколько наставляемых может взять': 3,
          [CAPACITY_OVERRIDE_HEADER]: 1,
          'Готовность быть наставником': 'да',
        },
      ],
      [CAPACITY_OVERRIDE_HEADER],
    );
    expect(mentorsFromBank(values, DEFAULT_COMPETENCES)[0]).toMatchObject({
      strengths: ['assessment'],
      declaredCapacity: 3,
      capacityOverride: 1,
      willing: 'да',
    });
  });
});

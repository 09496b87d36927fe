import fc from 'fast-check';
import { DEFAULT_MATCHING_SETTINGS as S, readMatchingSettings, scorePair } from '../../src/core';
import { scoreValue } from '../../src/core/matching/score';
import { MATCHING_SETTING_ROWS } from '../../src/core/settings/matching-rows';
import { mentee, mentor } from './matching-fixtures';

const part = (criterion: string, a = mentee(), b = mentor()) =>
  scorePair(a, b, S).contributions.find((c) => c.criterion === criterion)!;

describe('scorePair: compatibility criteria with Russian explanations (issue 4, item 1)', () => {
  it('default weights add up to 100 points', () => {
    expect(Object.values(S.weights).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('a mentor covering every difficulty gets all coverage points and the explanation names them with severity', () => {
    const c = part('coverage');
    expect(c.points).toBe(40);
    expect(c.explanation).toBe('закрывает затруднения: оценивание (5), документация (4) (7 из 7 по весу)');
  });

  it('coverage is weighted by severity: covering the serious difficulty counts more than the mild one', () => {
    const serious = part('coverage', mentee(), mentor({ strengths: ['assessment'] })).points;
    const mild = part('coverage', mentee(), mentor({ strengths: ['documentation'] })).points;
    expect(serious).toBeCloseTo((40 * 4) / 7, 1);
    expect(mild).toBeCloseTo((40 * 3) / 7, 1);
    expect(part('coverage', mentee(), mentor({ strengths: [] })).explanation).toBe(
      'не закрывает ни одного затруднения',
    );
    expect(part('coverage', mentee({ difficulties: { digital: 1 } })).explanation).toBe(
      'наставляемый не отметил затруднений',
    );
  });

  it('the same ПЦК counts whatever the disciplines after «:» and the word endings', () => {
    const same = part(
      'subject',
      mentee({ subject: 'ПЦК информатики: программирование' }),
      mentor({ subject: 'ПЦК Информатика: базы данных' }),
    );
    expect(same.points).toBeGreaterThan(0);
    const other = part(
      'subject',
      mentee({ subject: 'ПЦК информатики: программирование' }),
      mentor({ subject: 'ПЦК экономики и бухучёта: налоги' }),
    );
    expect(other.points).toBe(0);
  });

  it('the same ПЦК counts whatever the case, quotes and «ПЦК» prefix', () => {
    const c = part('subject', mentee({ subject: 'ПЦК «Информатика»' }), mentor({ subject: 'информатика ' }));
    expect(c.points).toBe(20);
    expect(c.explanation).toBe('та же ПЦК / предмет: информатика ');
    const other = part('subject', mentee(), mentor({ subject: 'Экономика' }));
    expect(other.points).toBe(0);
    expect(other.explanation).toBe('другая ПЦК / предмет (Экономика)');
  });

  it('the same preferred form of mentoring gives the form points', () => {
    expect(part('form').points).toBe(10);
    const c = part('form', mentee(), mentor({ preferredForm: 'групповая' }));
    expect([c.points, c.explanation]).toEqual([0, 'другая форма наставничества (групповая)']);
  });

  it('meeting format: same in full, «смешанный формат» half, different none', () => {
    expect(part('format').points).toBe(5);
    expect(part('format', mentee(), mentor({ meetingFormat: 'смешанный формат' })).points).toBe(2.5);
    const c = part('format', mentee(), mentor({ meetingFormat: 'дистанционно' }));
    expect([c.points, c.explanation]).toEqual([0, 'другой формат встреч (дистанционно)']);
  });

  it('meeting time: a common time in full, none — nothing, unknown — half', () => {
    expect(part('time').explanation).toBe('общее время встреч: после занятий');
    expect(part('time').points).toBe(5);
    expect(part('time', mentee(), mentor({ meetingTimes: ['до занятий'] })).points).toBe(0);
    expect(part('time', mentee({ meetingTimes: [] })).points).toBe(2.5);
  });

  it('experience: the gap over the mentee counts, in full from 10 years', () => {
    expect(part('experience').points).toBe(9);
    expect(part('experience').explanation).toBe(
      'стаж наставника не менее 10 лет, у наставляемого — не менее 1 года',
    );
    expect(part('experience', mentee({ experienceYears: 0 })).points).toBe(10);
    expect(part('experience', mentee(), mentor({ experienceYears: null })).explanation).toBe(
      'стаж наставника не указан',
    );
  });

  it('category: высшая in full, первая two thirds', () => {
    expect(part('category').points).toBe(10);
    expect(part('category', mentee(), mentor({ category: 'первая' })).points).toBe(6.7);
    expect(part('category').explanation).toBe('категория наставника: высшая');
  });

  it('the total is the sum of the contributions, and the fast matrix score agrees with it', () => {
    const s = scorePair(mentee(), mentor(), S);
    expect(s.total).toBe(99);
    const profile = fc.record({
      subject: fc.constantFrom('Информатика', 'ПЦК информатика', 'Экономика', ''),
      preferredForm: fc.constantFrom('групповая', 'реверсивная', ''),
      meetingFormat: fc.constantFrom('очно', 'дистанционно', 'смешанный формат', ''),
      meetingTimes: fc.subarray(['до занятий', 'после занятий', 'в перерывах']),
      experienceYears: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
      category: fc.constantFrom('высшая', 'первая', 'без категории', 'соответствие занимаемой должности', ''),
    });
    fc.assert(
      fc.property(
        profile,
        profile,
        fc.subarray(['assessment', 'documentation', 'digital']),
        (a, b, strengths) => {
          const x = mentee(a);
          const y = mentor({ ...b, strengths });
          expect(scoreValue(x, y, S)).toBe(scorePair(x, y, S).total);
        },
      ),
    );
  });
});

describe('readMatchingSettings (issue 4, decision 2)', () => {
  const cellOf = (key: string) => {
    const at = MATCHING_SETTING_ROWS.findIndex((r) => r.key === key);
    return at < 0 ? undefined : { sheet: 'Настройки', row: 30 + at, a1: `C${30 + at}` };
  };

  it('absent rows take the defaults', () => {
    const r = readMatchingSettings({}, cellOf);
    expect(r).toEqual({ ok: true, settings: S });
  });

  it('reads decimals with a comma and a minimum category in any case', () => {
    const r = readMatchingSettings(
      { 'matching.weight.coverage': '12,5', 'matching.mentor.minCategory': 'Первая' },
      cellOf,
    );
    expect(r.ok && r.settings.weights.coverage).toBe(12.5);
    expect(r.ok && r.settings.minCategory).toBe('первая');
  });

  it('an invalid value gets a Russian message naming the sheet, row and cell, and no settings', () => {
    const r = readMatchingSettings(
      {
        'matching.weight.subject': 'много',
        'matching.defaultCapacity': '0',
        'matching.mentor.minCategory': 'вторая',
      },
      cellOf,
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([
      'Лист «Настройки», строка 31, ячейка C31 («Подбор: баллы за ту же ПЦК / предмет»): «много» — нужно число не меньше 0.',
      'Лист «Настройки», строка 39, ячейка C39 («Подбор: минимальная категория наставника»): «вторая» — нужно оставить ' +
        'пустым или указать одно из: соответствие занимаемой должности, первая, высшая.',
      'Лист «Настройки», строка 40, ячейка C40 («Подбор: наставляемых у наставника по умолчанию»): «0» — нужно целое число не меньше 1.',
    ]);
  });

  it('negative numbers and a group of one are rejected', () => {
    const r = readMatchingSettings({ 'matching.minScore': '-5', 'matching.groupSize': '1' }, cellOf);
    expect(!r.ok && r.errors.length).toBe(2);
    expect(!r.ok && r.errors[1]).toContain('ячейка C41');
  });

  it('all weights zero is an error on the first weight cell', () => {
    const zero = Object.fromEntries(
      MATCHING_SETTING_ROWS.filter((r) => r.key.includes('weight')).map((r) => [r.key, '0']),
    );
    const r = readMatchingSettings(zero, cellOf);
    expect(!r.ok && r.errors).toEqual([
      'Лист «Настройки», строка 30, ячейка C30 («Подбор: баллы за закрытие затруднений»): «0» — сумма баллов всех критериев должна быть больше 0.',
    ]);
  });
});

import {
  DEFAULT_COMPETENCES,
  MENTEE_QUESTIONNAIRE,
  MENTOR_QUESTIONNAIRE,
  competencesFromSettings,
  checkResponseColumns,
  parseResponse,
  parseResponseSheet,
  readSettings,
  splitCheckboxAnswer,
} from '../../src/core';
import {
  at,
  consentAnswers,
  menteeAnswers,
  mentorAnswers,
  responseHeader,
  responseRow,
  SPECS,
} from './fixtures/responses';

const C = DEFAULT_COMPETENCES;
const menteeHeader = responseHeader(MENTEE_QUESTIONNAIRE);
const mentorHeader = responseHeader(MENTOR_QUESTIONNAIRE);
const T = at('2026-03-02T07:15:00Z');

const parseMentee = (answers = menteeAnswers(), header = menteeHeader, email = 'Ivanova@College.ru ') =>
  parseResponse(
    MENTEE_QUESTIONNAIRE,
    C,
    header,
    responseRow(header, T, email, answers),
    2,
    'Ответы: анкета наставляемого',
  );

describe('reading a mentee response', () => {
  it('normalises name, e-mail, experience and difficulties to competence keys', () => {
    const r = parseMentee();
    expect(r.problems).toEqual([]);
    expect(r.email).toBe('ivanova@college.ru');
    expect(r.fields.fullName?.full).toBe('Иванова Мария Петровна');
    expect(r.fields.experienceYears).toBe(1);
    expect(r.fields.difficulties).toMatchObject({
      programs: 1,
      fgos: 2,
      lessonDesign: 3,
      digital: 4,
      assessment: 5,
    });
    expect(r.key).toMatch(/^mentee\|2026-03-02T07:15:00\.000Z\|ivanova@college\.ru\|[0-9a-f]{8}$/);
  });

  it('keeps a phone number exactly as typed, leading zeros and punctuation included', () => {
    expect(parseMentee(menteeAnswers({ 'Телефон для связи': '007 (926) 000-00-01 ' })).fields.phone).toBe(
      '007 (926) 000-00-01 ',
    );
    expect(parseMentee(menteeAnswers({ 'Телефон для связи': '+79260000001' })).fields.phone).toBe(
      '+79260000001',
    );
  });

  it('keeps answers that begin with =, +, - or @ as literal text, never as formulas', () => {
    for (const text of ['=IMPORTXML("http://x","//a")', '+7 926', '-1', '@все']) {
      const r = parseMentee(menteeAnswers({ 'Ваш главный профессиональный запрос': text, Должность: text }));
      expect(r.fields.answers.mainRequest).toBe(text);
      expect(r.fields.position).toBe(text);
    }
  });

  it('keeps a 50,000-character answer whole', () => {
    const long = 'я'.repeat(50000);
    const r = parseMentee(menteeAnswers({ 'Ваш главный профессиональный запрос': long }));
    expect(r.fields.answers.mainRequest).toBe(long);
    expect(r.problems).toEqual([]);
  });

  it('rejects a response with a required answer missing, naming the question', () => {
    const r = parseMentee(menteeAnswers({ Должность: '' }));
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'missingAnswer' })]);
    expect(r.problems[0].message).toContain('«Должность»');
  });

  it('rejects a missing or invalid e-mail', () => {
    expect(parseMentee(undefined, undefined, '').problems[0]).toMatchObject({
      severity: 'error',
      code: 'invalidEmail',
    });
    const bad = parseMentee(undefined, undefined, 'ivanova at college');
    expect(bad.problems[0].message).toContain('«ivanova at college»');
  });

  it('finds columns by header, so reordered columns read the same', () => {
    const shuffled = [...menteeHeader].reverse();
    const a = parseMentee();
    const b = parseMentee(undefined, shuffled);
    expect(b.fields).toEqual(a.fields);
    expect(b.key).toBe(a.key);
  });

  it('reports a renamed or deleted required column and defers the response', () => {
    const renamed = menteeHeader.map((h) => (h === 'Должность' ? 'Должность (уточните)' : h));
    const r = parseMentee(undefined, renamed);
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'missingColumn' })]);
    expect(r.problems[0].message).toContain('В листе ответов нет столбца «Должность»');
    const deleted = menteeHeader.filter((h) => h !== 'Ваш главный профессиональный запрос');
    expect(parseMentee(undefined, deleted).problems[0].message).toContain(
      '«Ваш главный профессиональный запрос»',
    );
    expect(checkResponseColumns(MENTEE_QUESTIONNAIRE, C, renamed)).toHaveLength(1);
  });

  it('keeps a grid row staff renamed in the form as an unrecognised answer with a warning', () => {
    const title = 'Оцените, насколько вам трудно в каждом направлении';
    const header = menteeHeader.map((h) =>
      h === `${title} [оценивание]` ? `${title} [оценивание результатов]` : h,
    );
    const answers = menteeAnswers({ [`${title} [оценивание результатов]`]: 4 });
    const r = parseMentee(answers, header);
    expect(r.fields.unrecognised).toEqual(['оценивание результатов: 4']);
    expect(r.fields.difficulties.assessment).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'unknownLabel' })]);
  });

  it('gives identical answers at the same time one key, and any change another', () => {
    expect(parseMentee().key).toBe(parseMentee().key);
    expect(parseMentee(menteeAnswers({ 'Удобный формат встреч': 'дистанционно' })).key).not.toBe(
      parseMentee().key,
    );
  });

  it('ignores a column staff added to the response sheet when computing the key', () => {
    const header = [...menteeHeader, 'Комментарий куратора'];
    const row = responseRow(header, T, 'ivanova@college.ru', {
      ...menteeAnswers(),
      'Комментарий куратора': 'позвонить',
    });
    expect(parseResponse(MENTEE_QUESTIONNAIRE, C, header, row, 2).key).toBe(parseMentee().key);
  });
});

describe('reading a mentor response', () => {
  const parseMentor = (answers = mentorAnswers()) =>
    parseResponse(
      MENTOR_QUESTIONNAIRE,
      C,
      mentorHeader,
      responseRow(mentorHeader, T, 'petrov@college.ru', answers),
      2,
    );

  it('maps checkbox labels that contain ", " themselves to keys, longest label first', () => {
    const r = parseMentor();
    expect(r.fields.strengths).toEqual(['programs', 'assessment']);
    expect(r.fields.capacity).toBe(2);
    expect(r.problems).toEqual([]);
  });

  it('keeps labels staff added to the form as unrecognised, with a warning', () => {
    const r = parseMentor(
      mentorAnswers({
        'В каких направлениях вы готовы делиться опытом?':
          'оценивание, наставничество, в том числе онлайн, ФГОС СПО',
      }),
    );
    expect(r.fields.strengths).toEqual(['fgos', 'assessment']);
    expect(r.fields.unrecognised).toEqual(['наставничество, в том числе онлайн']);
    expect(r.problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('splits a checkbox cell with a shorter label that is a prefix of a longer one', () => {
    const labels = [
      { key: 'a', label: 'работа' },
      { key: 'b', label: 'работа, с родителями' },
    ];
    expect(splitCheckboxAnswer('работа, с родителями, работа', labels)).toEqual({
      keys: ['b', 'a'],
      unknown: [],
    });
  });
});

describe('response sheets and settings', () => {
  it('skips blank rows left by a second, empty trigger fire', () => {
    const values = [
      menteeHeader,
      responseRow(menteeHeader, T, 'ivanova@college.ru', menteeAnswers()),
      menteeHeader.map(() => ''),
    ];
    expect(parseResponseSheet(MENTEE_QUESTIONNAIRE, C, values)).toHaveLength(1);
  });

  it('reads the consent decision', () => {
    const header = responseHeader(SPECS.consent);
    const give = parseResponse(
      SPECS.consent,
      C,
      header,
      responseRow(header, T, 'a@b.ru', consentAnswers('Даю согласие')),
      2,
    );
    const withdraw = parseResponse(
      SPECS.consent,
      C,
      header,
      responseRow(header, T, 'a@b.ru', consentAnswers('Отзываю согласие')),
      3,
    );
    expect([give.fields.decision, withdraw.fields.decision]).toEqual(['give', 'withdraw']);
  });

  it('reads competences from «Настройки», with a reworded label and a new row', () => {
    const settings = readSettings([
      ['Ключ', 'Значение'],
      ['competence.assessment', 'оценивание результатов обучения'],
      ['competence.mentoring', 'наставничество студентов'],
      ['competence.burnout', ''],
    ]);
    const list = competencesFromSettings(settings);
    expect(list.find((c) => c.key === 'assessment')?.label).toBe('оценивание результатов обучения');
    expect(list[list.length - 1]).toEqual({ key: 'mentoring', label: 'наставничество студентов' });
    expect(list.some((c) => c.key === 'burnout')).toBe(false);
  });
});

import { QUESTIONNAIRES, formOfSubmission, type QuestionnaireKey } from '../../src/core';

/** The namedValues Google sends for a response to `key`'s form: every question's title, plus the common columns. */
function namedValuesOf(key: QuestionnaireKey): Record<string, string[]> {
  const named: Record<string, string[]> = { 'Отметка времени': ['25.11.2026 10:00:00'] };
  named['Адрес электронной почты'] = ['teacher@college.example'];
  for (const q of QUESTIONNAIRES[key].questions) {
    if (q.kind === 'section') continue;
    if (q.kind === 'grid') named[`${q.title} [Оценивание]`] = ['3'];
    else named[q.title] = [''];
  }
  return named;
}

describe('formOfSubmission: the on-form-submit trigger tells the forms apart without a service call', () => {
  it.each(Object.keys(QUESTIONNAIRES) as QuestionnaireKey[])(
    'recognises a response to the «%s» form',
    (key) => {
      expect(formOfSubmission(namedValuesOf(key))).toBe(key);
    },
  );

  it('still recognises a form to which staff added a question of their own', () => {
    const named = { ...namedValuesOf('mentor'), 'Ваш любимый предмет': ['физика'] };
    expect(formOfSubmission(named)).toBe('mentor');
  });

  it('gives up (so every processor runs) for an event without answers or with unknown questions', () => {
    expect(formOfSubmission(undefined)).toBeNull();
    expect(formOfSubmission({ 'Отметка времени': ['x'] })).toBeNull();
    expect(formOfSubmission({ 'Вопрос 1': ['a'], 'Вопрос 2': ['b'] })).toBeNull();
  });
});

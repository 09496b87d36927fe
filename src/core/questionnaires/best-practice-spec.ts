import type { QuestionnaireSpec } from './spec';

// PLACEHOLDER (lead's registration commit): the owner of this form replaces the questions.
export const BEST_PRACTICE_FORM: QuestionnaireSpec = {
  key: 'bestPractice',
  title: 'Лучшая практика наставничества',
  description: '',
  confirmation: 'Спасибо! Ответ записан.',
  questions: [{ key: 'fullName', kind: 'text', title: 'Фамилия, имя, отчество', required: true }],
};

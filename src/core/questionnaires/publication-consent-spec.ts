import type { QuestionnaireSpec } from './spec';

// PLACEHOLDER (lead's registration commit): the owner of this form replaces the questions.
export const PUBLICATION_CONSENT_FORM: QuestionnaireSpec = {
  key: 'publicationConsent',
  title: 'Согласие на распространение персональных данных',
  description: '',
  confirmation: 'Спасибо! Ответ записан.',
  questions: [{ key: 'fullName', kind: 'text', title: 'Фамилия, имя, отчество', required: true }],
};

import { CONSENT_DECISIONS, type QuestionnaireSpec } from './spec';

/**
 * The consent to publication («распространение», 152-ФЗ ст. 10.1), its own form, separate from the
 * consent to processing. Its content follows приказ Роскомнадзора от 24.02.2021 № 18: the subject's
 * ФИО and contacts (the e-mail is collected by the form itself), and for each category of data whether
 * the subject allows it to be published — an unanswered category is not allowed (ст. 10.1 ч. 8: silence
 * is never consent); the resources on which the subject prohibits publication (ст. 10.1 ч. 9: an
 * unanswered question prohibits nothing — the consent covers the resources its text lists, a prohibition
 * narrows it); free conditions and prohibitions. The operator's requisites, the web resources, the
 * purpose, the term and the way to withdraw are the form's description (publicationConsentText in
 * src/core/publicity, from «Настройки»).
 * Titles are the response sheet's headers: the parser's contract with «Ответы: согласия на публикацию».
 */

/** The answers of each category question. */
export const PUBLICATION_ALLOW = { yes: 'разрешаю', no: 'не разрешаю' } as const;

/** The categories of data a publication may contain, in the order the form asks about them. */
export const PUBLICATION_CATEGORIES = [
  {
    key: 'fullName',
    label: 'фамилия, имя, отчество',
    title: 'Распространение: фамилия, имя, отчество',
  },
  { key: 'position', label: 'должность', title: 'Распространение: должность' },
  { key: 'photo', label: 'фотографии', title: 'Распространение: фотографии' },
  {
    key: 'participation',
    label: 'сведения об участии в наставничестве',
    title: 'Распространение: сведения об участии в наставничестве',
  },
] as const;

export type PublicationCategory = (typeof PUBLICATION_CATEGORIES)[number]['key'];

/** Question keys of the category questions: `allow.fullName`… */
export const categoryQuestionKey = (category: PublicationCategory): string => `allow.${category}`;

/**
 * The resources on which a subject may prohibit publication, one choice each: the channels the add-on
 * writes drafts for («Публикации»: сайт / соцсети). `label` is the form's choice and the registry note's
 * word for it.
 */
export const PUBLICATION_PROHIBITIONS = [
  { channel: 'сайт', label: 'на сайте колледжа' },
  { channel: 'соцсети', label: 'в социальных сетях колледжа' },
] as const;

export const PUBLICATION_CONSENT_TITLES = {
  fullName: 'Фамилия, имя, отчество',
  contacts: 'Телефон или почтовый адрес для связи',
  prohibited: 'Запрещаю распространение моих персональных данных',
  conditions: 'Условия и запреты',
  decision: 'Ваше решение о согласии на распространение',
} as const;

export const PUBLICATION_CONSENT_FORM: QuestionnaireSpec = {
  key: 'publicationConsent',
  title: 'Согласие на распространение персональных данных (публикации о наставничестве)',
  // The full text (приказ Роскомнадзора № 18, with the operator and the web resources from «Настройки»)
  // is composed by publicationConsentText() in core/publicity and becomes the form's description.
  description: '',
  confirmation:
    'Спасибо! Ваше решение записано. Изменить или отозвать согласие на распространение можно в любой ' +
    'момент, заполнив эту форму снова.',
  questions: [
    {
      key: 'fullName',
      kind: 'text',
      title: PUBLICATION_CONSENT_TITLES.fullName,
      help: 'Полностью, например: Иванова Мария Петровна.',
      required: true,
    },
    {
      key: 'contacts',
      kind: 'text',
      title: PUBLICATION_CONSENT_TITLES.contacts,
      help: 'Необязательно: адрес электронной почты записывается формой автоматически.',
      required: false,
    },
    ...PUBLICATION_CATEGORIES.map((c) => ({
      key: categoryQuestionKey(c.key),
      kind: 'choice' as const,
      title: c.title,
      help:
        c.key === 'participation'
          ? 'Без этого разрешения и разрешения на ФИО ваше имя в публикациях о наставничестве не называется.'
          : 'Если не ответить, распространение этих сведений не разрешено.',
      choices: [PUBLICATION_ALLOW.yes, PUBLICATION_ALLOW.no],
      required: false,
    })),
    {
      key: 'prohibited',
      kind: 'checkbox',
      title: PUBLICATION_CONSENT_TITLES.prohibited,
      help:
        'Необязательно. Отметьте ресурс, на котором вы запрещаете распространять свои персональные данные: ' +
        'там ваше имя не будет названо. Если ничего не отмечать, согласие действует для всех ресурсов, ' +
        'перечисленных в его тексте.',
      choices: PUBLICATION_PROHIBITIONS.map((p) => p.label),
      required: false,
    },
    {
      key: 'conditions',
      kind: 'paragraph',
      title: PUBLICATION_CONSENT_TITLES.conditions,
      help:
        'Необязательно. Например: «фотографии только групповые». Запрет на сайте или в социальных сетях ' +
        'колледжа отметьте в предыдущем вопросе. Оставьте пустым, если других условий и запретов нет.',
      required: false,
    },
    {
      key: 'decision',
      kind: 'choice',
      title: PUBLICATION_CONSENT_TITLES.decision,
      help: 'Выберите «Отзываю согласие», чтобы отозвать ранее данное согласие на распространение.',
      choices: [CONSENT_DECISIONS.give, CONSENT_DECISIONS.withdraw],
      required: true,
    },
  ],
};

/**
 * The questionnaires as data: what the Google Forms ask, in what words, and which field of a bank each
 * answer fills. The form builder (shell) turns a spec into a Google Form; the parser (core) reads a
 * response row back by the same titles. Titles are the response sheet's headers (§2.1.5 of
 * apps-script-behaviours.md), so a title is part of the data contract: change it only with a migration.
 */

/** The forms whose answers fill the banks and the consent registry (the submission pipeline's). */
export type BankFormKey = 'mentee' | 'mentor' | 'consent';

/**
 * The forms of stages 6 and 7: monitoring questionnaire, best practice, consent to publication. Each has
 * its own processor (src/core/season, src/core/publicity), not the banks' pipeline.
 */
export type SeasonFormKey = 'monitoring' | 'bestPractice' | 'publicationConsent';

/** Which questionnaire; also the key under which its form id and response sheet are remembered. */
export type QuestionnaireKey = BankFormKey | SeasonFormKey;

/**
 * Where a choice list comes from. `competences` and `mentoringForms` are read from «Настройки» at
 * set-up time, so staff edit them in one place and both questionnaires stay in step.
 */
export type ChoiceSource = readonly string[] | 'competences' | 'mentoringForms';

interface QuestionBase {
  /** The field the answer fills (stable, English, used by the parser and the banks). */
  key: string;
  /** The question as the teacher reads it; also the header of its column in the response sheet. */
  title: string;
  help?: string;
  required: boolean;
}

export type QuestionSpec =
  | (QuestionBase & { kind: 'text' | 'paragraph' })
  | (QuestionBase & { kind: 'choice' | 'list'; choices: ChoiceSource; other?: boolean })
  | (QuestionBase & { kind: 'checkbox'; choices: ChoiceSource; other?: boolean })
  | (QuestionBase & { kind: 'scale'; low: number; high: number; lowLabel: string; highLabel: string })
  /** A multiple-choice grid: one response-sheet column per row, titled `Title [Row]`. */
  | (QuestionBase & { kind: 'grid'; rows: ChoiceSource; columns: readonly string[] })
  | (QuestionBase & { kind: 'section' });

export interface QuestionnaireSpec {
  key: QuestionnaireKey;
  /** The form's title, as respondents see it. */
  title: string;
  description: string;
  confirmation: string;
  questions: readonly QuestionSpec[];
}

/** Teaching experience as the questionnaires offer it, with the years the bank stores (the band's lower bound). */
export const EXPERIENCE_BANDS: ReadonlyArray<{ label: string; years: number }> = [
  { label: 'менее 1 года', years: 0 },
  { label: 'от 1 до 3 лет', years: 1 },
  { label: 'от 3 до 5 лет', years: 3 },
  { label: 'от 5 до 10 лет', years: 5 },
  { label: 'более 10 лет', years: 10 },
];

export const CATEGORIES: readonly string[] = [
  'без категории',
  'соответствие занимаемой должности',
  'первая',
  'высшая',
];

export const SUPPORT_KINDS: readonly string[] = [
  'посещение занятий наставника',
  'совместная разработка занятий',
  'индивидуальные консультации',
  'дистанционное общение',
  'групповые встречи',
];

export const MEETING_FORMATS: readonly string[] = ['очно', 'дистанционно', 'смешанный формат'];

export const MEETING_TIMES: readonly string[] = [
  'до занятий',
  'в перерывах',
  'после занятий',
  'в методический день',
];

export const YES_NO: readonly string[] = ['да', 'нет'];

/** The consent form's decision answers: giving and withdrawing are both answers of the same form. */
export const CONSENT_DECISIONS = { give: 'Даю согласие', withdraw: 'Отзываю согласие' } as const;

/** Grid columns of the difficulty self-assessment, 1 (no difficulty) … 5 (serious difficulty). */
export const SEVERITY_COLUMNS: readonly string[] = ['1', '2', '3', '4', '5'];

const person = (role: 'наставляемого' | 'наставника'): QuestionSpec[] => [
  {
    key: 'fullName',
    kind: 'text',
    title: 'Фамилия, имя, отчество',
    help: 'Полностью, например: Иванова Мария Петровна.',
    required: true,
  },
  {
    key: 'position',
    kind: 'text',
    title: 'Должность',
    help: 'Например: преподаватель, мастер производственного обучения.',
    required: true,
  },
  {
    key: 'subject',
    kind: 'text',
    title: 'ПЦК / преподаваемые дисциплины',
    help: 'Предметно-цикловая комиссия и основные дисциплины.',
    required: true,
  },
  {
    key: 'experience',
    kind: 'choice',
    title: 'Педагогический стаж',
    choices: EXPERIENCE_BANDS.map((b) => b.label),
    required: true,
  },
  {
    key: 'category',
    kind: 'choice',
    title: 'Квалификационная категория',
    choices: CATEGORIES,
    required: true,
  },
  {
    key: 'phone',
    kind: 'text',
    title: 'Телефон для связи',
    help: `Необязательно. Куратор свяжется с вами, если понадобится уточнить анкету ${role}.`,
    required: false,
  },
];

export const MENTEE_QUESTIONNAIRE: QuestionnaireSpec = {
  key: 'mentee',
  title: 'Анкета наставляемого: профессиональный запрос',
  description:
    'Анкета помогает понять, с какими профессиональными затруднениями вы сталкиваетесь, и подобрать наставника. ' +
    'Заполнение займёт 5–7 минут. Обработка ваших персональных данных возможна только после отдельного согласия ' +
    '(форма «Согласие на обработку персональных данных»).',
  confirmation:
    'Спасибо! Ваш запрос получен. Если вы ещё не заполнили согласие на обработку персональных данных, заполните его, пожалуйста.',
  questions: [
    ...person('наставляемого'),
    {
      key: 'pedagogicalEducation',
      kind: 'choice',
      title: 'Есть ли у вас педагогическое образование?',
      choices: YES_NO,
      required: true,
    },
    {
      key: 'difficulties',
      kind: 'grid',
      title: 'Оцените, насколько вам трудно в каждом направлении',
      help: '1 — затруднений нет, 5 — серьёзные затруднения.',
      rows: 'competences',
      columns: SEVERITY_COLUMNS,
      required: true,
    },
    {
      key: 'support',
      kind: 'checkbox',
      title: 'Какая поддержка вам нужна?',
      choices: SUPPORT_KINDS,
      other: true,
      required: true,
    },
    {
      key: 'mentoringForm',
      kind: 'choice',
      title: 'Предпочитаемая форма наставничества',
      choices: 'mentoringForms',
      required: true,
    },
    {
      key: 'meetingFormat',
      kind: 'choice',
      title: 'Удобный формат встреч',
      choices: MEETING_FORMATS,
      required: true,
    },
    {
      key: 'meetingTime',
      kind: 'checkbox',
      title: 'Удобное время встреч',
      choices: MEETING_TIMES,
      required: false,
    },
    {
      key: 'mainRequest',
      kind: 'paragraph',
      title: 'Ваш главный профессиональный запрос',
      help: 'Что бы вы хотели изменить или освоить в ближайшие месяцы?',
      required: true,
    },
  ],
};

export const MENTOR_QUESTIONNAIRE: QuestionnaireSpec = {
  key: 'mentor',
  title: 'Анкета потенциального наставника',
  description:
    'Анкета для педагогов, готовых стать наставниками коллег. Ответы помогут подобрать наставляемых, ' +
    'которым ваш опыт нужнее всего. Наставничество назначается только с вашего письменного согласия (ТК РФ, ст. 351.8).',
  confirmation: 'Спасибо! Анкета получена. Куратор свяжется с вами перед формированием пар.',
  questions: [
    ...person('наставника'),
    { key: 'awards', kind: 'paragraph', title: 'Награды, звания, достижения', required: false },
    {
      key: 'mentoringExperience',
      kind: 'choice',
      title: 'Был ли у вас опыт наставничества?',
      choices: YES_NO,
      required: true,
    },
    {
      key: 'strengths',
      kind: 'checkbox',
      title: 'В каких направлениях вы готовы делиться опытом?',
      help: 'Отметьте всё, в чём чувствуете себя уверенно.',
      choices: 'competences',
      required: true,
    },
    {
      key: 'mentoringForm',
      kind: 'choice',
      title: 'Предпочитаемая форма наставничества',
      choices: 'mentoringForms',
      required: true,
    },
    {
      key: 'capacity',
      kind: 'scale',
      title: 'Скольких наставляемых вы готовы сопровождать одновременно?',
      low: 1,
      high: 5,
      lowLabel: 'одного',
      highLabel: 'пятерых',
      required: true,
    },
    {
      key: 'meetingFormat',
      kind: 'choice',
      title: 'Удобный формат встреч',
      choices: MEETING_FORMATS,
      required: true,
    },
    {
      key: 'meetingTime',
      kind: 'checkbox',
      title: 'Удобное время встреч',
      choices: MEETING_TIMES,
      required: false,
    },
    {
      key: 'needsTraining',
      kind: 'choice',
      title: 'Нужно ли вам обучение для работы наставником?',
      choices: YES_NO,
      required: true,
    },
    {
      key: 'willing',
      kind: 'choice',
      title: 'Готовы ли вы стать наставником в этом учебном году?',
      choices: ['да', 'да, но позже', 'нет'],
      required: true,
    },
  ],
};

export const CONSENT_FORM: QuestionnaireSpec = {
  key: 'consent',
  title: 'Согласие на обработку персональных данных',
  // The full text (every item of 152-ФЗ ст. 9 ч. 4, with the operator's name and address from
  // «Настройки») is composed by consentText() in core/consent and becomes the form's description.
  description: '',
  confirmation:
    'Спасибо! Ваше решение записано. Отозвать согласие можно в любой момент, заполнив эту форму снова.',
  questions: [
    {
      key: 'fullName',
      kind: 'text',
      title: 'Фамилия, имя, отчество',
      help: 'Полностью, как в паспорте.',
      required: true,
    },
    {
      key: 'address',
      kind: 'paragraph',
      title: 'Адрес регистрации',
      help: 'Требуется для письменного согласия (152-ФЗ, ст. 9 ч. 4 п. 1).',
      required: true,
    },
    {
      key: 'identityDocument',
      kind: 'text',
      title: 'Документ, удостоверяющий личность',
      help: 'Вид, серия и номер, дата выдачи, кем выдан.',
      required: true,
    },
    {
      key: 'role',
      kind: 'choice',
      title: 'Вы участвуете как',
      choices: ['наставляемый', 'наставник', 'наставник и наставляемый'],
      required: true,
    },
    {
      key: 'decision',
      kind: 'choice',
      title: 'Ваше решение',
      help: 'Выберите «Отзываю согласие», чтобы отозвать ранее данное согласие.',
      choices: [CONSENT_DECISIONS.give, CONSENT_DECISIONS.withdraw],
      required: true,
    },
  ],
};

/** The questionnaires of the banks' pipeline; every form (with stages 6–7) is in `./registry`. */
export const BANK_QUESTIONNAIRES: Readonly<Record<BankFormKey, QuestionnaireSpec>> = {
  mentee: MENTEE_QUESTIONNAIRE,
  mentor: MENTOR_QUESTIONNAIRE,
  consent: CONSENT_FORM,
};

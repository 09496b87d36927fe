import type { QuestionnaireSpec } from './spec';

/**
 * The monitoring questionnaire (stage 6): mentors and mentees answer it at the start and at the end of
 * their programme. The e-mail is collected by the form itself (`collectEmail`, like the other forms), so
 * each answer is tied to the person's pair or group by it. Titles are the response sheet's headers: the
 * parser's contract with «Ответы: мониторинг».
 */

/** «Этап»: which of the two questionnaires of a programme an answer is. */
export const MONITORING_PHASES = {
  start: 'начало программы',
  end: 'завершение программы',
} as const;
export type MonitoringPhase = keyof typeof MONITORING_PHASES;
export const MONITORING_PHASE_KEYS: readonly MonitoringPhase[] = ['start', 'end'];

/** «Ваша роль». */
export const MONITORING_ROLES = { mentor: 'наставник', mentee: 'наставляемый' } as const;
export type MonitoringRole = keyof typeof MONITORING_ROLES;

/** The six 1–10 scales: the question as the teacher reads it and a short label for the «Мониторинг» sheet. */
export const MONITORING_SCALES = {
  effectiveness: {
    title: 'Насколько эффективна для вас программа наставничества?',
    label: 'Эффективность программы',
  },
  comfort: {
    title: 'Насколько комфортно вам общение в паре (группе)?',
    label: 'Комфорт общения',
  },
  individualMeetings: {
    title: 'Насколько полезны индивидуальные встречи?',
    label: 'Польза индивидуальных встреч',
  },
  groupMeetings: {
    title: 'Насколько полезны групповые встречи и мероприятия?',
    label: 'Польза групповых встреч',
  },
  support: {
    title: 'Насколько вы ощущаете поддержку?',
    label: 'Ощущение поддержки',
  },
  goals: {
    title: 'Насколько понятны вам цели программы?',
    label: 'Понятность целей',
  },
} as const;
export type MonitoringScaleKey = keyof typeof MONITORING_SCALES;
export const MONITORING_SCALE_KEYS = Object.keys(MONITORING_SCALES) as MonitoringScaleKey[];

/** The yes/no questions whose share of «да» the sheet shows. */
export const MONITORING_FLAGS = {
  glad: {
    title: 'Рады ли вы, что участвуете в программе наставничества?',
    label: 'Рады участию в программе',
  },
  continueProgramme: {
    title: 'Хотели бы вы продолжить участие в наставничестве?',
    label: 'Хотят продолжить участие',
  },
  becomeMentor: {
    title: 'Хотели бы вы стать наставником (или остаться им)?',
    label: 'Хотят стать наставниками',
  },
  growth: {
    title: 'Видите ли вы свой профессиональный рост в колледже через 5 лет?',
    label: 'Видят свой рост в колледже через 5 лет',
  },
} as const;
export type MonitoringFlagKey = keyof typeof MONITORING_FLAGS;
export const MONITORING_FLAG_KEYS = Object.keys(MONITORING_FLAGS) as MonitoringFlagKey[];

/** Frequency of meetings, in the order the sheet lists them. */
export const MEETING_FREQUENCIES: readonly string[] = [
  'еженедельно',
  'ежемесячно',
  'реже раза в месяц',
  'не встречались',
];

/** Question titles that are not scales or flags (also response-sheet headers). */
export const MONITORING_TITLES = {
  fullName: 'Фамилия, имя, отчество',
  role: 'Ваша роль',
  phase: 'Этап',
  frequency: 'Как часто проходят ваши встречи?',
  valuable: 'Что было самым ценным?',
  missing: 'Чего вам не хватило?',
} as const;

const YES_NO_CHOICES: readonly string[] = ['да', 'нет'];

export const MONITORING_FORM: QuestionnaireSpec = {
  key: 'monitoring',
  title: 'Мониторинг программы наставничества',
  description:
    'Анкету заполняют наставники и наставляемые дважды: в начале и при завершении программы наставничества. ' +
    'Ответы помогают оценить, что работает, и улучшить программы. Заполнение займёт 3–5 минут. ' +
    'Ответы обрабатываются только при наличии вашего согласия на обработку персональных данных.',
  confirmation: 'Спасибо! Ваш ответ записан.',
  questions: [
    {
      key: 'fullName',
      kind: 'text',
      title: MONITORING_TITLES.fullName,
      help: 'Полностью, например: Иванова Мария Петровна.',
      required: true,
    },
    {
      key: 'role',
      kind: 'choice',
      title: MONITORING_TITLES.role,
      choices: [MONITORING_ROLES.mentor, MONITORING_ROLES.mentee],
      required: true,
    },
    {
      key: 'phase',
      kind: 'choice',
      title: MONITORING_TITLES.phase,
      help: 'В начале программы выберите «начало программы», по её итогам — «завершение программы».',
      choices: [MONITORING_PHASES.start, MONITORING_PHASES.end],
      required: true,
    },
    ...MONITORING_SCALE_KEYS.map((key) => ({
      key,
      kind: 'scale' as const,
      title: MONITORING_SCALES[key].title,
      low: 1,
      high: 10,
      lowLabel: 'совсем нет',
      highLabel: 'полностью',
      required: true,
    })),
    {
      key: 'frequency',
      kind: 'choice',
      title: MONITORING_TITLES.frequency,
      choices: MEETING_FREQUENCIES,
      required: true,
    },
    ...MONITORING_FLAG_KEYS.map((key) => ({
      key,
      kind: 'choice' as const,
      title: MONITORING_FLAGS[key].title,
      choices: YES_NO_CHOICES,
      required: true,
    })),
    { key: 'valuable', kind: 'paragraph', title: MONITORING_TITLES.valuable, required: false },
    { key: 'missing', kind: 'paragraph', title: MONITORING_TITLES.missing, required: false },
  ],
};

/**
 * Builds scenarios/sample.json: the sample college that `npm start` replays. Run it with
 * `npx tsx scenarios/build-sample.ts` after changing a table below; both files are committed, because the
 * JSON is what people read and what the replay uses.
 *
 * Everyone here is fictional: names, addresses, passports, phones (555 numbers) and e-mails at the
 * reserved domain college.example. The output is deterministic (no clock, no randomness).
 *
 * Form titles, question titles and every offered choice come from the questionnaire spec and the schema
 * constants, and the tables are checked against them, so the scenario cannot drift from the forms.
 * At the end of September the curator forms pairs and groups in «Подбор пар» (MATCHING below) and the
 * methodist makes the documents (DOCUMENTS below). From November to May the season runs (the tables after
 * DOCUMENTS): events and attendance, the monitoring questionnaire at the start and the end with reminders,
 * consents to publication and drafts, best practices and the round table, an early termination and the
 * closing of the pairs, the final report and the road-map dashboard.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import type { FormAnswer, Scenario, Step } from '../src/cli/scenario/scenario';
import { DEFAULT_COMPETENCES, MENTORING_FORMS } from '../src/core/schema/competences';
import {
  CATEGORIES,
  CONSENT_DECISIONS,
  CONSENT_FORM,
  EXPERIENCE_BANDS,
  MEETING_FORMATS,
  MEETING_TIMES,
  MENTEE_QUESTIONNAIRE,
  MENTOR_QUESTIONNAIRE,
  QuestionnaireSpec,
  SUPPORT_KINDS,
  YES_NO,
} from '../src/core/questionnaires/spec';
import { SETTINGS } from '../src/core/settings/settings';
import { roadmapRu } from '../src/core/messages/roadmap';
import { BEST_PRACTICE_FORM } from '../src/core/questionnaires/best-practice-spec';
import {
  MEETING_FREQUENCIES,
  MONITORING_FLAG_KEYS,
  MONITORING_FORM,
  MONITORING_PHASES,
  MONITORING_SCALE_KEYS,
} from '../src/core/questionnaires/monitoring-spec';
import {
  PUBLICATION_ALLOW,
  PUBLICATION_CATEGORIES,
  PUBLICATION_CONSENT_FORM,
  categoryQuestionKey,
} from '../src/core/questionnaires/publication-consent-spec';
import { PRACTICE_KINDS } from '../src/core/season/practices/columns';

// ─── The college ─────────────────────────────────────────────────────────────────────────────────────

export const COLLEGE = {
  spreadsheet: 'Наставничество педагогов 2026/27',
  /** The methodist who installs the add-on and owns its triggers. */
  user: 'metodist@college.example',
  start: '2026-09-01T09:00:00+03:00',
  /** «Настройки» as the methodist fills them in on the first day, by setting key. */
  settings: {
    'organization.fullName':
      'Профессиональное образовательное учреждение «Северодвинский колледж управления и информационных технологий»',
    'organization.shortName': 'ПОУ «СКУиИТ»',
    'organization.address': '164500, Архангельская область, г. Северодвинск, ул. Учебная, д. 7',
    'director.name': 'Лукьяненко Светлана Викторовна',
    'curator.name': 'Белова Ирина Андреевна',
    'curator.email': 'belova.ia@college.example',
    'curator.position': 'заместитель директора по учебно-методической работе',
    'organization.city': 'Северодвинск',
    'editors.personalData': 'metodist@college.example, belova.ia@college.example',
  } as Record<string, string>,
};

// ─── The teachers ────────────────────────────────────────────────────────────────────────────────────

/** What happens to the person's consent to personal-data processing during the scenario. */
export type ConsentCourse = 'дано' | 'нет' | 'отозвано';

/**
 * Self-assessed difficulty, 1 (none) … 5 (serious), one digit per competence in the order of
 * DEFAULT_COMPETENCES: рабочие программы · ФГОС · проектирование занятия · цифровые технологии ·
 * оценивание · дисциплина · кураторство · инклюзия · воспитательная работа · демоэкзамен · документация ·
 * аттестация · выгорание.
 */
type Difficulties = string;

type CompetenceKey = (typeof DEFAULT_COMPETENCES)[number]['key'];

export interface MenteeAnswers {
  pedagogicalEducation: 'да' | 'нет';
  difficulties: Difficulties;
  /** SUPPORT_KINDS, or the respondent's own words in «Другое». */
  support: string[];
  form: string;
  format: string;
  times?: string[];
  request: string;
}

export interface MentorAnswers {
  awards?: string;
  mentoredBefore: 'да' | 'нет';
  strengths: CompetenceKey[];
  form: string;
  capacity: number;
  format: string;
  times?: string[];
  needsTraining: 'да' | 'нет';
  willing: 'да' | 'да, но позже' | 'нет';
}

export interface Teacher {
  /** Short handle used by the timeline. */
  id: string;
  /** ФИО as the banks should hold it after normalisation. */
  name: string;
  gender: 'ж' | 'м';
  /** The address as the banks should hold it (trimmed, lower case). */
  email: string;
  position: string;
  subject: string;
  experience: string;
  category: string;
  phone?: string;
  consent: ConsentCourse;
  /** What the person actually typed, where it differs from the clean value (the messy cases). */
  typed?: { name?: string; email?: string; consentEmail?: string };
  mentee?: MenteeAnswers;
  /** Answers of a second mentee questionnaire, submitted later by the same person. */
  menteeUpdate?: Partial<MenteeAnswers>;
  mentor?: MentorAnswers;
}

const T = (t: Teacher): Teacher => t;

/** Potential mentors (the mentor questionnaire only). */
const MENTORS: Teacher[] = [
  T({
    id: 'gromova',
    name: 'Громова Татьяна Ивановна',
    gender: 'ж',
    email: 'gromova.ti@college.example',
    position: 'преподаватель',
    subject: 'ПЦК информационных технологий: информатика, основы алгоритмизации и программирования',
    experience: 'более 10 лет',
    category: 'высшая',
    phone: '8 (8184) 55-50-12',
    consent: 'дано',
    mentor: {
      awards:
        'Почётная грамота Минпросвещения России (2021); эксперт демонстрационного экзамена по компетенции «Программные решения для бизнеса»',
      mentoredBefore: 'да',
      strengths: ['digital', 'lessonDesign', 'demoExam', 'programs'],
      form: 'традиционная «один-на-один»',
      capacity: 2,
      format: 'очно',
      times: ['после занятий', 'в методический день'],
      needsTraining: 'нет',
      willing: 'да',
    },
  }),
  T({
    id: 'safonov',
    name: 'Сафонов Андрей Николаевич',
    gender: 'м',
    email: 'safonov.an@college.example',
    position: 'преподаватель',
    subject: 'ПЦК информационных технологий: компьютерные сети, МДК 01.01',
    experience: 'более 10 лет',
    category: 'высшая',
    consent: 'дано',
    mentor: {
      awards:
        'Почётный работник сферы образования РФ; главный эксперт регионального чемпионата «Профессионалы»',
      mentoredBefore: 'да',
      strengths: ['demoExam', 'digital', 'assessment'],
      form: 'групповая',
      capacity: 3,
      format: 'смешанный формат',
      times: ['в методический день'],
      needsTraining: 'нет',
      willing: 'да',
    },
  }),
  T({
    id: 'melnikova',
    name: 'Мельникова Елена Викторовна',
    gender: 'ж',
    email: 'melnikova.ev@college.example',
    position: 'председатель ПЦК, преподаватель',
    subject: 'ПЦК экономики и бухгалтерского учёта: бухгалтерский учёт, налоги и налогообложение',
    experience: 'более 10 лет',
    category: 'высшая',
    consent: 'дано',
    mentor: {
      awards: 'Почётная грамота министерства образования Архангельской области',
      mentoredBefore: 'да',
      strengths: ['programs', 'fgos', 'documentation', 'attestation'],
      form: '«педагог – педагог»',
      capacity: 2,
      format: 'очно',
      times: ['до занятий', 'после занятий'],
      needsTraining: 'нет',
      willing: 'да',
    },
  }),
  T({
    id: 'ershova',
    name: 'Ершова Наталья Петровна',
    gender: 'ж',
    email: 'ershova.np@college.example',
    position: 'преподаватель',
    subject: 'ПЦК экономики и бухгалтерского учёта: экономика организации, менеджмент',
    experience: 'от 5 до 10 лет',
    category: 'первая',
    consent: 'дано',
    mentor: {
      mentoredBefore: 'нет',
      strengths: ['assessment', 'lessonDesign', 'curatorship'],
      form: 'традиционная «один-на-один»',
      capacity: 1,
      format: 'очно',
      times: ['после занятий'],
      needsTraining: 'да',
      willing: 'да',
    },
  }),
  T({
    id: 'kirillov',
    name: 'Кириллов Сергей Владимирович',
    gender: 'м',
    email: 'kirillov.sv@college.example',
    position: 'преподаватель',
    subject: 'ПЦК права: гражданское право, трудовое право',
    experience: 'более 10 лет',
    category: 'высшая',
    consent: 'дано',
    mentor: {
      awards: 'Кандидат юридических наук',
      mentoredBefore: 'да',
      strengths: ['programs', 'assessment', 'attestation', 'fgos'],
      form: 'краткосрочная (целеполагающая)',
      capacity: 2,
      format: 'смешанный формат',
      times: ['в методический день'],
      needsTraining: 'нет',
      willing: 'да',
    },
  }),
  T({
    id: 'lapteva',
    name: 'Лаптева Ольга Геннадьевна',
    gender: 'ж',
    email: 'lapteva.og@college.example',
    position: 'преподаватель',
    subject: 'ПЦК права: право социального обеспечения, основы социальной работы',
    experience: 'от 5 до 10 лет',
    category: 'первая',
    consent: 'дано',
    mentor: {
      mentoredBefore: 'да',
      strengths: ['curatorship', 'upbringing', 'inclusion'],
      form: 'групповая',
      capacity: 3,
      format: 'очно',
      times: ['после занятий'],
      needsTraining: 'нет',
      willing: 'да',
    },
  }),
  T({
    id: 'zhuravleva',
    name: 'Журавлёва Марина Александровна',
    gender: 'ж',
    email: 'zhuravleva.ma@college.example',
    position: 'преподаватель',
    subject: 'ПЦК общеобразовательных дисциплин: русский язык, литература',
    experience: 'более 10 лет',
    category: 'высшая',
    consent: 'дано',
    // Types her address in capitals in both forms.
    typed: { email: 'ZHURAVLEVA.MA@COLLEGE.EXAMPLE', consentEmail: 'ZHURAVLEVA.MA@COLLEGE.EXAMPLE' },
    mentor: {
      awards: 'Победитель регионального этапа конкурса «Преподаватель года» (2019)',
      mentoredBefore: 'да',
      strengths: ['lessonDesign', 'assessment', 'discipline', 'curatorship'],
      form: 'традиционная «один-на-один»',
      capacity: 2,
      format: 'очно',
      times: ['до занятий', 'в перерывах'],
      needsTraining: 'нет',
      willing: 'да',
    },
  }),
  T({
    id: 'panov',
    name: 'Панов Виктор Степанович',
    gender: 'м',
    email: 'panov.vs@college.example',
    position: 'преподаватель',
    subject: 'ПЦК общеобразовательных дисциплин: математика',
    experience: 'более 10 лет',
    category: 'высшая',
    // Fills in the questionnaire but never the consent form.
    consent: 'нет',
    typed: { name: 'ПАНОВ Виктор Степанович' },
    mentor: {
      awards: 'Почётный работник среднего профессионального образования',
      mentoredBefore: 'да',
      strengths: ['programs', 'assessment', 'attestation'],
      form: 'ситуационная',
      capacity: 1,
      format: 'очно',
      times: ['в перерывах'],
      needsTraining: 'нет',
      willing: 'да, но позже',
    },
  }),
  T({
    id: 'golubeva',
    name: 'Голубева Ирина Юрьевна',
    gender: 'ж',
    email: 'golubeva.iyu@college.example',
    position: 'преподаватель',
    subject: 'ПЦК иностранных языков: английский язык в профессиональной деятельности',
    experience: 'более 10 лет',
    category: 'высшая',
    consent: 'дано',
    mentor: {
      mentoredBefore: 'да',
      strengths: ['digital', 'lessonDesign', 'demoExam'],
      form: 'виртуальная (дистанционная)',
      capacity: 3,
      format: 'дистанционно',
      times: ['после занятий'],
      needsTraining: 'нет',
      willing: 'да',
    },
  }),
  T({
    id: 'tarasov',
    name: 'Тарасов Дмитрий Олегович',
    gender: 'м',
    email: 'tarasov.do@college.example',
    position: 'руководитель физического воспитания',
    subject: 'ПЦК физической культуры и ОБЗР: физическая культура',
    experience: 'от 5 до 10 лет',
    category: 'первая',
    phone: '89115550147',
    consent: 'дано',
    mentor: {
      awards: 'Мастер спорта России по лыжным гонкам',
      mentoredBefore: 'нет',
      strengths: ['discipline', 'upbringing', 'curatorship'],
      form: 'групповая',
      capacity: 4,
      format: 'очно',
      times: ['после занятий'],
      needsTraining: 'да',
      willing: 'да',
    },
  }),
  T({
    id: 'kiseleva',
    name: 'Киселёва Людмила Борисовна',
    gender: 'ж',
    email: 'kiseleva.lb@college.example',
    position: 'преподаватель',
    subject: 'ПЦК общеобразовательных дисциплин: история, обществознание',
    experience: 'более 10 лет',
    category: 'высшая',
    consent: 'дано',
    mentor: {
      awards: 'Почётная грамота Министерства просвещения Российской Федерации',
      mentoredBefore: 'да',
      strengths: ['upbringing', 'curatorship', 'inclusion', 'programs'],
      form: '«педагог – педагог»',
      capacity: 2,
      format: 'очно',
      times: ['в методический день'],
      needsTraining: 'нет',
      willing: 'да',
    },
  }),
  T({
    id: 'fedorov',
    name: 'Фёдоров Павел Ильич',
    gender: 'м',
    email: 'fedorov.pi@college.example',
    position: 'преподаватель',
    subject: 'ПЦК информационных технологий: разработка программных модулей, базы данных',
    experience: 'от 5 до 10 лет',
    category: 'первая',
    consent: 'дано',
    mentor: {
      mentoredBefore: 'нет',
      strengths: ['digital', 'demoExam'],
      form: 'реверсивная',
      capacity: 3,
      format: 'смешанный формат',
      times: ['после занятий'],
      needsTraining: 'да',
      willing: 'да',
    },
  }),
  T({
    id: 'bondarenko',
    name: 'Бондаренко Галина Михайловна',
    gender: 'ж',
    email: 'bondarenko.gm@college.example',
    position: 'преподаватель',
    subject: 'ПЦК экономики и бухгалтерского учёта: статистика, финансы, денежное обращение и кредит',
    experience: 'более 10 лет',
    category: 'высшая',
    consent: 'дано',
    mentor: {
      mentoredBefore: 'да',
      strengths: ['documentation', 'attestation', 'programs'],
      form: 'традиционная «один-на-один»',
      capacity: 1,
      format: 'очно',
      times: ['до занятий'],
      needsTraining: 'нет',
      willing: 'нет',
    },
  }),
  T({
    id: 'nikitina',
    name: 'Никитина Вера Анатольевна',
    gender: 'ж',
    email: 'nikitina.va@college.example',
    position: 'педагог-психолог',
    subject: 'Психолого-педагогическое сопровождение; ПЦК общеобразовательных дисциплин: психология общения',
    experience: 'более 10 лет',
    category: 'первая',
    consent: 'дано',
    mentor: {
      mentoredBefore: 'да',
      strengths: ['burnout', 'discipline', 'inclusion'],
      form: 'ситуационная',
      capacity: 5,
      format: 'смешанный формат',
      times: ['в перерывах', 'после занятий'],
      needsTraining: 'нет',
      willing: 'да',
    },
  }),
];

/** Experienced teachers who fill in both questionnaires: strong in one field, asking for help in another. */
const MENTORS_AND_MENTEES: Teacher[] = [
  T({
    id: 'orlova',
    name: 'Орлова Светлана Дмитриевна',
    gender: 'ж',
    email: 'orlova.sd@college.example',
    position: 'преподаватель',
    subject: 'ПЦК иностранных языков: немецкий язык, английский язык',
    experience: 'более 10 лет',
    category: 'высшая',
    consent: 'дано',
    mentor: {
      mentoredBefore: 'да',
      strengths: ['lessonDesign', 'assessment', 'attestation'],
      form: 'традиционная «один-на-один»',
      capacity: 2,
      format: 'очно',
      times: ['после занятий'],
      needsTraining: 'нет',
      willing: 'да',
    },
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '1214111113221',
      support: ['совместная разработка занятий', 'индивидуальные консультации'],
      form: 'реверсивная',
      format: 'смешанный формат',
      times: ['в методический день'],
      request:
        'Освоить электронные образовательные ресурсы и платформу дистанционного обучения колледжа: хочу перевести часть заданий в онлайн-формат. Взамен готова помочь молодым коллегам с методикой занятия.',
    },
  }),
  T({
    id: 'vorontsov',
    name: 'Воронцов Игорь Валентинович',
    gender: 'м',
    email: 'vorontsov.iv@college.example',
    position: 'преподаватель',
    subject: 'ПЦК права: административное право, конституционное право',
    experience: 'более 10 лет',
    category: 'первая',
    consent: 'дано',
    mentor: {
      mentoredBefore: 'нет',
      strengths: ['programs', 'documentation'],
      form: '«педагог – педагог»',
      capacity: 1,
      format: 'очно',
      times: ['до занятий'],
      needsTraining: 'да',
      willing: 'да, но позже',
    },
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '2214311115322',
      support: ['посещение занятий наставника', 'групповые встречи'],
      form: 'краткосрочная (целеполагающая)',
      format: 'очно',
      request:
        'Подготовка студентов к демонстрационному экзамену по специальности 40.02.04 «Юриспруденция»: не знаю требований к оценочным материалам и регламента проведения.',
    },
  }),
];

/** Very long free text: a young teacher pastes her whole semester plan into the main request. */
const LONG_REQUEST = ((): string => {
  const topics = [
    'входной контроль и знакомство с группой',
    'нормативная база делопроизводства',
    'оформление организационно-распорядительных документов',
    'реквизиты документа по ГОСТ Р 7.0.97-2016',
    'составление приказа по основной деятельности',
    'служебная переписка',
    'регистрация и контроль исполнения документов',
    'номенклатура дел',
    'электронный документооборот: практикум',
    'архивное хранение документов',
    'деловая игра «Канцелярия»',
    'промежуточная аттестация',
  ];
  const lines = [
    'Мне трудно сформулировать один запрос, поэтому опишу всё подробно. Я второй год веду «Документационное обеспечение управления» у трёх групп, ' +
      'рабочую программу получила в готовом виде и не понимаю, как связать её с КТП и ФОС. Ниже мой план на семестр — ' +
      'прошу наставника посмотреть, где я ошибаюсь в распределении часов, формах контроля и оценивании.',
  ];
  for (let week = 1; week <= 36; week += 1) {
    const topic = topics[(week - 1) % topics.length]!;
    lines.push(
      `Неделя ${week}: ${topic}; лекция 2 ч., практическое занятие 2 ч.; форма контроля — ` +
        `${week % 3 === 0 ? 'тест в электронном журнале' : week % 3 === 1 ? 'устный опрос' : 'практическая работа с проверкой по критериям'}; ` +
        'не уверена, что критерии оценивания соответствуют ФОС и что нагрузка посильна для студентов первого курса.',
    );
  }
  lines.push(
    'Отдельно прошу помочь с кураторством: группа большая, родители пишут в мессенджеры в любое время, и я не успеваю готовиться к занятиям.',
  );
  return lines.join('\n');
})();

/** Teachers asking for a mentor (the mentee questionnaire). */
const MENTEES: Teacher[] = [
  T({
    id: 'petrova',
    name: 'Петрова Анна Сергеевна',
    gender: 'ж',
    email: 'petrova.as@college.example',
    position: 'преподаватель',
    subject: 'ПЦК информационных технологий: веб-программирование',
    experience: 'менее 1 года',
    category: 'без категории',
    consent: 'дано',
    // Lower case, doubled and surrounding spaces: the bank should show «Петрова Анна Сергеевна».
    typed: { name: '  петрова  анна сергеевна ' },
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '5451443332421',
      support: [
        'посещение занятий наставника',
        'совместная разработка занятий',
        'индивидуальные консультации',
      ],
      form: 'традиционная «один-на-один»',
      format: 'очно',
      times: ['после занятий'],
      request:
        'Я пришла из IT-компании и впервые работаю преподавателем. Хочу научиться составлять рабочую программу и КТП, планировать занятие по времени и держать дисциплину на парах второго курса.',
    },
  }),
  T({
    id: 'smirnov',
    name: 'Смирнов Кирилл Алексеевич',
    gender: 'м',
    email: 'smirnov.ka@college.example',
    position: 'преподаватель',
    subject: 'ПЦК информационных технологий: операционные системы и среды',
    experience: 'от 1 до 3 лет',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '4332522123344',
      support: ['индивидуальные консультации', 'дистанционное общение'],
      form: 'виртуальная (дистанционная)',
      format: 'дистанционно',
      request:
        'Разобраться с ФОС и критериями оценивания практических работ; подготовиться к первой аттестации на категорию.',
    },
  }),
  T({
    id: 'sokolova',
    name: 'Соколова Дарья Игоревна',
    gender: 'ж',
    email: 'sokolova.di@college.example',
    position: 'преподаватель',
    subject: 'ПЦК информационных технологий: информатика (первый курс)',
    experience: 'менее 1 года',
    category: 'без категории',
    consent: 'дано',
    // The second letter is a Latin «o» (U+006F): typed on an English layout. The consent form has it right.
    typed: { name: 'С\u006Fколова Дарья Игоревна' },
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '4343442322432',
      support: ['посещение занятий наставника', 'групповые встречи'],
      form: 'групповая',
      format: 'очно',
      times: ['в перерывах', 'после занятий'],
      request:
        'Как сделать занятия по информатике интересными для первокурсников, которые пришли после 9 класса, и как оценивать их проекты.',
    },
  }),
  T({
    id: 'kuznetsova',
    name: 'Кузнецова Алина Романовна',
    gender: 'ж',
    email: 'kuznetsova.ar@college.example',
    position: 'преподаватель',
    subject: 'ПЦК экономики и бухгалтерского учёта: бухгалтерский учёт, 1С: Бухгалтерия',
    experience: 'менее 1 года',
    category: 'без категории',
    consent: 'дано',
    // Mixed case in the questionnaire, lower case in the consent form: one person.
    typed: { email: 'Kuznetsova.AR@College.Example' },
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '4353532221331',
      support: ['посещение занятий наставника', 'индивидуальные консультации'],
      form: '«педагог – педагог»',
      format: 'очно',
      times: ['после занятий'],
      request:
        'Освоить проектирование практического занятия в 1С и оценивание: пока не понимаю, как выставлять оценки за практикум.',
    },
  }),
  T({
    id: 'morozov',
    name: 'Морозов Артём Денисович',
    gender: 'м',
    email: 'morozov.ad@college.example',
    position: 'преподаватель',
    subject: 'ПЦК права: теория государства и права',
    experience: 'от 1 до 3 лет',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '3322345242322',
      support: ['совместная разработка занятий', 'групповые встречи'],
      form: 'групповая',
      format: 'смешанный формат',
      request:
        'Первый год веду кураторскую работу: не хватает опыта работы с родителями и с пропусками занятий.',
    },
  }),
  T({
    id: 'vasileva',
    name: 'Васильева Ксения Павловна',
    gender: 'ж',
    email: 'vasileva.kp@college.example',
    position: 'преподаватель',
    subject: 'ПЦК иностранных языков: английский язык',
    experience: 'менее 1 года',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '3323252331321',
      support: ['посещение занятий наставника', 'дистанционное общение'],
      form: 'виртуальная (дистанционная)',
      format: 'дистанционно',
      request: 'Дисциплина и мотивация на занятиях английского языка в группах технического профиля.',
    },
  }),
  T({
    id: 'zueva',
    name: 'Зуева Полина Андреевна',
    gender: 'ж',
    email: 'zueva.pa@college.example',
    position: 'преподаватель',
    subject: 'ПЦК общеобразовательных дисциплин: химия, биология',
    experience: 'от 1 до 3 лет',
    category: 'соответствие занимаемой должности',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '2232221112353',
      // The last one is her own words in «Другое».
      support: [
        'посещение занятий наставника',
        'индивидуальные консультации',
        'помощь с лабораторными работами',
      ],
      form: 'традиционная «один-на-один»',
      format: 'очно',
      times: ['в методический день'],
      request: 'Подготовка к аттестации на первую категорию: портфолио, открытое занятие, самоанализ.',
    },
  }),
  T({
    id: 'lebedev',
    name: 'Лебедев Никита Сергеевич',
    gender: 'м',
    email: 'lebedev.ns@college.example',
    position: 'преподаватель',
    subject: 'ПЦК физической культуры и ОБЗР: физическая культура',
    experience: 'менее 1 года',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '3324435523231',
      support: ['индивидуальные консультации', 'групповые встречи'],
      form: 'групповая',
      format: 'очно',
      request:
        'Занятия со студентами с ОВЗ на физкультуре: как адаптировать нормативы, оценивание и документацию.',
    },
  }),
  T({
    id: 'semenova',
    name: 'Семёнова Виктория Олеговна',
    gender: 'ж',
    email: 'semenova.vo@college.example',
    position: 'преподаватель',
    subject: 'ПЦК экономики и бухгалтерского учёта: маркетинг, основы предпринимательской деятельности',
    experience: 'от 1 до 3 лет',
    category: 'соответствие занимаемой должности',
    // A phone with a leading «+», spaces and a hyphen: it must stay text, exactly as typed.
    phone: '+7 921 555-12-34',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '2325321112222',
      support: ['совместная разработка занятий', 'дистанционное общение'],
      form: 'реверсивная',
      format: 'смешанный формат',
      request: 'Цифровые инструменты на занятиях: интерактивные задания, онлайн-тесты, электронный журнал.',
    },
  }),
  T({
    id: 'egorova',
    name: 'Егорова Валерия Максимовна',
    gender: 'ж',
    email: 'egorova.vm@college.example',
    position: 'преподаватель',
    subject: 'ПЦК права: гражданский процесс, семейное право',
    experience: 'менее 1 года',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '5443432222522',
      support: ['совместная разработка занятий', 'индивидуальные консультации'],
      form: 'традиционная «один-на-один»',
      format: 'очно',
      // Starts with «-»: a list, not a formula.
      request:
        '- разработать ФОС по МДК 01.01\n- научиться заполнять электронный журнал\n- подготовить открытое занятие к весне',
    },
  }),
  T({
    id: 'pavlov',
    name: 'Павлов Денис Игоревич',
    gender: 'м',
    email: 'pavlov.di@college.example',
    position: 'преподаватель',
    subject: 'ПЦК информационных технологий: компьютерная графика, дизайн интерфейсов',
    experience: 'от 1 до 3 лет',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '3333543221332',
      support: ['индивидуальные консультации'],
      form: 'скоростная',
      format: 'очно',
      // Starts with «=» and even names a spreadsheet function: it must stay text.
      request:
        '=СРЗНАЧ не считает мой рейтинг: хочу научиться вести накопительную систему оценивания в электронном журнале.',
    },
  }),
  T({
    id: 'komarova',
    name: 'Комарова Юлия Вадимовна',
    gender: 'ж',
    email: 'komarova.yuv@college.example',
    position: 'преподаватель',
    subject: 'ПЦК общеобразовательных дисциплин: математика',
    experience: 'от 3 до 5 лет',
    category: 'первая',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '2213221111322',
      support: ['групповые встречи'],
      form: 'краткосрочная (целеполагающая)',
      format: 'очно',
      request: 'Подготовка студентов к олимпиадам по математике.',
    },
    // Two weeks later she sends the questionnaire again with a fuller request: her row is updated.
    menteeUpdate: {
      difficulties: '2233221111322',
      support: ['групповые встречи', 'посещение занятий наставника'],
      request:
        'Подготовка студентов к олимпиадам по математике и проектирование занятий с элементами финансовой грамотности (дополнила после беседы с председателем ПЦК).',
    },
  }),
  T({
    id: 'belousov',
    name: 'Белоусов Максим Андреевич',
    gender: 'м',
    email: 'belousov.ma@college.example',
    position: 'преподаватель',
    subject: 'ПЦК информационных технологий: информационная безопасность',
    experience: 'менее 1 года',
    category: 'без категории',
    consent: 'нет',
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '5552442332431',
      support: ['посещение занятий наставника', 'индивидуальные консультации'],
      form: 'традиционная «один-на-один»',
      format: 'очно',
      request: 'Методика проведения лабораторных работ по защите информации и разработка ФОС.',
    },
  }),
  T({
    id: 'krylova',
    name: 'Крылова Евгения Михайловна',
    gender: 'ж',
    email: 'krylova.em@college.example',
    position: 'преподаватель',
    subject: 'ПЦК экономики и бухгалтерского учёта: документационное обеспечение управления',
    experience: 'от 1 до 3 лет',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '5443334142434',
      support: ['совместная разработка занятий', 'индивидуальные консультации', 'групповые встречи'],
      form: 'традиционная «один-на-один»',
      format: 'очно',
      times: ['после занятий'],
      request: LONG_REQUEST,
    },
  }),
  T({
    id: 'grigoreva',
    name: 'Григорьева Маргарита Сергеевна',
    gender: 'ж',
    email: 'grigoreva.ms@college.example',
    position: 'преподаватель',
    subject: 'ПЦК иностранных языков: немецкий язык',
    experience: 'от 3 до 5 лет',
    category: 'соответствие занимаемой должности',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '1112233221235',
      support: ['индивидуальные консультации', 'групповые встречи'],
      form: 'ситуационная',
      format: 'смешанный формат',
      request:
        'Чувствую усталость после трёх лет работы с большой нагрузкой; хочу выстроить баланс и найти новые формы работы.',
    },
  }),
  T({
    id: 'medvedev',
    name: 'Медведев Роман Евгеньевич',
    gender: 'м',
    email: 'medvedev.re@college.example',
    position: 'преподаватель',
    subject: 'ПЦК права: основы уголовного права, криминалистика',
    experience: 'менее 1 года',
    category: 'без категории',
    phone: '+7 911 555-40-40',
    // Gives consent, then withdraws it through the consent form three weeks later.
    consent: 'отозвано',
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '4442332222421',
      support: ['посещение занятий наставника'],
      form: 'традиционная «один-на-один»',
      format: 'очно',
      request: 'Как выстроить практические занятия по криминалистике, чтобы они не превращались в лекцию.',
    },
  }),
  T({
    id: 'ilina',
    name: 'Ильина Татьяна Валерьевна',
    gender: 'ж',
    email: 'ilina.tv@college.example',
    position: 'преподаватель',
    subject: 'ПЦК общеобразовательных дисциплин: физика, астрономия',
    experience: 'от 1 до 3 лет',
    category: 'без категории',
    phone: '+79005550199',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '2224332221211',
      support: ['посещение занятий наставника', 'совместная разработка занятий'],
      form: '«педагог – педагог»',
      format: 'очно',
      request: 'Виртуальные лабораторные работы по физике и их оценивание.',
    },
  }),
  T({
    id: 'frolova',
    name: 'Фролова Анастасия Витальевна',
    gender: 'ж',
    email: 'frolova.av@college.example',
    position: 'преподаватель',
    subject: 'ПЦК общеобразовательных дисциплин: история',
    experience: 'менее 1 года',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '3433343432331',
      support: ['посещение занятий наставника', 'групповые встречи'],
      form: 'групповая',
      format: 'очно',
      request: 'Рабочая программа по истории по обновлённому ФГОС СПО и воспитательный компонент занятий.',
    },
  }),
  T({
    id: 'aleksandrov',
    name: 'Александров Глеб Романович',
    gender: 'м',
    email: 'aleksandrov.gr@college.example',
    position: 'преподаватель-организатор ОБЗР',
    subject: 'ПЦК физической культуры и ОБЗР: основы безопасности и защиты Родины',
    experience: 'от 1 до 3 лет',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '4432322333421',
      support: ['совместная разработка занятий'],
      form: '«руководитель – педагог»',
      format: 'очно',
      request: 'Рабочая программа нового курса ОБЗР и документация по учебным сборам.',
    },
  }),
  T({
    id: 'yakovleva',
    name: 'Яковлева Елизавета Дмитриевна',
    gender: 'ж',
    email: 'yakovleva.ed@college.example',
    position: 'преподаватель',
    subject: 'ПЦК общеобразовательных дисциплин: обществознание',
    experience: 'менее 1 года',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '3332344431321',
      support: ['посещение занятий наставника', 'индивидуальные консультации'],
      form: 'традиционная «один-на-один»',
      format: 'очно',
      request:
        'Воспитательная работа и кураторство: веду группу первого курса, хочу научиться работать с конфликтами.',
    },
  }),
  T({
    id: 'timofeeva',
    name: 'Тимофеева Ольга Станиславовна',
    gender: 'ж',
    email: 'timofeeva.os@college.example',
    position: 'преподаватель',
    subject: 'ПЦК экономики и бухгалтерского учёта: финансы, анализ финансово-хозяйственной деятельности',
    experience: 'от 3 до 5 лет',
    category: 'соответствие занимаемой должности',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '4442322222331',
      support: ['совместная разработка занятий', 'дистанционное общение'],
      form: 'краткосрочная (целеполагающая)',
      format: 'смешанный формат',
      request:
        'Перешла в колледж из банка: нужна помощь с методикой — ФГОС СПО, рабочие программы и формы контроля.',
    },
  }),
  T({
    id: 'maksimov',
    name: 'Максимов Илья Владимирович',
    gender: 'м',
    email: 'maksimov.iv@college.example',
    position: 'преподаватель',
    subject: 'ПЦК информационных технологий: архитектура аппаратных средств',
    experience: 'менее 1 года',
    category: 'без категории',
    consent: 'нет',
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '4443432232321',
      support: ['индивидуальные консультации'],
      form: 'виртуальная (дистанционная)',
      format: 'дистанционно',
      request: 'Планирование занятий и оценивание практических работ по аппаратному обеспечению.',
    },
  }),
  T({
    id: 'sergeeva',
    name: 'Сергеева Марина Эдуардовна',
    gender: 'ж',
    email: 'sergeeva.me@college.example',
    position: 'мастер производственного обучения',
    subject: 'ПЦК информационных технологий: учебная практика, наладка компьютерных систем',
    experience: 'от 1 до 3 лет',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'нет',
      difficulties: '4433322224431',
      support: ['посещение занятий наставника', 'совместная разработка занятий'],
      form: 'традиционная «один-на-один»',
      format: 'очно',
      request:
        'Подготовка студентов к демонстрационному экзамену и документация учебной практики (дневники, отчёты).',
    },
  }),
  T({
    id: 'guseva',
    name: 'Гусева Алёна Игоревна',
    gender: 'ж',
    email: 'guseva.ai@college.example',
    position: 'преподаватель',
    subject: 'ПЦК иностранных языков: английский язык',
    experience: 'от 1 до 3 лет',
    category: 'без категории',
    consent: 'дано',
    mentee: {
      pedagogicalEducation: 'да',
      difficulties: '2234322221322',
      support: ['групповые встречи', 'дистанционное общение'],
      form: 'виртуальная (дистанционная)',
      format: 'дистанционно',
      times: ['после занятий'],
      request: 'Цифровые сервисы для отработки лексики и подготовка к аттестации.',
    },
  }),
];

export const TEACHERS: readonly Teacher[] = [...MENTORS, ...MENTORS_AND_MENTEES, ...MENTEES];

// ─── What happens when ───────────────────────────────────────────────────────────────────────────────

/**
 * `mentee:id`, `mentor:id` and `consent:id` submit a form; `mentee-again:id` is the re-submission;
 * `withdraw:id` answers the consent form «Отзываю согласие». Events of a batch are a few minutes apart.
 */
interface Batch {
  at: string;
  note: string;
  events: string[];
}

export const TIMELINE: readonly Batch[] = [
  {
    at: '2026-09-02T10:05:00+03:00',
    note: 'after the teachers’ council: the first mentees answer on their phones',
    events: [
      'mentee:petrova',
      'consent:petrova',
      'mentee:smirnov',
      'mentee:sokolova',
      'consent:sokolova',
      'consent:smirnov',
      'mentee:kuznetsova',
      'consent:kuznetsova',
      'mentee:morozov',
      'mentee:medvedev',
      'consent:medvedev',
      'consent:morozov',
      'mentee:belousov',
    ],
  },
  {
    at: '2026-09-03T13:40:00+03:00',
    note: 'the second day of answers',
    events: [
      'mentee:vasileva',
      'consent:vasileva',
      'consent:zueva',
      'mentee:zueva',
      'mentee:lebedev',
      'consent:lebedev',
      'mentee:semenova',
      'consent:semenova',
      'mentee:egorova',
      'consent:egorova',
      'mentee:pavlov',
      'consent:pavlov',
    ],
  },
  {
    at: '2026-09-07T09:15:00+03:00',
    note: 'the curator asks experienced teachers to fill in the mentor questionnaire',
    events: [
      'mentor:gromova',
      'consent:gromova',
      'mentor:safonov',
      'consent:safonov',
      'mentor:melnikova',
      'consent:melnikova',
      'consent:tarasov',
      'mentor:tarasov',
      'mentor:zhuravleva',
      'consent:zhuravleva',
      'mentor:panov',
      'mentor:kirillov',
      'consent:kirillov',
    ],
  },
  {
    at: '2026-09-09T14:30:00+03:00',
    note: 'more mentors, and two teachers who are both',
    events: [
      'mentor:ershova',
      'consent:ershova',
      'mentor:lapteva',
      'consent:lapteva',
      'consent:orlova',
      'mentor:orlova',
      'mentee:orlova',
      'mentor:golubeva',
      'consent:golubeva',
      'mentor:vorontsov',
      'mentee:vorontsov',
      'consent:vorontsov',
      'mentor:kiseleva',
      'consent:kiseleva',
    ],
  },
  {
    at: '2026-09-14T11:20:00+03:00',
    note: 'a reminder in the staff chat brings the rest',
    events: [
      'mentee:komarova',
      'consent:komarova',
      'mentee:krylova',
      'consent:krylova',
      'mentee:grigoreva',
      'consent:grigoreva',
      'mentee:ilina',
      'consent:ilina',
      'mentee:frolova',
      'consent:frolova',
      'mentee:aleksandrov',
      'consent:aleksandrov',
      'mentor:fedorov',
      'consent:fedorov',
      'mentee:yakovleva',
      'consent:yakovleva',
    ],
  },
  {
    at: '2026-09-16T15:10:00+03:00',
    note: 'late answers and one re-submission',
    events: [
      'mentee:timofeeva',
      'consent:timofeeva',
      'mentee:maksimov',
      'mentor:bondarenko',
      'consent:bondarenko',
      'mentor:nikitina',
      'consent:nikitina',
      'mentee:sergeeva',
      'consent:sergeeva',
      'mentee:guseva',
      'consent:guseva',
      'mentee-again:komarova',
    ],
  },
  {
    at: '2026-09-21T12:45:00+03:00',
    note: 'a young teacher changes his mind and withdraws his consent',
    events: ['withdraw:medvedev'],
  },
];

/** Minutes between two answers in a batch: people do not all press «Отправить» at once. */
const GAPS = [4, 13, 7, 22, 3, 9, 16, 5, 31, 8, 11, 6];

// ─── Forming pairs at the end of September (stages 4–5) ────────────────────────────────────────────

/**
 * What the curator decides in «Подбор пар». She names proposals the way she knows them — by a mentee
 * («the proposal for Петрова») or, for a group, by its mentor — never by the numbers a run happens to
 * give (the server functions accept such a partial reference: ProposalLookup in src/core/pairs/contract.ts).
 * Who ends up in which group is what the sidebar showed her after the second run; `checkMatching` and the
 * end-to-end test hold the replay to it.
 */
export const MATCHING = {
  /** Monday after the banks were checked: the first «Подобрать пары», with the default settings. */
  firstRun: '2026-09-28T10:00:00+03:00',
  /**
   * Stage 4 («Подобрать наставника…»): the curator looks at every mentor for Орлова, whom the first run
   * gave Фёдоров (46,7): her best, Голубева (57,5, the same commission), is full with two mentees.
   */
  rankFor: 'orlova',
  /** Голубева declared 3 mentees; the default capacity (2) caps her, so the curator raises it for her only. */
  capacityOverride: { mentor: 'golubeva', value: 3 },
  /**
   * The curator doubles the points for the meeting format (remote teachers need remote mentors) and
   * raises the floor from 30: a weaker pair is not worth proposing.
   */
  settings: { 'matching.weight.format': '10', 'matching.minScore': '35' } as Record<string, string>,
  /** Pinned before the second run, so re-matching the rest cannot break up Сафонов's group. */
  pin: 'safonov',
  secondRun: '2026-09-28T11:30:00+03:00',
  /**
   * Groups as the second run proposes them (mentors whose form is «групповая»; each takes at most the
   * number they declared, up to the group size), in the sheet's order, accepted by mentor.
   */
  groups: {
    safonov: ['smirnov', 'sokolova', 'pavlov'],
    tarasov: ['lebedev', 'aleksandrov'],
    lapteva: ['morozov'],
  } as Record<string, string[]>,
  /**
   * A philologist for a mathematician preparing olympiads: the curator forbids the pair, and the sidebar
   * at once proposes the best other mentor with a free place at or above the floor (`offered`). The
   * curator leaves that proposal open: the mathematician she wants, Панов, has not given his consent yet.
   */
  forbid: { mentor: 'zhuravleva', mentee: 'komarova', offered: 'orlova' },
  /** The next morning: «Подбор пар», then «Подобрать заново» for what is still open. */
  thirdRun: '2026-09-29T09:40:00+03:00',
  /**
   * The proposal the curator rejects after that run: Фёдоров has never mentored and asked for training
   * himself, so Семёнова's request waits until he has had it.
   */
  reject: { mentee: 'semenova', mentor: 'fedorov' },
};

// ─── The documents (stages 1 and 5.2) ───────────────────────────────────────────────────────────────

/**
 * When the pairs are settled the methodist checks the templates and makes the documents: the local acts
 * (the order approving the regulation, the regulation, the road map), then the documents on the pairs
 * (one order on every approved pair and group, a programme for each, a written consent per mentor). She
 * makes the pair documents a second time after a look at them: they must be replaced, not duplicated.
 */
export const DOCUMENTS = {
  at: '2026-09-29T11:00:00+03:00',
  /** Minutes between the first and the second «Сформировать документы по парам». */
  againAfterMinutes: 20,
  /**
   * Then the methodist waits: a generation that would outlast Apps Script's 6 minutes stops itself and a
   * one-off trigger continues it a minute later (src/core/documents/batch-job.ts).
   */
  continuationWaitMinutes: 5,
};

// ─── The season: November to May (stages 4.2, 6 and 7) ──────────────────────────────────────────────

/**
 * «Пары и группы» as the sheet lists them once September is over, row by row from row 2: the number the
 * matching runs gave, the mentor and the mentees (ids of TEACHERS), and the status. It is what the
 * curator sees and what the season's steps point at (closing a pair selects its row; «все» in
 * «Участники» means these people in this order). `checkSeason` holds it to MATCHING, the end-to-end test
 * holds the replay to it.
 */
export const PAIRS_AFTER_SEPTEMBER: ReadonlyArray<{
  id: string;
  mentor: string;
  mentees: string[];
  status: 'утверждена' | 'предложена';
}> = [
  { id: '19', mentor: 'gromova', mentees: ['petrova'], status: 'утверждена' },
  { id: '20', mentor: 'gromova', mentees: ['sergeeva'], status: 'утверждена' },
  { id: '21', mentor: 'melnikova', mentees: ['kuznetsova'], status: 'утверждена' },
  { id: '22', mentor: 'melnikova', mentees: ['timofeeva'], status: 'утверждена' },
  { id: '24', mentor: 'zhuravleva', mentees: ['yakovleva'], status: 'утверждена' },
  { id: '25', mentor: 'kirillov', mentees: ['egorova'], status: 'утверждена' },
  { id: '26', mentor: 'kirillov', mentees: ['vorontsov'], status: 'утверждена' },
  { id: '27', mentor: 'ershova', mentees: ['krylova'], status: 'утверждена' },
  { id: '28', mentor: 'orlova', mentees: ['zueva'], status: 'утверждена' },
  { id: '29', mentor: 'golubeva', mentees: ['vasileva'], status: 'утверждена' },
  { id: '30', mentor: 'golubeva', mentees: ['orlova'], status: 'утверждена' },
  { id: '31', mentor: 'golubeva', mentees: ['guseva'], status: 'утверждена' },
  { id: '32', mentor: 'kiseleva', mentees: ['ilina'], status: 'утверждена' },
  { id: '33', mentor: 'kiseleva', mentees: ['frolova'], status: 'утверждена' },
  // The proposal the sidebar made after the forbid: the curator still waits for a mathematician.
  { id: '38', mentor: 'orlova', mentees: ['komarova'], status: 'предложена' },
  { id: '35', mentor: 'nikitina', mentees: ['grigoreva'], status: 'утверждена' },
  { id: '18', mentor: 'safonov', mentees: ['smirnov', 'sokolova', 'pavlov'], status: 'утверждена' },
  { id: '36', mentor: 'tarasov', mentees: ['lebedev', 'aleksandrov'], status: 'утверждена' },
  { id: '37', mentor: 'lapteva', mentees: ['morozov'], status: 'утверждена' },
];

/** The row of «Пары и группы» holding a mentee (a pair) or, for `group:<mentor>`, a group. */
export function pairRow(ref: string): number {
  const at = PAIRS_AFTER_SEPTEMBER.findIndex((p) =>
    ref.startsWith('group:') ? p.mentees.length > 1 && p.mentor === ref.slice(6) : p.mentees.includes(ref),
  );
  if (at < 0) throw new Error(`No row of «Пары и группы» holds ${ref}`);
  return at + 2;
}

/** The row of «Пары и группы» a mentee or `group:<mentor>` names, as PAIRS_AFTER_SEPTEMBER has it. */
export const pairOf = (ref: string) => PAIRS_AFTER_SEPTEMBER[pairRow(ref) - 2]!;

/** The approved pairs and groups: the programmes of the year. */
export const approvedPairs = () => PAIRS_AFTER_SEPTEMBER.filter((p) => p.status === 'утверждена');

/**
 * Everyone in an approved pair or group, once, in the sheet's order (a mentor of two pairs, or Орлова who
 * mentors one pair and is mentored in another, once): the people the monitoring expects to answer.
 */
export function programmeParticipants(): Array<{ id: string; role: 'наставник' | 'наставляемый' }> {
  const out: Array<{ id: string; role: 'наставник' | 'наставляемый' }> = [];
  const add = (id: string, role: 'наставник' | 'наставляемый'): void => {
    if (!out.some((p) => p.id === id)) out.push({ id, role });
  };
  for (const p of approvedPairs()) {
    add(p.mentor, 'наставник');
    p.mentees.forEach((m) => add(m, 'наставляемый'));
  }
  return out;
}

/**
 * The first Monday of November: the methodist fills in the rows of «Настройки» stages 6–7 need — the
 * operator's requisites and the exact web resources the consent to publication names (приказ
 * Роскомнадзора № 18) — and runs «Настроить систему» again. The ИНН and ОГРН are fictional but pass
 * their check digits. In May she widens the window of the end questionnaire (the programmes end on
 * 27 June, the college asks from mid-May) and writes the conclusions the final report prints.
 */
export const SEASON_SETTINGS = {
  at: '2026-11-02T09:30:00+03:00',
  values: {
    'organization.inn': '2902012343',
    'organization.ogrn': '1022900512348',
    'publicity.resources':
      'https://college.example\nhttps://vk.com/college.example\nhttps://t.me/college_example',
    'publicity.hashtags': '#наставничество #педагоги #СКУиИТ #Северодвинск',
  } as Record<string, string>,
  mayAt: '2027-05-11T09:00:00+03:00',
  may: { 'monitoring.endWindowDays': '45' } as Record<string, string>,
  conclusions:
    `Программы наставничества 2026/2027 учебного года в основном выполнены: из ${approvedPairs().length} пар и ` +
    `групп ${approvedPairs().length - 1} завершили программу, одна пара расторгнута досрочно по инициативе ` +
    'наставляемого. По данным мониторинга выросли ' +
    'все средние оценки, особенно польза индивидуальных встреч и ощущение поддержки. Предлагается: ' +
    'продолжить программы для наставляемых первого года работы; включить мастер-класс по профилактике ' +
    'выгорания в план методической работы; провести установочную сессию для новых наставников в сентябре 2027 года.',
};

/** A planned event as the curator types it into «Мероприятия» (one addRow), by a short handle. */
export interface SeasonEvent {
  key: 'setup' | 'consultation' | 'exchange' | 'seminar' | 'roundTable' | 'final';
  kind: string;
  title: string;
  start: string;
  end?: string;
  place: string;
  /** What the curator types in «Участники»; '' for the row she forgets to fill (see EVENTS_PLAN). */
  participants: string;
  responsible: string;
}

/**
 * The events of the year, in the order the curator types them on 3 November: the set-up session for
 * mentors (stage 4.2, for every potential mentor, with or without a pair), a consultation for the mentors
 * of pairs, an exchange of experience, and stage 6's seminar, round table and final event in May. They
 * get the numbers М-1 … М-6 in this order. Times are typed as a person types them: «12.11.2026 14:00»,
 * the end as a time of the same day or nothing (90 minutes).
 */
export const EVENTS: readonly SeasonEvent[] = [
  {
    key: 'setup',
    kind: 'установочная сессия наставников',
    title: 'Роль наставника и персонализированная программа наставничества',
    start: '12.11.2026 14:00',
    end: '16:00',
    place: 'ауд. 204 (методический кабинет)',
    participants: 'наставники',
    responsible: 'Белова И.А.',
  },
  {
    key: 'consultation',
    kind: 'консультация',
    title: 'Как вести план программы и отмечать выполнение мероприятий',
    start: '26.11.2026 15:30',
    place: 'https://telemost.example/j/skuit-nastavniki',
    participants: 'наставники пар',
    responsible: 'Никитина В.А.',
  },
  {
    key: 'exchange',
    kind: 'обмен опытом',
    title: 'Цифровые инструменты на занятиях: опыт пар и групп',
    start: '10.02.2027 14:30',
    end: '16:00',
    place: 'ауд. 312 (компьютерный класс)',
    // Forgotten on the first day: the command says so, and she fills it in two days later.
    participants: '',
    responsible: 'Сафонов А.Н.',
  },
  {
    key: 'seminar',
    kind: 'конференция или семинар',
    title: 'Наставничество в колледже: результаты первого года',
    start: '13.05.2027 14:00',
    end: '17:00',
    place: 'актовый зал',
    participants: 'все',
    responsible: 'Белова И.А.',
  },
  {
    key: 'roundTable',
    kind: 'круглый стол',
    title: 'Лучшие практики наставничества 2026/2027 учебного года',
    start: '20.05.2027 14:00',
    end: '16:00',
    place: 'ауд. 204 (методический кабинет)',
    participants: 'все',
    responsible: 'Белова И.А.',
  },
  {
    key: 'final',
    kind: 'итоговое мероприятие',
    title: 'Подведение итогов года наставничества',
    start: '27.05.2027 15:00',
    end: '16:30',
    place: 'актовый зал',
    participants: 'все',
    responsible: 'Лукьяненко С.В.',
  },
];

/**
 * What happens to the events besides the first «Создать приглашения»: two days later the consultation is
 * moved (Никитина has a lesson at that hour) and the forgotten participants of the exchange are filled in
 * — mentors of pairs and Фёдоров, a mentor without a pair who asked to come; the command then updates
 * the same Calendar event and creates the one it refused, nothing twice.
 */
export const EVENTS_PLAN = {
  typedAt: '2026-11-03T10:00:00+03:00',
  changedAt: '2026-11-05T11:00:00+03:00',
  moved: { key: 'consultation' as const, start: '27.11.2026 16:00' },
  filled: { key: 'exchange' as const, participants: 'наставники пар; Фёдоров П.И.' },
};

/**
 * Who did not come, per event; everyone else invited is marked «да» in «Посещаемость» after it, and the
 * event's status becomes «проведено». Every mentor of a pair comes to the set-up session (stage 4.2 is
 * done); Фёдоров, who has no pair yet, has lessons that afternoon. Воронцов, whose pair ends in April,
 * stops coming.
 */
export const ATTENDANCE: Record<SeasonEvent['key'], { at: string; absent: string[] }> = {
  setup: { at: '2026-11-12T16:10:00+03:00', absent: ['fedorov'] },
  consultation: { at: '2026-11-27T17:40:00+03:00', absent: ['kirillov', 'tarasov'] },
  exchange: { at: '2027-02-10T16:05:00+03:00', absent: ['lapteva'] },
  seminar: { at: '2027-05-13T17:10:00+03:00', absent: ['vorontsov', 'pavlov', 'guseva', 'ilina'] },
  roundTable: { at: '2027-05-20T16:05:00+03:00', absent: ['vorontsov', 'sergeeva', 'aleksandrov'] },
  final: { at: '2027-05-27T16:40:00+03:00', absent: ['vorontsov', 'timofeeva'] },
};

/** The role a monitoring answer is given in: the form's question «Ваша роль». */
export type MonitoringRole = 'наставник' | 'наставляемый';

/** A monitoring answer: six 1–10 scales, the frequency of meetings, four yes/no (д/н) and two open answers. */
export interface MonitoringAnswer {
  id: string;
  /** The role chosen in the form, where the person has two; else the role of their pairs. */
  role?: MonitoringRole;
  /**
   * Эффективность, комфорт, индивидуальные встречи, групповые встречи, поддержка, понятность целей — in
   * the order of MONITORING_SCALE_KEYS, separated by spaces.
   */
  scales: string;
  often: string;
  /** Рады участию, хотят продолжить, хотят стать наставником, видят рост через 5 лет: «д» or «н» each. */
  flags: string;
  valuable?: string;
  missing?: string;
}

const ROLES: readonly string[] = ['наставник', 'наставляемый'] satisfies MonitoringRole[];

/**
 * Monitoring answers, one line each, as a table reads: the person (and the role, for someone who has
 * two), six scores, the frequency of meetings, four д/н, then «| what was valuable | what was missing»
 * where they wrote something. `checkSeason` holds every line to that shape.
 */
function answers(...lines: string[]): MonitoringAnswer[] {
  return lines.map((line) => {
    const [head = '', valuable, missing] = line.split('|').map((part) => part.trim());
    const words = head.split(/\s+/);
    const id = words.shift()!;
    const role = ROLES.includes(words[0]!) ? (words.shift() as MonitoringRole) : undefined;
    const scales = words.splice(0, 6).join(' ');
    const flags = words.pop() ?? '';
    return {
      id,
      ...(role ? { role } : {}),
      scales,
      often: words.join(' '),
      flags,
      ...(valuable ? { valuable } : {}),
      ...(missing ? { missing } : {}),
    };
  });
}

/**
 * The monitoring questionnaire at the start (November) and at the end (May) of the programmes. Mentors
 * answer as «наставник», mentees as «наставляемый»; Орлова, who mentors Зуева and is mentored by Голубева,
 * answers once in each role, each answer for the pair of its role. Scores are what such a college gives:
 * mentors higher than mentees at the start, everyone higher in May, the pair that breaks up in April
 * lowest. The messy cases: Петрова answers the start twice (the later answer counts), Семёнова — on the
 * waiting list, in no pair — answers too (not counted), Воронцов never answers; the reminders bring most
 * of the rest.
 */
export const MONITORING = {
  start: {
    batches: [
      {
        at: '2026-11-16T09:10:00+03:00',
        note: 'stage 6: the curator sends the monitoring form; the first answers at the start of the programmes',
        answers: answers(
          'gromova 8 9 9 7 8 9 еженедельно дддд | Петрова быстро растёт: уже сама планирует занятие по времени. | Времени на взаимопосещение занятий.',
          'petrova 6 8 8 5 7 6 еженедельно дддд | Посещение занятий наставника.',
          'sergeeva 6 7 7 5 7 6 ежемесячно дднд',
          'melnikova 8 8 8 7 8 9 еженедельно дддд',
          'kuznetsova 7 8 8 6 7 7 еженедельно дднд | | Не всегда совпадает расписание.',
          'safonov 7 8 6 9 7 8 еженедельно дддд | Групповые встречи по подготовке к демонстрационному экзамену.',
          'smirnov 6 7 6 8 6 7 еженедельно дднд',
          'sokolova 7 8 7 8 7 7 еженедельно дддд',
          'zhuravleva 8 9 8 6 8 8 еженедельно дддд',
          'yakovleva 6 7 8 5 7 6 ежемесячно дднн | | Сложно выкроить время на встречи.',
        ),
      },
      {
        at: '2026-11-17T13:05:00+03:00',
        note: 'more answers the next day',
        answers: answers(
          'kirillov 7 7 7 6 7 8 ежемесячно дддд',
          'egorova 6 7 7 6 6 7 ежемесячно дднд',
          'ershova 7 8 7 6 7 7 еженедельно дддд | | Методических материалов для наставника.',
          'krylova 6 7 7 6 7 6 еженедельно дднд | Разобрали мой план на семестр по неделям.',
          'orlova наставник 8 8 8 7 8 8 ежемесячно дддд',
          'zueva 7 8 8 6 8 8 ежемесячно дддд',
          'golubeva 8 8 7 8 8 9 еженедельно дддд',
          'vasileva 6 7 6 7 7 6 еженедельно дднд',
        ),
      },
      {
        at: '2026-11-18T14:20:00+03:00',
        note: 'a third day: Орлова answers as a mentee too, Петрова corrects her answer, and a teacher in no pair answers as well',
        answers: answers(
          'kiseleva 8 9 9 7 9 9 еженедельно дддд',
          'ilina 7 8 8 6 8 7 ежемесячно дднд',
          'orlova наставляемый 6 8 8 6 8 7 ежемесячно дддд | Голубева показала интерактивные задания на платформе колледжа.',
          'frolova 6 7 7 7 7 6 ежемесячно дднд',
          'nikitina 7 8 7 7 8 8 ежемесячно дддд',
          'grigoreva 5 7 7 6 8 6 ежемесячно дднн | | Пока не понимаю, как программа поможет с нагрузкой.',
          'tarasov 7 7 6 8 7 7 еженедельно дддд',
          'lebedev 6 7 6 8 7 7 еженедельно дддд',
          'petrova 7 9 9 6 8 7 еженедельно дддд | Посещение занятий наставника и разбор моих занятий. | Хотелось бы больше практики по КТП.',
          'semenova 4 5 4 5 4 5 не встречались дднн | | Мне ещё не подобрали наставника.',
        ),
      },
    ],
    remindAt: '2026-11-20T10:00:00+03:00',
    late: {
      at: '2026-11-23T09:40:00+03:00',
      note: 'after the reminder: six of the seven answer',
      answers: answers(
        'timofeeva 6 7 7 6 7 7 ежемесячно дднд',
        'guseva 6 7 6 7 6 7 ежемесячно дднд',
        'pavlov 5 6 6 7 6 6 ежемесячно дннд | | Встречи часто переносятся.',
        'aleksandrov 6 6 6 7 6 7 еженедельно дднд',
        'lapteva 7 7 6 8 7 8 ежемесячно дддд',
        'morozov 6 7 6 7 7 6 ежемесячно дднд',
      ),
    },
  },
  end: {
    batches: [
      {
        at: '2027-05-17T09:20:00+03:00',
        note: 'stage 6: the monitoring at the end of the programmes',
        answers: answers(
          'gromova 9 9 9 8 9 9 еженедельно дддд | Петрова и Сергеева провели открытые занятия.',
          'petrova 9 9 10 8 9 9 еженедельно дддд | Технологическая карта занятия: теперь готовлюсь вдвое быстрее.',
          'sergeeva 8 8 8 7 8 8 ежемесячно дддд',
          'melnikova 8 8 9 8 8 9 еженедельно дддд',
          'kuznetsova 8 9 9 7 8 8 еженедельно дддд',
          'timofeeva 7 8 8 7 8 8 ежемесячно дднд',
          'safonov 8 8 7 10 8 9 еженедельно дддд',
          'smirnov 8 8 7 9 8 8 еженедельно дддд | Прошёл аттестацию на первую категорию.',
          'sokolova 8 9 8 9 8 8 еженедельно дддд',
          'pavlov 7 7 7 8 7 7 ежемесячно дднд',
        ),
      },
      {
        at: '2027-05-18T12:30:00+03:00',
        note: 'more answers at the end',
        answers: answers(
          'zhuravleva 9 9 8 7 9 9 еженедельно дддд',
          'yakovleva 7 8 8 6 8 8 ежемесячно дднд',
          'kirillov 6 6 6 6 6 7 ежемесячно дддд | | Одна из моих пар распалась: наставляемый перешёл на другую должность.',
          'egorova 7 8 8 6 7 8 ежемесячно дднд',
          'ershova 8 8 8 7 8 8 еженедельно дддд',
          'krylova 8 8 9 7 8 8 еженедельно дддд',
          'orlova наставник 9 9 8 8 9 9 ежемесячно дддд',
          'zueva 9 9 9 7 9 9 ежемесячно дддд | Аттестовалась на первую категорию.',
        ),
      },
      {
        at: '2027-05-19T15:15:00+03:00',
        note: 'the third day of end answers',
        answers: answers(
          'golubeva 9 9 8 9 9 9 еженедельно дддд',
          'vasileva 7 8 7 8 8 7 еженедельно дднд',
          'orlova наставляемый 8 9 9 7 9 8 ежемесячно дддд | Перевела часть заданий по немецкому языку в онлайн-формат.',
          'kiseleva 9 9 9 8 9 9 еженедельно дддд',
          'ilina 8 8 9 7 8 8 ежемесячно дддд',
          'nikitina 8 8 8 8 9 8 ежемесячно дддд',
          'grigoreva 7 8 8 7 9 7 ежемесячно дддд | Научилась планировать нагрузку и говорить «нет».',
          'tarasov 8 8 7 9 8 8 еженедельно дддд',
          'lebedev 8 8 7 9 8 8 еженедельно дддд',
        ),
      },
    ],
    remindAt: '2027-05-24T10:00:00+03:00',
    late: {
      at: '2027-05-25T09:30:00+03:00',
      note: 'after the reminder: four of the six answer',
      answers: answers(
        'guseva 7 8 7 8 7 8 ежемесячно дднд',
        'frolova 7 8 8 8 8 7 ежемесячно дднд',
        'lapteva 8 8 7 9 8 8 ежемесячно дддд',
        'morozov 7 8 7 8 8 7 ежемесячно дднд',
      ),
    },
  },
};

/** A phase's answers in the order they were sent: the batches, then the late ones. */
export const monitoringAnswers = (phase: 'start' | 'end'): MonitoringAnswer[] => [
  ...MONITORING[phase].batches.flatMap((b) => b.answers),
  ...MONITORING[phase].late.answers,
];

/** The role an answer is given in: its own, else the role of the person's pairs. */
export const roleOfAnswer = (a: MonitoringAnswer): MonitoringRole =>
  a.role ?? programmeParticipants().find((p) => p.id === a.id)?.role ?? 'наставляемый';

/**
 * Whose answer a later one replaces: the same person's of the same phase — and, for someone who mentors
 * in one pair and is mentored in another, of the same role (the add-on counts one answer per role).
 */
export const monitoringSlot = (a: MonitoringAnswer): string =>
  hasTwoRoles(a.id) ? `${a.id}|${roleOfAnswer(a)}` : a.id;

/** A mentor of an approved pair who is mentored in another. */
export const hasTwoRoles = (id: string): boolean =>
  approvedPairs().some((p) => p.mentor === id) && approvedPairs().some((p) => p.mentees.includes(id));

/**
 * The consent to publication (152-ФЗ ст. 10.1), by its own form, a week after the start questionnaire:
 * for each category «разрешаю» (д), «не разрешаю» (н) or no answer (''), in the order ФИО, должность,
 * фотографии, участие в наставничестве. Голубева allows her name but leaves «участие» unanswered (silence
 * is not consent, so she is not named); Никитина allows nothing — she refuses; Киселёва prohibits the
 * social networks, so the posts leave her unnamed while the website's news items name her. Мельникова withdraws hers
 * in March (PUBLICITY.withdraw).
 */
export const PUBLICATION_CONSENTS: ReadonlyArray<{
  id: string;
  allow: [string, string, string, string];
  /** Resources where she prohibits publication (the form's optional checkboxes, ст. 10.1 ч. 9). */
  prohibit?: string[];
  conditions?: string;
  contacts?: string;
}> = [
  { id: 'gromova', allow: ['д', 'д', 'д', 'д'], contacts: '8 (8184) 55-50-12' },
  { id: 'safonov', allow: ['д', 'д', 'н', 'д'], conditions: 'Фотографии — только групповые.' },
  { id: 'melnikova', allow: ['д', 'д', 'д', 'д'] },
  {
    id: 'kiseleva',
    allow: ['д', 'н', 'н', 'д'],
    prohibit: ['в социальных сетях колледжа'],
    conditions: 'Только на сайте колледжа, без публикации в социальных сетях.',
  },
  { id: 'golubeva', allow: ['д', 'н', 'н', ''] },
  {
    id: 'nikitina',
    allow: ['н', 'н', 'н', 'н'],
    conditions: 'Прошу не публиковать сведения обо мне.',
  },
  { id: 'petrova', allow: ['д', 'д', 'д', 'д'] },
  { id: 'zueva', allow: ['д', 'н', 'н', 'д'] },
  { id: 'lebedev', allow: ['д', 'д', 'д', 'д'] },
];

/** A proposal for «Методическая копилка» through the form «Лучшая практика наставничества». */
export interface PracticeProposal {
  id: string;
  at: string;
  authors: string;
  title: string;
  kind: string;
  /** The pair or group by its row in PAIRS_AFTER_SEPTEMBER (`pairRef`), or left blank. */
  pairRef?: string;
  description: string;
  link?: string;
}

/**
 * Best practices over the winter and spring, each sent by its first author. Панов, who never gave the
 * consent to processing, sends one too: it waits in the response sheet and never reaches the копилка.
 * The others become К-1 … К-5 in this order.
 */
export const PRACTICES: readonly PracticeProposal[] = [
  {
    id: 'gromova',
    at: '2026-12-09T15:20:00+03:00',
    authors: 'Громова Татьяна Ивановна, Петрова Анна Сергеевна',
    title: 'Технологическая карта занятия: шаблон и разбор для начинающего преподавателя',
    kind: 'методическая разработка',
    description:
      'Шаблон технологической карты занятия с хронометражем и примерами для дисциплин ПЦК информационных ' +
      'технологий. Разобраны три занятия начинающего преподавателя до и после работы с наставником.',
    link: 'https://drive.google.com/drive/folders/1SampleTechCardFolder',
  },
  {
    id: 'safonov',
    at: '2027-02-15T16:40:00+03:00',
    authors:
      'Сафонов Андрей Николаевич, Смирнов Кирилл Алексеевич, Соколова Дарья Игоревна, Павлов Денис Игоревич',
    title: 'Чек-лист подготовки студентов к демонстрационному экзамену',
    kind: 'кейс',
    pairRef: 'group:safonov',
    description:
      'Групповая наставническая программа: как три молодых преподавателя вместе с наставником составили ' +
      'чек-лист подготовки к демонстрационному экзамену и опробовали его на пробном экзамене в январе.',
  },
  {
    id: 'orlova',
    at: '2027-03-03T12:10:00+03:00',
    authors: 'Орлова Светлана Дмитриевна, Голубева Ирина Юрьевна',
    title: 'Реверсивное наставничество: цифровые сервисы на занятиях иностранного языка',
    kind: 'видеоматериал',
    description:
      'Запись открытого занятия по немецкому языку с интерактивными заданиями, которые опытный преподаватель ' +
      'освоила вместе с коллегой в реверсивной паре.',
    link: 'https://drive.google.com/file/d/1SampleReverseMentoringVideo/view',
  },
  {
    id: 'nikitina',
    at: '2027-04-05T14:00:00+03:00',
    authors: 'Никитина Вера Анатольевна',
    title: 'Профилактика профессионального выгорания: мастер-класс для молодых педагогов',
    kind: 'мастер-класс',
    description:
      'Мастер-класс педагога-психолога: планирование нагрузки, границы общения с родителями в мессенджерах, ' +
      'упражнения на восстановление. Проведён для наставляемых первого года работы.',
  },
  {
    id: 'panov',
    at: '2027-04-06T10:30:00+03:00',
    authors: 'Панов Виктор Степанович',
    title: 'Олимпиадная математика: система подготовки студентов',
    kind: 'методическая разработка',
    description: 'Подборка олимпиадных задач по темам курса математики и план занятий кружка.',
  },
  {
    id: 'lebedev',
    at: '2027-04-12T16:15:00+03:00',
    authors: 'Лебедев Никита Сергеевич, Тарасов Дмитрий Олегович',
    title: 'Адаптированные нормативы по физической культуре для студентов с ОВЗ',
    kind: 'открытое занятие',
    pairRef: 'group:tarasov',
    description:
      'Открытое занятие по физической культуре в группе со студентами с ОВЗ: адаптированные нормативы, ' +
      'оценивание по индивидуальному прогрессу, документация.',
  },
];

/**
 * After the round table (20 May) the curator records its result in «Методическая копилка», by the
 * practice's author: three practices are the best, one of them already on the website.
 */
export const ROUND_TABLE_RESULT: Record<string, { status: string; best?: 'да'; note?: string }> = {
  gromova: { status: 'одобрена', best: 'да', note: 'Отобрана круглым столом 20.05.2027, протокол № 2.' },
  safonov: { status: 'опубликована', best: 'да', note: 'Отобрана круглым столом 20.05.2027, протокол № 2.' },
  orlova: { status: 'одобрена' },
  nikitina: { status: 'одобрена', best: 'да', note: 'Отобрана круглым столом 20.05.2027, протокол № 2.' },
};

/**
 * Early termination (ТК РФ ст. 351.8): Воронцов becomes deputy director and, on Thursday 8 April, gives
 * his mentor written notice. On Tuesday the 13th the curator records it: she first types the 12th (two
 * working days after the notice — refused), then the 13th, the earliest day three working days allow.
 */
export const TERMINATION = {
  at: '2027-04-13T10:00:00+03:00',
  mentee: 'vorontsov',
  reason:
    'по инициативе наставляемого в связи с назначением на должность заместителя директора по учебной работе',
  notice: '08.04.2027',
  tooEarly: '12.04.2027',
  closedAt: '13.04.2027',
};

/** The rest close as planned at the end of May, after the final event; one row is closed twice by mistake. */
export const COMPLETION = {
  at: '2027-05-28T10:00:00+03:00',
  closedAt: '28.05.2027',
  twiceBy: 'petrova',
};

/**
 * Stage 7: drafts of publications and what the person in charge of the website does with them. The
 * set-up session's drafts are made once the consents are in; the website text is agreed, then Мельникова
 * withdraws her consent in March — both drafts are rewritten without her name, the agreed one goes back to
 * «черновик» — and a week later both are published. In May: the round table, the best practice of
 * Громова and Петрова (К-1), and stage 5's milestone from «Дорожная карта»; the website texts of the round
 * table and of stage 5 are published the same day.
 */
export const PUBLICITY = {
  consentsAt: '2026-11-23T12:00:00+03:00',
  setupDraftAt: '2026-11-26T10:00:00+03:00',
  setupAgreedAt: '2026-11-30T11:00:00+03:00',
  withdraw: { id: 'melnikova', at: '2027-03-15T13:25:00+03:00' },
  setupPublishedAt: '2027-03-22T10:00:00+03:00',
  mayAt: '2027-05-31T10:00:00+03:00',
  /** The stage milestone: stage 5, «Формирование наставнических пар/групп» on «Дорожная карта». */
  milestone: { stage: 5, activity: 'pairs' },
};

/** The final report after the pairs are closed. */
export const FINAL_REPORT = { at: '2027-05-28T15:00:00+03:00' };

/**
 * «Отметить выполнение» (stage 5): after the consultation «Как вести план программы и отмечать выполнение
 * мероприятий» at the end of November the mentors open their programmes from the link in «Пары и группы»
 * and mark what is done, a few activities at a time, from December to April (Громова once more in May).
 * A line is one mentor at one programme: when, the pair (its mentee, or `group:<mentor>`), and the
 * numbers of the plan's activities typed into the prompt, one menu click each. Most programmes get three
 * to five marks, Громова's first pair six; Лаптева never marks hers, so her group's programme closes with
 * none. The plan's last activity, the closing meeting, falls in June, after the programmes close, so
 * nobody marks it. Кириллов types a number he marked in December again (MARKED_TWICE): he is told so,
 * and nothing is written.
 */
export const PROGRAMME_MARKS = visits(
  '2026-12-01 15:40 petrova: 1, 2',
  '2026-12-01 16:10 sergeeva: 1',
  '2026-12-02 14:30 kuznetsova: 1, 2',
  '2026-12-03 15:00 group:safonov: 1, 2',
  '2026-12-04 13:20 ilina: 1',
  '2026-12-07 16:00 yakovleva: 1',
  '2026-12-08 15:30 egorova: 1, 2',
  '2026-12-08 15:45 vorontsov: 1',
  '2026-12-14 15:00 vasileva: 1, 2',
  '2026-12-14 15:20 orlova: 1, 2',
  '2026-12-14 15:35 guseva: 1',
  '2026-12-16 14:00 krylova: 1, 2',
  '2026-12-17 16:20 grigoreva: 1, 2',
  '2026-12-18 15:10 group:tarasov: 1, 2',
  '2026-12-21 14:40 frolova: 1, 2',
  '2026-12-23 10:30 zueva: 1, 2',
  '2027-01-20 15:00 timofeeva: 1, 2, 3',
  '2027-01-21 14:00 petrova: 3',
  '2027-01-21 14:15 sergeeva: 2, 3',
  '2027-01-22 15:30 group:safonov: 3',
  '2027-01-26 16:00 krylova: 3',
  '2027-01-27 14:20 kuznetsova: 3',
  '2027-01-28 13:00 yakovleva: 2, 3',
  '2027-02-17 15:00 ilina: 2',
  '2027-02-17 15:30 guseva: 2, 3',
  '2027-02-17 15:45 vasileva: 3',
  '2027-02-18 14:30 egorova: 3',
  '2027-02-18 14:45 vorontsov: 2, 3',
  '2027-02-19 15:00 zueva: 3',
  '2027-02-19 16:30 frolova: 3',
  '2027-02-24 16:00 group:tarasov: 3',
  '2027-02-24 16:40 grigoreva: 3',
  '2027-03-09 15:00 petrova: 4',
  '2027-03-09 15:10 sergeeva: 4',
  '2027-03-10 14:00 kuznetsova: 4',
  '2027-03-10 14:20 timofeeva: 4',
  '2027-03-11 15:30 egorova: 2, 4',
  '2027-03-12 16:00 orlova: 3',
  '2027-03-12 16:15 vasileva: 4',
  '2027-03-24 15:00 krylova: 4',
  '2027-03-24 15:30 yakovleva: 4',
  '2027-03-25 14:30 ilina: 3',
  '2027-03-25 15:00 frolova: 4',
  '2027-03-29 16:00 group:safonov: 4',
  '2027-03-29 16:30 group:tarasov: 4',
  '2027-03-29 17:00 grigoreva: 4',
  '2027-03-31 15:00 zueva: 4',
  '2027-04-26 15:00 petrova: 5',
  '2027-04-26 15:10 sergeeva: 5',
  '2027-04-27 14:00 kuznetsova: 5',
  '2027-04-27 15:00 group:safonov: 5',
  '2027-04-27 15:40 vasileva: 5',
  '2027-04-28 15:00 krylova: 5',
  '2027-04-28 15:30 frolova: 5',
  '2027-04-28 16:00 group:tarasov: 5',
  '2027-05-26 15:00 petrova: 6',
);

/** The number Кириллов types a second time (see PROGRAMME_MARKS): refused, nothing written. */
export const MARKED_TWICE = { pair: 'egorova', activity: 2 };

/** «2026-12-01 15:40 petrova: 1, 2» → when (Moscow time), the pair, the activities in the order typed. */
function visits(...lines: string[]): Array<{ at: string; pair: string; activities: number[] }> {
  return lines.map((line) => {
    const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d) (\S+): (\d+(?:, \d+)*)$/.exec(line);
    if (!m) throw new Error(`PROGRAMME_MARKS: «${line}» is not «date time pair: numbers»`);
    return { at: `${m[1]}T${m[2]}:00+03:00`, pair: m[3]!, activities: m[4]!.split(', ').map(Number) };
  });
}

/** The marks «Выполнение программ» gets, in order: each activity once, the first time it is typed. */
export function programmeMarks(): Array<{ at: string; pairId: string; activity: number }> {
  const out: Array<{ at: string; pairId: string; activity: number }> = [];
  for (const v of PROGRAMME_MARKS) {
    const pairId = pairOf(v.pair).id;
    for (const activity of v.activities)
      if (!out.some((m) => m.pairId === pairId && m.activity === activity))
        out.push({ at: v.at, pairId, activity });
  }
  return out;
}

/**
 * The methodist fills the Drive folder «Методические материалы» (stage 4.2): a memo and a meeting plan
 * template before the deadline at the end of October, the set-up session's slides the day after it.
 */
export const MATERIALS = {
  folder: 'Методические материалы',
  uploads: [
    { at: '2026-10-30T15:10:00+03:00', name: 'Памятка наставнику.pdf' },
    { at: '2026-10-30T15:25:00+03:00', name: 'Шаблон плана встречи наставника и наставляемого.docx' },
    {
      at: '2026-11-13T11:00:00+03:00',
      name: 'Установочная сессия наставников 12.11.2026 — презентация.pptx',
    },
  ],
};

// ─── Building the steps ──────────────────────────────────────────────────────────────────────────────

const STREETS = ['ул. Ленина', 'ул. Советская', 'ул. Садовая', 'ул. Школьная', 'пр. Мира', 'ул. Набережная'];

function oneOf(allowed: readonly string[], value: string, what: string): string {
  if (!allowed.includes(value))
    throw new Error(`${what}: «${value}» is not one of ${allowed.map((a) => `«${a}»`).join(', ')}`);
  return value;
}

function question(spec: QuestionnaireSpec, key: string): string {
  const q = spec.questions.find((item) => item.key === key);
  if (!q) throw new Error(`${spec.key} questionnaire has no question ${key}`);
  return q.title;
}

/** The form's answers keyed by question title, leaving out what the person left blank. */
function answersOf(
  spec: QuestionnaireSpec,
  byKey: Record<string, FormAnswer | undefined>,
): Record<string, FormAnswer> {
  const out: Record<string, FormAnswer> = {};
  for (const [key, value] of Object.entries(byKey)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[question(spec, key)] = value;
  }
  return out;
}

function personAnswers(t: Teacher): Record<string, FormAnswer | undefined> {
  return {
    fullName: t.typed?.name ?? t.name,
    position: t.position,
    subject: t.subject,
    experience: oneOf(
      EXPERIENCE_BANDS.map((b) => b.label),
      t.experience,
      `${t.id}: experience`,
    ),
    category: oneOf(CATEGORIES, t.category, `${t.id}: category`),
    phone: t.phone,
  };
}

function menteeForm(t: Teacher, m: MenteeAnswers): Record<string, FormAnswer> {
  if (m.difficulties.length !== DEFAULT_COMPETENCES.length || /[^1-5]/.test(m.difficulties))
    throw new Error(`${t.id}: difficulties need ${DEFAULT_COMPETENCES.length} digits 1–5`);
  const grid: Record<string, string> = {};
  DEFAULT_COMPETENCES.forEach((c, i) => (grid[c.label] = m.difficulties[i]!));
  const otherAllowed = MENTEE_QUESTIONNAIRE.questions.some(
    (q) => q.key === 'support' && 'other' in q && q.other,
  );
  return answersOf(MENTEE_QUESTIONNAIRE, {
    ...personAnswers(t),
    pedagogicalEducation: oneOf(YES_NO, m.pedagogicalEducation, `${t.id}: pedagogical education`),
    difficulties: grid,
    support: m.support.map((s) => (otherAllowed ? s : oneOf(SUPPORT_KINDS, s, `${t.id}: support`))),
    mentoringForm: oneOf(MENTORING_FORMS, m.form, `${t.id}: form of mentoring`),
    meetingFormat: oneOf(MEETING_FORMATS, m.format, `${t.id}: meeting format`),
    meetingTime: m.times?.map((s) => oneOf(MEETING_TIMES, s, `${t.id}: meeting time`)),
    mainRequest: m.request,
  });
}

function mentorForm(t: Teacher, m: MentorAnswers): Record<string, FormAnswer> {
  const label = (key: CompetenceKey): string => {
    const c = DEFAULT_COMPETENCES.find((d) => d.key === key);
    if (!c) throw new Error(`${t.id}: unknown competence ${key}`);
    return c.label;
  };
  return answersOf(MENTOR_QUESTIONNAIRE, {
    ...personAnswers(t),
    awards: m.awards,
    mentoringExperience: oneOf(YES_NO, m.mentoredBefore, `${t.id}: mentored before`),
    strengths: m.strengths.map(label),
    mentoringForm: oneOf(MENTORING_FORMS, m.form, `${t.id}: form of mentoring`),
    capacity: String(m.capacity),
    meetingFormat: oneOf(MEETING_FORMATS, m.format, `${t.id}: meeting format`),
    meetingTime: m.times?.map((s) => oneOf(MEETING_TIMES, s, `${t.id}: meeting time`)),
    needsTraining: oneOf(YES_NO, m.needsTraining, `${t.id}: needs training`),
    willing: m.willing,
  });
}

/** The consent form; its address and passport are as fictional as the person. */
function consentForm(t: Teacher, decision: string): Record<string, FormAnswer> {
  const n = TEACHERS.indexOf(t) + 1;
  const role = t.mentor && t.mentee ? 'наставник и наставляемый' : t.mentor ? 'наставник' : 'наставляемый';
  const issued = `${String((n % 27) + 1).padStart(2, '0')}.${String((n % 12) + 1).padStart(2, '0')}.${2010 + (n % 14)}`;
  return answersOf(CONSENT_FORM, {
    fullName: t.name,
    address: `164500, Архангельская область, г. Северодвинск, ${STREETS[n % STREETS.length]}, д. ${((n * 7) % 60) + 1}, кв. ${((n * 13) % 90) + 1}`,
    identityDocument: `паспорт 11 ${String(10 + (n % 14)).padStart(2, '0')} 555${String(n).padStart(3, '0')}, выдан ${issued} ОМВД России по г. Северодвинску`,
    role,
    decision: oneOf(Object.values(CONSENT_DECISIONS), decision, `${t.id}: decision`),
  });
}

function teacher(id: string): Teacher {
  const t = TEACHERS.find((p) => p.id === id);
  if (!t) throw new Error(`The timeline names ${id}, who is not in the tables`);
  return t;
}

function submission(event: string): Step {
  const [kind, id] = event.split(':') as [string, string];
  const t = teacher(id);
  const respondent = t.typed?.email ?? t.email;
  switch (kind) {
    case 'mentee':
      return {
        action: 'submitForm',
        form: MENTEE_QUESTIONNAIRE.title,
        respondent,
        answers: menteeForm(t, t.mentee!),
      };
    case 'mentee-again':
      return {
        action: 'submitForm',
        form: MENTEE_QUESTIONNAIRE.title,
        respondent,
        answers: menteeForm(t, { ...t.mentee!, ...t.menteeUpdate }),
        note: 're-submission: the same person updates her answers',
      };
    case 'mentor':
      return {
        action: 'submitForm',
        form: MENTOR_QUESTIONNAIRE.title,
        respondent,
        answers: mentorForm(t, t.mentor!),
      };
    case 'consent':
      return {
        action: 'submitForm',
        form: CONSENT_FORM.title,
        respondent: t.typed?.consentEmail ?? t.email,
        answers: consentForm(t, CONSENT_DECISIONS.give),
      };
    case 'withdraw':
      return {
        action: 'submitForm',
        form: CONSENT_FORM.title,
        respondent: t.typed?.consentEmail ?? t.email,
        answers: consentForm(t, CONSENT_DECISIONS.withdraw),
        note: 'withdrawal through the consent form',
      };
    default:
      throw new Error(`Unknown event ${event}`);
  }
}

/** The row of a setting in «Настройки»: set-up writes SETTINGS in order under the header row. */
function settingsRow(key: string): number | null {
  const i = SETTINGS.findIndex((s) => s.key === key);
  return i < 0 ? null : i + 2;
}

function settingsSteps(): Step[] {
  const steps: Step[] = [];
  for (const [key, value] of Object.entries(COLLEGE.settings)) {
    const row = settingsRow(key);
    if (row === null) {
      console.warn(`build-sample: setting ${key} is not defined in SETTINGS yet; its step is left out.`);
      continue;
    }
    steps.push({ action: 'editCell', sheet: 'Настройки', row, column: 'Значение', value, note: key });
  }
  return steps;
}

/** A bank's row of a person: the pipeline appends people in the order their first answer of that kind arrived. */
function bankRow(kind: 'mentor' | 'mentee', id: string): number {
  const order = TIMELINE.flatMap((b) => b.events)
    .filter((e) => e.startsWith(`${kind}:`))
    .map((e) => e.slice(kind.length + 1));
  const at = order.indexOf(id);
  if (at < 0) throw new Error(`${id} never answers the ${kind} questionnaire`);
  return at + 2;
}

/**
 * The mentees the curator approves pair by pair: everyone admitted, except the groups (approved by mentor),
 * the forbidden pair's mentee (whose new proposal stays open) and the rejected one.
 */
export function acceptedPairMentees(): string[] {
  const inGroups = Object.values(MATCHING.groups).flat();
  return TEACHERS.filter(
    (t) =>
      t.mentee &&
      t.consent === 'дано' &&
      !inGroups.includes(t.id) &&
      t.id !== MATCHING.forbid.mentee &&
      t.id !== MATCHING.reject.mentee,
  ).map((t) => t.id);
}

/**
 * Checks the curator's decisions against the tables: real people, in the roles the decisions give them,
 * and groups no larger than their mentors agreed to (the declared number is a ceiling, up to the group size).
 */
function checkMatching(): void {
  const role = (id: string, kind: 'mentor' | 'mentee'): Teacher => {
    const t = teacher(id);
    if (!t[kind] || t.consent !== 'дано') throw new Error(`MATCHING: ${id} is not an admitted ${kind}`);
    return t;
  };
  const groupSize = Number(settingDefault('matching.groupSize'));
  const inGroups = Object.values(MATCHING.groups).flat();
  for (const [mentor, members] of Object.entries(MATCHING.groups)) {
    const declared = role(mentor, 'mentor').mentor!;
    if (declared.form !== 'групповая')
      throw new Error(`MATCHING: ${mentor} does not prefer the form «групповая»`);
    if (members.length < 1 || members.length > Math.min(groupSize, declared.capacity))
      throw new Error(
        `MATCHING: ${mentor} declared ${declared.capacity} mentees, the group size is ${groupSize}; ${members.length} in the group`,
      );
    members.forEach((id) => role(id, 'mentee'));
  }
  if (new Set(inGroups).size !== inGroups.length) throw new Error('MATCHING: a mentee in two groups');
  const { forbid } = MATCHING;
  role(forbid.mentor, 'mentor');
  role(forbid.offered, 'mentor');
  role(forbid.mentee, 'mentee');
  if (forbid.offered === forbid.mentor || forbid.offered === forbid.mentee)
    throw new Error('MATCHING: the forbidden pair’s mentee is offered someone else');
  if (!/математик/.test(teacher(forbid.mentee).subject) || /математик/.test(teacher(forbid.mentor).subject))
    throw new Error('MATCHING: the pair is forbidden because the mentee needs a mathematician');
  const { reject } = MATCHING;
  role(reject.mentee, 'mentee');
  const rejected = role(reject.mentor, 'mentor').mentor!;
  if (rejected.mentoredBefore !== 'нет' || rejected.needsTraining !== 'да')
    throw new Error('MATCHING: the rejection is because the mentor has never mentored and asks for training');
  for (const id of [forbid.mentee, reject.mentee])
    if (inGroups.includes(id)) throw new Error(`MATCHING: ${id} is decided on pair by pair, not in a group`);
  if (forbid.mentee === reject.mentee)
    throw new Error('MATCHING: the forbid and the rejection concern two people');
  role(MATCHING.rankFor, 'mentee');
  const raised = role(MATCHING.capacityOverride.mentor, 'mentor').mentor!;
  if (raised.capacity !== MATCHING.capacityOverride.value)
    throw new Error('MATCHING: the override gives the mentor exactly the number she declared');
  if (!MATCHING.groups[MATCHING.pin]) throw new Error('MATCHING: the pinned proposal is one of the groups');
  for (const key of Object.keys(MATCHING.settings))
    if (settingsRow(key) === null) throw new Error(`MATCHING: no setting ${key}`);
}

const settingLabel = (key: string): string => SETTINGS.find((x) => x.key === key)!.label;
const settingDefault = (key: string): string => SETTINGS.find((x) => x.key === key)!.defaultValue;

/** A proposal named by a mentee (a pair) or by a mentor (a group): what the curator knows. */
const byMentee = (id: string) => ({ menteeEmails: [teacher(id).email] });
const byMentor = (id: string) => ({ mentorEmail: teacher(id).email });

function matchingSteps(): Step[] {
  const m = MATCHING;
  const name = (id: string): string => teacher(id).name;
  const steps: Step[] = [
    { action: 'advanceClock', to: m.firstRun, note: 'Monday: the curator forms pairs from the banks' },
    {
      action: 'menu',
      label: 'Подобрать пары',
      note: 'the first run with the default weights; the «Подбор пар» sidebar opens',
    },
    { action: 'callServer', function: 'matchingSidebarData', args: [null], note: 'the sidebar loads' },
    {
      action: 'callServer',
      function: 'rankMentors',
      args: [teacher(m.rankFor).email],
      note: `stage 4: every mentor for ${name(m.rankFor)}, with scores and reasons`,
    },
    {
      action: 'editCell',
      sheet: 'Банк наставников',
      row: bankRow('mentor', m.capacityOverride.mentor),
      column: 'Макс. наставляемых (переопределение)',
      value: m.capacityOverride.value,
      note: `${name(m.capacityOverride.mentor)} declared ${m.capacityOverride.value} mentees; the default capacity is 2`,
    },
    ...Object.entries(m.settings).map(([key, value]): Step => ({
      action: 'editCell',
      sheet: 'Настройки',
      row: settingsRow(key)!,
      column: 'Значение',
      value,
      note: `«${settingLabel(key)}»: ${settingDefault(key)} → ${value}`,
    })),
    {
      action: 'callServer',
      function: 'pinProposal',
      args: [byMentor(m.pin), true],
      note: `«Закрепить» the group of ${name(m.pin)} before matching again`,
    },
    { action: 'advanceClock', to: m.secondRun },
    {
      action: 'menu',
      label: 'Подобрать пары',
      note: 'the second run: the pinned group is kept, the rest re-matched with the new weight and capacity',
    },
    { action: 'callServer', function: 'matchingSidebarData', args: [null] },
    ...Object.keys(m.groups).map((mentor): Step => ({
      action: 'callServer',
      function: 'acceptProposal',
      args: [byMentor(mentor)],
      note: `«Утвердить» the group of ${name(mentor)}`,
    })),
    ...acceptedPairMentees().map((id): Step => ({
      action: 'callServer',
      function: 'acceptProposal',
      args: [byMentee(id)],
      note: `«Утвердить» the pair of ${name(id)}`,
    })),
    {
      action: 'callServer',
      function: 'forbidPair',
      args: [{ ...byMentor(m.forbid.mentor), ...byMentee(m.forbid.mentee) }, teacher(m.forbid.mentee).email],
      note:
        `«Запретить» ${name(m.forbid.mentor)} — ${name(m.forbid.mentee)}: she needs a mathematician; ` +
        `the sidebar proposes ${name(m.forbid.offered)} at once, and the curator leaves that open`,
    },
    { action: 'advanceClock', to: m.thirdRun, note: 'the next morning' },
    { action: 'menu', label: 'Подбор пар', note: 'the curator opens the sidebar again' },
    { action: 'callServer', function: 'matchingSidebarData', args: [null] },
    {
      action: 'callServer',
      function: 'runMatching',
      note: '«Подобрать заново»: approved pairs are kept, the open proposals are matched again',
    },
    {
      action: 'callServer',
      function: 'rejectProposal',
      args: [{ ...byMentor(m.reject.mentor), ...byMentee(m.reject.mentee) }],
      note: `«Отклонить» ${name(m.reject.mentor)} — ${name(m.reject.mentee)}: he has never mentored and asked for training himself; her request waits`,
    },
  ];
  return steps;
}

function documentSteps(): Step[] {
  return [
    {
      action: 'advanceClock',
      to: DOCUMENTS.at,
      note: 'the pairs are settled: the methodist makes the documents',
    },
    { action: 'menu', label: 'Проверить шаблоны', note: 'the seven templates set-up created, as they are' },
    {
      action: 'menu',
      label: 'Сформировать локальные акты',
      note: 'stage 1: the order approving the regulation (the first number of the register «од»), the regulation, the road map',
    },
    {
      action: 'menu',
      label: 'Сформировать документы по парам',
      note: 'stage 5.2: one order on every approved pair and group, a programme for each, a consent per mentor (ТК РФ ст. 351.8)',
    },
    { action: 'advanceClock', minutes: DOCUMENTS.againAfterMinutes },
    {
      action: 'menu',
      label: 'Сформировать документы по парам',
      note: 'made again: the programmes and consents are replaced (the previous versions go to the trash); the order is not, every pair is in it already',
    },
    {
      action: 'advanceClock',
      minutes: DOCUMENTS.continuationWaitMinutes,
      note: 'a run that reaches the 6-minute limit stops itself; a time-driven trigger makes the rest a minute later',
    },
  ];
}

// ─── The season's steps ──────────────────────────────────────────────────────────────────────────────

const EVENTS_SHEET = 'Мероприятия';
const ATTENDANCE_SHEET = 'Посещаемость';
const PAIRS_SHEET = 'Пары и группы';
const PRACTICES_SHEET = 'Методическая копилка';
const PUBLICATIONS_SHEET = 'Публикации';
const ROADMAP_SHEET = 'Дорожная карта';

/** «М-1» …: the number «Создать приглашения» gives a row, in the order the rows were typed. */
export const eventNumber = (key: SeasonEvent['key']): string =>
  `М-${EVENTS.findIndex((e) => e.key === key) + 1}`;
/** The row of an event in «Мероприятия». */
export const eventRow = (key: SeasonEvent['key']): number => EVENTS.findIndex((e) => e.key === key) + 2;

/** The people a «Участники» cell means, in the order the add-on lists them (docs/guide/events.md). */
export function invitees(participants: string): string[] {
  const out: string[] = [];
  const add = (id: string): void => {
    if (!out.includes(id)) out.push(id);
  };
  for (const item of participants
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (item === 'наставники')
      // The bank's potential mentors, in the bank's order: willing («да»), with consent.
      mentorBankOrder()
        .map(teacher)
        .filter((t) => t.mentor!.willing === 'да' && t.consent === 'дано')
        .forEach((t) => add(t.id));
    else if (item === 'наставники пар') approvedPairs().forEach((p) => add(p.mentor));
    else if (item === 'все')
      approvedPairs().forEach((p) => {
        add(p.mentor);
        p.mentees.forEach(add);
      });
    else {
      const [surname, initials] = item.split(' ') as [string, string];
      const found = TEACHERS.filter(
        (t) => t.name.startsWith(`${surname} `) && initialsOf(t.name) === initials,
      );
      if (found.length !== 1) throw new Error(`EVENTS: «${item}» names ${found.length} teachers`);
      add(found[0]!.id);
    }
  }
  return out;
}

const initialsOf = (name: string): string =>
  name
    .split(' ')
    .slice(1)
    .map((w) => `${w[0]}.`)
    .join('');

/** The mentors in the order of the mentor bank (the order their questionnaires arrived). */
function mentorBankOrder(): string[] {
  return TIMELINE.flatMap((b) => b.events)
    .filter((e) => e.startsWith('mentor:'))
    .map((e) => e.slice('mentor:'.length));
}

/** «Участники» of an event as it stands when invitations are made (the exchange's is filled in later). */
const participantsOf = (e: SeasonEvent, filled: boolean): string =>
  filled && e.key === EVENTS_PLAN.filled.key ? EVENTS_PLAN.filled.participants : e.participants;

/**
 * «Посещаемость» as the two runs of «Создать приглашения» write it: the first lists everyone invited to
 * each event it could invite to, event by event in sheet order; the second adds the exchange's people.
 */
export function attendanceRows(): Array<{ event: SeasonEvent['key']; id: string }> {
  const first = EVENTS.filter((e) => e.participants !== '').flatMap((e) =>
    invitees(e.participants).map((id) => ({ event: e.key, id })),
  );
  const second = EVENTS.filter((e) => e.participants === '').flatMap((e) =>
    invitees(participantsOf(e, true)).map((id) => ({ event: e.key, id })),
  );
  return [...first, ...second];
}

function attendanceSteps(key: SeasonEvent['key']): Step[] {
  const { at, absent } = ATTENDANCE[key];
  const event = EVENTS.find((e) => e.key === key)!;
  const rows = attendanceRows();
  const marks: Step[] = rows.flatMap((r, i): Step[] =>
    r.event !== key
      ? []
      : [
          {
            action: 'editCell',
            sheet: ATTENDANCE_SHEET,
            row: i + 2,
            column: 'Присутствие',
            value: absent.includes(r.id) ? 'нет' : 'да',
          },
        ],
  );
  return [
    {
      action: 'advanceClock',
      to: at,
      note: `${eventNumber(key)} «${event.title}» is over: the curator marks who came (${marks.length - absent.length} of ${marks.length})`,
    },
    ...marks,
    {
      action: 'editCell',
      sheet: EVENTS_SHEET,
      row: eventRow(key),
      column: 'Статус',
      value: 'проведено',
      note: `${eventNumber(key)} held`,
    },
  ];
}

function eventSteps(): Step[] {
  const typed: Step[] = EVENTS.map((e): Step => {
    const values: Record<string, string> = {
      Вид: e.kind,
      Название: e.title,
      Начало: e.start,
      ...(e.end ? { Окончание: e.end } : {}),
      'Место или ссылка': e.place,
      ...(e.participants ? { Участники: e.participants } : {}),
      Ответственный: e.responsible,
    };
    return {
      action: 'addRow',
      sheet: EVENTS_SHEET,
      values,
      note: `${e.kind}, ${e.start}${e.participants ? '' : ': «Участники» forgotten'}`,
    };
  });
  const moved = EVENTS.find((e) => e.key === EVENTS_PLAN.moved.key)!;
  return [
    {
      action: 'advanceClock',
      to: EVENTS_PLAN.typedAt,
      note: 'stages 4.2 and 6: the curator plans the year’s events on «Мероприятия»',
    },
    ...typed,
    {
      action: 'menu',
      label: 'Создать приглашения на мероприятия',
      note: 'numbers М-1 … М-6, Calendar events with the participants as guests, «Посещаемость» filled; the row without participants is refused with its reason',
    },
    { action: 'advanceClock', to: EVENTS_PLAN.changedAt },
    {
      action: 'editCell',
      sheet: EVENTS_SHEET,
      row: eventRow(moved.key),
      column: 'Начало',
      value: EVENTS_PLAN.moved.start,
      note: `${eventNumber(moved.key)} moved from ${moved.start} to ${EVENTS_PLAN.moved.start}`,
    },
    {
      action: 'editCell',
      sheet: EVENTS_SHEET,
      row: eventRow(EVENTS_PLAN.filled.key),
      column: 'Участники',
      value: EVENTS_PLAN.filled.participants,
      note: `the forgotten participants of ${eventNumber(EVENTS_PLAN.filled.key)}`,
    },
    {
      action: 'menu',
      label: 'Создать приглашения на мероприятия',
      note: 'run again: the moved event is updated in place, the exchange created, nothing invited twice',
    },
  ];
}

function monitoringAnswerStep(answer: MonitoringAnswer, phase: 'start' | 'end'): Step {
  const t = teacher(answer.id);
  const role = roleOfAnswer(answer);
  const scales = answer.scales.split(' ');
  const flag = (i: number): string => (answer.flags[i] === 'д' ? 'да' : 'нет');
  const byKey: Record<string, FormAnswer | undefined> = {
    fullName: t.name,
    role,
    phase: MONITORING_PHASES[phase],
    frequency: oneOf(MEETING_FREQUENCIES, answer.often, `${t.id}: frequency`),
    valuable: answer.valuable,
    missing: answer.missing,
  };
  MONITORING_SCALE_KEYS.forEach((key, i) => (byKey[key] = scales[i]));
  MONITORING_FLAG_KEYS.forEach((key, i) => (byKey[key] = flag(i)));
  return {
    action: 'submitForm',
    form: MONITORING_FORM.title,
    respondent: t.email,
    answers: answersOf(MONITORING_FORM, byKey),
  };
}

function monitoringBatch(
  batch: { at: string; note: string; answers: MonitoringAnswer[] },
  phase: 'start' | 'end',
): Step[] {
  const steps: Step[] = [{ action: 'advanceClock', to: batch.at, note: batch.note }];
  batch.answers.forEach((answer, i) => {
    if (i > 0) steps.push({ action: 'advanceClock', minutes: GAPS[i % GAPS.length]! });
    steps.push(monitoringAnswerStep(answer, phase));
  });
  return steps;
}

function remindSteps(at: string, phase: 'start' | 'end'): Step[] {
  return [
    { action: 'advanceClock', to: at },
    {
      action: 'menu',
      label: 'Обновить мониторинг',
      note: 'the «Мониторинг» sheet and its three charts rebuilt now',
    },
    {
      action: 'menu',
      label: 'Напомнить о мониторинге…',
      answers: ['YES'],
      note: `a preview (who, how many, today’s quota, the letter), confirmed: a letter to each who has not answered «${MONITORING_PHASES[phase]}»`,
    },
    { action: 'advanceClock', minutes: 25 },
    {
      action: 'menu',
      label: 'Напомнить о мониторинге…',
      note: 'the same day again: everyone due was reminded today, so nobody gets a second letter',
    },
  ];
}

function publicationConsentStep(c: (typeof PUBLICATION_CONSENTS)[number], decision: string): Step {
  const t = teacher(c.id);
  const allow = (v: string): string | undefined =>
    v === 'д' ? PUBLICATION_ALLOW.yes : v === 'н' ? PUBLICATION_ALLOW.no : undefined;
  const byKey: Record<string, FormAnswer | undefined> = {
    fullName: t.name,
    contacts: c.contacts,
    decision,
  };
  if (decision === CONSENT_DECISIONS.give) {
    PUBLICATION_CATEGORIES.forEach((cat, i) => (byKey[categoryQuestionKey(cat.key)] = allow(c.allow[i]!)));
    byKey.conditions = c.conditions;
    byKey.prohibited = c.prohibit;
  }
  return {
    action: 'submitForm',
    form: PUBLICATION_CONSENT_FORM.title,
    respondent: t.email,
    answers: answersOf(PUBLICATION_CONSENT_FORM, byKey),
    ...(decision === CONSENT_DECISIONS.withdraw
      ? {
          note: 'withdrawal of the consent to publication: the drafts naming her are rewritten without her name',
        }
      : {}),
  };
}

function practiceStep(p: PracticeProposal): Step {
  const pair = p.pairRef ? pairOf(p.pairRef).id : undefined;
  return {
    action: 'submitForm',
    form: BEST_PRACTICE_FORM.title,
    respondent: teacher(p.id).email,
    answers: answersOf(BEST_PRACTICE_FORM, {
      authors: p.authors,
      title: p.title,
      kind: oneOf(PRACTICE_KINDS, p.kind, `${p.id}: kind of practice`),
      pair,
      description: p.description,
      link: p.link,
    }),
    ...(teacher(p.id).consent !== 'дано'
      ? { note: 'from a teacher without consent to processing: it waits, and never reaches the копилка' }
      : {}),
  };
}

/** The practices that reach «Методическая копилка» (their authors consented), in the order sent: К-1 … */
export const admittedPractices = (): PracticeProposal[] =>
  PRACTICES.filter((p) => teacher(p.id).consent === 'дано');
const practiceRow = (id: string): number => admittedPractices().findIndex((p) => p.id === id) + 2;

/**
 * «Публикации» gets two rows per source, the website's first (`checkSeason` and the test hold the replay
 * to it): the set-up session, then the round table, К-1 and the stage milestone.
 */
export const PUBLICATION_SOURCES = ['setup', 'roundTable', 'practice', 'milestone'] as const;
const publicationRow = (source: (typeof PUBLICATION_SOURCES)[number], channel: 'сайт' | 'соцсети'): number =>
  2 + PUBLICATION_SOURCES.indexOf(source) * 2 + (channel === 'сайт' ? 0 : 1);

/** The row of an activity on «Дорожная карта»: the dashboard lists them stage by stage in this order. */
export const roadmapRow = (activity: string): number =>
  Object.keys(roadmapRu.activities).indexOf(activity) + 2;

const setPublication = (
  source: (typeof PUBLICATION_SOURCES)[number],
  channel: 'сайт' | 'соцсети',
  status: string,
  note?: string,
): Step => ({
  action: 'editCell',
  sheet: PUBLICATIONS_SHEET,
  row: publicationRow(source, channel),
  column: 'Статус',
  value: status,
  ...(note ? { note } : {}),
});

function closeSteps(mentee: string, answers: string[], note: string): Step[] {
  return [
    {
      action: 'selectCell',
      sheet: PAIRS_SHEET,
      row: pairRow(mentee),
      note: `the row of ${teacher(mentee).name}`,
    },
    { action: 'menu', label: 'Завершить пару или группу…', answers, note },
  ];
}

/**
 * A mentor's visit to a programme: the link in «Пары и группы», the Docs menu «Отметить выполнение» once
 * per activity, the activity's number typed into the prompt.
 */
function markSteps(visit: (typeof PROGRAMME_MARKS)[number]): Step[] {
  const pair = pairOf(visit.pair);
  const mentor = teacher(pair.mentor);
  const earlier = PROGRAMME_MARKS.slice(0, PROGRAMME_MARKS.indexOf(visit)).filter(
    (v) => pairOf(v.pair).id === pair.id,
  );
  return [
    {
      action: 'advanceClock',
      to: visit.at,
      note: `${mentor.name} opens the programme of № ${pair.id} and marks what is done`,
    },
    ...visit.activities.map((n): Step => ({
      action: 'docsMenu',
      document: { sheet: PAIRS_SHEET, where: { '№ пары/группы': pair.id }, column: 'Программа' },
      label: 'Отметить выполнение',
      answers: [String(n)],
      user: mentor.email,
      ...(earlier.some((v) => v.activities.includes(n))
        ? { note: `№ ${n} was marked already: the add-on says so, and nothing is written` }
        : {}),
    })),
  ];
}

/**
 * Puts what happens at moments of its own — a mentor marking activities, a file uploaded — into the
 * steps where its time falls: before the first «advanceClock to» a later moment. Each brings its own
 * advanceClock.
 */
function interleave(steps: Step[], timed: Array<{ at: string; steps: Step[] }>): Step[] {
  const queue = [...timed].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const out: Step[] = [];
  for (const step of steps) {
    if (step.action === 'advanceClock' && step.to)
      while (queue.length > 0 && Date.parse(queue[0]!.at) < Date.parse(step.to))
        out.push(...queue.shift()!.steps);
    out.push(step);
  }
  for (const rest of queue) out.push(...rest.steps);
  return out;
}

/** Every step from November to the end of May. */
function seasonSteps(): Step[] {
  const steps: Step[] = [];
  const s = SEASON_SETTINGS;
  const setting = (key: string, value: string, note?: string): Step => ({
    action: 'editCell',
    sheet: 'Настройки',
    row: settingsRow(key)!,
    column: 'Значение',
    value,
    note: note ?? `«${settingLabel(key)}»`,
  });

  // November: «Настройки» of stages 6–7, the events, the set-up session.
  steps.push(
    { action: 'advanceClock', to: s.at, note: 'November: the methodist prepares stages 6 and 7' },
    { action: 'open' },
    ...Object.entries(s.values).map(([key, value]) => setting(key, value)),
    {
      action: 'menu',
      label: 'Настроить систему',
      note: 'the forms and folders of stages 6–7 exist already; the consent to publication takes the requisites and resources',
    },
    ...eventSteps(),
    ...attendanceSteps('setup'),
  );

  // The start questionnaire, the reminders, and late answers.
  for (const batch of MONITORING.start.batches) steps.push(...monitoringBatch(batch, 'start'));
  steps.push(...remindSteps(MONITORING.start.remindAt, 'start'));
  steps.push(...monitoringBatch(MONITORING.start.late, 'start'));

  // Consents to publication, then the set-up session's drafts.
  steps.push({
    action: 'advanceClock',
    to: PUBLICITY.consentsAt,
    note: 'stage 7: teachers fill in the consent to publication (152-ФЗ ст. 10.1)',
  });
  PUBLICATION_CONSENTS.forEach((c, i) => {
    if (i > 0) steps.push({ action: 'advanceClock', minutes: GAPS[(i + 3) % GAPS.length]! });
    steps.push(publicationConsentStep(c, CONSENT_DECISIONS.give));
  });
  steps.push(
    { action: 'advanceClock', to: PUBLICITY.setupDraftAt },
    {
      action: 'selectCell',
      sheet: EVENTS_SHEET,
      row: eventRow('setup'),
      note: `the row of ${eventNumber('setup')}, the set-up session`,
    },
    {
      action: 'menu',
      label: 'Подготовить публикацию…',
      note: 'a news item and a post: those who came, named only with their consent to publication',
    },
    ...attendanceSteps('consultation'),
    { action: 'advanceClock', to: PUBLICITY.setupAgreedAt },
    setPublication('setup', 'сайт', 'согласовано', 'the director agrees the website text'),
  );

  // Winter: best practices, the exchange of experience.
  const [k1, ...laterPractices] = PRACTICES;
  steps.push(
    { action: 'advanceClock', to: k1!.at, note: 'stage 6: the first best practice' },
    practiceStep(k1!),
  );
  steps.push(...attendanceSteps('exchange'));
  for (const p of laterPractices.filter((x) => x.at < PUBLICITY.withdraw.at))
    steps.push({ action: 'advanceClock', to: p.at }, practiceStep(p));

  // March: a withdrawal of the consent to publication; the drafts rewritten, then published.
  const withdrawing = PUBLICATION_CONSENTS.find((c) => c.id === PUBLICITY.withdraw.id)!;
  steps.push(
    { action: 'advanceClock', to: PUBLICITY.withdraw.at },
    publicationConsentStep(withdrawing, CONSENT_DECISIONS.withdraw),
    {
      action: 'advanceClock',
      to: PUBLICITY.setupPublishedAt,
      note: 'the rewritten texts are agreed again and published',
    },
    setPublication('setup', 'сайт', 'опубликовано'),
    setPublication('setup', 'соцсети', 'опубликовано'),
  );

  // April: more practices, the early termination.
  for (const p of laterPractices.filter((x) => x.at > PUBLICITY.withdraw.at && x.at < TERMINATION.at))
    steps.push({ action: 'advanceClock', to: p.at }, practiceStep(p));
  const t = TERMINATION;
  steps.push(
    {
      action: 'advanceClock',
      to: t.at,
      note: `${teacher(t.mentee).name} gave notice on ${t.notice}: the curator terminates the pair`,
    },
    ...closeSteps(
      t.mentee,
      ['NO', t.reason, t.notice, t.tooEarly],
      `«Нет» (early), the reason, the notice of ${t.notice}, then ${t.tooEarly}: refused — three working days have not passed`,
    ),
    ...closeSteps(
      t.mentee,
      ['NO', t.reason, t.notice, t.closedAt],
      `again with ${t.closedAt}, the earliest day ТК РФ ст. 351.8 allows: «расторгнута»`,
    ),
  );
  for (const p of laterPractices.filter((x) => x.at > TERMINATION.at))
    steps.push({ action: 'advanceClock', to: p.at }, practiceStep(p));

  // May: the end questionnaire, the seminar, the round table and its result, the final event.
  steps.push(
    { action: 'advanceClock', to: s.mayAt, note: 'May: the end questionnaire is asked from mid-May' },
    ...Object.entries(s.may).map(([key, value]) =>
      setting(key, value, `«${settingLabel(key)}»: 30 → ${value}`),
    ),
    ...attendanceSteps('seminar'),
  );
  for (const batch of MONITORING.end.batches) {
    steps.push(...monitoringBatch(batch, 'end'));
    if (batch.at.startsWith('2027-05-19')) {
      steps.push(...attendanceSteps('roundTable'));
      for (const [id, result] of Object.entries(ROUND_TABLE_RESULT)) {
        const row = practiceRow(id);
        steps.push({
          action: 'editCell',
          sheet: PRACTICES_SHEET,
          row,
          column: 'Статус',
          value: result.status,
          note: `the round table’s result for К-${row - 1}`,
        });
        if (result.best)
          steps.push({
            action: 'editCell',
            sheet: PRACTICES_SHEET,
            row,
            column: 'Лучшая практика',
            value: result.best,
          });
        if (result.note)
          steps.push({
            action: 'editCell',
            sheet: PRACTICES_SHEET,
            row,
            column: 'Примечание',
            value: result.note,
          });
      }
    }
  }
  steps.push(...remindSteps(MONITORING.end.remindAt, 'end'));
  steps.push(...monitoringBatch(MONITORING.end.late, 'end'));
  steps.push(...attendanceSteps('final'));

  // The end of May: the pairs closed, the final report, the publications, the road map.
  steps.push({
    action: 'advanceClock',
    to: COMPLETION.at,
    note: 'the programmes are over: the curator closes every remaining pair and group as «завершена»',
  });
  for (const p of approvedPairs()) {
    const ref = p.mentees.length > 1 ? `group:${p.mentor}` : p.mentees[0]!;
    if (p.mentees.includes(t.mentee)) continue;
    steps.push(
      ...closeSteps(
        p.mentees[0]!,
        ['YES', COMPLETION.closedAt],
        `«Да»: № ${p.id} ${ref.startsWith('group:') ? 'group' : 'pair'} completed on ${COMPLETION.closedAt}`,
      ),
    );
  }
  steps.push(
    ...closeSteps(
      COMPLETION.twiceBy,
      [],
      'the same row again by mistake: it says the pair is closed already',
    ),
    { action: 'advanceClock', to: FINAL_REPORT.at },
    setting('report.conclusions', s.conclusions, '«Выводы и предложения для итогового отчёта»'),
    {
      action: 'menu',
      label: 'Сформировать итоговый отчёт',
      note: 'stage 6: the report on the year — pairs and how they ended, monitoring, events, best practices',
    },
    { action: 'advanceClock', to: PUBLICITY.mayAt, note: 'stage 7: the year’s last publications' },
    {
      action: 'selectCell',
      sheet: EVENTS_SHEET,
      row: eventRow('roundTable'),
      note: `the row of ${eventNumber('roundTable')}, the round table`,
    },
    { action: 'menu', label: 'Подготовить публикацию…' },
    {
      action: 'selectCell',
      sheet: PRACTICES_SHEET,
      row: practiceRow(PRACTICES[0]!.id),
      note: 'К-1, a best practice',
    },
    { action: 'menu', label: 'Подготовить публикацию…' },
    {
      action: 'selectCell',
      sheet: ROADMAP_SHEET,
      row: roadmapRow(PUBLICITY.milestone.activity),
      note: `stage ${PUBLICITY.milestone.stage}’s milestone «${roadmapRu.activities[PUBLICITY.milestone.activity as keyof typeof roadmapRu.activities]}»`,
    },
    { action: 'menu', label: 'Подготовить публикацию…' },
    setPublication('roundTable', 'сайт', 'опубликовано', 'the website publishes the round table’s news'),
    setPublication('milestone', 'сайт', 'опубликовано'),
    {
      action: 'menu',
      label: 'Обновить дорожную карту',
      note: 'the director’s view of the year: every activity of the seven stages with its computed status',
    },
  );
  return interleave(steps, [
    ...MATERIALS.uploads.map((u) => ({
      at: u.at,
      steps: [
        { action: 'advanceClock', to: u.at },
        {
          action: 'addFile',
          folder: MATERIALS.folder,
          name: u.name,
          note: 'stage 4.2: the methodist uploads a material for mentors',
        },
      ] satisfies Step[],
    })),
    ...PROGRAMME_MARKS.map((v) => ({ at: v.at, steps: markSteps(v) })),
  ]);
}

/**
 * Checks the season's tables against the rest: the pairs agree with MATCHING, every person named exists
 * and plays the part the step gives them, nobody answers a phase twice except the one duplicate, and
 * the dates run forward.
 */
function checkSeason(): void {
  // «Пары и группы» after September is what MATCHING decided.
  const approved = approvedPairs();
  const groups = approved.filter((p) => MATCHING.groups[p.mentor] !== undefined && p.mentees.length >= 1);
  for (const [mentor, members] of Object.entries(MATCHING.groups)) {
    const rows = PAIRS_AFTER_SEPTEMBER.filter((p) => p.mentor === mentor);
    if (rows.length !== 1 || rows[0]!.mentees.join() !== members.join())
      throw new Error(`PAIRS_AFTER_SEPTEMBER: the group of ${mentor} is not MATCHING's`);
  }
  const pairMentees = approved.filter((p) => !groups.includes(p)).flatMap((p) => p.mentees);
  if ([...pairMentees].sort().join() !== [...acceptedPairMentees()].sort().join())
    throw new Error('PAIRS_AFTER_SEPTEMBER: the approved pairs are not the accepted ones');
  const open = PAIRS_AFTER_SEPTEMBER.filter((p) => p.status !== 'утверждена');
  if (
    open.length !== 1 ||
    open[0]!.mentor !== MATCHING.forbid.offered ||
    open[0]!.mentees.join() !== MATCHING.forbid.mentee
  )
    throw new Error('PAIRS_AFTER_SEPTEMBER: the only open proposal is the one made after the forbid');
  for (const p of PAIRS_AFTER_SEPTEMBER) [p.mentor, ...p.mentees].forEach(teacher);
  // Every event has its attendance, in time order; the forgotten participants are filled in before it.
  for (const e of EVENTS) if (!ATTENDANCE[e.key]) throw new Error(`ATTENDANCE: no marks for ${e.key}`);
  for (const [key, { absent }] of Object.entries(ATTENDANCE)) {
    const invited = attendanceRows()
      .filter((r) => r.event === key)
      .map((r) => r.id);
    for (const id of absent)
      if (!invited.includes(id)) throw new Error(`ATTENDANCE: ${id} was not invited to ${key}`);
  }
  // Monitoring: only programme participants and the one outsider, in a role they have; one duplicate,
  // at the start (a person with two roles answers once in each).
  const people = programmeParticipants().map((p) => p.id);
  for (const phase of ['start', 'end'] as const) {
    const answers = monitoringAnswers(phase);
    for (const a of answers) {
      teacher(a.id);
      const scales = a.scales.split(' ').map(Number);
      if (scales.length !== 6 || scales.some((n) => !Number.isInteger(n) || n < 1 || n > 10))
        throw new Error(`MONITORING: ${a.id} needs six scores 1–10`);
      if (!/^[дн]{4}$/.test(a.flags)) throw new Error(`MONITORING: ${a.id} needs four д/н`);
      const inRole = approved.some((p) =>
        roleOfAnswer(a) === 'наставник' ? p.mentor === a.id : p.mentees.includes(a.id),
      );
      if (people.includes(a.id) && !inRole)
        throw new Error(`MONITORING: ${a.id} has no pair as ${roleOfAnswer(a)}`);
      if (hasTwoRoles(a.id) && !a.role) throw new Error(`MONITORING: ${a.id} has two roles: say which`);
    }
    const ids = answers.map(monitoringSlot);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (twice.join() !== (phase === 'start' ? 'petrova' : ''))
      throw new Error(`MONITORING: answered the ${phase} twice: ${twice.join(', ')}`);
    const outsiders = [...new Set(answers.map((a) => a.id))].filter((id) => !people.includes(id));
    if (outsiders.join() !== (phase === 'start' ? 'semenova' : ''))
      throw new Error(`MONITORING: in no pair: ${outsiders.join(', ')}`);
  }
  // Publication consents come from people with consent to processing; the withdrawal is of one of them.
  for (const c of PUBLICATION_CONSENTS)
    if (teacher(c.id).consent !== 'дано')
      throw new Error(`PUBLICATION_CONSENTS: ${c.id} has no processing consent`);
  if (
    !PUBLICATION_CONSENTS.some(
      (c) => c.id === PUBLICITY.withdraw.id && c.allow[0] === 'д' && c.allow[3] === 'д',
    )
  )
    throw new Error('PUBLICITY: the withdrawing person was named before');
  // Practices: К-1 is the one published in May; the round table judges practices in the копилка.
  for (const id of Object.keys(ROUND_TABLE_RESULT))
    if (!admittedPractices().some((p) => p.id === id))
      throw new Error(`ROUND_TABLE_RESULT: ${id} is not in the копилка`);
  // The termination is of an approved pair, with a notice three working days before.
  if (!approved.some((p) => p.mentees.join() === TERMINATION.mentee))
    throw new Error('TERMINATION: not an approved pair');
  // Marks: by the mentors of approved pairs, in time order, between the consultation that taught them
  // and the end (the terminated pair's before its termination); one number typed twice; one pair none.
  PROGRAMME_MARKS.forEach((v, i) => {
    const pair = pairOf(v.pair);
    if (pair.status !== 'утверждена') throw new Error(`PROGRAMME_MARKS: № ${pair.id} is not approved`);
    const end = pair.mentees.includes(TERMINATION.mentee) ? TERMINATION.at : COMPLETION.at;
    if (v.at <= ATTENDANCE.consultation.at || v.at >= end)
      throw new Error(`PROGRAMME_MARKS: № ${pair.id} marked on ${v.at}, outside the programme's winter`);
    if (i > 0 && v.at <= PROGRAMME_MARKS[i - 1]!.at) throw new Error(`PROGRAMME_MARKS: ${v.at} out of order`);
  });
  const typed = PROGRAMME_MARKS.flatMap((v) => v.activities.map((n) => `${pairOf(v.pair).id}:${n}`));
  const again = typed.filter((k, i) => typed.indexOf(k) !== i);
  if (again.join() !== `${pairOf(MARKED_TWICE.pair).id}:${MARKED_TWICE.activity}`)
    throw new Error(`PROGRAMME_MARKS: typed twice: ${again.join(', ')}`);
  const unmarked = approved.filter((p) => !programmeMarks().some((m) => m.pairId === p.id));
  if (unmarked.map((p) => p.mentor).join() !== 'lapteva')
    throw new Error(`PROGRAMME_MARKS: programmes never marked: ${unmarked.map((p) => p.id).join(', ')}`);
  // Materials: uploaded in October and November, the first before stage 4's deadline (31 October).
  if (!MATERIALS.uploads.every((u) => u.at > DOCUMENTS.at && u.at < '2026-12'))
    throw new Error('MATERIALS: uploads belong to October and November');
  if (!(MATERIALS.uploads[0]!.at < '2026-10-31')) throw new Error('MATERIALS: the first is late');
  const stamps = [
    SEASON_SETTINGS.at,
    EVENTS_PLAN.typedAt,
    EVENTS_PLAN.changedAt,
    ATTENDANCE.setup.at,
    ...MONITORING.start.batches.map((b) => b.at),
    MONITORING.start.remindAt,
    MONITORING.start.late.at,
    PUBLICITY.consentsAt,
    PUBLICITY.setupDraftAt,
    ATTENDANCE.consultation.at,
    PUBLICITY.setupAgreedAt,
    PRACTICES[0]!.at,
    ATTENDANCE.exchange.at,
    PUBLICITY.withdraw.at,
    PUBLICITY.setupPublishedAt,
    TERMINATION.at,
    SEASON_SETTINGS.mayAt,
    ATTENDANCE.seminar.at,
    ...MONITORING.end.batches.map((b) => b.at),
    ATTENDANCE.roundTable.at,
    MONITORING.end.remindAt,
    MONITORING.end.late.at,
    ATTENDANCE.final.at,
    COMPLETION.at,
    FINAL_REPORT.at,
    PUBLICITY.mayAt,
  ];
  stamps.forEach((at, i) => {
    if (i > 0 && at <= stamps[i - 1]!)
      throw new Error(`The season's dates go back: ${stamps[i - 1]} → ${at}`);
  });
}

/** Checks the tables: unique ids and e-mails, patronymics that agree with the gender, every event used sensibly. */
function checkTables(): void {
  const ids = new Set<string>();
  const emails = new Set<string>();
  for (const t of TEACHERS) {
    if (ids.has(t.id) || emails.has(t.email)) throw new Error(`${t.id}: duplicate id or e-mail`);
    ids.add(t.id);
    emails.add(t.email);
    if (t.email !== t.email.trim().toLowerCase())
      throw new Error(`${t.id}: the clean e-mail must be lower case`);
    const [surname, , patronymic] = t.name.split(' ');
    const female = /(овна|евна|ична|инична)$/.test(patronymic ?? '');
    const male = /(ович|евич|ич)$/.test(patronymic ?? '') && !female;
    if ((t.gender === 'ж' && !female) || (t.gender === 'м' && !male))
      throw new Error(`${t.id}: the patronymic of «${t.name}» does not agree with the gender`);
    if (t.gender === 'м' && /(ова|ева|ёва|ина|ая)$/.test(surname ?? ''))
      throw new Error(`${t.id}: a female surname for a man`);
    if (t.gender === 'ж' && /(ов|ев|ёв|ин|ий)$/.test(surname ?? ''))
      throw new Error(`${t.id}: a male surname for a woman`);
    if (!t.mentee && !t.mentor) throw new Error(`${t.id}: answers no questionnaire`);
  }
  const events = TIMELINE.flatMap((b) => b.events);
  for (const t of TEACHERS) {
    const count = (kind: string): number => events.filter((e) => e === `${kind}:${t.id}`).length;
    const expected = {
      mentee: t.mentee ? 1 : 0,
      'mentee-again': t.menteeUpdate ? 1 : 0,
      mentor: t.mentor ? 1 : 0,
      consent: t.consent === 'нет' ? 0 : 1,
      withdraw: t.consent === 'отозвано' ? 1 : 0,
    };
    for (const [kind, n] of Object.entries(expected))
      if (count(kind) !== n)
        throw new Error(`${t.id}: the timeline has ${count(kind)} «${kind}» events, expected ${n}`);
  }
}

export function buildSampleScenario(): Scenario {
  checkTables();
  checkMatching();
  checkSeason();
  const steps: Step[] = [
    { action: 'open', note: 'the simple onOpen adds the «Наставничество» menu' },
    {
      action: 'menu',
      label: 'Настроить систему',
      note: 'creates the sheets, the three forms and the triggers',
    },
    ...settingsSteps(),
    {
      action: 'menu',
      label: 'Настроить систему',
      note: 'run again after filling in «Настройки»: the consent form takes the organisation’s name and address',
    },
    { action: 'menu', label: 'Настроить систему', note: 'one more run changes nothing and says so' },
    { action: 'menu', label: 'О программе наставничества' },
    { action: 'menu', label: 'Ссылки на анкеты', note: 'the methodist copies the links to send to teachers' },
  ];
  let gap = 0;
  for (const batch of TIMELINE) {
    steps.push({ action: 'advanceClock', to: batch.at, note: batch.note });
    batch.events.forEach((event, i) => {
      if (i > 0) steps.push({ action: 'advanceClock', minutes: GAPS[gap++ % GAPS.length]! });
      steps.push(submission(event));
    });
  }
  steps.push(
    {
      action: 'advanceClock',
      to: '2026-09-25T10:00:00+03:00',
      note: 'the end of September: the curator checks the banks',
    },
    { action: 'open' },
    {
      action: 'menu',
      label: 'Импортировать ответы',
      note: 'everything is already in the banks, so nothing changes',
    },
    { action: 'menu', label: 'Ссылки на анкеты' },
    ...matchingSteps(),
    ...documentSteps(),
    {
      action: 'advanceClock',
      days: 31,
      note: 'a month passes: the daily maintenance anonymises the withdrawn person after 30 days',
    },
    ...seasonSteps(),
  );
  const count = (p: (t: Teacher) => boolean): number => TEACHERS.filter(p).length;
  return {
    $schema: '../docs/scenario.schema.json',
    name: 'Учебный год в колледже: анкеты и банки, пары и группы, документы, мероприятия, мониторинг, завершение, публикации',
    description:
      `ПОУ «СКУиИТ»: the methodist sets the system up and fills in «Настройки»; over September ` +
      `${TEACHERS.length} fictional teachers answer the forms (${count((t) => !!t.mentor)} potential mentors, ` +
      `${count((t) => !!t.mentee)} mentees, ${count((t) => !!t.mentor && !!t.mentee)} of them both; ` +
      `${count((t) => t.consent !== 'нет')} consents given, ${count((t) => t.consent === 'нет')} never, ` +
      `${count((t) => t.consent === 'отозвано')} withdrawn later; messy answers as a real college produces); ` +
      'the curator runs «Импортировать ответы» (nothing changes), then forms pairs and groups: «Подобрать пары», ' +
      'a ranking of mentors for one mentee, a capacity override, two settings tuned, a group pinned and matched ' +
      'again, the groups and most pairs approved in the sidebar, one pair forbidden (the sidebar proposes another ' +
      'mentor at once), matched again the next morning, one proposal rejected; the templates checked, the local ' +
      'acts made, and the documents on the pairs made twice (replaced, not duplicated); a month later the ' +
      'withdrawn teacher’s data are anonymised. Then the season, November to May: «Настройки» of stages 6–7 ' +
      `(requisites, web resources) and «Настроить систему» again; ${EVENTS.length} events typed into ` +
      '«Мероприятия» and invited to by Calendar (one row refused for want of participants, one event moved and ' +
      'the command run again: updated, nothing duplicated); the set-up session for mentors and the other events ' +
      'held, attendance marked; the monitoring questionnaire at the start (one answer twice, one from a teacher ' +
      'in no pair, a mentor who is also mentored answering in both roles), «Обновить мониторинг», reminders by ' +
      'e-mail (a second run the same day sends nothing); ' +
      `${PUBLICATION_CONSENTS.length} consents to publication (one refusal, one withdrawn in March, its drafts ` +
      `rewritten without the name); ${PRACTICES.length} best practices sent by the form (one waits for consent); ` +
      `from December to May the mentors mark ${programmeMarks().length} activities of their programmes through ` +
      '«Отметить выполнение» in Docs (one number typed twice is refused; one group never marks); ' +
      `the methodist uploads ${MATERIALS.uploads.length} files to «Методические материалы»; ` +
      'one pair terminated early in April (a date too early refused, ТК РФ ст. 351.8), the round table chooses ' +
      'the best practices, the monitoring at the end, the remaining pairs closed, the final report, drafts for ' +
      'the round table, a best practice and a stage of the road map, and «Обновить дорожную карту». The daily ' +
      'trigger runs every night. Built by scenarios/build-sample.ts: edit the tables there, not this file.',
    workspace: {
      spreadsheet: COLLEGE.spreadsheet,
      user: COLLEGE.user,
      start: COLLEGE.start,
      locale: 'ru',
      account: 'consumer',
    },
    steps,
  } as Scenario & { $schema: string };
}

/**
 * JSON laid out for reading: one line per step, and one line per answer in a form submission, so a diff
 * of sample.json shows which person and which answer changed.
 */
export function formatScenario(scenario: Scenario): string {
  const { steps, ...head } = scenario;
  const headJson = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const stepJson = steps.map((step) => {
    if (step.action !== 'submitForm') return `    ${JSON.stringify(step)}`;
    const { answers, ...rest } = step;
    const lines = Object.entries(answers).map(
      ([q, a]) => `        ${JSON.stringify(q)}: ${JSON.stringify(a)}`,
    );
    return `    ${JSON.stringify(rest).replace(/}$/, ',')} "answers": {\n${lines.join(',\n')}\n      }\n    }`;
  });
  return `${headJson},\n  "steps": [\n${stepJson.join(',\n')}\n  ]\n}\n`;
}

if (require.main === module) {
  const path = join(__dirname, 'sample.json');
  const scenario = buildSampleScenario();
  writeFileSync(path, formatScenario(scenario));
  console.log(`Wrote ${path}: ${scenario.steps.length} steps, ${TEACHERS.length} teachers.`);
}

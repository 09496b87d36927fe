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
 * methodist makes the documents (DOCUMENTS below).
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
  );
  const count = (p: (t: Teacher) => boolean): number => TEACHERS.filter(p).length;
  return {
    $schema: '../docs/scenario.schema.json',
    name: 'Сентябрь в колледже: анкеты, банки наставников и наставляемых, согласия, пары и группы',
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
      'acts made, and the documents on the pairs made twice (replaced, not duplicated); a month later the withdrawn teacher’s data are anonymised. Built by scenarios/build-sample.ts: ' +
      'edit the tables there, not this file.',
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

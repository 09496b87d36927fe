import { type CalendarDay, addDays, dayNumeric, daysBetween } from './dates';
import type { Difficulty, DocumentPerson } from './data-types';

/**
 * A personalised programme's content from the mentee's questionnaire (domain.md, «Personalised
 * mentoring programme»): the difficulties rated 3 or worse, worst first, become the directions of
 * work; each gives a task, an activity of the plan and an expected result. Dates are spread over the
 * term: an opening meeting, one period per direction, a closing meeting.
 */
export const DIFFICULTY_THRESHOLD = 3;
export const MAX_DIRECTIONS = 5;

interface ActivityWording {
  task: string;
  activity: string;
  form: string;
  result: string;
  report: string;
}

const WORDING: Readonly<Record<string, ActivityWording>> = {
  programs: {
    task: 'освоить разработку рабочей программы, КТП и фонда оценочных средств',
    activity:
      'Совместная разработка (корректировка) рабочей программы, КТП и ФОС по дисциплине наставляемого',
    form: 'консультации, совместная работа',
    result: 'рабочая программа, КТП и ФОС разработаны и согласованы',
    report: 'рабочая программа, КТП, ФОС',
  },
  fgos: {
    task: 'изучить требования ФГОС СПО к результатам освоения образовательной программы',
    activity: 'Изучение ФГОС СПО и примерной образовательной программы по специальности; разбор требований',
    form: 'консультация, самостоятельное изучение',
    result: 'наставляемый применяет требования ФГОС СПО при планировании занятий',
    report: 'конспект, матрица компетенций',
  },
  lessonDesign: {
    task: 'освоить проектирование учебного занятия',
    activity: 'Посещение занятий наставника; совместное проектирование и анализ занятий наставляемого',
    form: 'взаимопосещение занятий, анализ',
    result: 'наставляемый самостоятельно проектирует занятие и проводит его самоанализ',
    report: 'технологические карты занятий, листы анализа',
  },
  digital: {
    task: 'освоить цифровые технологии и электронные образовательные ресурсы',
    activity: 'Практикум по цифровым инструментам и ЭОР; разработка занятия с их применением',
    form: 'практикум, мастер-класс',
    result: 'наставляемый использует ЭОР и цифровые сервисы на занятиях',
    report: 'разработка занятия с ЭОР',
  },
  assessment: {
    task: 'освоить современные способы оценивания результатов обучения',
    activity: 'Разработка критериев и контрольно-оценочных средств; разбор случаев оценивания',
    form: 'консультации, совместная работа',
    result: 'наставляемый применяет критериальное оценивание',
    report: 'контрольно-оценочные средства с критериями',
  },
  discipline: {
    task: 'освоить приёмы поддержания дисциплины и мотивации студентов',
    activity: 'Разбор педагогических ситуаций; посещение занятий с последующим анализом приёмов мотивации',
    form: 'консультации, взаимопосещение занятий',
    result: 'наставляемый применяет приёмы управления группой и мотивации',
    report: 'листы наблюдения, рефлексия',
  },
  curatorship: {
    task: 'освоить работу куратора учебной группы и взаимодействие с родителями',
    activity: 'Совместная подготовка классного часа и родительского собрания',
    form: 'совместная работа, консультация',
    result: 'наставляемый планирует и проводит мероприятия с группой и родителями',
    report: 'план работы куратора, сценарии мероприятий',
  },
  inclusion: {
    task: 'освоить особенности обучения студентов с ОВЗ',
    activity: 'Изучение адаптированных образовательных программ; подбор приёмов работы со студентами с ОВЗ',
    form: 'консультация, самостоятельное изучение',
    result: 'наставляемый учитывает особые образовательные потребности студентов',
    report: 'адаптированные материалы к занятиям',
  },
  upbringing: {
    task: 'освоить планирование и проведение воспитательной работы',
    activity: 'Совместная разработка и проведение воспитательного мероприятия',
    form: 'совместная работа',
    result: 'наставляемый проводит воспитательные мероприятия по рабочей программе воспитания',
    report: 'сценарий мероприятия, фотоотчёт',
  },
  demoExam: {
    task: 'освоить подготовку студентов к демонстрационному экзамену и чемпионатам',
    activity: 'Изучение оценочной документации демонстрационного экзамена; совместная тренировка студентов',
    form: 'консультации, практикум',
    result: 'наставляемый готовит студентов к демонстрационному экзамену',
    report: 'план подготовки, результаты пробного экзамена',
  },
  documentation: {
    task: 'освоить ведение учебной документации',
    activity: 'Разбор требований к учебной документации; проверка журналов и отчётов',
    form: 'консультация',
    result: 'документация ведётся своевременно и без замечаний',
    report: 'учебная документация',
  },
  attestation: {
    task: 'подготовиться к аттестации',
    activity: 'Подготовка портфолио и материалов к аттестации на квалификационную категорию',
    form: 'консультации',
    result: 'материалы к аттестации подготовлены',
    report: 'портфолио',
  },
  burnout: {
    task: 'освоить приёмы профилактики профессионального выгорания',
    activity: 'Беседы о распределении нагрузки; участие в тренинге по профилактике выгорания',
    form: 'беседа, тренинг',
    result: 'наставляемый планирует нагрузку и применяет приёмы самоподдержки',
    report: 'рефлексивный отчёт',
  },
};

const generic = (label: string): ActivityWording => ({
  task: `преодолеть затруднения в области: ${label}`,
  activity: `Консультации и совместная работа по направлению «${label}»`,
  form: 'консультации, совместная работа',
  result: `затруднения в области «${label}» преодолены`,
  report: 'материалы, подготовленные наставляемым',
});

const ADAPTATION: ActivityWording & { label: string } = {
  label: 'адаптация в образовательной организации',
  task: 'пройти адаптацию в образовательной организации',
  activity: 'Знакомство с локальными актами, традициями и коллективом колледжа; посещение занятий наставника',
  form: 'консультации, взаимопосещение занятий',
  result: 'наставляемый адаптирован в коллективе и в профессии',
  report: 'рефлексивный отчёт',
};

export const wordingOf = (d: Pick<Difficulty, 'competence' | 'label'>): ActivityWording =>
  WORDING[d.competence] ?? generic(d.label);

/**
 * The directions of a programme: each competence rated 3 or worse by any mentee (a group's rating is
 * its worst), worst first, ties in the competences' order; at most MAX_DIRECTIONS.
 */
export function programmeDirections(mentees: readonly DocumentPerson[]): Difficulty[] {
  const worst = new Map<string, Difficulty & { order: number }>();
  let order = 0;
  for (const m of mentees)
    for (const d of m.difficulties ?? []) {
      const seen = worst.get(d.competence);
      if (!seen) worst.set(d.competence, { ...d, order: order++ });
      else if (d.severity > seen.severity) worst.set(d.competence, { ...d, order: seen.order });
    }
  return [...worst.values()]
    .filter((d) => d.severity >= DIFFICULTY_THRESHOLD)
    .sort((a, b) => b.severity - a.severity || a.order - b.order)
    .slice(0, MAX_DIRECTIONS)
    .map(({ competence, label, severity }) => ({ competence, label, severity }));
}

export interface PlannedActivity {
  number: number;
  direction: string;
  content: string;
  start: CalendarDay;
  end: CalendarDay;
  form: string;
  result: string;
  report: string;
}

export interface ProgrammeContent {
  goal: string;
  tasks: string[];
  requests: string[];
  results: string[];
  activities: PlannedActivity[];
}

const capital = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** «01.10.2026 – 15.11.2026». */
export const periodText = (a: CalendarDay, b: CalendarDay): string => `${dayNumeric(a)} – ${dayNumeric(b)}`;

/**
 * Goals, tasks, requests and the dated plan for a pair or group. The opening meeting takes the first
 * tenth of the term (at most two weeks), the closing one the last; the directions share the middle
 * equally, so every activity has a date inside the term.
 */
export function programmeContent(
  mentees: readonly DocumentPerson[],
  start: CalendarDay,
  end: CalendarDay,
): ProgrammeContent {
  const directions = programmeDirections(mentees);
  const wordings = directions.length
    ? directions.map((d) => ({ label: d.label, ...wordingOf(d) }))
    : [ADAPTATION];
  const total = Math.max(daysBetween(start, end), 2 * wordings.length + 2);
  const edge = Math.max(0, Math.min(13, Math.floor(total / 10)));
  const openingEnd = addDays(start, edge);
  const closingStart = addDays(start, total - edge);
  const middleStart = addDays(openingEnd, 1);
  const middleDays = daysBetween(middleStart, closingStart);
  const activities: PlannedActivity[] = [
    {
      number: 1,
      direction: 'Организация работы',
      content:
        'Знакомство, диагностика профессиональных затруднений, согласование программы и графика встреч',
      start,
      end: openingEnd,
      form: 'встреча наставника и наставляемого',
      result: 'программа согласована',
      report: 'программа, подписанная участниками',
    },
  ];
  wordings.forEach((w, i) => {
    const from = addDays(middleStart, Math.floor((middleDays * i) / wordings.length));
    const to = addDays(middleStart, Math.floor((middleDays * (i + 1)) / wordings.length) - 1);
    activities.push({
      number: i + 2,
      direction: capital(w.label),
      content: w.activity,
      start: from,
      end: daysBetween(from, to) < 0 ? from : to,
      form: w.form,
      result: capital(w.result),
      report: w.report,
    });
  });
  activities.push({
    number: wordings.length + 2,
    direction: 'Подведение итогов',
    content: 'Итоговая встреча: самоанализ, анкетирование удовлетворённости, представление результатов',
    start: closingStart,
    end,
    form: 'итоговая встреча',
    result: 'результаты программы представлены',
    report: 'отчёт наставляемого, анкета',
  });
  const requests = directions.map((d) => `${capital(d.label)} (затруднение: ${d.severity} из 5)`);
  for (const m of mentees) if (m.mainRequest?.trim()) requests.push(m.mainRequest.trim());
  return {
    goal:
      `Профессиональное развитие и адаптация ${mentees.length > 1 ? 'наставляемых' : 'наставляемого'}, ` +
      'преодоление профессиональных затруднений ' +
      `в области: ${wordings.map((w) => w.label).join('; ')}.`,
    tasks: wordings.map((w) => capital(w.task)),
    requests,
    results: wordings.map((w) => capital(w.result)),
    activities,
  };
}

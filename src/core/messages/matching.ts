/**
 * Russian strings of matching (stages 4–5): criteria explanations, reasons a mentor is not eligible or
 * lost, reasons a mentee is still waiting, support notes and settings errors. ru.ts includes them as
 * `messages.matching`.
 */
function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** «62 балла», «1 балл», «12,5 балла». */
const points = (n: number): string => {
  const rounded = Math.round(n * 10) / 10;
  const text = String(rounded).replace('.', ',');
  return Number.isInteger(rounded)
    ? `${text} ${plural(rounded, 'балл', 'балла', 'баллов')}`
    : `${text} балла`;
};

/** After «не менее» / «менее» the genitive: 1 года, 2 лет, 21 года. */
const years = (n: number): string => `${n} ${plural(n, 'года', 'лет', 'лет')}`;
const quoted = (items: string[]): string => items.map((x) => `«${x}»`).join(', ');

export const matchingRu = {
  points,

  criteria: {
    coverage: {
      covers: (items: string[], covered: number, total: number) =>
        `закрывает затруднения: ${items.join(', ')} (${covered} из ${total} по весу)`,
      misses: (items: string[]) => `нет опыта в ${quoted(items)}`,
      none: 'не закрывает ни одного затруднения',
      noDifficulties: 'наставляемый не отметил затруднений',
    },
    subject: {
      same: (subject: string) => `та же ПЦК / предмет: ${subject}`,
      different: (mentor: string) => `другая ПЦК / предмет (${mentor})`,
      unknown: 'ПЦК / предмет не указаны',
    },
    form: {
      same: (form: string) => `та же форма наставничества: ${form}`,
      different: (mentor: string) => `другая форма наставничества (${mentor})`,
      unknown: 'форма наставничества не указана',
    },
    format: {
      same: (format: string) => `тот же формат встреч: ${format}`,
      mixed: 'формат встреч совместим (смешанный формат)',
      different: (mentor: string) => `другой формат встреч (${mentor})`,
      unknown: 'формат встреч не указан',
    },
    time: {
      common: (times: string[]) => `общее время встреч: ${times.join(', ')}`,
      none: 'нет общего удобного времени встреч',
      unknown: 'удобное время встреч не указано',
    },
    experience: {
      more: (mentor: number, mentee: number) =>
        `стаж наставника не менее ${years(mentor)}, у наставляемого — не менее ${years(mentee)}`,
      notMore: (mentor: number) =>
        `стаж наставника не больше стажа наставляемого (не менее ${years(mentor)})`,
      unknown: 'стаж наставника не указан',
    },
    category: {
      is: (category: string) => `категория наставника: ${category}`,
      unknown: 'категория наставника не указана',
    },
  },

  /** Why a person cannot take part in matching now (hard constraints). */
  issues: {
    noConsent: 'нет согласия на обработку персональных данных',
    consentWithdrawn: 'согласие на обработку персональных данных отозвано',
    notAdmitted: (participation: string) => `не допущен${participation ? ` («${participation}»)` : ''}`,
    notWilling: (answer: string) => `не готов быть наставником сейчас${answer ? ` (ответ «${answer}»)` : ''}`,
    lowExperience: (min: number) => `стаж менее ${years(min)}`,
    unknownExperience: (min: number) => `стаж не указан (нужно не менее ${years(min)})`,
    lowCategory: (min: string) => `категория ниже требуемой («${min}»)`,
    self: 'тот же человек',
    forbidden: (reason: string) => `пара запрещена${reason ? `: ${reason}` : ''}`,
    full: 'занят: все места распределены',
    belowFloor: (floor: number) => `ниже порога ${points(floor)}`,
  },

  /** «Петров И.С. — 62 балла: нет опыта в «оценивание»; занят: все места распределены». */
  line: (name: string, score: number, reasons: string[]) =>
    `${name} — ${points(score)}${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`,
  /** «78 баллов: закрывает затруднения …; та же ПЦК …». */
  explanation: (score: number, parts: string[]) =>
    `${points(score)}${parts.length > 0 ? `: ${parts.join('; ')}` : ''}`,
  lowerScore: 'меньше баллов',
  takenByOthers: 'занят: места отданы наставляемым с большей совместимостью',

  unmatched: {
    noConsent: 'нет согласия на обработку персональных данных',
    consentWithdrawn: 'согласие на обработку персональных данных отозвано',
    notAdmitted: (participation: string) =>
      `не допущен к участию${participation ? ` («${participation}»)` : ''}`,
    noFreeMentor: (subject: string) =>
      subject
        ? `нет наставника со свободным местом в ПЦК «${subject}»`
        : 'нет наставника со свободным местом',
    belowFloor: (floor: number, best: string) =>
      `все подходящие наставники ниже порога ${points(floor)}${best ? ` (лучший: ${best})` : ''}`,
    forbidden: 'все возможные пары запрещены («Запреты пар») или невозможны',
    lostToOthers: (subject: string, best: string) =>
      `${subject ? `нет наставника со свободным местом в ПЦК «${subject}»: ` : ''}подходящие наставники заняты — ` +
      `их места отданы наставляемым с большей совместимостью${best ? ` (лучший: ${best})` : ''}`,
    support: (wish: string) =>
      'Пока наставник не подобран: психолого-педагогическая поддержка, консультации с куратором, участие ' +
      `в групповых встречах и методических мероприятиях${wish ? `; учесть пожелание: ${wish}` : ''}.`,
    supportNoConsent:
      'Участие в наставничестве возможно после согласия на обработку персональных данных; куратор может ' +
      'пригласить на консультацию и групповые встречи.',
  },

  settings: {
    /** «Настройки», строка 31 (C31): «abc» — нужно число не меньше 0. */
    invalid: (sheet: string, row: number, a1: string, label: string, value: string, need: string) =>
      `Лист «${sheet}», строка ${row}, ячейка ${a1} («${label}»): «${value}» — ${need}.`,
    invalidNoCell: (key: string, label: string, value: string, need: string) =>
      `Параметр «${label}» (${key}): «${value}» — ${need}.`,
    needNumber: 'нужно число не меньше 0',
    needInteger: (min: number) => `нужно целое число не меньше ${min}`,
    needCategory: (choices: string[]) => `нужно оставить пустым или указать одно из: ${choices.join(', ')}`,
    needWeights: 'сумма баллов всех критериев должна быть больше 0',
  },
};

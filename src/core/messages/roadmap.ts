/**
 * Russian strings of the road-map dashboard (issue 7, item 3): the activities of each stage in the
 * road map's own words, the facts shown for each, the menu item and the refresh's alerts. ru.ts
 * includes them as `messages.roadmap`.
 */
function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const percent = (part: number, whole: number): string =>
  whole > 0 ? `${Math.round((part / whole) * 100)} %` : '—';

const list = (items: readonly (string | number)[]): string => items.join(', ');

export const roadmapRu = {
  menu: { refresh: 'Обновить дорожную карту' },

  /** The activities of each stage (seed road map), one row each on «Дорожная карта». */
  activities: {
    orderRegulation: 'Приказ «Об утверждении положения о системе наставничества педагогических работников»',
    regulation: 'Положение о системе наставничества педагогических работников',
    roadmapDocument: 'Дорожная карта (план мероприятий) по реализации положения',
    orderPairs: 'Приказ(ы) о закреплении наставнических пар/групп с письменного согласия участников',
    programmesPrepared: 'Подготовка персонализированных программ наставничества',
    menteeRequests: 'Сбор информации о профессиональных запросах педагогов',
    menteeBank: 'Банк данных наставляемых, согласия на обработку персональных данных',
    mentorSurvey: 'Анкетирование потенциальных наставников',
    mentorBank: 'Банк данных наставников, согласия на обработку персональных данных',
    selection: 'Анализ банка наставников и выбор наставников для программ',
    materials: 'Подготовка методических материалов для сопровождения наставнической деятельности',
    training: 'Консультации, обмен опытом, «установочные сессии» наставников',
    pairs: 'Формирование наставнических пар/групп',
    pairProgrammes: 'Разработка персонализированных программ для каждой пары/группы',
    support: 'Поддержка наставляемых без пары или группы, продолжение поиска наставника',
    monitoring: 'Мониторинг качества реализации программ наставничества (анкетирование)',
    conference: 'Конференция или семинар',
    roundTable:
      'Итоговое мероприятие (круглый стол) по выявлению лучших практик; пополнение методической копилки',
    coverage: 'Освещение мероприятий дорожной карты на сайте и в социальных сетях',
  },

  /** The fact shown in «Показатель» for each activity. */
  indicators: {
    orderRegistered: (number: string, date: string) => `Приказ № ${number} от ${date}`,
    orderMissing: 'Приказ не сформирован («Сформировать локальные акты»)',
    documentMade: 'Документ сформирован',
    documentMissing: 'Документ не сформирован («Сформировать локальные акты»)',
    orderPairs: (ordered: number, consents: number, pairs: number) =>
      pairs === 0
        ? 'Нет утверждённых пар и групп'
        : `Приказ издан: ${ordered} из ${pairs}; письменное согласие наставника: ${consents} из ${pairs}`,
    programmes: (made: number, pairs: number) =>
      pairs === 0 ? 'Нет утверждённых пар и групп' : `Программы сформированы: ${made} из ${pairs}`,
    pairProgrammes: (made: number, pairs: number, marked: number) =>
      pairs === 0
        ? 'Нет утверждённых пар и групп'
        : `Программы сформированы: ${made} из ${pairs}; отмечено выполненных мероприятий: ${marked}`,
    requests: (n: number) => (n === 0 ? 'Анкет пока нет' : `Получено анкет: ${n}`),
    bank: (c: { people: number; given: number; withdrawn: number; pending: number }) =>
      c.people === 0
        ? 'Банк пуст'
        : `В банке ${c.people} ${plural(c.people, 'человек', 'человека', 'человек')}; согласие дано: ${c.given}` +
          (c.pending > 0 ? `, без согласия: ${c.pending}` : '') +
          (c.withdrawn > 0 ? `, согласие отозвано: ${c.withdrawn}` : ''),
    selection: (c: { mentees: number; considered: number; paired: number; waiting: number }) =>
      c.mentees === 0
        ? 'Нет наставляемых с согласием'
        : `Рассмотрено наставляемых: ${c.considered} из ${c.mentees} (в парах и группах: ${c.paired}, ` +
          `ищут наставника: ${c.waiting})`,
    materials: (files: number | null) =>
      files === null
        ? 'Папка «Методические материалы» не найдена («Настроить систему» создаст её)'
        : files === 0
          ? 'В папке «Методические материалы» пока нет файлов'
          : `Файлов в папке «Методические материалы»: ${files}`,
    training: (c: { held: number; planned: number; trained: number; mentors: number }) =>
      `Проведено мероприятий: ${c.held}` +
      (c.planned > 0 ? `, запланировано: ${c.planned}` : '') +
      (c.mentors > 0
        ? `; обучены наставники пар и групп: ${c.trained} из ${c.mentors}`
        : `; обучено наставников: ${c.trained}`),
    pairs: (c: { pairs: number; groups: number; proposed: number; closed: number }) =>
      c.pairs + c.groups + c.proposed === 0
        ? 'Пары и группы не сформированы'
        : `Утверждено пар: ${c.pairs}, групп: ${c.groups}` +
          (c.closed > 0 ? ` (из них завершено или расторгнуто: ${c.closed})` : '') +
          (c.proposed > 0 ? `; ожидают утверждения: ${c.proposed}` : ''),
    support: (c: { waiting: number; supported: number; pairs: number }) =>
      c.waiting === 0
        ? c.pairs === 0
          ? 'Подбор пар ещё не проводился'
          : 'Все наставляемые в парах или группах'
        : `Ищут наставника: ${c.waiting}; с планом поддержки: ${c.supported} из ${c.waiting}`,
    monitoring: (c: {
      participants: number;
      start: { answered: number; expected: number };
      end: { answered: number; expected: number };
      open: number;
    }) =>
      c.participants === 0
        ? 'Нет участников пар и групп'
        : `Ответили в начале программы: ${c.start.answered} из ${c.start.expected} ` +
          `(${percent(c.start.answered, c.start.expected)})` +
          (c.end.expected > 0
            ? `; при завершении: ${c.end.answered} из ${c.end.expected} (${percent(c.end.answered, c.end.expected)})`
            : '') +
          (c.open > 0 ? `; программ ещё идёт: ${c.open}` : ''),
    event: (c: { held: string[]; planned: string[] }) =>
      c.held.length > 0
        ? `Проведено: ${list(c.held)}` + (c.planned.length > 0 ? `; запланировано: ${list(c.planned)}` : '')
        : c.planned.length > 0
          ? `Запланировано: ${list(c.planned)}`
          : 'Не запланировано (лист «Мероприятия»)',
    roundTable: (c: { held: string[]; planned: string[]; practices: number; best: number }) =>
      (c.held.length > 0
        ? `Проведено: ${list(c.held)}`
        : c.planned.length > 0
          ? `Запланировано: ${list(c.planned)}`
          : 'Круглый стол не запланирован') + `; практик в копилке: ${c.practices}, лучших: ${c.best}`,
    coverage: (c: { published: number; drafts: number; missing: number[] }) =>
      `Опубликовано материалов: ${c.published}` +
      (c.drafts > 0 ? `, в подготовке: ${c.drafts}` : '') +
      (c.missing.length > 0 ? `; этапы без публикаций: ${list(c.missing)}` : '; освещены все этапы'),
  },

  refresh: {
    title: 'Дорожная карта',
    done: (c: { rows: number; done: number; inProgress: number; overdue: number }) =>
      `Дорожная карта обновлена: мероприятий ${c.rows}, выполнено ${c.done}, в работе ${c.inProgress}, ` +
      `просрочено ${c.overdue}.`,
    journal: 'Дорожная карта обновлена',
    lockBusy:
      'Таблицу сейчас изменяет другой процесс (например, обрабатываются анкеты). Подождите минуту и ' +
      'повторите «Обновить дорожную карту».',
    failed: 'Дорожная карта не обновлена',
    badDeadline: (stage: number, text: string) =>
      `Этап ${stage}: срок «${text}» в листе «Настройки» не распознан — укажите месяц (например, «сентябрь – ` +
      'октябрь»), дату «31.10.2026» или «в течение года». Статус «просрочено» для этапа не определяется.',
  },
};

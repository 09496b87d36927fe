/**
 * Russian strings of stage 5's shell: the menu items, the «Подбор пар» sidebar, alerts and journal lines
 * of matching runs and curator actions. Kept apart from ru.ts so the sidebar's browser bundle carries only
 * these (ru.ts includes them as `messages.pairs`).
 */
function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const points = (n: number): string => {
  const text = String(Math.round(n * 10) / 10).replace('.', ',');
  return Number.isInteger(n) ? `${text} ${plural(n, 'балл', 'балла', 'баллов')}` : `${text} балла`;
};

export const pairsRu = {
  menu: {
    runMatching: 'Подобрать пары',
    sidebar: 'Подбор пар',
    chooseMentor: 'Подобрать наставника…',
  },

  title: 'Подбор пар',
  points,

  run: {
    title: 'Подбор пар',
    invalidSettings: (errors: string[]) =>
      `Подбор не выполнен: в листе «Настройки» есть ошибки.\n\n${errors.join('\n')}\n\n` +
      'Исправьте значения и повторите «Подобрать пары». Таблица не изменена.',
    invalidSettingsJournal: 'Подбор пар не выполнен: ошибки в настройках подбора',
    done: (c: { pairs: number; groups: number; mentees: number; unmatched: number; kept: number }) =>
      `Подбор выполнен: предложено пар ${c.pairs}, групп ${c.groups} ` +
      `(наставляемых ${c.mentees}); без пары ${c.unmatched}; сохранено утверждённых и закреплённых ${c.kept}.`,
    journal: 'Подбор пар выполнен',
    lockBusy:
      'Таблицу сейчас изменяет другой процесс (например, обрабатываются анкеты). Подождите минуту и ' +
      'повторите команду.',
  },

  choose: {
    title: 'Подобрать наставника',
    notOnMentee: (sheet: string) =>
      `Выделите строку наставляемого на листе «${sheet}» и снова выберите «Подобрать наставника…», ` +
      'или выберите наставляемого в боковой панели «Подбор пар».',
  },

  actions: {
    stale:
      'Это предложение уже изменено (другим пользователем или повторным подбором). Список обновлён — ' +
      'посмотрите его ещё раз.',
    ambiguous: (ids: string[]) =>
      `Под это описание подходят несколько предложений (№ ${ids.join(', № ')}); укажите номер пары или группы.`,
    notProposed: (id: string, status: string) =>
      `Пара № ${id} уже не предложение (статус «${status}»); изменить её можно только в листе «Пары и группы».`,
    accepted: (id: string, start: string, end: string) =>
      `Пара № ${id} утверждена: с ${start} по ${end}. Следующий подбор её сохранит.`,
    acceptedJournal: (id: string, mentor: string, mentees: string) =>
      `Пара № ${id} утверждена: ${mentor} — ${mentees}`,
    rejected: (id: string) =>
      `Предложение № ${id} отклонено; наставляемые возвращены в список «Поиск наставника продолжается».`,
    rejectedJournal: (id: string, mentor: string, mentees: string) =>
      `Предложение № ${id} отклонено куратором: ${mentor} — ${mentees}`,
    rejectedReason: 'отклонено куратором',
    pinned: (id: string) => `Предложение № ${id} закреплено: повторный подбор его не изменит.`,
    unpinned: (id: string) => `Предложение № ${id} больше не закреплено.`,
    forbidReason: (date: string) => `запрещено куратором в «Подбор пар» ${date}`,
    forbidden: (mentor: string, mentee: string, outcome: string) =>
      `Пара ${mentor} — ${mentee} запрещена и добавлена в лист «Запреты пар». ${outcome}`,
    forbiddenJournal: (mentor: string, mentee: string) => `Пара запрещена куратором: ${mentor} — ${mentee}`,
    reproposed: (mentee: string, mentor: string, score: number) =>
      `${mentee}: предложен другой наставник: ${mentor} (${points(score)}).`,
    noOther: (mentee: string, reason: string) =>
      `${mentee}: другого подходящего наставника нет (${reason}); наставляемый в списке ` +
      '«Поиск наставника продолжается».',
    noOtherReason: 'нет другого наставника со свободным местом и оценкой не ниже порога',
    swapped: (mentee: string, mentor: string, score: number) =>
      `Наставник для ${mentee} заменён: ${mentor} (${points(score)}).`,
    swappedJournal: (mentee: string, before: string, after: string) =>
      `Наставник заменён куратором для ${mentee}: ${before} → ${after}`,
    swapUnavailable: (mentor: string, reasons: string) =>
      `${mentor} не может взять этого наставляемого: ${reasons}. Выберите другого наставника.`,
    swapFull: 'нет свободных мест',
    swapBelowFloor: (floor: number) => `оценка ниже порога (${points(floor)})`,
    unknownMentor: (email: string) => `Наставника ${email} нет в банке наставников.`,
    unknownMentee: (email: string) => `Наставляемого ${email} нет в банке наставляемых.`,
    menteeNotInProposal: (email: string, id: string) => `${email} нет в предложении № ${id}.`,
    failed: 'Не удалось выполнить действие из-за непредвиденной ошибки. Подробности — на листе «Журнал».',
  },

  sheet: {
    pairTitle: (id: string) => `Пара № ${id}`,
    groupTitle: (id: string) => `Группа № ${id}`,
    alternative: (fullName: string, line: string) => `${fullName}: ${line}`,
    supportNote: (support: string) =>
      support
        ? `Пока идёт поиск наставника: ${support} — организует куратор.`
        : 'Пока идёт поиск наставника: консультации куратора и методиста.',
  },

  /** The sidebar's own words (the browser bundle imports this file). */
  ui: {
    heading: 'Подбор пар',
    rerun: 'Подобрать заново',
    refresh: 'Обновить',
    loading: 'Загрузка…',
    working: 'Выполняется…',
    proposals: (n: number) => `Предложения (${n})`,
    noProposals: 'Предложений нет. Нажмите «Подобрать заново», чтобы подобрать пары.',
    approved: (n: number) => `Утверждённых и действующих пар и групп: ${n}.`,
    waiting: (n: number) => `Поиск наставника продолжается (${n})`,
    noWaiting: 'Все наставляемые распределены.',
    mentor: 'Наставник',
    mentees: 'Наставляемые',
    score: 'Оценка',
    scoreValue: (score: number) => points(score),
    alternative: 'Лучшая альтернатива',
    pinnedBadge: 'закреплено',
    accept: 'Утвердить',
    reject: 'Отклонить',
    pin: 'Закрепить',
    unpin: 'Открепить',
    forbid: 'Запретить',
    swap: 'Заменить…',
    swapTo: 'Заменить',
    cancel: 'Отмена',
    chooseMentee: 'Наставляемый',
    chooseMenteeFor: (name: string) => `Кого запретить или заменить для: ${name}`,
    noAvailable: 'Нет наставников со свободным местом и оценкой не ниже порога.',
    findMentor: 'Подобрать наставника',
    ranking: 'Подходящие наставники',
    rankingFor: (name: string) => `Наставники для: ${name}`,
    pickMentee: '— выберите наставляемого —',
    show: 'Показать',
    notAvailable: 'недоступен',
    freePlaces: (n: number) => `свободных мест: ${n}`,
    reason: 'Причина',
    supportNote: 'Поддержка',
    confirmForbid: (mentor: string, mentee: string) =>
      `Запретить пару ${mentor} — ${mentee}? Пара попадёт в лист «Запреты пар», для наставляемого будет ` +
      'подобран другой наставник.',
    failed: (message: string) => `Ошибка: ${message}`,
  },
} as const;

/**
 * Russian strings of «Завершить пару или группу…» (issue 6, item 4): the questions of the dialog, the
 * refusals (each says what to do and that nothing changed), the summary and the journal lines.
 */
const UNCHANGED = 'Строка не изменена.';

export const completionRu = {
  menu: { closePair: 'Завершить пару или группу…' },
  title: 'Завершение пары или группы',

  /** «Пара № 3» / «Группа № 3». */
  label: (group: boolean, id: string) => `${group ? 'Группа' : 'Пара'} № ${id}`,
  /** «7 из 9»: activities of the programme's plan marked done on «Выполнение программ». */
  activitiesDone: (done: number, total: number) => `${done} из ${total}`,

  notOnPairs: (sheet: string) =>
    `Выделите на листе «${sheet}» любую ячейку в строке пары или группы и выберите ` +
    '«Завершить пару или группу…» снова.',
  emptyRow: (sheet: string, row: number) =>
    `В строке ${row} листа «${sheet}» нет пары или группы. Выделите строку с парой или группой и повторите.`,
  missingColumns: (sheet: string, headers: string[]) =>
    `На листе «${sheet}» нет столбцов ${headers.map((h) => `«${h}»`).join(', ')}. Выполните «Настроить ` +
    `систему»: она добавит их справа, не трогая данные. ${UNCHANGED}`,
  proposed: (label: string) =>
    `${label} пока только предложена: сначала утвердите или отклоните её в «Подборе пар». Завершить можно ` +
    `утверждённую или действующую пару или группу. ${UNCHANGED}`,
  alreadyClosed: (label: string, status: string, date: string) =>
    `${label} уже ${status}${date ? ` ${date}` : ''}. Повторно завершать не нужно. ${UNCHANGED}`,
  otherStatus: (label: string, status: string) =>
    `У строки «${label}» статус «${status}». Завершить можно пару или группу со статусом «утверждена» или ` +
    `«действует»: исправьте статус и повторите. ${UNCHANGED}`,

  askCompleted: (label: string, people: string, term: string) =>
    `${label}: ${people}.${term ? `\nСрок программы: ${term}.` : ''}\n\n` +
    'Программа выполнена, как запланировано?\n' +
    '«Да» — статус «завершена».\n' +
    '«Нет» — досрочное прекращение (ТК РФ ст. 351.8), статус «расторгнута»: далее будут запрошены причина ' +
    'и даты.',
  askClosedAt: (today: string) =>
    `Дата завершения программы (ДД.ММ.ГГГГ).\nОставьте поле пустым — сегодня, ${today}.`,
  askReason:
    'Причина досрочного прекращения (обязательно). Например: по инициативе наставника в связи с переходом ' +
    'на другую работу.',
  reasonRequired: `Причина досрочного прекращения не указана, а она обязательна. ${UNCHANGED}`,
  askNotice: (today: string) =>
    'Дата письменного уведомления другой стороны о досрочном прекращении (ДД.ММ.ГГГГ).\n' +
    `Оставьте поле пустым — сегодня, ${today}.`,
  askTerminationDate: (notice: string, earliest: string, note: string) =>
    `Уведомление от ${notice}. По ТК РФ ст. 351.8 сторона предупреждает другую не менее чем за три рабочих ` +
    `дня, поэтому наставничество можно прекратить не ранее ${earliest}.${note}\n\n` +
    `Дата прекращения (последний день наставничества, ДД.ММ.ГГГГ). Оставьте поле пустым — ${earliest}.`,
  noDecreeNote: (years: number[]) =>
    `\nКалендарь ${years.join(', ')} г. рассчитан по ст. 112 ТК РФ: постановление Правительства о переносе ` +
    'выходных дней на этот год в надстройке ещё не учтено — сверьте дату с производственным календарём.',
  badDate: (text: string) =>
    `«${text}» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например 05.05.2026. ${UNCHANGED}`,
  tooEarly: (date: string, notice: string, earliest: string) =>
    `Дата прекращения ${date} раньше допустимой. По ТК РФ ст. 351.8 нужно предупредить не менее чем за три ` +
    `рабочих дня: при уведомлении ${notice} наставничество можно прекратить не ранее ${earliest} ` +
    `(три рабочих дня после дня уведомления; выходные и нерабочие праздничные дни не считаются). ${UNCHANGED}`,
  beforeStart: (date: string, start: string) =>
    `Дата ${date} раньше начала программы (${start}). ${UNCHANGED}`,
  changed: (label: string) =>
    `Пока вы отвечали, строка «${label}» на листе изменилась (её изменил другой пользователь или процесс). ` +
    `Выберите «Завершить пару или группу…» снова. ${UNCHANGED}`,
  lockBusy:
    'Таблицу сейчас изменяет другой процесс (например, обрабатываются анкеты). Подождите минуту и повторите. ' +
    UNCHANGED,

  finished: (label: string, date: string, done: string) =>
    `${label} завершена ${date}.\nВыполнено мероприятий программы: ${done}.`,
  terminated: (label: string, date: string, notice: string, done: string) =>
    `${label} расторгнута ${date} (уведомление от ${notice}).\nВыполнено мероприятий программы: ${done}.`,

  journalFinished: (label: string, date: string, done: string) =>
    `${label} завершена ${date}; выполнено мероприятий: ${done}`,
  journalTerminated: (label: string, date: string, done: string) =>
    `${label} расторгнута ${date}; выполнено мероприятий: ${done}`,
};

/**
 * Stages 4.2 and 6's events (issue 6, items 1 and 8): «Создать приглашения на мероприятия», its problems
 * and summary, the invitations column and the training condition of matching.
 */

/** Russian plural form for a count: 1 участник, 2 участника, 5 участников. */
function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const participants = (n: number): string => `${n} ${plural(n, 'участник', 'участника', 'участников')}`;
const toParticipants = (n: number): string => `${n} ${plural(n, 'участнику', 'участникам', 'участникам')}`;
const rows = (n: number): string => `${n} ${plural(n, 'строка', 'строки', 'строк')}`;
const quoted = (items: readonly string[]): string => items.map((i) => `«${i}»`).join(', ');

export const eventsRu = {
  menu: { createInvitations: 'Создать приглашения на мероприятия' },
  title: 'Приглашения на мероприятия',
  quotaExhausted: 'Дневная квота Google Календаря исчерпана.',
  eventGone: 'событие удалено из календаря во время работы команды',
  sheetMissing:
    'Нет листа «Мероприятия» или «Посещаемость». Выполните «Настроить систему» в меню «Наставничество».',
  lockBusy:
    'Сейчас таблицу обновляет другая операция (например, обработка анкеты). Повторите команду через минуту.',

  /** Why a row of «Мероприятия» got no invitation. */
  problems: {
    noStart: 'не указано начало',
    noStartDate: 'не указана дата начала — укажите дату и время, например 25.11.2026 14:00',
    noStartTime: 'не указано время начала — укажите дату и время, например 25.11.2026 14:00',
    badStart: (text: string) =>
      `не удалось прочитать начало «${text}» — укажите дату и время, например 25.11.2026 14:00`,
    badEnd: (text: string) =>
      `не удалось прочитать окончание «${text}» — укажите дату и время или только время, например 15:30`,
    endBeforeStart: 'окончание не позже начала',
    noTitle: 'не указаны вид и название',
    noParticipants: 'не указаны участники',
    nobodyInvited:
      'некого пригласить: ни у кого из участников нет одновременно эл. почты и согласия на обработку ПДн',
    past: (when: string) => `мероприятие уже прошло (${when}) — приглашения не отправляются`,
    unknownStatus: (status: string) =>
      `неизвестный статус «${status}» — выберите «запланировано», «проведено» или «отменено»`,
    failed: (reason: string) => `Google Календарь не выполнил изменение: ${reason}`,
  },

  /** Who was not invited, for the summary (152-ФЗ: no consent, no processing). */
  people: {
    withoutConsent: (names: readonly string[]) => `без согласия — не приглашены: ${names.join(', ')}`,
    withoutEmail: (names: readonly string[]) => `без эл. почты — не приглашены: ${names.join(', ')}`,
    unknown: (items: readonly string[]) =>
      `не найдены в банках, реестре согласий и на листе «Пары и группы»: ${quoted(items)}`,
    ambiguous: (items: readonly string[]) =>
      `ФИО подходит нескольким людям — укажите эл. почту: ${quoted(items)}`,
    unknownPairs: (numbers: readonly string[]) => `нет пар или групп с номерами: ${numbers.join(', ')}`,
  },

  /** «Приглашения» column. */
  invitations: {
    sent: (date: string, n: number) => `отправлены ${date}: ${participants(n)}`,
    updated: (date: string, n: number, added: number, removed: number) =>
      `обновлены ${date}: ${participants(n)}` +
      (added + removed > 0 ? ` (добавлено ${added} без письма, удалено ${removed})` : ''),
    cancelled: (date: string) => `отменено ${date}: событие удалено из календаря`,
    /** Stems by which the add-on recognises its own text (a cancelled row is handled once). */
    cancelledStem: 'отменено',
    sentStems: ['отправлены', 'обновлены'] as readonly string[],
  },

  /** The event's description in Calendar. */
  description: (kindAndTitle: string, responsible: string, organisation: string, id: string) =>
    [
      kindAndTitle,
      responsible ? `Ответственный: ${responsible}` : '',
      `Мероприятие программы наставничества${organisation ? ` (${organisation})` : ''}, № ${id}.`,
    ]
      .filter(Boolean)
      .join('\n'),

  summary: {
    nothing:
      'На листе «Мероприятия» нет мероприятий. Заполните строку (вид, название, начало, участники) и ' +
      'выполните команду снова.',
    invitesOff: (label: string) =>
      `Приглашения в Google Календаре выключены (настройка «${label}» — «нет»): события не создавались.`,
    created: (n: number, invited: number) =>
      `Создано событий в календаре: ${n}` +
      (invited > 0 ? ` (приглашения отправлены ${toParticipants(invited)}).` : '.'),
    updated: (n: number, invited: number) =>
      `Обновлено событий: ${n}` +
      (invited > 0
        ? ` (новые гости: ${invited}; событие появится в их Google Календаре, но письма-приглашения ` +
          'Google Календарь добавленным позже не присылает — сообщите им о мероприятии).'
        : '.'),
    unchanged: (n: number) => `Без изменений: ${n}.`,
    deleted: (n: number) => `Удалено отменённых событий: ${n}.`,
    numbered: (ids: readonly string[]) => `Присвоены номера: ${ids.join(', ')}.`,
    attendance: (n: number) => `На лист «Посещаемость» добавлено: ${rows(n)}.`,
    skippedHeader: 'Приглашения не отправлены:',
    peopleHeader: 'Не все участники приглашены:',
    line: (label: string, text: string) => `• ${label}: ${text}${text.endsWith('.') ? '' : '.'}`,
    renumbered: (id: string, row: number) =>
      `номер ${id} уже есть в строке ${row} — эта строка считается новым мероприятием и получила свой номер`,
    recreated: (label: string) =>
      `• ${label}: событие было удалено из календаря вручную — создано заново, приглашения отправлены снова.`,
    quota: (labels: readonly string[]) =>
      `Дневная квота Google Календаря исчерпана; не обработаны: ${labels.join(', ')}. Сделанное сохранено — ` +
      'выполните команду завтра, повторных приглашений не будет.',
    noCalendar: (id: string, label: string) =>
      `Календарь «${id}» (настройка «${label}») не найден или недоступен: события не созданы. Проверьте ` +
      'идентификатор или оставьте значение пустым — тогда используется ваш основной календарь.',
    noRememberedCalendar: (id: string, label: string) =>
      `События этой таблицы ведутся в календаре «${id}» — основном календаре сотрудника, который первым ` +
      'создал приглашения. У вас нет доступа на изменение его событий, поэтому ничего не создано и ' +
      'никто не приглашён повторно. Попросите владельца открыть вам доступ к календарю («Изменение ' +
      `мероприятий») или укажите общий календарь колледжа в настройке «${label}».`,
    badSetting: (label: string, value: string, fallback: string) =>
      `Настройка «${label}»: значение «${value}» не распознано, использовано «${fallback}».`,
  },

  journal: {
    recreated: (label: string) =>
      `Событие мероприятия ${label} было удалено из Google Календаря вручную; создано заново.`,
    quota: (labels: readonly string[]) =>
      `Дневная квота Google Календаря исчерпана; мероприятия не обработаны: ${labels.join(', ')}.`,
    failed: (label: string) => `Google Календарь не выполнил изменение события мероприятия ${label}.`,
    noCalendar: (id: string) => `Календарь «${id}» не найден или недоступен.`,
  },

  /** «М-3 «Консультация: оценивание»». */
  label: (id: string, title: string) => (title ? `${id} «${title}»` : id),

  training: {
    /** Matching's reason for a mentor when `matching.requireTraining` is «да». */
    untrained: 'не прошёл установочную сессию',
    /** What an invalid `matching.requireTraining` needs (the matching settings' message names the cell). */
    needYesNo: 'нужно «да» или «нет»',
  },

  finish: {
    kindHelp: 'Вид мероприятия из списка (можно ввести свой).',
    statusHelp: 'запланировано, проведено или отменено.',
    presenceHelp: 'да — присутствовал, нет — отсутствовал.',
  },
} as const;

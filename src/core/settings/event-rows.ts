/**
 * The rows of «Настройки» for events (issue 6, items 1 and 8): Calendar invitations and the condition
 * that a mentor is trained before matching. Read by src/core/season/events/settings.ts and by
 * readMatchingSettings (the training condition).
 */
export const EVENT_SETTING_KEYS = {
  calendarInvites: 'events.calendarInvites',
  calendarId: 'events.calendarId',
  defaultMinutes: 'events.defaultMinutes',
  requireTraining: 'matching.requireTraining',
} as const;

export const EVENT_SETTING_ROWS = [
  {
    key: EVENT_SETTING_KEYS.calendarInvites,
    label: 'Мероприятия: приглашения в Google Календаре',
    defaultValue: 'да',
    explanation:
      '«да» — команда «Создать приглашения на мероприятия» создаёт событие в Google Календаре и приглашает ' +
      'участников по эл. почте; «нет» — только присваивает номера и заполняет лист «Посещаемость».',
  },
  {
    key: EVENT_SETTING_KEYS.calendarId,
    label: 'Мероприятия: идентификатор календаря',
    defaultValue: '',
    explanation:
      'Пусто — основной календарь того, кто выполняет команду. Чтобы события попадали в общий календарь ' +
      'колледжа, укажите его идентификатор (Google Календарь → настройки календаря → «Идентификатор ' +
      'календаря», например: abc123@group.calendar.google.com).',
  },
  {
    key: EVENT_SETTING_KEYS.defaultMinutes,
    label: 'Мероприятия: продолжительность по умолчанию, минут',
    defaultValue: '90',
    explanation: 'Если столбец «Окончание» пуст, мероприятие длится столько минут от начала.',
  },
  {
    key: EVENT_SETTING_KEYS.requireTraining,
    label: 'Подбор: только наставники, прошедшие установочную сессию',
    defaultValue: 'нет',
    explanation:
      '«да» — подбор пар и «Подобрать наставника…» предлагают только наставников, у которых на листе ' +
      '«Посещаемость» отмечено «да» на установочной сессии наставников (не отменённой). Остальные ' +
      'показываются с причиной «не прошёл установочную сессию» (дорожная карта, этап 4.2).',
  },
];

/**
 * Russian strings of monitoring (stage 6): the «Мониторинг» sheet, reasons an answer is not counted,
 * reminders by e-mail. ru.ts includes them as `messages.monitoring`.
 */
function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const letters = (n: number): string => `${n} ${plural(n, 'письмо', 'письма', 'писем')}`;
const answersWord = (n: number): string => `${n} ${plural(n, 'ответ', 'ответа', 'ответов')}`;
const days = (n: number): string => `${n} ${plural(n, 'день', 'дня', 'дней')}`;
const quoted = (items: readonly string[]): string => items.map((x) => `«${x}»`).join(', ');

export const monitoringRu = {
  plural,
  letters,
  answersWord,

  menu: {
    refresh: 'Обновить мониторинг',
    remind: 'Напомнить о мониторинге…',
  },

  /** Why an answer of the monitoring form is not counted. */
  ignored: {
    invalid: (row: number, problems: string) => `Строка ${row}: ответ не учтён — ${problems}`,
    unknownPhase: (value: string) =>
      value
        ? `этап «${value}» не распознан (нужно «начало программы» или «завершение программы»)`
        : 'не указан этап программы',
    noConsent: (row: number, email: string) =>
      `Строка ${row}: ответ ${email} не обработан — нет согласия на обработку персональных данных. ` +
      'Он будет учтён, когда согласие поступит.',
    noPair: (row: number, email: string, name: string) =>
      `Строка ${row}: ответ вне пар — ${name ? `${name}, ` : ''}${email} не участвует ни в одной ` +
      'утверждённой, действующей или завершённой паре (группе). Ответ не учтён в мониторинге; ' +
      'проверьте адрес на листе «Пары и группы».',
    duplicate: (row: number, email: string, phase: string, laterRow: number) =>
      `Строка ${row}: повторный ответ ${email} за этап «${phase}» — учтён более поздний ответ ` +
      `(строка ${laterRow}), этот не учитывается.`,
  },

  /** «Результат» of a monitoring answer in «История анкет». */
  outcomes: {
    counted: 'учтён в мониторинге',
    invalid: 'ошибка',
    noConsent: 'нет согласия',
    noPair: 'ответ вне пар',
    duplicate: 'заменён более поздним ответом',
  },

  sheet: {
    notice: (updatedAt: string) =>
      `Лист заполняется автоматически («Наставничество» → «Обновить мониторинг» и после каждого ответа ` +
      `на анкету мониторинга); правки на нём будут перезаписаны. Обновлено: ${updatedAt}.`,
    overallTitle: 'Итоги по всем парам и группам: средние оценки (шкала 1–10)',
    indicator: 'Показатель',
    start: 'Начало',
    end: 'Завершение',
    change: 'Изменение',
    answersCount: 'Учтено ответов',
    sharesTitle: 'Доли ответивших «да»',
    frequencyTitle: 'Частота встреч (число ответов)',
    frequency: 'Частота встреч',
    ratesTitle: 'Отклик на анкету',
    phase: 'Этап',
    rate: 'Отклик',
    expected: 'Ожидается ответов',
    answered: 'Ответили',
    ignoredTitle: (n: number) =>
      `Ответы, не учтённые в мониторинге (ответы вне пар, повторные, без согласия): ${n}`,
    noIgnored: 'Нет.',
    row: 'Строка листа ответов',
    email: 'Эл. почта',
    fullName: 'ФИО',
    reason: 'Причина',
    reasons: {
      invalid: 'ошибка в ответе',
      noConsent: 'нет согласия на обработку ПДн',
      noPair: 'ответ вне пар',
      duplicate: 'повторный ответ: учтён более поздний',
    },
    pairsTitle: 'По парам и группам',
    pairId: '№ пары/группы',
    mentor: 'Наставник',
    mentees: 'Наставляемые',
    status: 'Статус',
    pairRate: (phase: string) => `Ответили: ${phase}`,
    pairColumn: (label: string, what: string) => `${label}: ${what.toLowerCase()}`,
    answeredOf: (answered: number, expected: number) => `${answered} из ${expected}`,
    noPairs: 'Утверждённых пар и групп пока нет.',
    charts: {
      scales: 'Средние оценки: начало и завершение программы',
      shares: 'Доли ответивших «да»: начало и завершение',
      rates: 'Отклик на анкету мониторинга',
    },
  },

  refresh: {
    title: 'Мониторинг',
    done: (counted: number, ignored: number) =>
      `Лист «Мониторинг» обновлён: учтено ${answersWord(counted)}` +
      (ignored > 0 ? `, не учтено ${ignored} (причины — на листе).` : '.'),
    lockBusy:
      'Таблицу сейчас изменяет другой пользователь или обрабатывается ответ на анкету. Подождите минуту ' +
      'и повторите.',
    noForm: 'Анкета мониторинга ещё не создана. Выполните «Настроить систему» в меню «Наставничество».',
    failedTrigger:
      'Не удалось обработать ответы на анкету мониторинга; подробности — в столбце «Подробности».',
  },

  journal: {
    counted: (row: number, email: string, pairs: readonly string[]) =>
      `Строка ${row}: ответ ${email} учтён в мониторинге (пары/группы: ${pairs.join(', ')}).`,
    responseSheetMissing:
      'Не найден лист ответов анкеты мониторинга. Выполните «Настроить систему» — лист будет связан заново.',
  },

  remind: {
    title: 'Напоминание о мониторинге',
    logHeadersMissing: (sheet: string, headers: readonly string[]) =>
      `На листе «${sheet}» нет нужных заголовков (${headers.map((h) => `«${h}»`).join(', ')}): по нему ` +
      'надстройка узнаёт, кому уже напомнили, и без них разослала бы письма повторно. Письма не ' +
      'отправлены. Верните заголовки в первую строку листа (записи под ними не удаляйте: по ним видно, ' +
      'кому письмо уже ушло) и повторите.',
    noForm: 'Анкета мониторинга ещё не создана. Выполните «Настроить систему» в меню «Наставничество».',
    nobody: (intervalDays: number) =>
      'Напоминать некому: все, от кого ждут анкету мониторинга, ответили или уже получили напоминание ' +
      `за последние ${days(intervalDays)}.`,
    withoutEmail: (names: readonly string[]) =>
      `Нет адреса эл. почты (впишите его на листе «Пары и группы»): ${names.join(', ')}.`,
    withoutConsent: (n: number) =>
      `Без согласия на обработку персональных данных — письма не отправляются: ${n}.`,
    recipients: (n: number, names: readonly string[], more: number) =>
      `Будет отправлено ${letters(n)}: ${names.join(', ')}${more > 0 ? ` и ещё ${more}` : ''}.`,
    quota: (left: number) => `Сегодня можно отправить ещё ${letters(left)} (дневной лимит Google).`,
    overQuota: (now: number, total: number) =>
      `Сейчас уйдут ${now} из ${total}; остальные — завтра, после обновления квоты: запустите ` +
      '«Напомнить о мониторинге…» снова.',
    overRun: (now: number, total: number) =>
      `Сейчас уйдут ${now} из ${total} (за один запуск — не больше ${now}, чтобы уложиться во время ` +
      'выполнения); для остальных запустите «Напомнить о мониторинге…» ещё раз.',
    subject: 'Тема',
    quotaZero: 'Сегодня дневной лимит писем исчерпан. Запустите «Напомнить о мониторинге…» завтра.',
    letterHeader: 'Текст письма (для каждого — со своим обращением и этапом):',
    confirm: 'Отправить?',
    cancelled: 'Письма не отправлены.',
    done: (sent: number) => `Отправлено ${letters(sent)}. Отметки — на листе «Напоминания».`,
    stopped: (sent: number, total: number) =>
      `Отправлено ${sent} из ${total}: дневной лимит писем исчерпан; остальные — после обновления квоты ` +
      '(завтра). Отправленные отмечены на листе «Напоминания» и повторно не уйдут.',
    later: (n: number) => `Ещё ${letters(n)} — завтра, после обновления квоты.`,
    again: (n: number) =>
      `Ещё ${letters(n)} — запустите «Напомнить о мониторинге…» ещё раз (за один запуск уходит не больше ста).`,
    failed: (items: readonly string[]) => `Не удалось отправить: ${items.join('; ')}.`,
    lockBusy:
      'Напоминания сейчас отправляет другой пользователь или обрабатывается ответ на анкету. Подождите ' +
      'минуту и повторите.',
    sheetMissing: 'Не найден лист «Напоминания». Выполните «Настроить систему» в меню «Наставничество».',
  },

  letter: {
    greeting: (gender: 'male' | 'female' | null, name: string, patronymic: string) => {
      const address = [name, patronymic].filter(Boolean).join(' ');
      if (!address) return 'Здравствуйте!';
      if (gender === 'female') return `Уважаемая ${address}!`;
      if (gender === 'male') return `Уважаемый ${address}!`;
      return `Здравствуйте, ${address}!`;
    },
    body: (p: {
      greeting: string;
      phases: readonly string[];
      programmes: string;
      link: string;
      signature: string;
    }) =>
      [
        p.greeting,
        '',
        `Просим вас заполнить анкету мониторинга программы наставничества (${p.programmes}). ` +
          'Это займёт 3–5 минут; ответы помогут оценить, что в программе работает, и улучшить её.',
        '',
        `Анкета: ${p.link}`,
        '',
        p.phases.length === 1
          ? `В анкете выберите этап «${p.phases[0]}».`
          : `Заполните анкету для каждого этапа: ${quoted(p.phases)}.`,
        '',
        'Если вы уже ответили, не обращайте внимания на это письмо.',
        '',
        'С уважением,',
        p.signature,
      ].join('\n'),
    programmes: (ids: readonly string[]) =>
      ids.length === 1 ? `пара/группа № ${ids[0]}` : `пары/группы № ${ids.join(', ')}`,
    signature: (curator: string, organization: string) =>
      [
        curator ? `${curator}, куратор программы наставничества` : 'Куратор программы наставничества',
        organization,
      ]
        .filter(Boolean)
        .join('\n'),
    senderName: (organization: string) =>
      organization ? `Наставничество — ${organization}` : 'Наставничество',
  },
} as const;

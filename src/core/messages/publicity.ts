/**
 * Russian strings of stage 7 (issue 7): the consent to publication, the news items and posts, the
 * «Публикации» sheet and the «Подготовить публикацию…» menu item. ru.ts includes them as
 * `messages.publicity`.
 */
function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const teachers = (n: number): string => `${n} ${plural(n, 'педагог', 'педагога', 'педагогов')}`;
const q = (s: string): string => `«${s.replace(/^«|»$/g, '')}»`;
const lowerFirst = (s: string): string => (s ? s[0]!.toLowerCase() + s.slice(1) : s);
const sentence = (s: string): string => (/[.!?…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
const inOrg = (org: string): string => (org ? `в ${org}` : 'в колледже');

/** «А, Б и В»; with `rest`, «А, Б, В и ещё 3 педагога». */
function list(items: readonly string[], rest: number): string {
  if (rest > 0) return `${items.join(', ')} и ещё ${teachers(rest)}`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`;
}

type EventKind = 'setupSession' | 'consultation' | 'exchange' | 'conference' | 'roundTable' | 'final';

export const publicityRu = {
  menu: { prepare: 'Подготовить публикацию…' },
  title: 'Подготовка публикации',
  folder: 'Публикации',

  channels: {
    site: 'новость для сайта',
    social: 'пост для соцсетей',
  },
  documentName: (channel: 'site' | 'social', label: string) =>
    `${channel === 'site' ? 'Новость для сайта' : 'Пост для соцсетей'} — ${label}`,

  sourceLabel: {
    event: (id: string, title: string) => `Мероприятие ${id}${title ? ` ${q(title)}` : ''}`,
    practice: (id: string, title: string) => `Практика ${id}${title ? ` ${q(title)}` : ''}`,
    stage: (stage: number, title: string, activity: string) =>
      `Этап ${stage}${title ? ` ${q(title)}` : ''}${activity ? `: ${activity}` : ''}`,
  },

  /** The consent to publication's text (приказ Роскомнадзора от 24.02.2021 № 18). */
  consentText: {
    heading: (version: string) =>
      `СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ, РАЗРЕШЁННЫХ СУБЪЕКТОМ ПЕРСОНАЛЬНЫХ ДАННЫХ ДЛЯ РАСПРОСТРАНЕНИЯ (версия ${version})`,
    subject:
      'Я, субъект персональных данных, фамилия, имя, отчество и контактные данные которого (адрес электронной ' +
      'почты, телефон или почтовый адрес) указаны в ответах на вопросы этой формы, руководствуясь статьёй 10.1 ' +
      'Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных», свободно, своей волей и в своём ' +
      'интересе даю согласие на распространение моих персональных данных на условиях, указанных ниже.',
    operator: (name: string, address: string, inn: string, ogrn: string) =>
      `Оператор персональных данных: ${name}, адрес: ${address}, ИНН ${inn}, ОГРН ${ogrn}.`,
    /** The first address is the college's website, the others its pages in social networks (publicity.resources). */
    resources: (urls: readonly string[]) =>
      'Информационные ресурсы оператора, посредством которых осуществляется предоставление доступа ' +
      'неограниченному кругу лиц к персональным данным: ' +
      (urls.length > 1
        ? `сайт колледжа — ${urls[0]}; страницы колледжа в социальных сетях — ${urls.slice(1).join('; ')}.`
        : `сайт колледжа — ${urls[0] ?? ''}.`),
    resourcesMissing: (placeholder: string) =>
      'Информационные ресурсы оператора, посредством которых осуществляется предоставление доступа ' +
      `неограниченному кругу лиц к персональным данным: ${placeholder}.`,
    purpose: (purpose: string) =>
      `Цель обработки: ${purpose} — информационное освещение системы наставничества педагогических работников ` +
      'колледжа (мероприятий, лучших практик и этапов дорожной карты) на сайте колледжа и в его сообществах в ' +
      'социальных сетях.',
    categories: (labels: readonly string[]) =>
      'Категории и перечень персональных данных, на распространение которых даётся согласие (для каждой ' +
      `категории в форме указано, разрешаю ли я её распространение): ${labels.join('; ')}. ` +
      'Специальные категории и биометрические персональные данные не распространяются. Категории, по которым ' +
      'в форме не выбран ответ «разрешаю», распространять запрещено: молчание или бездействие не считается ' +
      'согласием (152-ФЗ, ст. 10.1 ч. 8).',
    conditions: (prohibitedTitle: string) =>
      `Запрет на распространение на отдельных ресурсах оператора, если я его устанавливаю, указан в ответе на ` +
      `вопрос «${prohibitedTitle}» этой формы: на отмеченных ресурсах мои персональные данные не ` +
      'распространяются; если ни один ресурс не отмечен, согласие действует для всех ресурсов, указанных выше. ' +
      'Иные условия и запреты на обработку неограниченным кругом лиц, если я их устанавливаю, указаны в ответе ' +
      'на вопрос «Условия и запреты». Оператор обязан опубликовать установленные условия и запреты вместе с ' +
      'информацией об обработке (152-ФЗ, ст. 10.1 ч. 9–10).',
    transfer:
      'Условия, при которых полученные персональные данные могут передаваться оператором: только по его ' +
      'внутренней сети, обеспечивающей доступ к информации лишь для строго определённых сотрудников (куратор ' +
      'наставничества и ответственный за сайт), либо с использованием перечисленных выше информационных ресурсов.',
    term: (years: string) =>
      `Срок действия согласия: до отзыва, но не более ${years} лет со дня его предоставления.`,
    withdrawal:
      'Согласие может быть отозвано в любой момент: повторно заполните эту форму, выбрав «Отзываю согласие», ' +
      'или направьте оператору требование в письменной форме (152-ФЗ, ст. 10.1 ч. 12–14). Оператор прекращает ' +
      'распространение в течение трёх рабочих дней с момента получения требования; ранее опубликованные ' +
      'материалы, в которых вы названы, будут исправлены или удалены.',
    separate:
      'Согласие на распространение оформляется отдельно от иных согласий субъекта персональных данных на ' +
      'обработку его персональных данных (152-ФЗ, ст. 10.1 ч. 1).',
    signature:
      'Отправляя эту форму под своей учётной записью, я подтверждаю, что ознакомлен(а) с текстом согласия, и ' +
      'подписываю его простой электронной подписью; дата и время отправки фиксируются автоматически.',
  },

  consent: {
    formName: 'Согласие на публикацию',
    given: (context: string, note: string) =>
      `${context}: получено согласие на распространение персональных данных (${note}).`,
    givenWithoutProcessing:
      'Согласия на обработку персональных данных от этого адреса нет или оно отозвано: пока его нет, имя в ' +
      'публикациях не называется.',
    givenWithoutName:
      'Распространение ФИО или сведений об участии в наставничестве не разрешено: имя в публикациях не называется.',
    unknownProhibition: (answers: readonly string[]) =>
      `Ответ о запрете распространения не распознан (${answers.map(q).join(', ')}): ресурс не назван, поэтому ` +
      'распространение считается запрещённым на всех ресурсах. Уточните у педагога и при необходимости ' +
      'исправьте «Примечание» в реестре «Согласия».',
    newProhibition: (resources: readonly string[]) =>
      `Установлен запрет на распространение ${resources.join(' и ')}: черновики публикаций для ` +
      `${resources.length > 1 ? 'этих ресурсов' : 'этого ресурса'}, где названо это имя, перегенерируются без ` +
      'него; если имя уже опубликовано там, в журнале будет предупреждение.',
    withdrawn: (context: string) =>
      `${context}: согласие на распространение отозвано. Черновики публикаций, где названо это имя, ` +
      'перегенерируются без него; если имя уже опубликовано, в журнале будет предупреждение.',
    withdrawnWithoutConsent: (context: string) =>
      `${context}: получен отзыв согласия на распространение, но согласие этим адресом не давалось. Отзыв записан в реестр.`,
    rejected: (context: string) => `${context}: решение о согласии на распространение не записано.`,
    menuAlsoPublication:
      'Отозвано и согласие на распространение (публикацию): черновики публикаций с этим именем будут ' +
      'перегенерированы без него.',
    withdrawnWithProcessing: 'отозвано вместе с согласием на обработку персональных данных',
  },

  /** Why a person is not named: the «Без имени (нет согласия)» column. */
  reasons: {
    noProcessing: 'нет согласия на обработку ПДн',
    processingWithdrawn: 'согласие на обработку ПДн отозвано',
    noPublication: 'нет согласия на публикацию',
    publicationWithdrawn: 'согласие на публикацию отозвано',
    categories: 'согласие не разрешает публиковать ФИО и участие в наставничестве',
    prohibitedSite: 'запрет на публикацию на сайте колледжа',
    prohibitedSocial: 'запрет на публикацию в соцсетях',
    unknownPerson: 'не найден в банках по эл. почте',
  },

  audience: {
    everyone: 'все участники программы наставничества',
    both: 'наставники и наставляемые',
    mentors: 'наставники',
    mentees: 'наставляемые педагоги',
  },

  prepare: {
    notSelected:
      'Выделите строку источника публикации и повторите «Подготовить публикацию…»: мероприятие на листе ' +
      '«Мероприятия», практику на листе «Методическая копилка» или этап на листе «Дорожная карта».',
    noId: (sheet: string, row: number) =>
      `В строке ${row} листа «${sheet}» не заполнен столбец «№»: заполните его и повторите.`,
    cancelled: (id: string) => `Мероприятие ${id} отменено: публикация о нём не готовится.`,
    noStage: (row: number) =>
      `В строке ${row} листа «Дорожная карта» не указан номер этапа: выполните «Обновить дорожную карту» и повторите.`,
    noSheet: (sheet: string) => `Нет листа «${sheet}». Выполните «Настроить систему», затем повторите.`,
    noDrive:
      'Папка «Наставничество» на Google Диске не найдена (ещё не создана или удалена). Выполните «Настроить ' +
      'систему», затем повторите «Подготовить публикацию…».',
    lockBusy:
      'Таблицу сейчас изменяет другой процесс (например, обрабатываются анкеты). Подождите минуту и повторите.',
    created: (channel: string) => `${channel}: черновик создан`,
    rewritten: (channel: string) => `${channel}: черновик обновлён (тот же документ)`,
    recreated: (channel: string) => `${channel}: документ черновика не найден и создан заново`,
    locked: (channel: string, status: string) =>
      `${channel}: статус «${status}» — текст не изменён. Чтобы подготовить его заново, верните статус «черновик».`,
    /**
     * `site` and `social`: how many are named and unnamed in each draft; one count when they agree (they
     * differ only when someone prohibited one of the channels).
     */
    summary: (
      label: string,
      lines: readonly string[],
      site: { named: number; unnamed: number },
      social: { named: number; unnamed: number },
    ) => {
      const same = site.named === social.named && site.unnamed === social.unnamed;
      const counts = same
        ? `Названы по имени: ${site.named}; без имени: ${site.unnamed}`
        : `Названы по имени: на сайте — ${site.named}, в соцсетях — ${social.named}; без имени: на сайте — ` +
          `${site.unnamed}, в соцсетях — ${social.unnamed}`;
      return (
        `${label}\n\n${lines.map((l) => `— ${l}.`).join('\n')}\n\n${counts}` +
        (site.unnamed + social.unnamed > 0 ? ' (причины — в столбце «Без имени (нет согласия)»)' : '') +
        '. Ссылки на документы — на листе «Публикации».'
      );
    },
    refreshed: (count: number) =>
      `Перегенерированы без имени после отзыва согласия: ${count} ${plural(count, 'черновик', 'черновика', 'черновиков')}.`,
    editedConfirm: (channels: readonly string[]) =>
      `Черновик (${channels.join(', ')}) изменён вручную после подготовки. Перезаписать его новым текстом? ` +
      'Прежний текст останется в истории версий документа (Файл → История версий).',
    cancelledByUser: 'Публикация не изменена: команда отменена.',
  },

  /** Lines of the sheet's «Примечание» the add-on manages (staff lines stay as they are). */
  notes: {
    sourceDeleted: 'источник удалён',
    redacted: 'в тексте скрыто имя без согласия — проверьте формулировку',
    photo: (names: readonly string[]) => `фотографии без согласия: ${names.join(', ')}`,
    conditions: (names: readonly string[]) => `условия распространения (см. «Согласия»): ${names.join(', ')}`,
    reagree: 'текст изменён после отзыва согласия — согласуйте заново',
    removeFromSite: (names: readonly string[]) =>
      `опубликовано с именами отозвавших согласие: ${names.join(', ')} — удалите их с сайта или из соцсетей`,
    removeProhibited: (names: readonly string[]) =>
      `опубликовано с именами запретивших публикацию на этом ресурсе: ${names.join(', ')} — удалите их отсюда`,
    publishedNarrowed: (names: readonly string[]) =>
      `опубликовано до того, как согласие сузили: ${names.join(', ')} — сверьте текст с новым согласием ` +
      '(например, должность) и исправьте его на ресурсе',
    editedRedacted:
      'текст правили вручную, поэтому он не перегенерирован: имена скрыты в самом тексте — проверьте его',
    /** A line of «Без имени»: the name struck out of an edited draft after the consent was narrowed. */
    unnamedNarrowed: 'согласие на публикацию изменено после подготовки текста',
  },

  journal: {
    prepared: (label: string) => `Подготовлены черновики публикации: ${label}.`,
    /** `names`: consent withdrawn or not in force; `prohibited`: this channel prohibited in the consent. */
    regenerated: (
      label: string,
      channel: string,
      names: readonly string[],
      prohibited: readonly string[] = [],
    ) =>
      `Черновик «${label}» (${channel}) перегенерирован без имён: ` +
      [
        ...(names.length > 0
          ? [`${names.join(', ')} — согласие на публикацию отозвано или не действует`]
          : []),
        ...(prohibited.length > 0
          ? [`${prohibited.join(', ')} — в согласии установлен запрет на публикацию на этом ресурсе`]
          : []),
      ].join('; ') +
      '. Ручные правки текста, если были, — в истории версий документа.',
    /** The draft rebuilt because a named person's new consent allows something else (a category, conditions). */
    regeneratedNarrowed: (label: string, channel: string, names: readonly string[]) =>
      `Черновик «${label}» (${channel}) перегенерирован: согласие на публикацию изменено после подготовки ` +
      `текста (${names.join(', ')}) — текст приведён к новому согласию. Ручные правки текста, если были, — в ` +
      'истории версий документа.',
    /** A draft staff edited is not rebuilt (the edits would be lost): the names are struck out of its own text. */
    editedRedacted: (label: string, channel: string, names: readonly string[]) =>
      `Черновик «${label}» (${channel}) правили вручную, поэтому он не перегенерирован: имена ${names.join(', ')} ` +
      'скрыты в тексте документа (согласие на публикацию отозвано, не действует, запрещает этот ресурс или ' +
      'изменено), правки сохранены. Проверьте текст.',
    publishedNarrowed: (label: string, channel: string, link: string, names: readonly string[]) =>
      `Опубликованный текст «${label}» (${channel}${link ? `, ${link}` : ''}) подготовлен до нового ` +
      `согласия на публикацию (${names.join(', ')}), которое разрешает меньше прежнего. Сверьте текст с ` +
      'новым согласием (лист «Согласия»), исправьте его на ресурсе и в документе; надстройка опубликованные ' +
      'тексты не меняет.',
    redacted: (
      label: string,
      channel: string,
      names: readonly string[],
      prohibited: readonly string[] = [],
      narrowed: readonly string[] = [],
    ) =>
      `Черновик «${label}» (${channel}): источник удалён, поэтому имена ` +
      `${[...names, ...prohibited, ...narrowed].join(', ')} скрыты в тексте документа (` +
      [
        ...(names.length > 0 ? ['согласие на публикацию отозвано или не действует'] : []),
        ...(prohibited.length > 0 ? ['в согласии установлен запрет на публикацию на этом ресурсе'] : []),
        ...(narrowed.length > 0 ? ['согласие на публикацию изменено после подготовки текста'] : []),
      ].join('; ') +
      '). Проверьте формулировку.',
    published: (label: string, channel: string, link: string, names: readonly string[]) =>
      `Опубликованный текст «${label}» (${channel}${link ? `, ${link}` : ''}) называет ${names.join(', ')}, ` +
      'а согласие на публикацию отозвано или не действует. Удалите имя с сайта или из соцсетей и исправьте ' +
      'документ; надстройка опубликованные тексты не меняет.',
    publishedProhibited: (label: string, channel: string, link: string, names: readonly string[]) =>
      `Опубликованный текст «${label}» (${channel}${link ? `, ${link}` : ''}) называет ${names.join(', ')}, ` +
      'а в согласии на публикацию установлен запрет на публикацию на этом ресурсе. Удалите имя оттуда и ' +
      'исправьте документ; надстройка опубликованные тексты не меняет.',
    sourceDeleted: (label: string) =>
      `Источник публикации «${label}» удалён из таблицы; черновики сохранены, в «Примечание» отмечено «источник удалён».`,
    docMissing: (label: string, channel: string) =>
      `Документ черновика «${label}» (${channel}) не найден на Диске: он создан заново, ссылка обновлена.`,
    refreshDone: (count: number) =>
      `Публикации проверены после изменения согласий: перегенерировано ${count}.`,
  },

  /** The words of the drafts. */
  news: {
    announcement: 'Анонс',
    eventKinds: {
      setupSession: { noun: 'установочная сессия наставников', past: 'прошла' },
      consultation: { noun: 'консультация для наставников', past: 'прошла' },
      exchange: { noun: 'встреча наставников по обмену опытом', past: 'прошла' },
      conference: { noun: 'конференция (семинар) по вопросам наставничества', past: 'прошла' },
      roundTable: { noun: 'круглый стол по выявлению лучших практик наставничества', past: 'прошёл' },
      final: { noun: 'итоговое мероприятие программы наставничества', past: 'прошло' },
    } as Record<EventKind, { noun: string; past: string }>,
    eventKindOther: { noun: 'мероприятие программы наставничества', past: 'прошло' },
    practiceNoun: 'практика наставничества',
    bestPracticeHeadline: (title: string) => `Лучшая практика наставничества: ${q(title)}`,
    practiceHeadline: (title: string) => `Методическая копилка наставничества пополнилась: ${q(title)}`,
    stageHeadline: (stage: number, title: string) => `Наставничество в колледже: этап ${stage} ${q(title)}`,
    roleWord: { mentor: 'наставник', mentee: 'наставляемый педагог', author: '', participant: '' } as Record<
      string,
      string
    >,
    unnamed: { mentor: 'наставник', mentee: 'наставляемый педагог', teacher: 'педагог колледжа' },
    eventLead: (
      date: string,
      org: string,
      noun: string,
      past: string,
      state: 'held' | 'planned',
      place: string,
      online: boolean,
    ) =>
      `${date} ${inOrg(org)} ${state === 'held' ? past : 'состоится'} ${noun}` +
      `${online ? ' в дистанционном формате' : place ? ` (место проведения: ${place})` : ''}.`,
    practiceLead: (date: string, org: string, title: string, kind: string, best: boolean) =>
      `${date} методическая копилка педагогических практик наставничества ${inOrg(org)} пополнилась ` +
      `практикой ${q(title)}${kind ? ` (${kind})` : ''}.` +
      (best ? ' По итогам круглого стола практика отмечена как лучшая практика наставничества.' : ''),
    stageLead: (
      date: string,
      org: string,
      stage: number,
      stageTitle: string,
      activity: string,
      status: string,
      indicator: string,
    ) =>
      `По состоянию на ${date} ${inOrg(org)} ` +
      `${status.startsWith('выполн') ? 'завершена' : status.startsWith('не начат') ? 'запланирована' : 'идёт'} работа ` +
      `по этапу ${stage} ${q(stageTitle)} дорожной карты системы наставничества педагогических работников` +
      `${activity ? `: ${lowerFirst(sentence(activity))}` : '.'}` +
      (indicator ? ` Показатели этапа: ${lowerFirst(sentence(indicator))}` : ''),
    audience: (state: 'held' | 'planned', audience: string) =>
      `${state === 'held' ? 'Участники мероприятия' : 'Приглашены'} — ${audience}.`,
    participants: (
      kind: 'event' | 'practice' | 'stage',
      state: 'held' | 'planned',
      total: number,
      shown: readonly string[],
      rest: number,
    ) => {
      const whose = kind === 'stage' ? 'этапа' : 'мероприятия';
      if (shown.length > 0) return sentence(`Участники ${whose}: ${list(shown, rest)}`);
      if (kind === 'stage') return `В работе этапа участвуют ${teachers(total)}.`;
      if (state === 'planned') return `Участие в мероприятии примут ${teachers(total)}.`;
      return total === 1
        ? 'В мероприятии принял участие один педагог.'
        : `В мероприятии приняли участие ${teachers(total)}.`;
    },
    participantsDescribed: (
      kind: 'event' | 'practice' | 'stage',
      state: 'held' | 'planned',
      described: readonly string[],
    ) =>
      `${described.length === 1 ? 'Участник' : 'Участники'} ${kind === 'stage' ? 'этапа' : 'мероприятия'} — ` +
      `${list(described, 0)}${state === 'planned' && kind === 'event' ? ' (по приглашению)' : ''}.`,
    authors: (shown: readonly string[], rest: number) =>
      sentence(
        `${shown.length === 1 && rest === 0 ? 'Автор практики' : 'Авторы практики'}: ${list(shown, rest)}`,
      ),
    authorUnnamed: (described: string) => `Автор практики — ${described}.`,
    authorsCount: (n: number) => `Авторы практики — ${teachers(n)} колледжа.`,
    eventAbout: {
      setupSession:
        'Установочные сессии наставников предусмотрены дорожной картой в рамках обучения наставников для ' +
        'работы с наставляемыми: на них рассматриваются порядок работы наставнических пар и групп, ' +
        'персонализированные программы наставничества и методические материалы для сопровождения наставляемых.',
      consultation:
        'Консультации для наставников предусмотрены дорожной картой в рамках обучения наставников: они ' +
        'помогают в сопровождении наставляемых и в работе по персонализированным программам наставничества.',
      exchange:
        'Обмен опытом среди наставников — часть обучения наставников, предусмотренного дорожной картой: ' +
        'наставники делятся приёмами и материалами, которые помогают наставляемым педагогам.',
      conference:
        'Конференция или семинар проводится на этапе завершения персонализированных программ наставничества: ' +
        'участники представляют опыт работы наставнических пар и групп.',
      roundTable:
        'Круглый стол — итоговое мероприятие по выявлению лучших практик наставничества; его результаты ' +
        'пополняют методическую копилку педагогических практик колледжа.',
      final:
        'Итоговое мероприятие подводит итоги реализации персонализированных программ наставничества за ' +
        'учебный год.',
    } as Record<EventKind, string>,
    bestPracticesSoFar: (n: number) =>
      `По итогам круглого стола в методической копилке отмечено ${n} ${plural(n, 'лучшая практика', 'лучшие практики', 'лучших практик')}.`,
    practiceAbout:
      'Методическая копилка собирает практики наставничества педагогических работников колледжа: ' +
      'методические разработки, открытые занятия, мастер-классы и кейсы, подготовленные наставниками и ' +
      'наставляемыми. Лучшие практики выявляются на итоговом круглом столе.',
    pairsFormed: (pairs: number, groups: number) =>
      `Сформировано наставнических пар — ${pairs}, наставнических групп — ${groups}.`,
    stageContext: (kind: 'event' | 'practice' | 'stage', stage: number, title: string) =>
      `${kind === 'event' ? 'Мероприятие входит' : kind === 'practice' ? 'Пополнение методической копилки входит' : 'Этап входит'} ` +
      `в этап ${stage} ${q(title)} дорожной карты (плана мероприятий) по реализации положения о системе ` +
      'наставничества педагогических работников.',
    stageContent: (content: string) =>
      `Дорожная карта предусматривает на этом этапе: ${lowerFirst(sentence(content))}`,
    system: (org: string) =>
      `Система наставничества педагогических работников ${inOrg(org)} действует в соответствии с положением о ` +
      'системе наставничества и дорожной картой его реализации, разработанными на основе методических ' +
      'рекомендаций Минпросвещения России и Профсоюза образования (письмо от 21.12.2021 № АЗ-1128/08/657). ' +
      'Наставничество помогает педагогам в профессиональной адаптации и развитии: каждая наставническая пара ' +
      'или группа работает по персонализированной программе наставничества.',
    roadmapOverview:
      'Дорожная карта включает семь этапов: подготовку условий для реализации системы наставничества, ' +
      'формирование банков наставляемых и наставников, отбор и обучение наставников, организацию работы ' +
      'наставнических пар и групп, завершение персонализированных программ и информационную поддержку ' +
      'системы наставничества.',
    siteLink: (url: string) => `Подробнее о наставничестве в колледже — на сайте: ${url}`,
    siteLinkMissing: 'Подробнее о наставничестве — на сайте колледжа.',
    defaultHashtags: '#наставничество',
    socialStage: (stage: number, title: string) =>
      `Этап ${stage} дорожной карты наставничества: ${q(title)}.`,
  },
};

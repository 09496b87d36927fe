import { pairsRu } from './pairs';
import { matchingRu } from './matching';
import { documentsRu } from './documents';
import { generationRu } from './generation';
import { docsMenuRu } from './docs-menu';
import { completionRu } from './completion';
import { practicesRu } from './practices';
import { monitoringRu } from './monitoring';
import { eventsRu } from './events';
import { roadmapRu } from './roadmap';
import { finalReportRu } from './final-report';
import { publicityRu } from './publicity';

/**
 * Every Russian string a user sees, in one place: menus, alerts, the settings sheet's labels and
 * explanations. Code elsewhere refers to these, so wording is reviewed and changed here only.
 */
/** Russian plural form for a count: 1 ответ, 2 ответа, 5 ответов. */
function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export const ru = {
  productName: 'Наставничество',

  menu: {
    setUpSystem: 'Настроить систему',
    about: 'О программе наставничества',
    checkTemplate: 'Проверить шаблон',
    formLinks: 'Ссылки на анкеты',
    importResponses: 'Импортировать ответы',
    withdrawConsent: 'Отозвать согласие…',
  },

  about: {
    title: 'О программе наставничества',
    text:
      'Надстройка ведёт систему наставничества педагогических работников колледжа по дорожной карте: ' +
      'банк наставляемых и банк наставников (анкеты и согласия на обработку персональных данных), ' +
      'подбор наставнических пар и групп, персонализированные программы наставничества, приказы ' +
      'о закреплении пар, мониторинг и завершение программ.\n\n' +
      'Начните с пункта «Настроить систему» в меню «Наставничество» таблицы.',
  },

  setup: {
    title: 'Настройка системы',
    nothingChanged: 'Система уже настроена: изменений нет.',
    done: 'Система настроена.',
    createdSheets: (names: string[]) => `Созданы листы: ${names.map((n) => `«${n}»`).join(', ')}.`,
    addedColumns: (sheet: string, headers: string[]) =>
      `На листе «${sheet}» добавлены столбцы: ${headers.map((h) => `«${h}»`).join(', ')}.`,
    addedSettings: (count: number) => `В «Настройки» добавлено параметров: ${count}.`,
    fillSettings: 'Заполните лист «Настройки»: наименование организации, руководитель, куратор.',
    journalDone: 'Система настроена',
    lockBusy:
      'Таблицу сейчас настраивает или изменяет другой пользователь. Подождите минуту и повторите ' +
      '«Настроить систему».',
    sheetMissing: (name: string) =>
      `Не найден лист «${name}». Выполните «Настроить систему» в меню «Наставничество».`,
    noDocument: 'Откройте таблицу системы наставничества и повторите команду из её меню.',
    schemaNewer: (stored: string, known: number) =>
      `Таблица настроена более новой версией надстройки (версия схемы ${stored}, эта версия знает ${known}). ` +
      'Обновите надстройку; таблица не изменена.',
  },

  forms: {
    /** Names of the response tabs set-up gives the forms' new tabs («Ответы на форму (N)»). */
    responseSheets: {
      mentee: 'Ответы: анкета наставляемого',
      mentor: 'Ответы: анкета наставника',
      consent: 'Ответы: согласия',
      monitoring: 'Ответы: мониторинг',
      bestPractice: 'Ответы: лучшие практики',
      publicationConsent: 'Ответы: согласия на публикацию',
    },
    names: {
      mentee: 'анкета наставляемого',
      mentor: 'анкета наставника',
      consent: 'согласие на обработку персональных данных',
      monitoring: 'анкета мониторинга',
      bestPractice: 'лучшая практика',
      publicationConsent: 'согласие на публикацию',
    },
    created: (names: string[]) => `Созданы формы: ${names.join(', ')}. Ответы поступают в эту таблицу.`,
    recreated: (name: string) =>
      `Форма «${name}» не открывается (удалена или нет доступа) и создана заново; ссылку нужно разослать ` +
      'ещё раз («Наставничество» → «Ссылки на анкеты»).',
    recreatedJournal: (name: string, oldId: string) =>
      `Форма «${name}» не открывается (удалена или нет доступа): создана новая. Прежняя форма: ${oldId}. ` +
      'Разошлите новую ссылку; ответы, уже полученные прежней формой, остались на её листе ответов.',
    choicesUpdated: (name: string, questions: string[]) =>
      `В форме «${name}» обновлены варианты ответов по «Настройки»: ${questions.map((q) => `«${q}»`).join(', ')}.`,
    descriptionUpdated: (name: string) =>
      `В форме «${name}» обновлено описание (текст согласия) по «Настройки».`,
    relinked: (name: string, sheet: string) =>
      `Лист ответов формы «${name}» был удалён: форма снова связана с таблицей, ответы — на листе «${sheet}».`,
    responseSheetNamed: (name: string, sheet: string) => `Ответы формы «${name}» — на листе «${sheet}».`,
    itemMissing: (name: string, count: number) =>
      `В форме «${name}» не найдено вопросов с вариантами из «Настройки»: ${count}. Их удалили в Google Формах; ` +
      'варианты не обновлены. Верните вопросы или удалите форму целиком — «Настроить систему» создаст её заново.',
    consentTextPending:
      'Текст согласия на обработку персональных данных будет сформирован по «Настройки» (наименование и адрес ' +
      'организации) при следующем запуске «Настроить систему».',
  },

  formLinks: {
    title: 'Ссылки на анкеты',
    intro:
      'Разошлите педагогам ссылки на формы. Наставляемым — анкету наставляемого и согласие, потенциальным ' +
      'наставникам — анкету наставника и согласие. Ответы сами попадут в банки.',
    copy: 'Скопировать',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать: выделите текст и нажмите Ctrl+C',
    close: 'Закрыть',
    notSetUp: 'Формы ещё не созданы. Выполните «Настроить систему» в меню «Наставничество».',
    message: (formTitle: string, url: string, curator: string) =>
      `Уважаемые коллеги! Просим заполнить форму «${formTitle}»: ${url}` +
      (curator ? `\nКуратор программы наставничества: ${curator}.` : ''),
  },

  triggers: {
    installed: 'Включена автоматическая обработка ответов форм и ежедневное обслуживание (около 03:00).',
    installedFormSubmit: 'Включена автоматическая обработка ответов форм.',
    installedDaily: 'Включено ежедневное обслуживание (около 03:00).',
    removedDuplicates: (count: number) => `Удалены лишние триггеры: ${count}.`,
    removedJournal: (handler: string, id: string) => `Удалён лишний триггер ${handler} (${id}).`,
  },

  finish: {
    done: (sheets: string[]) =>
      `Оформлены листы: ${sheets.map((s) => `«${s}»`).join(', ')} (закреплённая шапка, списки значений, ` +
      'выделение строк без согласия, фильтры, защита персональных данных).',
    protectionMarker: 'Наставник: персональные данные',
    protectionDescription: (sheet: string, editors: string[]) =>
      `Наставник: персональные данные — «${sheet}»; ` +
      (editors.length > 0 ? `редакторы: ${editors.join(', ')}` : 'только предупреждение'),
    warningOnly:
      'Персональные данные защищены только предупреждением: укажите в «Настройки» редакторов персональных ' +
      'данных (эл. почта через запятую) и повторите «Настроить систему».',
    help: {
      consent: 'Статус согласия на обработку персональных данных ведёт надстройка: дано, отозвано или нет.',
      participation: 'допущен — или исключён — причина.',
      consentStatus: 'дано или отозвано.',
      consentSource: 'форма или меню.',
      consentPurpose: 'Цель обработки из списка.',
      pairStatus: 'Статус пары или группы из списка.',
    },
  },

  errors: {
    title: 'Ошибка',
    unexpected:
      'Не удалось выполнить команду из-за непредвиденной ошибки. Данные не потеряны; подробности ' +
      'записаны на лист «Журнал». Повторите попытку или сообщите куратору системы.',
  },

  people: {
    lookalikesReplaced: (word: string, fixed: string, letters: string[]) =>
      `В слове «${word}» латинские буквы заменены на русские (${letters.join(', ')}): «${fixed}». ` +
      'Проверьте написание в банке.',
    nameReordered: (full: string) =>
      `ФИО записано в порядке «Имя Отчество Фамилия»; сохранено как «${full}». Проверьте написание в банке.`,
    nameIncomplete: (text: string) =>
      `ФИО «${text}» неполное: нужны хотя бы фамилия и имя. Уточните ФИО у педагога и исправьте его в банке.`,
    nameTooLong: (text: string) =>
      `В ФИО «${text}» больше трёх слов; всё после имени сохранено как отчество. Проверьте ФИО в банке.`,
    nameLatin: (text: string) =>
      `ФИО «${text}» содержит латинские буквы. Проверьте написание: в документы ФИО попадёт как есть.`,
  },

  responses: {
    questionnaireNames: {
      mentee: 'Анкета наставляемого',
      mentor: 'Анкета наставника',
      consent: 'Согласие на обработку ПДн',
      publicationConsent: 'Согласие на публикацию',
    } as Record<string, string>,
    /** «Анкета наставника, лист «…», строка 5, 12.03.2026 10:15, ivan@x.ru (Иванов Иван)». */
    describe: (questionnaire: string, sheet: string, row: number, at: string, email: string, name: string) =>
      `${questionnaire}${sheet ? `, лист «${sheet}»` : ''}, строка ${row}${at ? `, ${at}` : ''}` +
      `${email ? `, ${email}` : ''}${name ? ` (${name})` : ''}`,
    missingColumn: (header: string, question: string) =>
      `В листе ответов нет столбца «${header}» (вопрос «${question}»). Ответы не внесены в банк и остаются ` +
      'в листе ответов. Верните столбцу прежнее название или восстановите вопрос в форме, затем выполните ' +
      '«Импортировать ответы».',
    missingTimestamp:
      'В листе ответов нет столбца «Отметка времени». Не переименовывайте и не удаляйте его; ответы обработаются после восстановления.',
    missingEmailColumn:
      'В листе ответов нет столбца «Адрес электронной почты». Включите в настройках формы сбор адресов ' +
      'электронной почты и верните столбцу прежнее название.',
    missingGridRow: (label: string) =>
      `В листе ответов нет столбца для направления «${label}»: оценки по нему не учтены. Выполните «Настроить систему», чтобы обновить форму.`,
    unknownColumn: (header: string) =>
      `Столбец «${header}» не соответствует ни одному направлению из «Настроек»; ответы сохранены в «Нераспознанные ответы».`,
    missingAnswer: (question: string) =>
      `Нет ответа на обязательный вопрос «${question}». Анкета не внесена в банк. Попросите педагога ` +
      'отправить анкету заново или впишите ответ в лист ответов — тогда он будет обработан.',
    missingEmail:
      'В ответе нет адреса электронной почты. Анкета не внесена в банк: включите в форме сбор адресов и ' +
      'попросите педагога отправить анкету заново.',
    invalidEmail: (email: string) =>
      `Адрес электронной почты «${email}» некорректен. Анкета не внесена в банк: исправьте адрес в листе ` +
      'ответов или попросите педагога отправить анкету заново.',
    invalidTimestamp: (text: string) =>
      `Не удалось прочитать отметку времени «${text}». Не изменяйте столбец «Отметка времени»; восстановите значение.`,
    unknownLabel: (label: string) =>
      `Ответ «${label}» не совпадает ни с одним направлением из «Настроек» (форму, вероятно, изменили вручную). ` +
      'Он сохранён в столбце «Нераспознанные ответы»; выполните «Настроить систему», чтобы форма снова совпадала с настройками.',
    unknownExperience: (text: string) =>
      `Стаж «${text}» не совпадает с вариантами анкеты; стаж в годах не определён. Уточните его в банке.`,
    scaleOutOfRange: (question: string, value: string) =>
      `Ответ «${value}» на вопрос «${question}» вне шкалы; он не учтён. Уточните ответ у педагога.`,
    unknownDecision: (text: string) =>
      `Решение «${text}» не распознано: ожидается «Даю согласие» или «Отзываю согласие». Уточните решение у педагога.`,
  },

  pipeline: {
    importTitle: 'Импорт ответов',
    formResponsesErased: (count: number, people: number) =>
      `Удалено ответов, хранившихся в самих Google Формах: ${count} (обезличено участников: ${people}). ` +
      'Копии в листах ответов уже обезличены.',
    /** «Импорт завершён: обработано 40 ответов, новых 38, обновлено 2, проблем 3 — подробности на листе «Журнал»». */
    importSummary: (c: { considered: number; created: number; updated: number; problems: number }) =>
      `Импорт завершён: обработано ${c.considered} ${plural(c.considered, 'ответ', 'ответа', 'ответов')}, ` +
      `новых ${c.created}, обновлено ${c.updated}, проблем ${c.problems}` +
      (c.problems > 0 ? ' — подробности на листе «Журнал».' : '.'),
    sweepSummary: (c: { considered: number; created: number; updated: number; problems: number }) =>
      `Обработано ответов: ${c.considered}; новых ${c.created}, обновлено ${c.updated}, проблем ${c.problems}.`,
    importJournal: 'Импорт ответов выполнен',
    dailyJournal: 'Ежедневная проверка: обработаны ответы, пропущенные триггером',
    noForms:
      'Формы анкет ещё не созданы. Выполните «Настроить систему» в меню «Наставничество», затем разошлите ' +
      'педагогам ссылки на формы.',
    sheetMissing: (name: string) =>
      `Не найден лист «${name}», поэтому ответы на анкеты не обработаны (они сохранены в листах ответов). ` +
      'Выполните «Настроить систему» в меню «Наставничество», затем «Импортировать ответы».',
    responseSheetMissing: (questionnaire: string) =>
      `Не найден лист ответов формы «${questionnaire}» (лист удалён или форма отвязана от таблицы). ` +
      'Выполните «Настроить систему»: надстройка снова свяжет форму с таблицей.',
    lockBusyTrigger: (at: string) =>
      `Ответ${at ? ` от ${at}` : ''} пока не внесён в банк: таблицу в это время изменял другой процесс. ` +
      'Ответ не потерян: он в листе ответов и будет обработан со следующей анкетой или при ежедневной ' +
      'проверке. Чтобы внести его сразу, выберите «Импортировать ответы».',
    lockBusyMenu:
      'Таблицу сейчас изменяет другой процесс (например, обрабатываются анкеты). Подождите минуту и ' +
      'повторите команду.',
    triggerFailed:
      'Не удалось обработать ответы из-за непредвиденной ошибки. Ответы не потеряны: они в листах ответов. ' +
      'Выберите «Импортировать ответы»; если ошибка повторится, сообщите куратору системы.',
    cellTooLong: (sheet: string, row: number, header: string) =>
      `Ответ в листе «${sheet}», строка ${row}, столбец «${header}» длиннее 50 000 знаков (предел ячейки ` +
      'Google Таблиц) и сохранён с сокращением; полный текст — в листе ответов.',
    withdrawTitle: 'Отзыв согласия',
    withdrawPrompt:
      'Адрес электронной почты человека, который отзывает согласие на обработку персональных данных:',
    withdrawInvalidEmail: (text: string) =>
      `«${text}» не похоже на адрес электронной почты. Проверьте адрес и повторите «Отозвать согласие…».`,
    withdrawConfirm: (email: string, name: string, days: number) =>
      `Отозвать согласие ${name ? `${name} (${email})` : email}?\n\n` +
      'Человек сразу будет исключён из системы наставничества (пары, документы), а через ' +
      `${days} ${plural(days, 'день', 'дня', 'дней')} его персональные данные будут обезличены на всех листах. ` +
      'Отзыв записывается в реестр «Согласия».',
    withdrawCancelled: 'Согласие не отозвано: команда отменена.',
    maintenanceJournal: 'Ежедневное обслуживание выполнено',
  },

  banks: {
    participation: {
      admitted: 'допущен',
      noConsent: 'исключён — нет согласия на обработку ПДн',
      withdrawn: 'исключён — согласие на обработку ПДн отозвано',
    },
    truncatedMarker: ' … [сокращено: полный текст — на листе «История анкет»]',
    truncated: (header: string) =>
      `Ответ для столбца «${header}» длиннее 50 000 символов (предел ячейки Google Таблиц): в банке он ` +
      'сокращён, полный текст сохранён на листе «История анкет».',
    rejected: (response: string) => `${response}: анкета не внесена в банк.`,
    warnings: (response: string) => `${response}: анкета внесена в банк с замечаниями.`,
    deferred: (count: number, rows: string) =>
      `Ответов, ожидающих обработки: ${count} (строки ${rows}). Они остаются в листе ответов и будут ` +
      'обработаны, когда столбцы будут восстановлены.',
    conflict: (response: string, email: string, bankName: string, sheet: string) =>
      `${response}: адрес ${email} уже принадлежит участнику «${bankName}» на листе «${sheet}». ` +
      'Это, по-видимому, другой человек, поэтому строки не объединены; анкета сохранена на листе «История анкет». ' +
      'Что сделать: уточните у педагогов их адреса; если это тот же человек, исправьте ФИО в банке и ' +
      'выполните «Импортировать ответы».',
    surnameChanged: (response: string, before: string, after: string) =>
      `${response}: фамилия в анкете («${after}») отличается от фамилии в банке («${before}»), имя и отчество ` +
      'совпадают — строка обновлена. Если это другой человек, сообщите куратору.',
    staffEdits: (response: string, diffs: string[]) =>
      `${response}: в банке эти ячейки изменены вручную, их значения сохранены, новые ответы записаны на ` +
      `листе «История анкет»: ${diffs.join('; ')}. Если новый ответ верен, перенесите его в банк вручную.`,
    staffEditDiff: (header: string, kept: string, answered: string) =>
      `«${header}»: в таблице «${kept}», в анкете «${answered}»`,
    noEmailColumn: (sheet: string) =>
      `На листе «${sheet}» нет столбца «Эл. почта»: анкеты не внесены. Выполните «Настроить систему».`,
    missingColumns: (sheet: string, headers: string[]) =>
      `На листе «${sheet}» нет столбцов ${headers.map((h) => `«${h}»`).join(', ')}: эти ответы не записаны ` +
      'в банк (они есть на листе «История анкет»). Выполните «Настроить систему».',
  },

  consent: {
    given: (response: string) => `${response}: согласие на обработку персональных данных получено.`,
    withdrawnByForm: (response: string, days: string) =>
      `${response}: согласие отозвано через форму. Участник исключён из системы наставничества; ` +
      `его персональные данные будут обезличены через ${days} дн.`,
    withdrawnWithoutConsent: (response: string) =>
      `${response}: получен отзыв согласия, но согласие этим адресом не давалось. Отзыв записан в реестр.`,
    rejected: (response: string) => `${response}: решение о согласии не записано.`,
    menuWithdrawn: (email: string, days: string) =>
      `Согласие ${email} отозвано. Участник исключён из системы наставничества; персональные данные будут ` +
      `обезличены через ${days} дн.`,
    menuAlreadyWithdrawn: (email: string) => `Согласие ${email} уже отозвано ранее; изменений нет.`,
    menuNoConsent: (email: string) =>
      `В реестре «Согласия» нет данного согласия для ${email}; изменений нет.`,
    menuInvalidEmail: (email: string) =>
      `«${email}» — некорректный адрес электронной почты. Проверьте адрес.`,
    anonymised: (pseudonym: string, withdrawnAt: string, sheets: string[]) =>
      `Персональные данные участника ${pseudonym} (согласие отозвано ${withdrawnAt}) обезличены на листах: ` +
      `${sheets.map((n) => `«${n}»`).join(', ')}. В реестре «Согласия» сохранены хеш адреса, даты и версия текста согласия.`,
    placeholder: (what: string) => `[${what}: заполните лист «Настройки»]`,
  },

  journal: {
    levels: { INFO: 'сведения', WARNING: 'предупреждение', ERROR: 'ошибка' },
  },

  /** Stage 5's shell: menus, the «Подбор пар» sidebar, matching runs (src/core/messages/pairs.ts). */
  pairs: pairsRu,

  /** Stages 4–5's core: criteria, reasons and support notes of matching (src/core/messages/matching.ts). */
  matching: matchingRu,

  /** Stage 1 and 5.2's core: template checks, locations, kinds (src/core/messages/documents.ts). */
  documents: documentsRu,

  /** Stage 1 and 5.2's shell: making documents, Drive folders and templates (src/core/messages/generation.ts). */
  generation: generationRu,

  /** The Docs menu in a generated document and a pair's missing data (src/core/messages/docs-menu.ts). */
  docsMenu: docsMenuRu,

  /** Stage 6: closing a pair or group, ТК РФ ст. 351.8 (src/core/messages/completion.ts). */
  completion: completionRu,

  /** Stage 6: best practices, «Методическая копилка» and its folders (src/core/messages/practices.ts). */
  practices: practicesRu,

  /** Stage 6: the monitoring questionnaire, the «Мониторинг» sheet, reminders (src/core/messages/monitoring.ts). */
  monitoring: monitoringRu,

  /** Stages 4.2 and 6's events, invitations and attendance (src/core/messages/events.ts). */
  events: eventsRu,

  /** The road-map dashboard (src/core/messages/roadmap.ts). */
  roadmap: roadmapRu,

  /** The final report of the season (src/core/messages/final-report.ts). */
  finalReport: finalReportRu,

  /** Stage 7: the consent to publication, drafts and «Публикации» (src/core/messages/publicity.ts). */
  publicity: publicityRu,
} as const;

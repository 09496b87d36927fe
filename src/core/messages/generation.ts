/**
 * Russian strings of the documents' shell (stage 1 and 5.2): the menus that make documents, the Drive
 * folders and templates set-up creates, what a generation run reports. ru.ts includes them as
 * `messages.generation`; the template language's own strings are in documents.ts.
 */
const q = (s: string): string => `«${s}»`;

export const generationRu = {
  menu: {
    localActs: 'Сформировать локальные акты',
    pairDocuments: 'Сформировать документы по парам',
    checkTemplates: 'Проверить шаблоны',
    checkTemplate: 'Проверить шаблон',
  },

  folders: {
    root: 'Наставничество',
    templates: 'Шаблоны',
    documents: 'Документы',
  },

  setup: {
    createdFolders: (names: string[]) => `На Google Диске созданы папки: ${names.map(q).join(', ')}.`,
    createdTemplates: (count: number) =>
      `Созданы шаблоны документов (${count}) в папке «Наставничество / Шаблоны»: их можно редактировать.`,
    recreatedTemplate: (title: string, was: 'trashed' | 'missing') =>
      `Шаблон ${q(title)} ${was === 'trashed' ? 'был в корзине' : 'был удалён'} и создан заново из текста по умолчанию.`,
    journalRecreated: 'Шаблон документа создан заново',
  },

  titles: {
    localActs: 'Локальные акты',
    pairDocuments: 'Документы по парам',
    checkTemplates: 'Проверка шаблонов',
    checkTemplate: 'Проверка шаблона',
  },

  notSetUp:
    'Папки и шаблоны документов ещё не созданы. Выполните «Настроить систему» в меню «Наставничество».',
  templateGone: (title: string) =>
    `Шаблон ${q(title)} удалён или находится в корзине. Выполните «Настроить систему»: шаблон будет ` +
    'создан заново (или восстановите его из корзины Google Диска).',
  templateChanged:
    'Шаблон изменился во время формирования документа. Повторите команду, когда шаблон никто не редактирует.',
  lockBusy: 'Таблицу сейчас изменяет другой пользователь. Подождите минуту и повторите команду.',
  templateErrors: (title: string, count: number, list: string) =>
    `В шаблоне ${q(title)} найдены ошибки (${count}); документы по нему не сформированы:\n${list}`,
  problemLine: (where: string, message: string, hint: string) =>
    `• ${where}: ${message}${hint ? ` ${hint}` : ''}`,
  moreProblems: (count: number) => `…и ещё ${count}.`,

  noPairs: 'Нет пар и групп со статусом «утверждена» или «действует». Утвердите пары на панели «Подбор пар».',
  localActsDone: (lines: string[]) => ['Сформированы документы:', ...lines].join('\n'),
  pairDocumentsDone: (lines: string[]) => ['Сформированы документы:', ...lines].join('\n'),
  madeOrder: (title: string, number: string, date: string) => `• ${title} № ${number} от ${date}`,
  madeDocument: (title: string) => `• ${title}`,
  madeCount: (what: string, count: number) => `• ${what}: ${count}`,
  replacedNote: 'Прежние версии перемещены в корзину Google Диска.',
  warningsNote: (count: number) =>
    `Замечаний: ${count} (подробности — на листе «Журнал»). Пустые места в документах отмечены «____».`,
  pdfNote: 'Рядом с каждым документом сохранена копия в PDF.',
  programmes: 'Программы наставничества',
  mentorConsents: 'Согласия наставников (ст. 351.8 ТК РФ)',
  orderCell: (number: string, date: string) => `№ ${number} от ${date}`,
  journalMade: (title: string) => `Сформирован документ ${q(title)}`,
  journalReplaced: (title: string) => `Документ ${q(title)} сформирован заново, прежний — в корзине`,
  journalWarnings: (title: string) => `Замечания при формировании ${q(title)}`,

  checkAllOk: (count: number) => `Шаблоны проверены (${count}): ошибок нет.`,
  checkTemplateOk: (title: string) => `${q(title)}: ошибок нет.`,
  checkTemplateProblems: (title: string, errors: number, warnings: number) =>
    `${q(title)}: ошибок — ${errors}, замечаний — ${warnings}.`,
  checkedAs: (kind: string) => `Документ проверен как шаблон ${q(kind)}.`,
  checkMissing: (title: string) => `Шаблон ${q(title)} не найден (удалён или в корзине).`,
  notATemplate:
    'В этом документе нет заполнителей {{…}}: он не похож на шаблон «Наставничества». ' +
    'Шаблоны лежат на Google Диске в папке «Наставничество / Шаблоны».',
  warningTag: '(замечание)',

  /** A batch that runs over several executions (item 7). */
  batch: {
    progress: (done: number, total: number) => `Сформировано документов: ${done} из ${total}.`,
    paused: (minutes: number) =>
      `Остальные будут сформированы автоматически примерно через ${minutes} мин. ` +
      'Ссылки появятся на листе «Пары и группы», итог — на листе «Журнал».',
    quotaStop: (used: number, limit: number, left: number, after: string) =>
      `Дневной лимит Google на создание документов почти исчерпан (создано ${used} из ${limit} за сутки). ` +
      `Остальные ${left} будут сформированы автоматически завтра, после ${after}; итог — на листе «Журнал».`,
    journalPaused: (done: number, total: number) =>
      `Формирование документов по парам продолжится автоматически: готово ${done} из ${total}`,
    journalQuota: (done: number, total: number) =>
      `Формирование документов по парам остановлено до завтра (дневной лимит документов): готово ${done} из ${total}`,
    journalDone: (total: number, executions: number) =>
      `Документы по парам сформированы: ${total} за ${executions} запуск(а)`,
    journalInFlight: (name: string) =>
      `Документ ${q(name)} остался недоделанным после прерванного запуска: он перемещён в корзину и будет сформирован заново`,
    journalLockBusy:
      'Продолжение формирования документов по парам отложено: таблицу изменял другой пользователь. Следующая попытка — через час.',
    journalFailed: 'Продолжение формирования документов по парам завершилось ошибкой',
  },
};

/**
 * Russian strings of documents (stage 1 and 5.2): where something is in a template, what the checker
 * and the renderer found, the settings of documents, folder and kind names. ru.ts includes them as
 * `messages.documents`.
 */
const q = (s: string): string => `«${s}»`;

export const documentsRu = {
  /** What a missing value prints, so staff see what to fill in by hand. */
  missingValue: '____',

  location: {
    header: 'Верхний колонтитул',
    footer: 'Нижний колонтитул',
    paragraph: (n: number) => `абзац ${n}`,
    table: (n: number) => `таблица ${n}`,
    row: (n: number) => `строка ${n}`,
    cell: (n: number) => `ячейка ${n}`,
  },

  problems: {
    unknownPath: (source: string) => `Неизвестное поле ${source}.`,
    unknownPathInRow: (source: string, list: string) =>
      `Неизвестное поле ${source} в строке списка ${q(list)}.`,
    unknownFilter: (filter: string, source: string) => `Неизвестный фильтр ${q(filter)} в ${source}.`,
    filterNotApplicable: (filter: string, source: string, what: string) =>
      `Фильтр ${q(filter)} в ${source} применим только к ${what}.`,
    filterTargets: { name: 'ФИО', date: 'датам' },
    emptyPlaceholder: 'Пустой заполнитель {{}}.',
    splitPlaceholder: (source: string) =>
      `Заполнитель ${source}… не закрыт в этом абзаце: «}}» оказались в другом абзаце или отсутствуют.`,
    unopenedBraces: 'Закрывающие скобки «}}» без открывающих «{{».',
    unclosedIf: (source: string) => `Блок ${source} не закрыт: нет {{/если}}.`,
    unopenedIf: '{{/если}} без открывающего {{#если …}}.',
    ifAcrossCells: (source: string) =>
      `Блок ${source} начинается в ячейке таблицы, а {{/если}} должен быть в той же ячейке.`,
    eachNotAtRowStart: (source: string) =>
      `${source} должен стоять в самом начале первой ячейки строки таблицы: эта строка повторяется для каждого элемента списка.`,
    unknownList: (list: string) => `Неизвестный список ${q(list)}.`,
    badPath: (source: string) => `Непонятный заполнитель ${source}.`,
    badBlock: (source: string) =>
      `Неизвестный блок ${source}: поддерживаются {{#если …}}, {{/если}} и {{#каждый …}}.`,
    badEach: (source: string) =>
      `Непонятная строка списка ${source}: ожидается {{#каждый список как элемент}}.`,
    missingValue: (source: string) => `Нет значения для ${source}: в документе стоит «____».`,
    emptyList: (list: string) => `Список ${q(list)} пуст: строка таблицы удалена.`,
    notDeclined: (name: string) =>
      `Не удалось просклонять ${q(name)}: пол не определён (нет отчества); ФИО напечатано в именительном ` +
      'падеже. Впишите падежи в столбец «ФИО в падежах (вручную)» или добавьте в банк столбец «Пол» (м/ж).',
  },

  hints: {
    didYouMean: (suggestion: string) => `Возможно, вы имели в виду ${suggestion}.`,
    knownPaths: 'Поля этого шаблона перечислены в справке «Шаблоны документов».',
    filters:
      'Фильтры: именительный, родительный, дательный, винительный, творительный, инициалы, ' +
      'инициалы_впереди, дата, дата_прописью, заглавные, строчные.',
    closeIf: 'Добавьте {{/если}} после последнего абзаца блока.',
    openIf: 'Удалите лишний {{/если}} или добавьте {{#если …}} перед блоком.',
    ifInOneCell: 'Поставьте {{#если …}} и {{/если}} в одну ячейку или вынесите блок за пределы таблицы.',
    eachAtRowStart:
      'Перенесите {{#каждый …}} в начало первой ячейки той строки таблицы, которую нужно повторять.',
    samePlaceholder: 'Наберите заполнитель целиком в одном абзаце, без переноса строки внутри {{…}}.',
    removeBraces: 'Удалите лишние скобки или допишите заполнитель.',
    fillValue: 'Заполните значение в таблице или впишите его в документ вручную.',
    manualForms: 'Заполните столбец «ФИО в падежах (вручную)» в банке.',
    eachSyntax: 'Пример: {{#каждый пары как пара}}.',
  },

  /** «Таблица 2, строка 3, ячейка 1» with the first letter capitalised. */
  capitalise: (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s),

  /** Names of the kinds for `{{вид}}` in file names and the folders per kind. */
  kinds: {
    orderRegulation: 'Приказ об утверждении положения о наставничестве',
    regulation: 'Положение о системе наставничества',
    roadmap: 'Дорожная карта',
    orderPairs: 'Приказ о закреплении наставнических пар',
    programme: 'Программа наставничества',
    consentPersonalData: 'Согласие на обработку персональных данных',
    consentMentor: 'Согласие на наставничество',
    finalReport: 'Итоговый отчёт о реализации программ наставничества',
  },
  folders: {
    orderRegulation: 'Локальные акты',
    regulation: 'Локальные акты',
    roadmap: 'Локальные акты',
    orderPairs: 'Приказы',
    programme: 'Программы',
    consentPersonalData: 'Согласия',
    consentMentor: 'Согласия',
    finalReport: 'Отчёты',
  },

  booleans: { yes: 'да', no: 'нет' },

  /** A term: «с 01.09.2026 по 31.05.2027». */
  period: (from: string, to: string) => `с ${from} по ${to}`,
};

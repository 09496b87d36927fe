/**
 * The matching rows of «Настройки» (issue 4, decision 2): the points each criterion gives at most and
 * the thresholds. Defaults add up to 100 points, so a score reads as «из 100». Parsed and validated by
 * readMatchingSettings (src/core/matching/matching-settings.ts), which names the cell of a bad value.
 */
export const MATCHING_SETTING_ROWS = [
  {
    key: 'matching.weight.coverage',
    label: 'Подбор: баллы за закрытие затруднений',
    defaultValue: '40',
    explanation:
      'Сколько баллов даёт наставник, чьи сильные стороны закрывают все затруднения наставляемого; ' +
      'затруднения учитываются с весом по самооценке (5 — серьёзное затруднение, 1 — нет затруднения).',
  },
  {
    key: 'matching.weight.subject',
    label: 'Подбор: баллы за ту же ПЦК / предмет',
    defaultValue: '20',
    explanation:
      'Начисляются, если «ПЦК / предмет» наставника и наставляемого совпадают (без учёта регистра и кавычек).',
  },
  {
    key: 'matching.weight.form',
    label: 'Подбор: баллы за форму наставничества',
    defaultValue: '10',
    explanation: 'Начисляются, если предпочитаемая форма наставничества у обоих одна и та же.',
  },
  {
    key: 'matching.weight.format',
    label: 'Подбор: баллы за формат встреч',
    defaultValue: '5',
    explanation:
      'Полностью — при одинаковом формате (очно, дистанционно), половина — если у одного «смешанный формат».',
  },
  {
    key: 'matching.weight.time',
    label: 'Подбор: баллы за удобное время встреч',
    defaultValue: '5',
    explanation: 'Полностью — если есть общее удобное время встреч; половина — если кто-то время не указал.',
  },
  {
    key: 'matching.weight.experience',
    label: 'Подбор: баллы за стаж наставника',
    defaultValue: '10',
    explanation:
      'Полностью — если стаж наставника больше стажа наставляемого на 10 лет и более; пропорционально — если меньше.',
  },
  {
    key: 'matching.weight.category',
    label: 'Подбор: баллы за категорию наставника',
    defaultValue: '10',
    explanation:
      'Высшая категория — полностью, первая — две трети, соответствие занимаемой должности — треть.',
  },
  {
    key: 'matching.minScore',
    label: 'Подбор: минимальный балл пары',
    defaultValue: '30',
    explanation:
      'Пара с меньшим баллом не предлагается: наставляемый остаётся в списке «Поиск наставника продолжается», ' +
      'а не получает неподходящего наставника. 0 — без порога.',
  },
  {
    key: 'matching.mentor.minExperienceYears',
    label: 'Подбор: минимальный стаж наставника, лет',
    defaultValue: '3',
    explanation: 'Педагог с меньшим стажем не предлагается наставником. 0 — без ограничения.',
  },
  {
    key: 'matching.mentor.minCategory',
    label: 'Подбор: минимальная категория наставника',
    defaultValue: '',
    explanation:
      'Пусто — любая; иначе одна из: соответствие занимаемой должности, первая, высшая. Педагог с более ' +
      'низкой категорией не предлагается наставником.',
  },
  {
    key: 'matching.defaultCapacity',
    label: 'Подбор: наставляемых у наставника по умолчанию',
    defaultValue: '2',
    explanation:
      'Сколько наставляемых одновременно закрепляется за наставником, если он сам не указал меньше; для ' +
      'отдельного наставника задаётся в столбце «Макс. наставляемых (переопределение)» банка наставников.',
  },
  {
    key: 'matching.groupSize',
    label: 'Подбор: размер наставнической группы',
    defaultValue: '5',
    explanation:
      'Сколько наставляемых может быть в группе у наставника, выбравшего групповую форму наставничества.',
  },
];

/**
 * The professional competences both questionnaires ask about (domain.md, «Questionnaires»): the mentee
 * rates each difficulty 1–5, the mentor names the same items as strengths. One list on both sides is what
 * makes matching possible, so every header derived from it comes from here.
 */
export const COMPETENCES: readonly string[] = [
  'рабочие программы, КТП и ФОС',
  'ФГОС СПО',
  'проектирование занятия',
  'цифровые технологии и ЭОР',
  'оценивание',
  'дисциплина и мотивация студентов',
  'кураторство группы и работа с родителями',
  'инклюзия (ОВЗ)',
  'воспитательная работа',
  'подготовка к демонстрационному экзамену и чемпионатам',
  'документация',
  'аттестация',
  'профессиональное выгорание',
];

/** Forms of mentoring (domain.md, «Forms of mentoring»); the default of an editable setting. */
export const MENTORING_FORMS: readonly string[] = [
  'традиционная «один-на-один»',
  'групповая',
  'виртуальная (дистанционная)',
  'краткосрочная (целеполагающая)',
  'реверсивная',
  'ситуационная',
  'скоростная',
  '«педагог – педагог»',
  '«руководитель – педагог»',
];

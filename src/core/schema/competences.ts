/**
 * The professional competences both questionnaires ask about (domain.md, «Questionnaires»): the mentee
 * rates each difficulty 1–5, the mentor names the same items as strengths. One list on both sides is what
 * makes matching possible, so every header derived from it comes from here.
 */
export interface Competence {
  /** Stable key stored in the banks and used by matching; never shown to people. */
  key: string;
  /** What teachers read in the forms; staff may reword it in «Настройки». */
  label: string;
}

export const DEFAULT_COMPETENCES: readonly Competence[] = [
  { key: 'programs', label: 'рабочие программы, КТП и ФОС' },
  { key: 'fgos', label: 'ФГОС СПО' },
  { key: 'lessonDesign', label: 'проектирование занятия' },
  { key: 'digital', label: 'цифровые технологии и ЭОР' },
  { key: 'assessment', label: 'оценивание' },
  { key: 'discipline', label: 'дисциплина и мотивация студентов' },
  { key: 'curatorship', label: 'кураторство группы и работа с родителями' },
  { key: 'inclusion', label: 'инклюзия (ОВЗ)' },
  { key: 'upbringing', label: 'воспитательная работа' },
  { key: 'demoExam', label: 'подготовка к демонстрационному экзамену и чемпионатам' },
  { key: 'documentation', label: 'документация' },
  { key: 'attestation', label: 'аттестация' },
  { key: 'burnout', label: 'профессиональное выгорание' },
];

export const COMPETENCES: readonly string[] = DEFAULT_COMPETENCES.map((c) => c.label);

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

import { DEFAULT_COMPETENCES, MENTORING_FORMS } from '../schema/competences';
import { CellValue } from '../../ports/workbook';
import { headerIndex, headerKey } from '../schema/headers';
import { MATCHING_SETTING_ROWS } from './matching-rows';
import { DOCUMENT_SETTING_ROWS } from './document-rows';
import { SEASON_SETTING_ROWS } from './season-rows';
import { MONITORING_SETTING_ROWS } from './monitoring-rows';
import { EVENT_SETTING_ROWS } from './event-rows';
import { FINAL_REPORT_SETTING_ROWS } from '../season/report/settings-rows';
import { PUBLICITY_SETTING_ROWS } from './publicity-rows';

/**
 * The settings model: rows of «Настройки» as key, label, value and explanation. Code reads values by
 * key; staff read the label and explanation and edit the value. Items marked (check) in domain.md are
 * settings rather than constants, so each college can follow its own practice.
 */
export interface SettingDefinition {
  key: string;
  label: string;
  defaultValue: string;
  explanation: string;
}

/** Settings keys of competences: `competence.<key>`, value = label. */
export const COMPETENCE_PREFIX = 'competence.';

export const SETTINGS: readonly SettingDefinition[] = [
  {
    key: 'organization.fullName',
    label: 'Полное наименование организации',
    defaultValue: '',
    explanation: 'Как в уставе; печатается в приказах, программах и согласиях.',
  },
  {
    key: 'organization.shortName',
    label: 'Сокращённое наименование',
    defaultValue: '',
    explanation: 'Например, ПОУ «СКУиИТ»; используется в шапках документов.',
  },
  {
    key: 'organization.address',
    label: 'Адрес организации',
    defaultValue: '',
    explanation: 'Адрес оператора персональных данных для текста согласия (152-ФЗ, ст. 9 ч. 4).',
  },
  {
    key: 'director.name',
    label: 'Руководитель (ФИО)',
    defaultValue: '',
    explanation: 'Полностью, например: Лукьяненко Светлана Викторовна. Подписывает приказы.',
  },
  {
    key: 'director.position',
    label: 'Должность руководителя',
    defaultValue: 'Директор',
    explanation: 'Как в подписи приказа.',
  },
  {
    key: 'curator.name',
    label: 'Куратор (ФИО)',
    defaultValue: '',
    explanation: 'Сотрудник, который ведёт банки, формирует пары и готовит документы.',
  },
  {
    key: 'curator.email',
    label: 'Эл. почта куратора',
    defaultValue: '',
    explanation: 'Для уведомлений о новых анкетах и отзывах согласий.',
  },
  {
    key: 'programme.defaultMonths',
    label: 'Срок программы по умолчанию, месяцев',
    defaultValue: '9',
    explanation: 'От 3 до 12 месяцев; можно изменить для каждой пары.',
  },
  {
    key: 'orders.registerSuffix',
    label: 'Индекс регистра приказов',
    defaultValue: '-од',
    explanation: 'Добавляется к номеру приказа: 123-од (основная деятельность).',
  },
  {
    key: 'orders.yearStart',
    label: 'Начало делопроизводственного года',
    defaultValue: '01.01',
    explanation: 'С этой даты нумерация приказов начинается заново: 01.01 или 01.09.',
  },
  {
    key: 'mentoring.forms',
    label: 'Формы наставничества',
    defaultValue: MENTORING_FORMS.join('; '),
    explanation: 'Через точку с запятой; список можно дополнить.',
  },
  // One row per competence (issue 3, decision 2): the key stays, the value is the label teachers see.
  // Staff may reword a label or add a row `competence.<новый ключ>`; «Настроить систему» then updates
  // the questionnaires, and answers are mapped back to keys.
  ...DEFAULT_COMPETENCES.map((c) => ({
    key: `${COMPETENCE_PREFIX}${c.key}`,
    label: `Компетенция: ${c.label}`,
    defaultValue: c.label,
    explanation:
      'Направление, которое наставляемый оценивает как затруднение, а наставник отмечает как сильную сторону. ' +
      'Формулировку можно изменить; пустое значение исключает направление из анкет.',
  })),
  {
    key: 'consent.version',
    label: 'Версия текста согласия',
    defaultValue: '1',
    explanation:
      'Записывается в реестр «Согласия» с каждым решением. Увеличьте, когда меняете наименование, адрес, ' +
      'обработчика или срок, и выполните «Настроить систему», чтобы обновить форму согласия.',
  },
  {
    key: 'consent.retentionDays',
    label: 'Срок обезличивания после отзыва, дней',
    defaultValue: '30',
    explanation:
      'Через столько дней после отзыва согласия персональные данные обезличиваются на всех листах ' +
      '(152-ФЗ, ст. 21 ч. 5: не более 30 дней).',
  },
  {
    key: 'consent.termYears',
    label: 'Срок действия согласия, лет',
    defaultValue: '5',
    explanation:
      'Указывается в тексте согласия; согласие действует, пока не отозвано, но не дольше этого срока.',
  },
  {
    key: 'consent.processor',
    label: 'Лицо, осуществляющее обработку по поручению оператора',
    defaultValue:
      'Google LLC (сервисы Google Workspace: Google Формы, Google Таблицы, Google Диск), ' +
      '1600 Amphitheatre Parkway, Mountain View, CA 94043, США',
    explanation: 'Указывается в тексте согласия (152-ФЗ, ст. 9 ч. 4 п. 6): сервис, где хранятся анкеты.',
  },
  {
    key: 'editors.personalData',
    label: 'Кто может изменять персональные данные',
    defaultValue: '',
    explanation:
      'Адреса эл. почты через запятую. Столбцы с персональными данными в банках и реестре согласий защищены: ' +
      'изменять их могут только эти сотрудники, владелец таблицы и тот, кто выполнил настройку.',
  },
  // Stages 4–5 (issue 4, decision 2): weights and thresholds of matching, read by readMatchingSettings.
  ...MATCHING_SETTING_ROWS,
  // Stage 1 and 5.2 (issue 5): registers, the road map's responsible persons and dates, file names.
  ...DOCUMENT_SETTING_ROWS,
  // Stage 6 (issue 6, item 2): links to the folders «Методические материалы» and «Методическая копилка».
  ...SEASON_SETTING_ROWS,
  // Stage 6 (issue 6, item 3): monitoring questionnaire windows and reminders.
  ...MONITORING_SETTING_ROWS,
  // Stages 4.2 and 6 (issue 6, item 1): Calendar invitations, the training condition of matching.
  ...EVENT_SETTING_ROWS,
  // Stage 6 (issue 6, item 6): the final report's academic year and the curator's conclusions.
  ...FINAL_REPORT_SETTING_ROWS,
  // Stage 7 (issue 7, item 1): the operator's requisites and web resources of the consent to publication.
  ...PUBLICITY_SETTING_ROWS,
];

/** Header of each settings column, by role; the sheet's columns are found by these. */
export const SETTINGS_COLUMNS = {
  key: 'Ключ',
  label: 'Параметр',
  value: 'Значение',
  explanation: 'Пояснение',
} as const;

export type Settings = Readonly<Record<string, string>>;

/** A settings row laid out for the given header row (columns found by header, unknown ones left empty). */
export function settingRow(definition: SettingDefinition, headers: readonly string[]): CellValue[] {
  const byRole: Record<string, string> = {
    [headerKey(SETTINGS_COLUMNS.key)]: definition.key,
    [headerKey(SETTINGS_COLUMNS.label)]: definition.label,
    [headerKey(SETTINGS_COLUMNS.value)]: definition.defaultValue,
    [headerKey(SETTINGS_COLUMNS.explanation)]: definition.explanation,
  };
  return headers.map((h) => byRole[headerKey(h)] ?? '');
}

/** Reads «Настройки» values (header row first): defaults for keys absent from the sheet. */
export function readSettings(values: readonly (readonly CellValue[])[]): Settings {
  const index = headerIndex(values[0] ?? []);
  const keyAt = index.get(headerKey(SETTINGS_COLUMNS.key)) ?? -1;
  const valueAt = index.get(headerKey(SETTINGS_COLUMNS.value)) ?? -1;
  const result: Record<string, string> = {};
  for (const d of SETTINGS) result[d.key] = d.defaultValue;
  if (keyAt < 0 || valueAt < 0) return result;
  for (const row of values.slice(1)) {
    const key = String(row[keyAt] ?? '').trim();
    if (key) result[key] = String(row[valueAt] ?? '').trim();
  }
  return result;
}

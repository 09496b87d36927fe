import type { KnownPaths, TemplateKey, ValueType } from './types';

/**
 * The data model of each template kind (issue 5, task 4): which paths a template may use and what
 * they hold. templateData (data.ts) fills exactly these; «Проверить шаблон» checks against them; the
 * staff guide (docs/guide/templates.md) lists them.
 */
type Fields = Readonly<Record<string, ValueType>>;

const prefixed = (prefix: string, fields: Fields): Fields =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k === '' ? prefix : `${prefix}.${k}`, v]));

/** A person in a document: `фио` declines and shortens with filters. */
export const PERSON_FIELDS: Fields = {
  фио: 'name',
  должность: 'text',
  предмет: 'text',
  эл_почта: 'text',
};

const COMMON: Fields = {
  'организация.наименование': 'text',
  'организация.сокращённо': 'text',
  'организация.адрес': 'text',
  'организация.город': 'text',
  'руководитель.фио': 'name',
  'руководитель.должность': 'text',
  'куратор.фио': 'name',
  'куратор.должность': 'text',
  сегодня: 'date',
};

const ORDER: Fields = { 'приказ.номер': 'text', 'приказ.дата': 'date' };

/** A pair or group as a row of the order on pairs (and of the mentor's consent). */
export const PAIR_FIELDS: Fields = {
  номер: 'text',
  ...prefixed('наставник', PERSON_FIELDS),
  наставляемые: 'names',
  наставляемые_должности: 'text',
  форма: 'text',
  начало: 'date',
  окончание: 'date',
  срок: 'text',
  группа: 'flag',
};

const PARTICIPANT_FIELDS: Fields = { ...PERSON_FIELDS, роль: 'text' };

/** One line of a programme's plan (domain.md: № | направление | мероприятие | срок | форма | …). */
export const ACTIVITY_FIELDS: Fields = {
  номер: 'text',
  направление: 'text',
  содержание: 'text',
  срок: 'text',
  начало: 'date',
  окончание: 'date',
  форма: 'text',
  результат: 'text',
  отчётность: 'text',
  отметка: 'text',
};

export const STAGE_FIELDS: Fields = {
  номер: 'text',
  наименование: 'text',
  содержание: 'text',
  ответственный: 'text',
  срок: 'text',
};

const TEXT_ITEM: Fields = { '': 'text' };

/** A pair or group as a row of the final report (issue 6, item 6): how it ended and what was done. */
export const REPORT_PAIR_FIELDS: Fields = {
  номер: 'text',
  'наставник.фио': 'name',
  'наставник.эл_почта': 'text',
  наставляемые: 'names',
  форма: 'text',
  начало: 'date',
  окончание: 'date',
  срок: 'text',
  группа: 'flag',
  статус: 'text',
  дата_завершения: 'date',
  причина: 'text',
  выполнено: 'text',
};

/** One line of the monitoring table: a 1–10 scale's mean at the start and the end, and the change. */
export const REPORT_INDICATOR_FIELDS: Fields = {
  название: 'text',
  начало: 'text',
  завершение: 'text',
  изменение: 'text',
};

/** An event held (status «проведено»), with its attendance. */
export const REPORT_EVENT_FIELDS: Fields = {
  номер: 'text',
  дата: 'date',
  вид: 'text',
  название: 'text',
  приглашено: 'number',
  присутствовало: 'number',
};

/** A practice of «Методическая копилка». */
export const REPORT_PRACTICE_FIELDS: Fields = {
  номер: 'text',
  название: 'text',
  авторы: 'text',
  вид: 'text',
  статус: 'text',
  лучшая: 'flag',
  ссылка: 'text',
  дата: 'date',
};

const FINAL_REPORT: KnownPaths = {
  values: {
    ...COMMON,
    'отчёт.учебный_год': 'text',
    'отчёт.дата': 'date',
    'отчёт.выводы': 'text',
    пары: 'list',
    'пары.количество': 'number',
    'итоги.пар': 'number',
    'итоги.групп': 'number',
    'итоги.наставников': 'number',
    'итоги.наставляемых': 'number',
    'итоги.завершено': 'number',
    'итоги.расторгнуто': 'number',
    'итоги.действует': 'number',
    'итоги.установочных_сессий': 'number',
    'итоги.обучено_наставников': 'number',
    'итоги.лучших_практик': 'number',
    'мониторинг.есть': 'flag',
    'мониторинг.показатели': 'list',
    'мониторинг.доли': 'list',
    'мониторинг.участников_в_начале': 'number',
    'мониторинг.участников_при_завершении': 'number',
    'мониторинг.ответили_в_начале': 'number',
    'мониторинг.ответили_при_завершении': 'number',
    'мониторинг.отклик_в_начале': 'text',
    'мониторинг.отклик_при_завершении': 'text',
    'мониторинг.хотят_продолжить': 'text',
    'мониторинг.хотят_стать_наставниками': 'text',
    мероприятия: 'list',
    'мероприятия.количество': 'number',
    практики: 'list',
    'практики.количество': 'number',
  },
  lists: {
    пары: { item: 'пара', fields: REPORT_PAIR_FIELDS },
    'мониторинг.показатели': { item: 'показатель', fields: REPORT_INDICATOR_FIELDS },
    'мониторинг.доли': { item: 'доля', fields: REPORT_INDICATOR_FIELDS },
    мероприятия: { item: 'мероприятие', fields: REPORT_EVENT_FIELDS },
    практики: { item: 'практика', fields: REPORT_PRACTICE_FIELDS },
  },
};

const MODEL: Readonly<Record<TemplateKey, KnownPaths>> = {
  orderRegulation: { values: { ...COMMON, ...ORDER }, lists: {} },
  regulation: { values: { ...COMMON, ...ORDER }, lists: {} },
  roadmap: {
    values: { ...COMMON, ...ORDER, этапы: 'list' },
    lists: { этапы: { item: 'этап', fields: STAGE_FIELDS } },
  },
  orderPairs: {
    values: {
      ...COMMON,
      ...ORDER,
      'положение.приказ.номер': 'text',
      'положение.приказ.дата': 'date',
      пары: 'list',
      'пары.количество': 'number',
      участники: 'names',
    },
    lists: {
      пары: { item: 'пара', fields: PAIR_FIELDS },
      участники: { item: 'участник', fields: PARTICIPANT_FIELDS },
    },
  },
  programme: {
    values: {
      ...COMMON,
      ...ORDER,
      ...prefixed('наставник', PERSON_FIELDS),
      ...prefixed('наставляемый', PERSON_FIELDS),
      наставляемые: 'names',
      'программа.номер': 'text',
      'программа.форма': 'text',
      'программа.начало': 'date',
      'программа.окончание': 'date',
      'программа.срок': 'text',
      'программа.группа': 'flag',
      'программа.цель': 'text',
      'программа.задачи': 'list',
      'программа.запросы': 'list',
      'программа.главный_запрос': 'text',
      'программа.результаты': 'list',
      'программа.мероприятия': 'list',
    },
    lists: {
      наставляемые: { item: 'наставляемый', fields: PERSON_FIELDS },
      'программа.задачи': { item: 'задача', fields: TEXT_ITEM },
      'программа.запросы': { item: 'запрос', fields: TEXT_ITEM },
      'программа.результаты': { item: 'результат', fields: TEXT_ITEM },
      'программа.мероприятия': { item: 'мероприятие', fields: ACTIVITY_FIELDS },
    },
  },
  consentPersonalData: {
    values: {
      ...COMMON,
      ...prefixed('работник', PERSON_FIELDS),
      'согласие.дата': 'date',
      'согласие.срок_лет': 'text',
      'согласие.обработчик': 'text',
      'согласие.версия': 'text',
    },
    lists: {},
  },
  consentMentor: {
    values: {
      ...COMMON,
      ...prefixed('наставник', PERSON_FIELDS),
      наставляемые: 'names',
      пары: 'list',
      'согласие.дата': 'date',
    },
    lists: { пары: { item: 'пара', fields: PAIR_FIELDS } },
  },
  finalReport: FINAL_REPORT,
};

/** The paths templates of a kind may use: what «Проверить шаблон» checks against. */
export function knownPaths(kind: TemplateKey): KnownPaths {
  return MODEL[kind];
}

/** Usual item names, for `{{#каждый пары}}` written without `как пара`. */
const ITEM_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(MODEL).flatMap((m) => Object.entries(m.lists).map(([list, spec]) => [list, spec.item])),
);

/** The name of a list's item when the template does not say `как …`: the model's, else «элемент». */
export function defaultItemName(list: string, known?: KnownPaths): string {
  return known?.lists[list]?.item ?? ITEM_NAMES[list] ?? 'элемент';
}

/**
 * Russian strings of the Docs menu in a generated document (issue 5, item 8): «Обновить из таблицы»,
 * «Отметить выполнение», and what a pair with missing data or an undeclinable name reports (item 10).
 * ru.ts includes them as `messages.docsMenu`.
 */
const q = (s: string): string => `«${s}»`;

export const docsMenuRu = {
  menu: {
    refresh: 'Обновить из таблицы',
    markDone: 'Отметить выполнение',
  },

  titles: {
    refresh: 'Обновление документа',
    markDone: 'Отметка о выполнении',
  },

  notGenerated:
    'Этот документ не сформирован из таблицы наставничества: обновлять его неоткуда. Документы ' +
    'формируются в таблице командами «Сформировать документы по парам» и «Сформировать локальные акты».',
  notProgramme: 'Отметить выполнение можно только в персонализированной программе наставничества.',
  noSpreadsheet:
    'Документ сформирован до того, как документы стали запоминать свою таблицу. Сформируйте его заново ' +
    'в таблице («Сформировать документы по парам»), после этого команда будет работать.',
  spreadsheetUnreachable:
    'Не удалось открыть таблицу наставничества, из которой сформирован документ: она удалена или у вас ' +
    'нет к ней доступа. Откройте таблицу и проверьте доступ.',
  pairGone: (id: string) =>
    `Пара или группа № ${id} не найдена на листе «Пары и группы» (или расторгнута): документ не обновлён.`,
  orderGone:
    'Приказ этого документа не найден на листе «Реестр приказов»: документ не обновлён. Сформируйте его ' +
    'заново в таблице.',
  refreshed: (name: string) =>
    `Документ ${q(name)} обновлён по данным таблицы. Ссылка на него не изменилась.`,
  journalRefreshed: (name: string) => `Документ ${q(name)} обновлён из таблицы`,

  choosePrompt: (list: string) =>
    `Введите номер выполненного мероприятия плана:\n${list}\n\nОтметка «выполнено» с сегодняшней датой ` +
    'появится в документе и на листе «Выполнение программ».',
  activityLine: (number: string, text: string, mark: string) =>
    `${number}. ${text}${mark ? ` — ${mark}` : ''}`,
  badChoice: (text: string, count: number) =>
    `${q(text)} — не номер мероприятия плана. Введите число от 1 до ${count}.`,
  alreadyDone: (number: string, mark: string) => `Мероприятие № ${number} уже отмечено: ${mark}.`,
  doneMark: (date: string) => `выполнено ${date}`,
  marked: (number: string, date: string) =>
    `Мероприятие № ${number} отмечено как выполненное ${date}. Отметка записана в документ и на лист ` +
    '«Выполнение программ».',
  journalMarked: (pair: string, number: string) =>
    `Мероприятие № ${number} программы пары/группы № ${pair} отмечено как выполненное`,

  pairSkipped: (id: string, problems: string[]) =>
    `• Пара/группа № ${id}: документы не сформированы — ${problems.join('; ')}.`,
  pairsSkippedTitle: 'Не сформированы (исправьте данные и повторите команду):',
  journalPairSkipped: (id: string) => `Документы пары/группы № ${id} не сформированы: не хватает данных`,
  missing: {
    mentorNotInBank: (email: string) => `наставник ${q(email)} не найден на листе «Банк наставников»`,
    menteeNotInBank: (email: string) => `наставляемый ${q(email)} не найден на листе «Банк наставляемых»`,
    mentorName: 'у наставника нет ФИО',
    menteeName: (email: string) => `у наставляемого ${q(email)} нет ФИО`,
    mentorPosition: (name: string) => `у наставника ${q(name)} не указана должность`,
    menteePosition: (name: string) => `у наставляемого ${q(name)} не указана должность`,
    start: 'не указана дата начала (столбец «Начало»)',
  },
};

import { refreshDocument } from '../../src/addon/entry-points';
import type { CellValue } from '../../src/ports';
import type { OfflineUi } from '../../src/offline/ui/ui';
import { ATTENDANCE, EVENTS, PAIRS, PRACTICES } from '../core/season/report-fixture';
import { filesBelow, pathOf, setSettings, storedDrive } from './documents-fixture';
import { callsDuring, depsOf } from './fixture';
import type { College } from './pipeline-fixture';
import { MENU, REPORT_NAME, fillSheet, reportId, seasonCollege, table } from './season-final-report-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const NBSP = '\u00a0';

const text = (c: College, id: string) => c.workspace.documents.plainText(id);
const lastAlert = (c: College): string => c.alerts().slice(-1)[0] ?? '';

/** A person opens the report in Google Docs and clicks «Обновить из таблицы». */
function refreshInDocs(c: College, documentId: string): string[] {
  const spreadsheet = c.workspace.kernel.container;
  const before = c.workspace.kernel.screen.length;
  c.workspace.kernel.container = { kind: 'document', id: documentId };
  (c.workspace.uiFor('Docs') as OfflineUi).scriptAnswers([]);
  try {
    c.workspace.kernel.run('menu', 'refreshDocument', () => refreshDocument(undefined, depsOf(c.workspace)));
  } finally {
    c.workspace.kernel.container = spreadsheet;
  }
  return c.workspace.kernel.screen
    .slice(before)
    .filter((e) => e.kind === 'alert')
    .map((e) => e.content);
}

function setCellByHeader(
  c: College,
  sheetName: string,
  key: [string, string],
  header: string,
  value: CellValue,
) {
  const sheet = c.spreadsheet.getSheetByName(sheetName)!;
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const at = values[0]!.indexOf(key[0]);
  const col = values[0]!.indexOf(header);
  const row = values.findIndex((r) => r[at] === key[1]);
  sheet.getRange(row + 1, col + 1).setValue(value);
}

describe('«Сформировать итоговый отчёт»', () => {
  it('makes the report in the documents folder of the year and alerts its link', () => {
    const c = seasonCollege();
    c.person.clickMenu(MENU);
    const id = reportId(c);
    const alert = lastAlert(c);
    expect(alert).toContain(`Итоговый отчёт сформирован: «${REPORT_NAME}».`);
    expect(alert).toContain(`https://docs.google.com/document/d/${id}/`);
    expect(alert).toContain(
      'В отчёте: пар и групп — 3, проведённых мероприятий — 2, практик — 2, анкет мониторинга — 7.',
    );
    expect(alert).toContain('Анкет мониторинга не учтено: 2');
    const stored = storedDrive(c);
    const files = filesBelow(c, stored.documentsFolderId);
    expect(files.map((f) => [f.name, pathOf(c, f, stored.documentsFolderId)])).toEqual([
      [REPORT_NAME, '2027 / Отчёты'],
    ]);
    expect(c.journal().filter((r) => r['Код'] === 'FINAL_REPORT_MADE')).toHaveLength(1);
    expect(c.journal().some((r) => r['Код'] === 'DOCUMENT_WARNINGS')).toBe(false);
  });

  it('states the season’s figures as worked out by hand: pairs, monitoring, events, practices', () => {
    const c = seasonCollege();
    c.person.clickMenu(MENU);
    const id = reportId(c);
    const t = text(c, id);
    expect(t).toContain('Профессиональное образовательное учреждение «Колледж управления»');
    expect(t).toContain('педагогических работников за 2026/2027 учебный год');
    expect(t).toContain('15.06.2027');
    expect(t).toContain(
      'В 2026/2027 учебном году в ПОУ «КУ» сформировано наставнических пар и групп: 3 (пар — 2, групп — 1), ' +
        'в них участвовали наставников: 2, наставляемых: 4.',
    );
    expect(t).toContain('(статус «завершена»): 1; расторгнуто досрочно');
    expect(t).toContain('Российской Федерации): 1; продолжают работу: 1.');
    expect(table(c, id, '№')).toEqual([
      ['№', 'Наставник', 'Наставляемые', 'Форма', 'Срок', 'Статус', 'Выполнено мероприятий'],
      [
        '1',
        'Петров Иван Сергеевич',
        'Иванова Мария Петровна',
        'традиционная «один-на-один»',
        'с 01.09.2026 по 31.05.2027',
        'завершена 31.05.2027',
        '7 из 8',
      ],
      [
        '2',
        'Сидорова Анна Павловна',
        'Козлов Пётр Андреевич, Орлова Вера Николаевна',
        'групповая',
        'с 01.10.2026 по 31.05.2027',
        'действует',
        '2',
      ],
      [
        '3',
        'Петров Иван Сергеевич',
        'Белова Ольга Игоревна',
        'традиционная «один-на-один»',
        'с 01.10.2026 по 30.06.2027',
        'расторгнута 20.01.2027 (перевод в другую организацию)',
        '2 из 6',
      ],
    ]);
    expect(t).toContain(
      `Ответили в начале программ: 4 из 6 (67${NBSP}%), при завершении: 3 из 6 (50${NBSP}%).`,
    );
    const scales = table(c, id, 'Показатель');
    expect(scales[0]).toEqual(['Показатель', 'Начало', 'Завершение', 'Изменение']);
    expect(scales).toContainEqual(['Эффективность программы', '6,0', '7,7', '+1,7']);
    expect(scales).toContainEqual(['Комфорт общения', '7,5', '9,0', '+1,5']);
    expect(scales).toContainEqual(['Ощущение поддержки', '8,0', '7,3', '\u22120,7']);
    expect(scales).toHaveLength(7);
    expect(table(c, id, 'Вопрос')).toContainEqual([
      'Хотят продолжить участие',
      `75${NBSP}%`,
      `67${NBSP}%`,
      `\u22128 п.${NBSP}п.`,
    ]);
    expect(t).toContain(
      `хотят продолжить участие в наставничестве 67${NBSP}% ответивших, хотят стать наставниками 67${NBSP}%.`,
    );
    expect(t).toContain(
      'Проведено мероприятий: 2, в том числе установочных сессий наставников: 1. Обучение (установочную ' +
        'сессию) прошли наставников: 2.',
    );
    expect(table(c, id, '№\nДата')).toEqual([
      ['№', 'Дата', 'Вид', 'Название', 'Приглашено', 'Присутствовало'],
      ['М-1', '15.09.2026', 'установочная сессия наставников', 'Установочная сессия наставников', '3', '2'],
      ['М-3', '20.05.2027', 'круглый стол', 'Круглый стол «Лучшие практики наставничества»', '3', '2'],
    ]);
    expect(t).toContain(
      'внесено практик наставничества: 2, из них по итогам круглого стола признаны лучшими: 1.',
    );
    expect(table(c, id, '№\nНазвание')).toEqual([
      ['№', 'Название', 'Авторы', 'Вид', 'Статус', 'Лучшая практика'],
      [
        'К-1',
        'Кейс-метод на занятиях по информатике',
        'Петров И.С., Иванова М.П.',
        'кейс',
        'опубликована',
        'лучшая',
      ],
      ['К-2', 'Открытое занятие по ФГОС СПО', 'Сидорова А.П.', 'открытое занятие', 'одобрена', ''],
    ]);
    // No conclusions in «Настройки»: lines for the curator to write them by hand.
    expect(t).toContain('5. Выводы и предложения\n________');
    expect(t).toContain('А.И. Смирнов');
    expect(t).toContain('Директор            ____________            С.В. Лукьяненко');
    expect(t).not.toContain('{{');
  });

  it('a second run refreshes the same document from the changed sheets: same id, no second file', () => {
    const c = seasonCollege();
    c.person.clickMenu(MENU);
    const id = reportId(c);
    const stored = storedDrive(c);
    const before = filesBelow(c, stored.documentsFolderId, true).length;
    setCellByHeader(c, 'Методическая копилка', ['№', 'К-2'], 'Лучшая практика', 'да');
    setSettings(c, { 'report.conclusions': 'Все программы выполнены; продолжить работу в 2027/2028 году.' });
    const calls = callsDuring(c.workspace, () => c.person.clickMenu(MENU));
    expect(lastAlert(c)).toContain(`Итоговый отчёт «${REPORT_NAME}» обновлён по данным таблицы`);
    expect(reportId(c)).toBe(id);
    expect(filesBelow(c, stored.documentsFolderId, true)).toHaveLength(before);
    const t = text(c, id);
    expect(t).toContain('признаны лучшими: 2.');
    expect(t).toContain('Все программы выполнены; продолжить работу в 2027/2028 году.');
    expect(t).not.toContain('5. Выводы и предложения\n________');
    // The text is the template's once: a refresh never appends a second report to the first.
    expect(t.split('ИТОГОВЫЙ ОТЧЁТ')).toHaveLength(2);
    expect(c.journal().filter((r) => r['Код'] === 'FINAL_REPORT_REFRESHED')).toHaveLength(1);
    // Reads: each report sheet with one getValues (settings, pairs, progress, events, attendance,
    // practices, consents) and the monitoring responses; nothing copied or created on Drive.
    expect(calls['DriveApp.File.makeCopy'] ?? 0).toBe(0);
    expect(calls['DocumentApp.DocumentApp.create'] ?? 0).toBe(0);
    expect(calls['SpreadsheetApp.Sheet.getDataRange']).toBe(8);
    // …plus the journal's header row, read once to lay out its lines.
    expect(calls['SpreadsheetApp.Range.getValues']).toBe(9);
    expect(calls['SpreadsheetApp.Range.setValues']).toBe(1);
    // The report is refreshed in place: the Doc and its template opened once each, saved once.
    expect(calls['DocumentApp.Document.saveAndClose']).toBe(1);
    expect(calls['DriveApp.File.setDescription']).toBe(1);
  });

  it('the cost of a run does not grow with the season: twice the rows, the same Sheets calls', () => {
    const small = seasonCollege();
    small.person.clickMenu(MENU);
    const first = callsDuring(small.workspace, () => small.person.clickMenu(MENU));
    const big = seasonCollege();
    const more = (values: CellValue[][], suffix: string) => [
      values[0]!,
      ...values.slice(1).map((r) => r.map((v, i) => (i === 0 ? `${String(v)}${suffix}` : v))),
    ];
    fillSheet(big, 'Мероприятия', more(EVENTS, 'б'));
    fillSheet(big, 'Методическая копилка', more(PRACTICES, 'б'));
    fillSheet(big, 'Посещаемость', more(ATTENDANCE, 'б'));
    big.person.clickMenu(MENU);
    const second = callsDuring(big.workspace, () => big.person.clickMenu(MENU));
    const sheets = (calls: Record<string, number>) =>
      Object.entries(calls)
        .filter(([k]) => k.startsWith('SpreadsheetApp.'))
        .reduce((n, [, v]) => n + v, 0);
    expect(sheets(second)).toBe(sheets(first));
  });

  it('a report too large for one 6-minute run is refused before anything is made, saying what to do', () => {
    const c = seasonCollege();
    // 450 more pairs than the season has: with its events and practices the tables pass 450 rows.
    const first = PAIRS[1]!;
    const extra = Array.from({ length: 450 }, (_, i) => first.map((v, k) => (k === 0 ? `${i + 100}` : v)));
    fillSheet(c, 'Пары и группы', [PAIRS[0]!, ...extra]);
    const docsBefore = c.workspace.documents.all().length;
    c.person.clickMenu(MENU);
    expect(lastAlert(c)).toContain('Отчёт не сформирован, на Диске ничего не изменено');
    expect(lastAlert(c)).toMatch(/получилось бы \d+ строк/);
    expect(c.workspace.documents.all()).toHaveLength(docsBefore);
    expect(c.journal().some((r) => r['Код'] === 'FINAL_REPORT_TOO_LARGE')).toBe(true);
  });

  it('a report moved to the trash is made anew, recorded and journaled', () => {
    const c = seasonCollege();
    c.person.clickMenu(MENU);
    const old = reportId(c);
    c.workspace.kernel.drive.find(old)!.trashed = true;
    c.person.clickMenu(MENU);
    const id = reportId(c);
    expect(id).not.toBe(old);
    expect(lastAlert(c)).toContain('Прежний итоговый отчёт был удалён или находится в корзине');
    expect(text(c, id)).toContain('сформировано наставнических пар и групп: 3');
    const journal = c.journal().filter((r) => r['Код'] === 'FINAL_REPORT_REMADE');
    expect(journal).toHaveLength(1);
    expect(journal[0]!['Уровень']).toBe('предупреждение');
  });

  it('«Проверить шаблоны» finds the eight templates clean, the report’s included', () => {
    const c = seasonCollege();
    c.person.clickMenu('Проверить шаблоны');
    expect(lastAlert(c)).toBe('Шаблоны проверены (8): ошибок нет.');
  });
});

describe('«Обновить из таблицы» in the report', () => {
  it('renders the report again from the spreadsheet it names, for the year it was made for', () => {
    const c = seasonCollege();
    c.person.clickMenu(MENU);
    const id = reportId(c);
    // A new set-up session held and attended by a third mentor; the setting now names another year.
    fillSheet(c, 'Мероприятия', [
      EVENTS[0]!,
      [
        'М-5',
        'установочная сессия наставников',
        'Вторая установочная сессия',
        new Date('2027-02-10T12:00:00Z'),
        '',
        'ауд. 12',
        'наставники',
        'Смирнов А.И.',
        'проведено',
        '',
        '',
        '',
      ],
    ]);
    fillSheet(c, 'Посещаемость', [
      ATTENDANCE[0]!,
      [
        'М-5',
        'Вторая установочная сессия',
        new Date('2027-02-10T12:00:00Z'),
        'Громов Олег Викторович',
        'm3@college.example',
        'наставник',
        'да',
      ],
    ]);
    setSettings(c, { 'report.academicYear': '2025/2026' });
    const files = filesBelow(c, storedDrive(c).documentsFolderId, true).length;
    const alerts = refreshInDocs(c, id);
    expect(alerts.join('\n')).toContain('обновлён по данным таблицы');
    const t = text(c, id);
    expect(t).toContain('за 2026/2027 учебный год');
    expect(t).toContain('Проведено мероприятий: 3, в том числе установочных сессий наставников: 2.');
    expect(t).toContain('прошли наставников: 3.');
    // The monitoring answers are found through the form the report's description names.
    expect(t).toContain(`Ответили в начале программ: 4 из 6 (67${NBSP}%)`);
    expect(c.workspace.kernel.drive.find(id)!.description).toContain(`monitoring-form=${c.forms.monitoring}`);
    expect(table(c, id, '№\nДата').map((r) => r[0])).toEqual(['№', 'М-1', 'М-3', 'М-5']);
    expect(filesBelow(c, storedDrive(c).documentsFolderId, true)).toHaveLength(files);
    expect(c.journal().some((r) => r['Код'] === 'DOCUMENT_REFRESHED')).toBe(true);
  });
});

describe('bad input', () => {
  it('before «Настроить систему» made the documents’ folders: a Russian alert, no document', () => {
    const c = seasonCollege();
    c.workspace.services.PropertiesService.getDocumentProperties()!.deleteProperty('nastavnik.drive');
    c.person.clickMenu(MENU);
    expect(lastAlert(c)).toContain('Папки и шаблоны документов ещё не созданы');
  });

  it('a template in the trash or with a broken placeholder stops the run before any document is made', () => {
    const c = seasonCollege();
    const template = storedDrive(c).templates.finalReport!;
    const doc = c.workspace.services.DocumentApp.openById(template);
    doc.getBody().appendParagraph('Итого: {{итоги.пр}}');
    doc.saveAndClose();
    c.person.clickMenu(MENU);
    expect(lastAlert(c)).toContain('найдены ошибки (1)');
    expect(lastAlert(c)).toContain('{{итоги.пар}}');
    expect(storedDrive(c).generated?.['finalReport:2026/2027']).toBeUndefined();
    c.workspace.kernel.drive.find(template)!.trashed = true;
    c.person.clickMenu(MENU);
    expect(lastAlert(c)).toContain('удалён или находится в корзине');
    expect(filesBelow(c, storedDrive(c).documentsFolderId)).toHaveLength(0);
  });
});

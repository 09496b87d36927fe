import { DEFAULT_TEMPLATES } from '../../src/core/documents/templates';
import type { College } from './pipeline-fixture';
import { callsDuring } from './fixture';
import {
  REGISTER,
  approvedCollege,
  filesBelow,
  idOf,
  lastAlert,
  pairRows,
  pathOf,
  setCell,
  setSettings,
  storedDrive,
} from './documents-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const docs = (college: College) => {
  const stored = storedDrive(college);
  return filesBelow(college, stored.documentsFolderId).map((f) => ({
    ...f,
    path: pathOf(college, f, stored.documentsFolderId),
  }));
};
const text = (college: College, id: string) => college.workspace.documents.plainText(id);
const register = (college: College) => college.rows(REGISTER);

describe('«Сформировать документы по парам»', () => {
  it('makes the order on pairs (numbered), a programme per pair and a consent per mentor, in folders per year and kind', () => {
    const college = approvedCollege(3, 2);
    college.person.clickMenu('Сформировать документы по парам');
    expect(lastAlert(college)).toContain('Приказ о закреплении наставнических пар № 1-од от 01.09.2026');
    const files = docs(college);
    expect(files.filter((f) => f.path === '2026 / Приказы').map((f) => f.name)).toEqual([
      'Приказ о закреплении наставнических пар № 1-од от 01.09.2026',
    ]);
    expect(files.filter((f) => f.path === '2026 / Программы')).toHaveLength(3);
    expect(files.filter((f) => f.path === '2026 / Согласия')).toHaveLength(2);
    const rows = pairRows(college);
    for (const row of rows) {
      expect(row['Приказ (номер и дата)']).toBe('№ 1-од от 01.09.2026');
      expect(files.find((f) => f.id === idOf(row['Программа']))?.path).toBe('2026 / Программы');
      expect(files.find((f) => f.id === idOf(row['Согласие наставника']))?.path).toBe('2026 / Согласия');
    }
    expect(register(college)).toEqual([
      expect.objectContaining({
        Регистр: 'од',
        'Год делопроизводства': '2026',
        'Порядковый номер': 1,
        Номер: '1-од',
        Статус: 'зарегистрирован',
        'Ссылка на документ': expect.stringContaining(files.find((f) => f.path === '2026 / Приказы')!.id),
      }),
    ]);
    expect(college.journal().filter((r) => r['Код'] === 'DOCUMENT_MADE')).toHaveLength(6);
  });

  it('replaces every placeholder: names declined, dates, the repeated row once per pair, no «{{» left', () => {
    const college = approvedCollege(3, 2);
    college.person.clickMenu('Сформировать документы по парам');
    const order = docs(college).find((f) => f.path === '2026 / Приказы')!;
    const orderText = text(college, order.id);
    expect(orderText).toContain('Профессиональное образовательное учреждение «Колледж управления»');
    expect(orderText).toContain('01.09.2026 № 1-од');
    // «назначить куратором Смирнова Алексея Игоревича»: винительный падеж.
    expect(orderText).toContain('Смирнова Алексея Игоревича');
    expect(orderText).toContain('С.В. Лукьяненко');
    for (const f of docs(college)) expect(text(college, f.id)).not.toContain('{{');
    const body = college.workspace.services.DocumentApp.openById(order.id).getBody();
    // Header row plus one row per pair: the marker row was copied three times, then removed.
    expect(body.getTables()[0]!.getNumRows()).toBe(1 + 3);
    const consent = docs(college).find((f) => f.path === '2026 / Согласия' && f.name.includes('Иванова'))!;
    expect(text(college, consent.id)).toContain('Ивановой Марии Петровны');
  });

  it('a value with $1, \\ and {{…}} in a bank cell stays literal in the document', () => {
    const college = approvedCollege(1, 1);
    const wild = 'Освоить $1 и $& и \\d+ \\1 и {{наставник.фио}} (a|b)*';
    setCell(college, 'Банк наставляемых', ['Эл. почта', 'mentee0@college.example'], 'Главный запрос', wild);
    college.person.clickMenu('Сформировать документы по парам');
    const programme = idOf(pairRows(college)[0]!['Программа']);
    expect(text(college, programme)).toContain(wild);
  });

  it('the manual cases in the bank win over the library', () => {
    const college = approvedCollege(1, 1);
    setCell(
      college,
      'Банк наставников',
      ['Эл. почта', 'mentor0@college.example'],
      'ФИО в падежах (вручную)',
      'р: Ивановой-Особой Марии Петровны',
    );
    college.person.clickMenu('Сформировать документы по парам');
    const consent = idOf(pairRows(college)[0]!['Согласие наставника']);
    expect(text(college, consent)).toContain('Ивановой-Особой Марии Петровны');
  });

  it('generating again replaces each document: links updated, old versions in the trash, no duplicate, same order number', () => {
    const college = approvedCollege(3, 2);
    college.person.clickMenu('Сформировать документы по парам');
    const first = docs(college);
    const before = pairRows(college);
    college.person.clickMenu('Сформировать документы по парам');
    const second = docs(college);
    expect(second).toHaveLength(first.length);
    const after = pairRows(college);
    after.forEach((row, i) => {
      expect(row['Приказ (номер и дата)']).toBe(before[i]!['Приказ (номер и дата)']);
      expect(row['Программа']).not.toBe(before[i]!['Программа']);
      expect(college.workspace.kernel.drive.find(idOf(before[i]!['Программа']))?.trashed).toBe(true);
      expect(college.workspace.kernel.drive.find(idOf(row['Программа']))?.trashed).toBe(false);
    });
    // The order is not made twice: every pair already has it.
    expect(second.filter((f) => f.path === '2026 / Приказы')).toEqual(
      first.filter((f) => f.path === '2026 / Приказы'),
    );
    expect(register(college)).toHaveLength(1);
    expect(lastAlert(college)).toContain('Прежние версии перемещены в корзину');
    expect(college.journal().filter((r) => r['Код'] === 'DOCUMENT_REPLACED')).toHaveLength(5);
  });

  it('saves a PDF copy next to each document when «Сохранять копию в PDF» is «да», named in full (§4.4)', () => {
    const college = approvedCollege(1, 1);
    setSettings(college, { 'documents.pdfCopy': 'да' });
    college.person.clickMenu('Сформировать документы по парам');
    const files = docs(college);
    const pdfs = files.filter((f) => f.mimeType === 'application/pdf');
    expect(pdfs.map((f) => f.name).sort()).toEqual(
      files
        .filter((f) => f.mimeType !== 'application/pdf')
        .map((f) => `${f.name}.pdf`)
        .sort(),
    );
    // A name ending in a date keeps it: the blob is named explicitly, not by getAs's last-dot rule.
    expect(pdfs.map((f) => f.name)).toContain(
      'Приказ о закреплении наставнических пар № 1-од от 01.09.2026.pdf',
    );
    // Generating again trashes the old PDFs with their documents.
    college.person.clickMenu('Сформировать документы по парам');
    expect(docs(college).filter((f) => f.mimeType === 'application/pdf')).toHaveLength(pdfs.length);
  });

  it('service calls: Sheets constant in the number of pairs; Drive and Docs a fixed cost per document', () => {
    const measure = (mentees: number) => {
      const college = approvedCollege(mentees, mentees);
      const calls = callsDuring(college.workspace, () =>
        college.person.clickMenu('Сформировать документы по парам'),
      );
      return { calls, documents: docs(college).length };
    };
    const small = measure(2);
    const large = measure(4);
    const sum = (c: Record<string, number>, p: string) =>
      Object.entries(c)
        .filter(([k]) => k.startsWith(p))
        .reduce((n, [, v]) => n + v, 0);
    expect(sum(large.calls, 'SpreadsheetApp.')).toBe(sum(small.calls, 'SpreadsheetApp.'));
    expect(small.calls['DriveApp.File.makeCopy']).toBe(small.documents);
    expect(large.calls['DriveApp.File.makeCopy']).toBe(large.documents);
    // Each template is read once per run, not once per document.
    expect(large.calls['DocumentApp.DocumentApp.openById']).toBe(large.documents + 3);
    expect(large.calls['DocumentApp.Document.saveAndClose']).toBe(large.documents);
    expect(large.calls['DocumentApp.Body.replaceText'] ?? 0).toBe(0);
    // The year and kind folders are found once per run.
    expect(large.calls['DriveApp.Folder.getFoldersByName']).toBe(
      small.calls['DriveApp.Folder.getFoldersByName'],
    );
  });
});

describe('«Сформировать локальные акты» and the register', () => {
  it('makes the order on the regulation with a number, the regulation and the road map; again: same number, replaced', () => {
    const college = approvedCollege(1, 1);
    college.person.clickMenu('Сформировать локальные акты');
    expect(lastAlert(college)).toContain(
      'Приказ об утверждении положения о наставничестве № 1-од от 01.09.2026',
    );
    const acts = docs(college).filter((f) => f.path === '2026 / Локальные акты');
    expect(acts).toHaveLength(3);
    const regulation = acts.find((f) => f.name.startsWith('Положение'))!;
    expect(text(college, regulation.id)).toContain('от 01.09.2026 № 1-од');
    college.person.clickMenu('Сформировать локальные акты');
    const again = docs(college).filter((f) => f.path === '2026 / Локальные акты');
    expect(again).toHaveLength(3);
    expect(again.map((f) => f.id)).not.toContain(regulation.id);
    expect(register(college)).toHaveLength(1);
    expect(register(college)[0]!['Ссылка на документ']).toContain(
      again.find((f) => f.name.startsWith('Приказ'))!.id,
    );
    // The order on pairs is the next number in the register.
    college.person.clickMenu('Сформировать документы по парам');
    expect(pairRows(college)[0]!['Приказ (номер и дата)']).toBe('№ 2-од от 01.09.2026');
    expect(text(college, docs(college).find((f) => f.path === '2026 / Приказы')!.id)).toContain(
      'утверждённым приказом от 01.09.2026 № 1-од',
    );
  });

  it('the counter restarts with the record-keeping year', () => {
    const college = approvedCollege(2, 2);
    setCell(college, 'Пары и группы', ['№ пары/группы', '2'], 'Статус', 'предложена');
    college.person.clickMenu('Сформировать локальные акты');
    college.person.clickMenu('Сформировать документы по парам');
    expect(register(college).map((r) => r['Номер'])).toEqual(['1-од', '2-од']);
    // Pair 2 approved in January 2027: its order is the first of the new year.
    college.person.waitUntil(new Date(Date.UTC(2027, 0, 11, 7)));
    setCell(college, 'Пары и группы', ['№ пары/группы', '2'], 'Статус', 'утверждена');
    college.person.clickMenu('Сформировать документы по парам');
    const rows = register(college);
    expect(rows.map((r) => [r['Год делопроизводства'], r['Номер']])).toEqual([
      ['2026', '1-од'],
      ['2026', '2-од'],
      ['2027', '1-од'],
    ]);
    expect(pairRows(college).map((r) => r['Приказ (номер и дата)'])).toEqual([
      '№ 2-од от 01.09.2026',
      '№ 1-од от 11.01.2027',
    ]);
    expect(docs(college).filter((f) => f.path === '2027 / Приказы')).toHaveLength(1);
  });

  it('with «01.09» the year runs from September: «2026/27»', () => {
    const college = approvedCollege(1, 1);
    setSettings(college, { 'orders.yearStart': '01.09' });
    college.person.clickMenu('Сформировать локальные акты');
    expect(register(college)[0]!['Год делопроизводства']).toBe('2026/27');
    expect(docs(college).filter((f) => f.path === '2026/27 / Локальные акты')).toHaveLength(3);
  });
});

describe('bad input', () => {
  it('a template with an unknown placeholder stops the run before any copy, with a Russian alert and a journal line', () => {
    const college = approvedCollege(2, 1);
    const stored = storedDrive(college);
    const doc = college.workspace.services.DocumentApp.openById(stored.templates.programme!);
    doc.getBody().appendParagraph('Подпись: {{наставник.фоi}}');
    doc.saveAndClose();
    const calls = callsDuring(college.workspace, () =>
      college.person.clickMenu('Сформировать документы по парам'),
    );
    expect(calls['DriveApp.File.makeCopy'] ?? 0).toBe(0);
    expect(docs(college)).toHaveLength(0);
    const alert = lastAlert(college);
    expect(alert).toContain(`В шаблоне «${DEFAULT_TEMPLATES.programme.title}» найдены ошибки`);
    expect(alert).toContain('{{наставник.фоi}}');
    expect(alert).not.toMatch(/Error|at \w+ \(/);
    expect(college.journal().some((r) => r['Код'] === 'TEMPLATE_INVALID')).toBe(true);
    expect(pairRows(college)[0]!['Приказ (номер и дата)']).toBe('');
  });

  it('a deleted template is named, with the way out («Настроить систему»)', () => {
    const college = approvedCollege(1, 1);
    college.workspace.kernel.drive.find(storedDrive(college).templates.consentMentor!)!.trashed = true;
    college.person.clickMenu('Сформировать документы по парам');
    expect(lastAlert(college)).toContain(
      `Шаблон «${DEFAULT_TEMPLATES.consentMentor.title}» удалён или находится в корзине`,
    );
    expect(docs(college)).toHaveLength(0);
    college.person.clickMenu('Настроить систему');
    college.person.clickMenu('Сформировать документы по парам');
    expect(docs(college)).toHaveLength(3);
  });

  it('no approved pair: says so and makes nothing', () => {
    const college = approvedCollege(1, 1);
    setCell(college, 'Пары и группы', ['№ пары/группы', '1'], 'Статус', 'предложена');
    college.person.clickMenu('Сформировать документы по парам');
    expect(lastAlert(college)).toContain('Нет пар и групп со статусом «утверждена» или «действует»');
    expect(docs(college)).toHaveLength(0);
  });
});

import { TEMPLATE_KEYS } from '../../src/core';
import { DEFAULT_TEMPLATES } from '../../src/core/documents/templates';
import { College } from './pipeline-fixture';
import { callsDuring } from './fixture';
import { filesBelow, storedDrive } from './documents-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const service = (calls: Record<string, number>, prefix: string): number =>
  Object.entries(calls)
    .filter(([k]) => k.startsWith(prefix))
    .reduce((n, [, v]) => n + v, 0);

describe('«Настроить систему» and the documents’ Drive side', () => {
  it('creates «Наставничество» → «Шаблоны», «Документы» and the eight templates as Google Docs, ids in nastavnik.drive', () => {
    const college = College.open();
    const stored = storedDrive(college);
    const drive = college.workspace.kernel.drive;
    expect(drive.find(stored.rootFolderId)?.name).toBe('Наставничество');
    expect(drive.find(stored.templatesFolderId)?.name).toBe('Шаблоны');
    expect(drive.find(stored.templatesFolderId)?.parents).toEqual([stored.rootFolderId]);
    expect(drive.find(stored.documentsFolderId)?.name).toBe('Документы');
    const templates = filesBelow(college, stored.templatesFolderId);
    expect(templates.map((f) => f.name).sort()).toEqual(
      TEMPLATE_KEYS.map((k) => DEFAULT_TEMPLATES[k].title).sort(),
    );
    for (const key of TEMPLATE_KEYS) {
      const file = drive.find(stored.templates[key]!)!;
      expect(file.mimeType).toBe('application/vnd.google-apps.document');
      expect(file.description).toBe(`nastavnik-template:${key}`);
    }
    // The content is the default data: headings, a table with the repeated row, a footer where it has one.
    const programme = college.workspace.documents.toJSON(stored.templates.programme!);
    const text = college.workspace.documents.plainText(stored.templates.programme!);
    expect(text).toContain('ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА');
    expect(text).toContain('{{#каждый программа.мероприятия как мероприятие}}{{мероприятие.номер}}');
    expect(JSON.stringify(programme)).toContain('наставник {{наставник.фио|инициалы}}');
    expect(college.alerts().slice(-1)[0]).toContain('Созданы шаблоны документов (8)');
  });

  it('a second run keeps the templates (staff edits stay) and costs a constant 26 Drive calls, no Docs call', () => {
    const college = College.open();
    const stored = storedDrive(college);
    const doc = college.workspace.services.DocumentApp.openById(stored.templates.orderPairs!);
    doc.getBody().appendParagraph('Правка методиста');
    doc.saveAndClose();
    const props = college.workspace.services.PropertiesService.getDocumentProperties()!;
    const text = props.getProperty('nastavnik.drive');
    const calls = callsDuring(college.workspace, () => college.person.clickMenu('Настроить систему'));
    expect(college.alerts().slice(-1)[0]).toBe('Система уже настроена: изменений нет.');
    expect(storedDrive(college)).toEqual(stored);
    // The property is not written again: an id set-up does not make («Публикации», made by the first
    // draft) stays absent rather than coming back as an empty string.
    expect(props.getProperty('nastavnik.drive')).toBe(text);
    expect(stored).not.toHaveProperty('publicationsFolderId');
    expect(calls['PropertiesService.Properties.setProperty'] ?? 0).toBe(0);
    expect(college.workspace.documents.plainText(stored.templates.orderPairs!)).toContain('Правка методиста');
    // Five folders (three of documents, the two materials folders of issue 6) and eight templates, each
    // looked up by id and asked whether it is in the trash.
    expect(service(calls, 'DriveApp.')).toBe(26);
    expect(calls['DriveApp.DriveApp.getFileById']).toBe(8);
    expect(calls['DriveApp.DriveApp.getFolderById']).toBe(5);
    expect(service(calls, 'DocumentApp.')).toBe(0);
  });

  it('a template moved to the trash or deleted for good is made anew and journaled; the others stay', () => {
    const college = College.open();
    const before = storedDrive(college);
    const drive = college.workspace.kernel.drive;
    drive.find(before.templates.programme!)!.trashed = true;
    drive.remove(before.templates.roadmap!);
    const calls = callsDuring(college.workspace, () => college.person.clickMenu('Настроить систему'));
    const after = storedDrive(college);
    expect(after.templates.programme).not.toBe(before.templates.programme);
    expect(after.templates.roadmap).not.toBe(before.templates.roadmap);
    expect(after.templates.orderPairs).toBe(before.templates.orderPairs);
    expect(calls['DocumentApp.DocumentApp.create']).toBe(2);
    const alert = college.alerts().slice(-1)[0]!;
    expect(alert).toContain(`Шаблон «${DEFAULT_TEMPLATES.programme.title}» был в корзине и создан заново`);
    expect(alert).toContain(`Шаблон «${DEFAULT_TEMPLATES.roadmap.title}» был удалён и создан заново`);
    const journal = college.journal().filter((r) => r['Код'] === 'TEMPLATE_RECREATED');
    expect(journal).toHaveLength(2);
    expect(filesBelow(college, after.templatesFolderId)).toHaveLength(8);
  });

  it('adds «Реестр приказов», the pairs’ link columns and «ФИО в падежах (вручную)» to both banks', () => {
    const college = College.open();
    expect(college.values('Реестр приказов')[0]).toEqual([
      'Регистр',
      'Год делопроизводства',
      'Порядковый номер',
      'Номер',
      'Дата',
      'Заголовок',
      'Ссылка на документ',
      'Статус',
      'Служебное: ключ документа',
    ]);
    expect(college.values('Пары и группы')[0]).toEqual(
      expect.arrayContaining(['Программа', 'Согласие наставника']),
    );
    expect(college.values('Банк наставников')[0]).toContain('ФИО в падежах (вручную)');
    expect(college.values('Банк наставляемых')[0]).toContain('ФИО в падежах (вручную)');
  });
});

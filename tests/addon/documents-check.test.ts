import { checkTemplate } from '../../src/addon/entry-points';
import { DEFAULT_TEMPLATES } from '../../src/core/documents/templates';
import { College } from './pipeline-fixture';
import { callsDuring, depsOf } from './fixture';
import { documentFunctions, lastAlert, storedDrive } from './documents-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

function college(): College {
  const c = College.open();
  const functions = documentFunctions(c);
  c.workspace.useFunctions((name) => functions[name]);
  return c;
}

/** A staff member types into a template in Google Docs. */
function typeInto(c: College, templateId: string, ...paragraphs: string[]): void {
  const doc = c.workspace.services.DocumentApp.openById(templateId);
  for (const p of paragraphs) doc.getBody().appendParagraph(p);
  doc.saveAndClose();
}

/** The Docs menu's «Проверить шаблон» with the document open in the editor. */
function checkInDocs(c: College, documentId: string): string {
  c.workspace.kernel.container = { kind: 'document', id: documentId };
  c.workspace.kernel.run('menu', 'checkTemplate', () => checkTemplate(undefined, depsOf(c.workspace)));
  const shown = c.workspace.kernel.screen.filter((e) => e.kind === 'alert');
  return shown[shown.length - 1]!.content;
}

describe('«Проверить шаблоны» (Sheets)', () => {
  it('the default templates have no error', () => {
    const c = college();
    c.person.clickMenu('Проверить шаблоны');
    expect(lastAlert(c)).not.toContain('ошибок — ');
  });

  it('lists an unknown placeholder and a misspelt filter a staff member typed, with where they are', () => {
    const c = college();
    const stored = storedDrive(c);
    typeInto(c, stored.templates.orderPairs!, 'Наставник: {{наставник.фоi}}', 'Дата: {{приказ.дата|датта}}');
    const calls = callsDuring(c.workspace, () => c.person.clickMenu('Проверить шаблоны'));
    const alert = lastAlert(c);
    expect(alert).toContain(`«${DEFAULT_TEMPLATES.orderPairs.title}»: ошибок — 2, замечаний — 0.`);
    expect(alert).toContain('{{наставник.фоi}}');
    expect(alert).toContain('«датта»');
    expect(alert).toMatch(/Абзац \d+: /);
    // Read-only: no document made, copied or changed.
    expect(Object.keys(calls).filter((k) => /makeCopy|create|insert|delete|setText/.test(k))).toEqual([]);
  });

  it('names a template that is gone', () => {
    const c = college();
    c.workspace.kernel.drive.find(storedDrive(c).templates.roadmap!)!.trashed = true;
    c.person.clickMenu('Проверить шаблоны');
    expect(lastAlert(c)).toContain(`Шаблон «${DEFAULT_TEMPLATES.roadmap.title}» не найден`);
  });
});

describe('«Проверить шаблон» (the Docs menu)', () => {
  it('checks the open template against its own kind (set-up marked it) and lists problems', () => {
    const c = college();
    const id = storedDrive(c).templates.programme!;
    typeInto(c, id, '{{#если программа.группа}}Группа');
    const alert = checkInDocs(c, id);
    expect(alert).toContain('Документ проверен как шаблон «Программа наставничества»');
    expect(alert).toContain('не закрыт');
  });

  it('a clean template: no error', () => {
    const c = college();
    const alert = checkInDocs(c, storedDrive(c).templates.consentMentor!);
    expect(alert).toContain('ошибок нет');
  });

  it('a Doc staff made by hand is checked against the kind that fits it best', () => {
    const c = college();
    const doc = c.workspace.services.DocumentApp.create('Мой приказ');
    doc.getBody().appendParagraph('Закрепить за {{пара.наставник.фио|творительный}}');
    doc.getBody().appendParagraph('{{приказ.номер}} {{организация.наименование}} {{наставник.фоi}}');
    const id = doc.getId();
    doc.saveAndClose();
    const alert = checkInDocs(c, id);
    expect(alert).toMatch(/Документ проверен как шаблон «/);
    expect(alert).toContain('{{наставник.фоi}}');
  });

  it('a Doc without placeholders is not a template', () => {
    const c = college();
    const doc = c.workspace.services.DocumentApp.create('Заметки');
    doc.getBody().appendParagraph('Просто текст');
    const id = doc.getId();
    doc.saveAndClose();
    expect(checkInDocs(c, id)).toContain('не похож на шаблон');
  });
});

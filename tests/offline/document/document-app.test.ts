import { MIME } from '../../../src/offline/runtime/drive-registry';
import { OfflineWorkspace } from '../../../src/offline/workspace';
import { pdfLines, setUp, thrown } from './setup';

describe('DocumentApp.create', () => {
  it("registers a Google Doc in Drive's root folder", () => {
    const { kernel, DocumentApp, DriveApp } = setUp();
    const doc = DocumentApp.create('Приказ о наставничестве');
    const file = kernel.drive.get(doc.getId());
    expect(file.mimeType).toBe(MIME.document);
    expect(file.parents).toEqual([kernel.drive.rootId]);
    expect(DriveApp.getFileById(doc.getId()).getName()).toBe('Приказ о наставничестве');
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
  });

  it('counts toward "Documents created" and fails with Google\'s text when the day\'s quota is gone (§4.7)', () => {
    const { kernel, DocumentApp } = setUp({ account: 'consumer' });
    for (let i = 0; i < 250; i++) DocumentApp.create(`Документ ${i}`);
    expect(kernel.quotas.usedToday('documentsCreated')).toBe(250);
    const error = thrown(() => DocumentApp.create('лишний'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Service invoked too many times for one day: docs create.');
    // 24 hours after the first use the quota is back.
    kernel.clock.advance(24 * 60 * 60 * 1000);
    expect(() => DocumentApp.create('завтра')).not.toThrow();
  });

  it('setName renames the Drive file', () => {
    const { DocumentApp, DriveApp } = setUp();
    const doc = DocumentApp.create('Черновик');
    doc.setName('Приказ № 5');
    expect(doc.getName()).toBe('Приказ № 5');
    expect(DriveApp.getFileById(doc.getId()).getName()).toBe('Приказ № 5');
  });
});

describe('DocumentApp.openById / openByUrl / getActiveDocument', () => {
  it('an unknown id fails with the Docs "is missing" text', () => {
    const { DocumentApp } = setUp();
    const error = thrown(() => DocumentApp.openById('nope'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(
      "Document nope is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });

  it('the id of a file that is not a document is "missing" too', () => {
    const { kernel, DocumentApp } = setUp();
    const sheet = kernel.drive.create('Банк', MIME.spreadsheet);
    expect(thrown(() => DocumentApp.openById(sheet.id)).message).toContain('is missing');
  });

  it('openByUrl accepts the Docs and Drive URL forms', () => {
    const { DocumentApp, DriveApp } = setUp();
    const doc = DocumentApp.create('Регламент');
    expect(DocumentApp.openByUrl(doc.getUrl()).getName()).toBe('Регламент');
    expect(DocumentApp.openByUrl(DriveApp.getFileById(doc.getId()).getUrl()).getId()).toBe(doc.getId());
  });

  it('getActiveDocument is the container document, or null outside Docs', () => {
    const { kernel, DocumentApp } = setUp();
    expect(DocumentApp.getActiveDocument()).toBeNull();
    const doc = DocumentApp.create('Открытый');
    kernel.container = { kind: 'spreadsheet', id: 'x' };
    expect(DocumentApp.getActiveDocument()).toBeNull();
    kernel.container = { kind: 'document', id: doc.getId() };
    expect(DocumentApp.getActiveDocument()!.getName()).toBe('Открытый');
  });

  it('getUi hands out the Ui from the provider', () => {
    const { kernel } = setUp();
    const ui = {};
    const { OfflineDocumentApp } = jest.requireActual('../../../src/offline/document/document-app');
    const { DocumentStore } = jest.requireActual('../../../src/offline/document/store');
    const app = new OfflineDocumentApp(kernel, new DocumentStore(kernel), () => ui);
    expect(app.getUi()).toBe(ui);
  });

  it('edits through one handle are seen through another opened in the same run', () => {
    const { DocumentApp } = setUp();
    const a = DocumentApp.create('Общий');
    const b = DocumentApp.openById(a.getId());
    a.getBody().appendParagraph('из a');
    expect(b.getBody().getText()).toBe('\nиз a');
  });
});

describe('saveAndClose (§3.12)', () => {
  it('after saveAndClose the Document and its elements refuse every call; reopening works', () => {
    const { DocumentApp } = setUp();
    const doc = DocumentApp.create('Согласие');
    const id = doc.getId();
    const body = doc.getBody();
    body.appendParagraph('Я согласен');
    doc.saveAndClose();
    for (const call of [
      () => body.appendParagraph('ещё'),
      () => body.getText(),
      () => doc.getName(),
      () => doc.saveAndClose(),
    ]) {
      const error = thrown(call);
      expect(error.name).toBe('Exception');
      expect(error.message).toBe('Document is closed, its contents cannot be updated.');
    }
    const reopened = DocumentApp.openById(id);
    expect(reopened.getBody().getText()).toBe('\nЯ согласен');
    reopened.getBody().appendParagraph('ещё');
    expect(reopened.getBody().getText()).toBe('\nЯ согласен\nещё');
  });

  it('within an execution Drive sees the content as last saved: unsaved edits are missing from the PDF', () => {
    const { kernel, DocumentApp, DriveApp } = setUp();
    kernel.run('menu', 'makeReport', () => {
      const doc = DocumentApp.create('Отчёт');
      const file = DriveApp.getFileById(doc.getId());
      doc.getBody().appendParagraph('Итоги года');
      const before = pdfLines(file.getAs('application/pdf').getBytes());
      expect(before).not.toContain('Итоги года');
      doc.saveAndClose();
      const after = pdfLines(file.getAs('application/pdf').getBytes());
      expect(after).toContain('Итоги года');
    });
  });

  it('the end of the execution saves every open document automatically', () => {
    const { kernel, documents, DocumentApp } = setUp();
    let id = '';
    kernel.run('menu', 'fill', () => {
      const doc = DocumentApp.create('Автосохранение');
      id = doc.getId();
      doc.getBody().appendParagraph('сохранится сам');
      expect(documents.get(id)!.dirty).toBe(true);
    });
    expect(documents.get(id)!.dirty).toBe(false);
    expect(documents.savedSnapshot(id).text).toBe('\nсохранится сам');
  });

  it('makeCopy in the same execution copies the saved content, not unsaved edits', () => {
    const { kernel, DocumentApp, DriveApp } = setUp();
    const template = DocumentApp.create('Шаблон');
    template.getBody().appendParagraph('{{фио}}');
    kernel.run('menu', 'render', () => {
      const doc = DocumentApp.openById(template.getId());
      doc.getBody().replaceText('\\{\\{фио\\}\\}', 'Иванов');
      const copy = DriveApp.getFileById(template.getId()).makeCopy('Копия');
      expect(DocumentApp.openById(copy.getId()).getBody().getText()).toBe('\n{{фио}}');
    });
  });
});

describe('call counting (rule 2)', () => {
  it('each public method counts as DocumentApp.<Class>.<method>', () => {
    const { kernel, DocumentApp } = setUp();
    const before = kernel.calls.snapshot();
    const doc = DocumentApp.create('Счёт');
    const body = doc.getBody();
    body.replaceText('a', 'b');
    body.replaceText('c', 'd');
    body
      .appendTable([['x']])
      .getCell(0, 0)
      .getText();
    expect(kernel.calls.since(before)).toEqual({
      'DocumentApp.DocumentApp.create': 1,
      'DocumentApp.Document.getBody': 1,
      'DocumentApp.Body.replaceText': 2,
      'DocumentApp.Body.appendTable': 1,
      'DocumentApp.Table.getCell': 1,
      'DocumentApp.TableCell.getText': 1,
    });
  });

  it("the store's helpers do not count", () => {
    const { kernel, documents, DocumentApp } = setUp();
    const id = DocumentApp.create('Тихо').getId();
    const calls = kernel.calls.total;
    documents.toJSON(id);
    documents.plainText(id);
    documents.savedSnapshot(id);
    documents.all();
    expect(kernel.calls.total).toBe(calls);
  });
});

describe('the document store (for exporters and state.json)', () => {
  it('toJSON gives blocks with headings, alignment, runs, list items, tables and page breaks', () => {
    const { documents, DocumentApp } = setUp();
    const doc = DocumentApp.create('Программа');
    doc.addHeader().getParagraphs()[0]!.setText('Колледж');
    const body = doc.getBody();
    const title = body.getParagraphs()[0]!;
    title.setText('ПРОГРАММА');
    title.setHeading(DocumentApp.ParagraphHeading.TITLE).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    title.editAsText().setBold(0, 2, true);
    body.appendListItem('цель');
    body.appendTable([['№', 'Мероприятие']]);
    body.appendPageBreak();
    const snap = documents.toJSON(doc.getId());
    expect(snap.name).toBe('Программа');
    expect(snap.header).toEqual([
      { kind: 'paragraph', text: 'Колледж', heading: 'NORMAL', alignment: null, runs: [{ text: 'Колледж' }] },
    ]);
    expect(snap.footer).toBeNull();
    expect(snap.body[0]).toEqual({
      kind: 'paragraph',
      text: 'ПРОГРАММА',
      heading: 'TITLE',
      alignment: 'CENTER',
      runs: [{ text: 'ПРО', bold: true }, { text: 'ГРАММА' }],
    });
    expect(snap.body[1]).toMatchObject({
      kind: 'paragraph',
      listItem: { nestingLevel: 0, glyphType: 'BULLET' },
    });
    expect(snap.body[2]).toMatchObject({
      kind: 'table',
      rows: [{ cells: [{ blocks: [{ text: '№' }] }, { blocks: [{ text: 'Мероприятие' }] }] }],
    });
    expect(snap.body.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'table',
      'paragraph',
      'pageBreak',
      'paragraph',
    ]);
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(documents.plainText(doc.getId())).toBe('ПРОГРАММА\nцель\n№\nМероприятие\n\n\n');
    expect(documents.toJSON().map((d) => d.id)).toEqual([doc.getId()]);
  });
});

describe('workspace wiring', () => {
  it('the workspace exposes DocumentApp, DriveApp and the document store over one kernel', () => {
    const ws = new OfflineWorkspace();
    const doc = ws.services.DocumentApp.create('Из воркспейса');
    doc.getBody().appendParagraph('текст');
    expect(ws.documents.plainText(doc.getId())).toBe('\nтекст');
    expect(ws.services.DriveApp.getFileById(doc.getId()).getMimeType()).toBe(MIME.document);
    expect(ws.drive).toBe(ws.services.DriveApp);
  });
});

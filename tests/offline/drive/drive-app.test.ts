import { fromSignedBytes, OfflineBlob, toSignedBytes, withExtension } from '../../../src/offline/drive/blob';
import { ITERATOR_END } from '../../../src/offline/drive/iterators';
import { MIME } from '../../../src/offline/runtime/drive-registry';
import { pdfLines, pdfText, setUp, thrown } from '../document/setup';

const NO_ITEM = 'No item with the given ID could be found, or you do not have permission to access it.';

describe('getFileById / getFolderById (§4.1)', () => {
  it("a missing id fails with Google's text", () => {
    const { DriveApp } = setUp();
    for (const call of [() => DriveApp.getFileById('missing'), () => DriveApp.getFolderById('missing')]) {
      const error = thrown(call);
      expect(error.name).toBe('Exception');
      expect(error.message).toBe(NO_ITEM);
    }
  });

  it('a trashed file is still returned by id, and isTrashed says so (§4.1, §4.3)', () => {
    const { DriveApp } = setUp();
    const file = DriveApp.createFile('заметка.txt', 'текст');
    file.setTrashed(true);
    const again = DriveApp.getFileById(file.getId());
    expect(again.isTrashed()).toBe(true);
    expect(again.getName()).toBe('заметка.txt');
    again.setTrashed(false);
    expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(false);
  });

  it('trashed files are still listed by getFilesByName: scripts check isTrashed() [unsure]', () => {
    const { DriveApp } = setUp();
    DriveApp.createFile('Отчёт', 'a').setTrashed(true);
    const files = DriveApp.getFilesByName('Отчёт');
    expect(files.hasNext()).toBe(true);
    expect(files.next().isTrashed()).toBe(true);
  });

  it('files made by other services (spreadsheets, forms) are visible through the shared registry', () => {
    const { kernel, DriveApp } = setUp();
    const sheet = kernel.drive.create('Банк наставников', MIME.spreadsheet);
    const file = DriveApp.getFileById(sheet.id);
    expect(file.getMimeType()).toBe(MIME.spreadsheet);
    expect(file.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${sheet.id}/edit?usp=drivesdk`);
  });
});

describe('makeCopy (§4.2)', () => {
  function template() {
    const env = setUp();
    const doc = env.DocumentApp.create('Шаблон приказа');
    doc.getBody().appendParagraph('Назначить {{фио}}');
    const folder = env.DriveApp.createFolder('Приказы');
    return { ...env, doc, folder, file: env.DriveApp.getFileById(doc.getId()) };
  }

  it('makeCopy() names the copy "Copy of <name>" in the source\'s folder [unsure: localised name]', () => {
    const { kernel, file } = template();
    const copy = file.makeCopy();
    expect(copy.getName()).toBe('Copy of Шаблон приказа');
    expect(kernel.drive.get(copy.getId()).parents).toEqual([kernel.drive.rootId]);
  });

  it('makeCopy(name) keeps the name exactly as given', () => {
    const { file } = template();
    expect(file.makeCopy('Приказ № 12 от 01.09.2025').getName()).toBe('Приказ № 12 от 01.09.2025');
  });

  it('makeCopy(folder) and makeCopy(name, folder) put the copy in the folder', () => {
    const { file, folder } = template();
    const a = file.makeCopy(folder);
    const b = file.makeCopy('Приказ Иванова', folder);
    expect(a.getName()).toBe('Copy of Шаблон приказа');
    expect(b.getName()).toBe('Приказ Иванова');
    const names: string[] = [];
    for (const it = folder.getFiles(); it.hasNext();) names.push(it.next().getName());
    expect(names).toEqual(['Copy of Шаблон приказа', 'Приказ Иванова']);
    expect(b.getParents().next().getId()).toBe(folder.getId());
  });

  it("a Doc's copy is a new document with the same content; editing it leaves the template (§4.2)", () => {
    const { DocumentApp, file, doc } = template();
    const copy = file.makeCopy('Приказ');
    expect(copy.getId()).not.toBe(doc.getId());
    const filled = DocumentApp.openById(copy.getId());
    filled.getBody().replaceText('\\{\\{фио\\}\\}', 'Иванова И. И.');
    expect(filled.getBody().getText()).toBe('\nНазначить Иванова И. И.');
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toBe('\nНазначить {{фио}}');
  });

  it('copying a Doc counts as a document created (§4.7 [unsure]) and fails when the quota is gone', () => {
    const { kernel, file } = template();
    const used = kernel.quotas.usedToday('documentsCreated');
    file.makeCopy('один');
    expect(kernel.quotas.usedToday('documentsCreated')).toBe(used + 1);
    kernel.quotas.add('documentsCreated', kernel.quotas.remaining('documentsCreated'));
    expect(thrown(() => file.makeCopy('лишний')).message).toBe(
      'Service invoked too many times for one day: docs create.',
    );
  });

  it('copying a spreadsheet without a registered copier is refused offline with a clear error', () => {
    const { kernel, DriveApp } = setUp();
    const sheet = kernel.drive.create('Банк', MIME.spreadsheet);
    const error = thrown(() => DriveApp.getFileById(sheet.id).makeCopy('Копия'));
    expect(error.name).toBe('Error');
    expect(error.message).toContain('not supported by the offline Drive');
  });

  it("a registered copier copies the other service's content", () => {
    const { kernel, DriveApp } = setUp();
    const sheet = kernel.drive.create('Банк', MIME.spreadsheet);
    const copied: string[][] = [];
    DriveApp.registerCopier(MIME.spreadsheet, (from, to) => copied.push([from, to]));
    const copy = DriveApp.getFileById(sheet.id).makeCopy('Копия банка');
    expect(copied).toEqual([[sheet.id, copy.getId()]]);
    expect(copy.getMimeType()).toBe(MIME.spreadsheet);
  });

  it('wrong argument types are a signature mismatch (§0.3)', () => {
    const { file } = template();
    expect(thrown(() => file.makeCopy(5 as unknown as string)).message).toBe(
      "The parameters (number) don't match the method signature for DriveApp.File.makeCopy.",
    );
  });
});

describe('getAs and PDF copies (§4.4)', () => {
  it.each([
    ['Report', 'Report.pdf'],
    ['ShoppingList.12.25.2014', 'ShoppingList.12.25.pdf'],
    ['Invoice 12.05', 'Invoice 12.pdf'],
    ['Приказ.docx', 'Приказ.pdf'],
  ])('the PDF of "%s" is named "%s": the text after the last dot is replaced', (name, pdfName) => {
    expect(withExtension(name, 'pdf')).toBe(pdfName);
    const { DocumentApp, DriveApp } = setUp();
    const doc = DocumentApp.create(name);
    expect(DriveApp.getFileById(doc.getId()).getAs('application/pdf').getName()).toBe(pdfName);
  });

  it('a Doc converts to a real PDF whose pages carry the text, header and footer, Cyrillic included', () => {
    const { DocumentApp, DriveApp } = setUp();
    const doc = DocumentApp.create('Программа');
    doc.addHeader().getParagraphs()[0]!.setText('ГБПОУ «Колледж»');
    doc.addFooter().getParagraphs()[0]!.setText('Стр.');
    const body = doc.getBody();
    body.getParagraphs()[0]!.setText('ИНДИВИДУАЛЬНАЯ ПРОГРАММА');
    body.appendTable([
      ['№', 'Мероприятие'],
      ['1', 'Знакомство с коллективом'],
    ]);
    body.appendPageBreak();
    body.appendParagraph('Подпись наставника');
    const blob = DriveApp.getFileById(doc.getId()).getAs('application/pdf');
    expect(blob.getContentType()).toBe('application/pdf');
    const source = pdfText(blob.getBytes());
    expect(source.startsWith('%PDF-1.4')).toBe(true);
    expect(source.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(source).toContain('/ToUnicode');
    expect(source).toContain('/Count 2');
    const lines = pdfLines(blob.getBytes());
    expect(lines).toEqual(
      expect.arrayContaining([
        'ГБПОУ «Колледж»',
        'ИНДИВИДУАЛЬНАЯ ПРОГРАММА',
        '1 | Знакомство с коллективом',
        'Подпись наставника',
        'Стр.',
      ]),
    );
  });

  it("the PDF's cross-reference table points at each object", () => {
    const { DocumentApp, DriveApp } = setUp();
    const doc = DocumentApp.create('Проверка');
    doc.getBody().appendParagraph('текст');
    const source = pdfText(DriveApp.getFileById(doc.getId()).getAs('application/pdf').getBytes());
    const xrefAt = Number(/startxref\n(\d+)/.exec(source)![1]);
    expect(source.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = source
      .slice(xrefAt)
      .split('\n')
      .filter((l) => / 00000 n $/.test(l))
      .map((l) => Number(l.slice(0, 10)));
    offsets.forEach((offset, i) => expect(source.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
  });

  it('each conversion counts toward "Files converted" (§4.7)', () => {
    const { kernel, DocumentApp, DriveApp } = setUp();
    const file = DriveApp.getFileById(DocumentApp.create('Отчёт').getId());
    file.getAs('application/pdf');
    file.getBlob();
    expect(kernel.quotas.usedToday('filesConverted')).toBe(2);
    kernel.quotas.add('filesConverted', kernel.quotas.remaining('filesConverted'));
    expect(thrown(() => file.getAs('application/pdf')).message).toBe(
      'Service invoked too many times for one day: file conversion.',
    );
  });

  it('a Doc converts only to PDF', () => {
    const { DocumentApp, DriveApp } = setUp();
    const file = DriveApp.getFileById(DocumentApp.create('Док').getId());
    expect(thrown(() => file.getAs('image/png')).message).toBe(
      'Converting from application/vnd.google-apps.document to image/png is not supported.',
    );
  });

  it('edits saved by an earlier execution are in the PDF of a later one (§3.12)', () => {
    const { kernel, DocumentApp, DriveApp } = setUp();
    const id = DocumentApp.create('Акт').getId();
    kernel.run('menu', 'fill', () => DocumentApp.openById(id).getBody().appendParagraph('заполнено'));
    const lines = kernel.run('menu', 'export', () =>
      pdfLines(DriveApp.getFileById(id).getAs('application/pdf').getBytes()),
    );
    expect(lines).toContain('заполнено');
  });

  it("saving the PDF to a folder makes a file with the blob's name and type", () => {
    const { DocumentApp, DriveApp } = setUp();
    const doc = DocumentApp.create('Отчёт.2025');
    const folder = DriveApp.createFolder('PDF');
    const pdf = folder.createFile(DriveApp.getFileById(doc.getId()).getAs('application/pdf'));
    expect(pdf.getName()).toBe('Отчёт.pdf');
    expect(pdf.getMimeType()).toBe('application/pdf');
    expect(pdf.getSize()).toBeGreaterThan(500);
    expect(pdfLines(pdf.getBlob().getBytes())).toEqual([]);
  });
});

describe('folders and files', () => {
  it('createFolder, nested folders, getFoldersByName and parents', () => {
    const { DriveApp } = setUp();
    const root = DriveApp.getRootFolder();
    const top = DriveApp.createFolder('Наставничество');
    const sub = top.createFolder('2025');
    expect(sub.getParents().next().getName()).toBe('Наставничество');
    expect(top.getParents().next().getId()).toBe(root.getId());
    expect(DriveApp.getFoldersByName('2025').next().getId()).toBe(sub.getId());
    expect(top.getFoldersByName('2025').hasNext()).toBe(true);
    expect(root.getFoldersByName('2025').hasNext()).toBe(false);
    expect(sub.getUrl()).toBe(`https://drive.google.com/drive/folders/${sub.getId()}`);
  });

  it('createFile(name, content[, mimeType]) stores UTF-8 bytes; text/plain by default', () => {
    const { DriveApp } = setUp();
    const file = DriveApp.createFile('журнал.txt', 'строка');
    expect(file.getMimeType()).toBe('text/plain');
    expect(file.getSize()).toBe(12);
    expect(file.getBlob().getDataAsString()).toBe('строка');
    const csv = DriveApp.getRootFolder().createFile('пары.csv', 'a,b', 'text/csv');
    expect(csv.getMimeType()).toBe('text/csv');
  });

  it('a blob without a name cannot become a file (observed text)', () => {
    const { kernel, DriveApp } = setUp();
    const blob = new OfflineBlob(kernel, 'x', 'text/plain', null);
    expect(thrown(() => DriveApp.createFile(blob)).message).toBe(
      'Blob object must have non-null name for this operation.',
    );
  });

  it('moveTo, addFile and removeFile change the parents', () => {
    const { kernel, DriveApp } = setUp();
    const a = DriveApp.createFolder('A');
    const b = DriveApp.createFolder('B');
    const file = DriveApp.createFile('f', 'x');
    file.moveTo(a);
    expect(kernel.drive.get(file.getId()).parents).toEqual([a.getId()]);
    b.addFile(file);
    expect(kernel.drive.get(file.getId()).parents).toEqual([a.getId(), b.getId()]);
    a.removeFile(file);
    expect(kernel.drive.get(file.getId()).parents).toEqual([b.getId()]);
  });

  it('dates, description, rename', () => {
    const { kernel, DriveApp } = setUp({ start: new Date('2025-09-01T09:00:00Z') });
    const file = DriveApp.createFile('f', 'x');
    // Creation time is the virtual clock's, after the createFile call's own latency.
    expect(file.getDateCreated()).toBeInstanceOf(Date);
    expect(file.getDateCreated().getTime()).toBe(kernel.drive.get(file.getId()).created);
    expect(file.getDateCreated().getTime() - Date.parse('2025-09-01T09:00:00Z')).toBeLessThan(1000);
    expect(file.getDescription()).toBeNull();
    file.setDescription('описание');
    expect(file.getDescription()).toBe('описание');
    kernel.clock.advance(60_000);
    file.setName('g');
    expect(file.getLastUpdated().getTime()).toBeGreaterThan(file.getDateCreated().getTime());
  });

  it('folder trash flag', () => {
    const { DriveApp } = setUp();
    const folder = DriveApp.createFolder('Старое');
    folder.setTrashed(true);
    expect(DriveApp.getFolderById(folder.getId()).isTrashed()).toBe(true);
  });
});

describe('iterators (§4.5)', () => {
  it("next() past the end throws Google's text", () => {
    const { DriveApp } = setUp();
    const it = DriveApp.getFilesByName('нет такого');
    expect(it.hasNext()).toBe(false);
    const error = thrown(() => it.next());
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(ITERATOR_END);
    expect(ITERATOR_END).toBe('Cannot retrieve the next object: iterator has reached the end.');
  });

  it('a continuation token resumes where the iteration stopped', () => {
    const { DriveApp } = setUp();
    for (const n of ['1', '2', '3']) DriveApp.createFile(n, n);
    const it = DriveApp.getFiles();
    expect(it.next().getName()).toBe('1');
    const resumed = DriveApp.continueFileIterator(it.getContinuationToken());
    const rest: string[] = [];
    while (resumed.hasNext()) rest.push(resumed.next().getName());
    expect(rest).toEqual(['2', '3']);
    expect(thrown(() => DriveApp.continueFolderIterator(it.getContinuationToken())).name).toBe('Exception');
  });

  it('getFiles lists every file (documents too) and getFolders every folder but the root', () => {
    const { DocumentApp, DriveApp } = setUp();
    DocumentApp.create('Док');
    DriveApp.createFolder('Папка');
    const files: string[] = [];
    for (const it = DriveApp.getFiles(); it.hasNext();) files.push(it.next().getName());
    const folders: string[] = [];
    for (const it = DriveApp.getFolders(); it.hasNext();) folders.push(it.next().getName());
    expect(files).toEqual(['Док']);
    expect(folders).toEqual(['Папка']);
  });
});

describe('Blob', () => {
  it("bytes are Java's signed bytes; strings are UTF-8", () => {
    const { kernel } = setUp();
    const blob = new OfflineBlob(kernel, 'Я', 'text/plain', 'я.txt');
    expect(blob.getBytes()).toEqual([-48, -81]);
    expect(toSignedBytes(fromSignedBytes([-48, -81]))).toEqual([-48, -81]);
    const copy = blob.copyBlob().setName('копия.txt').setContentType('text/csv');
    expect(copy.getName()).toBe('копия.txt');
    expect(copy.getContentType()).toBe('text/csv');
    expect(blob.getName()).toBe('я.txt');
    expect(copy.getDataAsString()).toBe('Я');
    expect(copy.setBytes([65, 66]).getDataAsString()).toBe('AB');
  });

  it('text blobs convert to PDF with the name rule; other conversions are refused', () => {
    const { kernel } = setUp();
    const pdf = new OfflineBlob(kernel, 'строка 1\nстрока 2', 'text/plain', 'отчёт.txt').getAs(
      'application/pdf',
    );
    expect(pdf.getName()).toBe('отчёт.pdf');
    expect(pdfLines(pdf.getBytes())).toEqual(['строка 1', 'строка 2']);
    expect(
      thrown(() => new OfflineBlob(kernel, 'x', 'image/png', 'a.png').getAs('application/pdf')).name,
    ).toBe('Exception');
  });
});

describe('call counting (rule 2)', () => {
  it('DriveApp calls count as DriveApp.<Class>.<method>', () => {
    const { kernel, DocumentApp, DriveApp } = setUp();
    const id = DocumentApp.create('Шаблон').getId();
    const before = kernel.calls.snapshot();
    const file = DriveApp.getFileById(id);
    file.makeCopy('Копия', DriveApp.getRootFolder());
    file.getAs('application/pdf');
    const it = DriveApp.getFilesByName('Копия');
    it.hasNext();
    it.next();
    expect(kernel.calls.since(before)).toEqual({
      'DriveApp.DriveApp.getFileById': 1,
      'DriveApp.DriveApp.getRootFolder': 1,
      'DriveApp.File.makeCopy': 1,
      'DriveApp.File.getAs': 1,
      'DriveApp.DriveApp.getFilesByName': 1,
      'DriveApp.FileIterator.hasNext': 1,
      'DriveApp.FileIterator.next': 1,
    });
  });
});

import { setUp, thrown } from './setup';

function newDoc() {
  const env = setUp();
  const doc = env.DocumentApp.create('Программа наставничества');
  return { ...env, doc, body: doc.getBody() };
}

describe('a new document', () => {
  it('has a body holding one empty paragraph', () => {
    const { body } = newDoc();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe('PARAGRAPH');
    expect(body.getText()).toBe('');
    expect(body.getType()).toBe('BODY_SECTION');
  });

  it('appending a paragraph gives "\\n<text>": the empty first paragraph stays', () => {
    const { body } = newDoc();
    const p = body.appendParagraph('Первый');
    expect(body.getText()).toBe('\nПервый');
    expect(p.getText()).toBe('Первый');
    expect(body.getChildIndex(p)).toBe(1);
  });
});

describe('appendTable (§3.8)', () => {
  it('is always followed by an empty paragraph: a document cannot end with a table', () => {
    const { body } = newDoc();
    const table = body.appendTable([
      ['№', 'Мероприятие', 'Срок'],
      ['1', 'Знакомство', 'сентябрь'],
    ]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(1).getType()).toBe('TABLE');
    expect(body.getChild(2).getType()).toBe('PARAGRAPH');
    expect(body.getChild(2).asParagraph().getText()).toBe('');
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(0).getNumCells()).toBe(3);
    expect(table.getText()).toBe('№\nМероприятие\nСрок\n1\nЗнакомство\nсентябрь');
    expect(body.getText()).toBe('\n№\nМероприятие\nСрок\n1\nЗнакомство\nсентябрь\n');
  });

  it('without cells makes a table with no rows (live behaviour noted by gas-fakes)', () => {
    const { body } = newDoc();
    expect(body.appendTable().getNumRows()).toBe(0);
  });

  it('insertTable at the end also keeps a paragraph last; in the middle it adds none', () => {
    const { body } = newDoc();
    body.insertTable(1, [['a']]);
    expect(body.getNumChildren()).toBe(3);
    body.insertTable(0, [['b']]);
    expect(body.getNumChildren()).toBe(4);
    expect(body.getTables().map((t) => t.getText())).toEqual(['b', 'a']);
  });

  it('cell text is passed as strings; anything else is a signature mismatch (§0.3)', () => {
    const { body } = newDoc();
    expect(thrown(() => body.appendTable([[1, 2]] as unknown as string[][])).message).toBe(
      "The parameters (number[][]) don't match the method signature for DocumentApp.Body.appendTable.",
    );
  });
});

describe('Element must be detached (§3.9)', () => {
  it('appending an element that is already in the document fails; its copy() can be appended', () => {
    const { body } = newDoc();
    const p = body.appendParagraph('Пункт');
    const error = thrown(() => body.appendParagraph(p));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Element must be detached.');
    const copy = body.appendParagraph(p.copy());
    expect(copy.getText()).toBe('Пункт');
    expect(body.getText()).toBe('\nПункт\nПункт');
  });

  it('the repeated-row pattern: copy a template row, fill it, insert it; then remove the template', () => {
    const { body } = newDoc();
    const table = body.appendTable([
      ['№', 'Мероприятие', 'Срок'],
      ['{{n}}', '{{мероприятие}}', '{{срок}}'],
    ]);
    const template = table.getRow(1);
    template.getCell(1).editAsText().setBold(true);
    expect(thrown(() => table.appendTableRow(template)).message).toBe('Element must be detached.');

    const items = [
      ['1', 'Знакомство с коллективом', 'сентябрь'],
      ['2', 'Посещение уроков', 'октябрь'],
    ];
    items.forEach(([n, what, when], i) => {
      const row = template.copy();
      row.replaceText('\\{\\{n\\}\\}', n!);
      row.replaceText('\\{\\{мероприятие\\}\\}', what!);
      row.replaceText('\\{\\{срок\\}\\}', when!);
      table.insertTableRow(2 + i, row);
    });
    table.removeRow(1);

    expect(table.getNumRows()).toBe(3);
    expect(table.getRow(1).getText()).toBe('1\nЗнакомство с коллективом\nсентябрь');
    expect(table.getCell(2, 1).getText()).toBe('Посещение уроков');
    // Copies keep formatting (§3.9).
    expect(table.getCell(2, 1).editAsText().isBold()).toBe(true);
    expect(table.getCell(2, 0).editAsText().isBold()).toBe(false);
  });

  it('appendTableRow with a detached copy appends it; without an argument the new row has no cells', () => {
    const { body } = newDoc();
    const table = body.appendTable([['a', 'b']]);
    table.appendTableRow(table.getRow(0).copy());
    const empty = table.appendTableRow();
    expect(empty.getNumCells()).toBe(0);
    empty.appendTableCell('c');
    empty.appendTableCell('d');
    expect(table.getText()).toBe('a\nb\na\nb\nc\nd');
  });

  it('a removed row is detached and can be inserted elsewhere', () => {
    const { body } = newDoc();
    const table = body.appendTable([['1'], ['2'], ['3']]);
    const removed = table.removeRow(0);
    expect(removed.getParent()).toBeNull();
    table.appendTableRow(removed);
    expect(table.getText()).toBe('2\n3\n1');
  });
});

describe('child indexes (§3.10)', () => {
  it("an insert index past the children fails with Google's text", () => {
    const { body } = newDoc();
    body.appendParagraph('a');
    expect(thrown(() => body.insertParagraph(5, 'x')).message).toBe(
      'Child index (5) must be less than or equal to the number of child elements (2).',
    );
    const table = body.appendTable([['a'], ['b']]);
    expect(thrown(() => table.insertTableRow(3, table.getRow(0).copy())).message).toBe(
      'Child index (3) must be less than or equal to the number of child elements (2).',
    );
  });

  it('inserting at index == number of children appends', () => {
    const { body } = newDoc();
    body.insertParagraph(1, 'в конце');
    body.insertParagraph(0, 'в начале');
    expect(body.getText()).toBe('в начале\n\nв конце');
  });

  it('reading past the children fails (wording follows §3.10 [unsure])', () => {
    const { body } = newDoc();
    expect(thrown(() => body.getChild(3)).message).toBe(
      'Child index (3) must be less than the number of child elements (1).',
    );
  });
});

describe('removing paragraphs (§3.11)', () => {
  it("removing the last paragraph of the body fails with Google's text", () => {
    const { body } = newDoc();
    const only = body.getChild(0).asParagraph();
    const error = thrown(() => only.removeFromParent());
    expect(error.name).toBe('Exception');
    expect(error.message).toBe("Can't remove the last paragraph in a document section.");
    expect(thrown(() => body.removeChild(only)).message).toBe(
      "Can't remove the last paragraph in a document section.",
    );
  });

  it('the paragraph after a table cannot be removed either (the section would end with the table)', () => {
    const { body } = newDoc();
    body.appendTable([['a']]);
    const last = body.getChild(2);
    expect(thrown(() => last.removeFromParent()).message).toBe(
      "Can't remove the last paragraph in a document section.",
    );
  });

  it('conditional blocks: paragraphs between markers can be removed while a guard paragraph stays', () => {
    const { body } = newDoc();
    body.getChild(0).asParagraph().setText('Шапка');
    for (const text of ['[[если:есть_стаж]]', 'Стаж: 5 лет', '[[конец]]', 'Подпись'])
      body.appendParagraph(text);
    const start = body.findText('\\[\\[если:есть_стаж\\]\\]')!.getElement().getParent()!;
    const end = body.findText('\\[\\[конец\\]\\]')!.getElement().getParent()!;
    const from = body.getChildIndex(start as never);
    const to = body.getChildIndex(end as never);
    for (let i = to; i >= from; i--) body.getChild(i).removeFromParent();
    expect(body.getText()).toBe('Шапка\nПодпись');
  });

  it("clear() leaves one empty paragraph; setText keeps the first paragraph's formatting", () => {
    const { body } = newDoc();
    body.getChild(0).asParagraph().setText('a');
    body.getChild(0).asParagraph().editAsText().setBold(true);
    body.appendTable([['x']]);
    body.setText('новый текст');
    expect(body.getNumChildren()).toBe(1);
    expect(body.getParagraphs()[0]!.editAsText().isBold()).toBe(true);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });
});

describe('headers and footers (§3.7)', () => {
  it('getHeader/getFooter are null until added', () => {
    const { doc } = newDoc();
    expect(doc.getHeader()).toBeNull();
    expect(doc.getFooter()).toBeNull();
  });

  it('addHeader holds one empty paragraph; appending gives "\\n<text>"; a second addHeader fails', () => {
    const { doc } = newDoc();
    const header = doc.addHeader();
    expect(header.getText()).toBe('');
    expect(header.getNumChildren()).toBe(1);
    header.appendParagraph('ГБПОУ «Колледж»');
    expect(doc.getHeader()!.getText()).toBe('\nГБПОУ «Колледж»');
    const error = thrown(() => doc.addHeader());
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Document tab already contains a header.');
  });

  it('a second addFooter fails with the footer wording', () => {
    const { doc } = newDoc();
    doc.addFooter().appendParagraph('стр.');
    expect(thrown(() => doc.addFooter()).message).toBe('Document tab already contains a footer.');
    expect(doc.getFooter()!.getType()).toBe('FOOTER_SECTION');
  });
});

describe('paragraphs, list items, siblings', () => {
  it("headings and alignment are Google's enum values", () => {
    const { DocumentApp, body } = newDoc();
    const p = body.appendParagraph('ПРИКАЗ');
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.NORMAL);
    expect(p.getAlignment()).toBeNull();
    p.setHeading(DocumentApp.ParagraphHeading.HEADING1).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    const attrs = p.getAttributes();
    expect(attrs[DocumentApp.Attribute.HEADING]).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect(attrs[DocumentApp.Attribute.BOLD]).toBeNull();
  });

  it('setAttributes applies paragraph and character attributes', () => {
    const { DocumentApp, body } = newDoc();
    const p = body.appendParagraph('Текст');
    p.setAttributes({ [DocumentApp.Attribute.BOLD]: true, [DocumentApp.Attribute.FONT_SIZE]: 14 });
    expect(p.editAsText().isBold()).toBe(true);
    expect(p.editAsText().getFontSize()).toBe(14);
    expect(p.getAttributes()[DocumentApp.Attribute.FONT_SIZE]).toBe(14);
  });

  it('list items are paragraphs of type LIST_ITEM with nesting and glyph', () => {
    const { DocumentApp, body } = newDoc();
    const li = body.appendListItem('пункт');
    expect(li.getType()).toBe(DocumentApp.ElementType.LIST_ITEM);
    li.setNestingLevel(1).setGlyphType(DocumentApp.GlyphType.NUMBER);
    expect(li.getNestingLevel()).toBe(1);
    expect(li.getGlyphType()).toBe(DocumentApp.GlyphType.NUMBER);
    expect(body.getParagraphs().length).toBe(2);
    expect(body.getListItems().length).toBe(1);
  });

  it('siblings and parents', () => {
    const { body } = newDoc();
    const a = body.appendParagraph('a');
    const table = body.appendTable([['x']]);
    expect(a.getNextSibling()!.getType()).toBe('TABLE');
    expect(table.getPreviousSibling()!.asParagraph().getText()).toBe('a');
    expect(table.getCell(0, 0).getParentRow().getParentTable().getText()).toBe('x');
    expect(table.getParent()!.getType()).toBe('BODY_SECTION');
    expect(body.getChild(3).isAtDocumentEnd()).toBe(true);
    expect(a.isAtDocumentEnd()).toBe(false);
  });

  it('copy() is detached and deep: changing the copy leaves the original', () => {
    const { body } = newDoc();
    const table = body.appendTable([['a']]);
    const copy = table.copy();
    expect(copy.getParent()).toBeNull();
    copy.getCell(0, 0).setText('b');
    expect(table.getText()).toBe('a');
    body.appendTable(copy);
    expect(body.getTables().map((t) => t.getText())).toEqual(['a', 'b']);
  });

  it('appendPageBreak adds a PAGE_BREAK block and keeps a paragraph last', () => {
    const { body } = newDoc();
    const pb = body.appendPageBreak();
    expect(pb.getType()).toBe('PAGE_BREAK');
    expect(body.getNumChildren()).toBe(3);
  });

  it('cells hold paragraphs: appendParagraph in a cell, getText joins them with "\\n"', () => {
    const { body } = newDoc();
    const cell = body.appendTable([['первая']]).getCell(0, 0);
    cell.appendParagraph('вторая');
    expect(cell.getNumChildren()).toBe(2);
    expect(cell.getText()).toBe('первая\nвторая');
    cell.setBackgroundColor('#eeeeee');
    expect(cell.getBackgroundColor()).toBe('#eeeeee');
  });
});

import { setUp, thrown } from './setup';

function paragraph(text: string) {
  const env = setUp();
  const body = env.DocumentApp.create('Текст').getBody();
  return { ...env, body, p: body.appendParagraph(text) };
}

describe('Text: rich text of a paragraph (0-based offsets, inclusive ends)', () => {
  it('range setters format only their characters; getTextAttributeIndices lists run starts', () => {
    const { p } = paragraph('Иванов Иван Иванович');
    const text = p.editAsText();
    text.setBold(0, 5, true).setItalic(7, 10, true).setUnderline(12, 19, true);
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(6)).toBe(false);
    expect(text.isItalic(7)).toBe(true);
    expect(text.isUnderline(19)).toBe(true);
    expect(text.getTextAttributeIndices()).toEqual([0, 6, 7, 11, 12]);
    // Without an offset: null when the text mixes values.
    expect(text.isBold()).toBeNull();
  });

  it('whole-text setters: font size, family, colour, link', () => {
    const { p } = paragraph('ссылка');
    const text = p.editAsText();
    text
      .setFontSize(12)
      .setFontFamily('Times New Roman')
      .setForegroundColor('#ff0000')
      .setLinkUrl('https://college.example');
    expect(text.getFontSize()).toBe(12);
    expect(text.getFontFamily(0)).toBe('Times New Roman');
    expect(text.getForegroundColor()).toBe('#ff0000');
    expect(text.getLinkUrl(3)).toBe('https://college.example');
    expect(text.getAttributes().FONT_SIZE).toBe(12);
  });

  it('unset attributes read as null (inherited from the named style, §3.13); booleans as false', () => {
    const { p } = paragraph('обычный');
    expect(p.editAsText().getFontSize()).toBeNull();
    expect(p.editAsText().isBold()).toBe(false);
    expect(p.getAttributes().BOLD).toBeNull();
  });

  it('insertText takes the formatting of the character before it; deleteText removes an inclusive range', () => {
    const { p } = paragraph('ab');
    const text = p.editAsText().setBold(0, 0, true);
    text.insertText(1, 'XX');
    expect(text.getText()).toBe('aXXb');
    expect(text.isBold(2)).toBe(true);
    expect(text.isBold(3)).toBe(false);
    text.deleteText(1, 2);
    expect(text.getText()).toBe('ab');
  });

  it('Paragraph.appendText returns a Text of just the new characters, so styling it styles only them', () => {
    const { p } = paragraph('Наставник: ');
    const added = p.appendText('Иванов');
    expect(added.getText()).toBe('Иванов');
    added.setBold(true);
    expect(p.getText()).toBe('Наставник: Иванов');
    expect(p.editAsText().isBold(0)).toBe(false);
    expect(p.editAsText().isBold(11)).toBe(true);
  });

  it('offsets outside the text fail', () => {
    const { p } = paragraph('abc');
    const error = thrown(() => p.editAsText().setBold(2, 5, true));
    expect(error.name).toBe('Exception');
    expect(thrown(() => p.editAsText().deleteText(-1, 0)).name).toBe('Exception');
  });

  it("setText keeps the paragraph formatting and the first character's style", () => {
    const { DocumentApp, p } = paragraph('старый');
    p.setHeading(DocumentApp.ParagraphHeading.HEADING2);
    p.editAsText().setItalic(true);
    p.setText('новый');
    expect(p.getText()).toBe('новый');
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING2);
    expect(p.editAsText().isItalic()).toBe(true);
  });

  it('a paragraph has one Text child when it has text, none when empty', () => {
    const { body, p } = paragraph('текст');
    expect(p.getNumChildren()).toBe(1);
    expect(p.getChild(0).getType()).toBe('TEXT');
    expect(p.getChild(0).asText().getText()).toBe('текст');
    expect(p.getChild(0).getParent()!.getType()).toBe('PARAGRAPH');
    expect(body.getParagraphs()[0]!.getNumChildren()).toBe(0);
  });

  it('body.editAsText spans the whole body with "\\n" between blocks; range styling crosses paragraphs', () => {
    const { body } = paragraph('второй');
    body.getParagraphs()[0]!.setText('первый');
    const text = body.editAsText();
    expect(text.getText()).toBe('первый\nвторой');
    text.setBold(3, 9, true);
    expect(body.getParagraphs()[0]!.editAsText().isBold(5)).toBe(true);
    expect(body.getParagraphs()[1]!.editAsText().isBold(2)).toBe(true);
    expect(body.getParagraphs()[1]!.editAsText().isBold(3)).toBe(false);
  });
});

describe('casts', () => {
  it('asX checks the element type: a Text is not a Paragraph [unsure wording]', () => {
    const { p } = paragraph('x');
    const text = p.getChild(0);
    expect(text.asText().getText()).toBe('x');
    const error = thrown(() => text.asParagraph());
    expect(error.name).toBe('Exception');
    expect(p.asParagraph().getText()).toBe('x');
  });
});

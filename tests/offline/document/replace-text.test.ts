import { compileRe2, INVALID_PATTERN } from '../../../src/offline/document/re2';
import { setUp, thrown } from './setup';

function newBody(...paragraphs: string[]) {
  const env = setUp();
  const doc = env.DocumentApp.create('Шаблон');
  const body = doc.getBody();
  body.getParagraphs()[0]!.setText(paragraphs[0] ?? '');
  for (const text of paragraphs.slice(1)) body.appendParagraph(text);
  return { ...env, doc, body };
}

describe('replaceText: the pattern is an RE2 regular expression given as a string (§3.1)', () => {
  it('replaces every match, not just the first (§3.1)', () => {
    const { body } = newBody('а-а-а');
    body.replaceText('а', 'б');
    expect(body.getText()).toBe('б-б-б');
  });

  it('an unescaped "." is a metacharacter: "1.5" also matches "125" (§3.1)', () => {
    const { body } = newBody('125 и 1.5');
    body.replaceText('1.5', 'X');
    expect(body.getText()).toBe('X и X');
  });

  it('an escaped placeholder {{наставник.фио|родительный}} is replaced literally (§3.1)', () => {
    const { body } = newBody('Назначить {{наставник.фио|родительный}} наставником');
    body.replaceText('\\{\\{наставник\\.фио\\|родительный\\}\\}', 'Иванову Ирину Петровну');
    expect(body.getText()).toBe('Назначить Иванову Ирину Петровну наставником');
  });

  it('an unescaped "|" is alternation, so the unescaped placeholder replaces its parts, not the whole (§3.1)', () => {
    const { body } = newBody('{{наставник.фио|родительный}}');
    body.replaceText('{{наставник.фио|родительный}}', 'Z');
    // RE2 reads "{{наставник.фио" OR "родительный}}": both halves are replaced separately.
    expect(body.getText()).toBe('Z|Z');
  });

  it('a "{" that is not a repetition is a literal in RE2, as Google accepts "{{name}}" unescaped (§3.1)', () => {
    const { body } = newBody('Дата: {{дата}}');
    body.replaceText('{{дата}}', '01.09.2025');
    expect(body.getText()).toBe('Дата: 01.09.2025');
  });

  it('"$" in the pattern anchors at the end of each block, so "$total" never matches text (§3.1, §3.3)', () => {
    const { body } = newBody('Итого: $total');
    body.replaceText('$total', '100');
    expect(body.getText()).toBe('Итого: $total');
    body.replaceText('\\$total', '100');
    expect(body.getText()).toBe('Итого: 100');
  });

  it('matching is case-sensitive: there is no flags argument (§3.2)', () => {
    const { body } = newBody('Наставник и наставник');
    body.replaceText('наставник', 'X');
    expect(body.getText()).toBe('Наставник и X');
  });

  it('a leading RE2 flag group (?i) makes the match case-insensitive (§3.2 [unsure] live)', () => {
    const { body } = newBody('Наставник и наставник');
    body.replaceText('(?i)наставник', 'X');
    expect(body.getText()).toBe('X и X');
  });
});

describe('replaceText: the replacement (§3.2)', () => {
  it('is inserted literally: "$1", "$&", "$$" and backslashes are not expanded (§3.2 [unsure], documented model)', () => {
    const { body } = newBody('Сумма: {{сумма}}; путь: {{путь}}');
    body.replaceText('\\{\\{(сумма)\\}\\}', '$1 $& $$ руб.');
    body.replaceText('\\{\\{путь\\}\\}', 'C:\\docs\\1');
    expect(body.getText()).toBe('Сумма: $1 $& $$ руб.; путь: C:\\docs\\1');
  });

  it('a non-string replacement is refused with "Invalid argument: replacement" (observed)', () => {
    const { body } = newBody('№ {{n}}');
    const error = thrown(() => body.replaceText('\\{\\{n\\}\\}', 5 as unknown as string));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Invalid argument: replacement');
  });
});

describe('replaceText: each text block is matched on its own (§3.3)', () => {
  it('a match never spans a paragraph break', () => {
    const { body } = newBody('начало {{блок', 'конец}}');
    body.replaceText('\\{\\{блок\\s*конец\\}\\}', 'X');
    body.replaceText('начало.*конец', 'X');
    expect(body.getText()).toBe('начало {{блок\nконец}}');
  });

  it('"^" and "$" anchor to each paragraph', () => {
    const { body } = newBody('пункт', 'пункт', 'не пункт');
    body.replaceText('^пункт$', '•');
    expect(body.getText()).toBe('•\n•\nне пункт');
  });

  it('an empty-matching pattern replaces nothing (Google never yields empty matches offline)', () => {
    const { body } = newBody('abc');
    body.replaceText('x*', '-');
    expect(body.getText()).toBe('abc');
  });
});

describe('replaceText: what the body reaches (§3.4)', () => {
  it('body.replaceText reaches table cells and list items', () => {
    const { body } = newBody('Программа {{фио}}');
    const table = body.appendTable([
      ['{{фио}}', 'x'],
      ['y', 'z {{фио}}'],
    ]);
    body.appendListItem('пункт для {{фио}}');
    body.replaceText('\\{\\{фио\\}\\}', 'Петров');
    expect(table.getCell(0, 0).getText()).toBe('Петров');
    expect(table.getCell(1, 1).getText()).toBe('z Петров');
    expect(body.getListItems()[0]!.getText()).toBe('пункт для Петров');
  });

  it('body.replaceText does not touch the header or footer: they are replaced separately', () => {
    const { doc, body } = newBody('{{дата}}');
    doc.addHeader().appendParagraph('Приказ от {{дата}}');
    doc.addFooter().appendParagraph('стр. {{дата}}');
    body.replaceText('\\{\\{дата\\}\\}', '01.09');
    expect(doc.getHeader()!.getText()).toBe('\nПриказ от {{дата}}');
    expect(doc.getFooter()!.getText()).toBe('\nстр. {{дата}}');
    doc.getHeader()!.replaceText('\\{\\{дата\\}\\}', '01.09');
    expect(doc.getHeader()!.getText()).toBe('\nПриказ от 01.09');
  });

  it('Table, TableRow, TableCell, Paragraph and Text each replace within themselves only', () => {
    const { body } = newBody('{{x}}');
    const table = body.appendTable([
      ['{{x}}', '{{x}}'],
      ['{{x}}', '{{x}}'],
    ]);
    table.getRow(1).replaceText('\\{\\{x\\}\\}', 'row');
    table.getCell(0, 1).replaceText('\\{\\{x\\}\\}', 'cell');
    expect(table.getText()).toBe('{{x}}\ncell\nrow\nrow');
    table.replaceText('\\{\\{x\\}\\}', 'table');
    expect(body.getParagraphs()[0]!.getText()).toBe('{{x}}');
    body.getParagraphs()[0]!.editAsText().replaceText('\\{\\{x\\}\\}', 'text');
    expect(body.getText()).toBe('text\ntable\ncell\nrow\nrow\n');
  });
});

describe('replaceText across formatting runs (§3.5 [unsure])', () => {
  it('finds a placeholder split across runs and gives the replacement the formatting of its start', () => {
    const { body } = newBody('Уважаемый {{наставник}}!');
    const text = body.getParagraphs()[0]!.editAsText();
    // "{{нас" bold, "тавник}}" plain: two runs inside one text block.
    text.setBold(10, 14, true);
    expect(text.getTextAttributeIndices()).toEqual([0, 10, 15]);
    body.replaceText('\\{\\{наставник\\}\\}', 'Иван Петрович');
    expect(text.getText()).toBe('Уважаемый Иван Петрович!');
    expect(text.isBold(10)).toBe(true);
    expect(text.isBold(22)).toBe(true);
    expect(text.isBold(23)).toBe(false);
    expect(text.getTextAttributeIndices()).toEqual([0, 10, 23]);
  });

  it('keeps the formatting of the text around the match', () => {
    const { body } = newBody('a {{x}} b');
    const text = body.getParagraphs()[0]!.editAsText();
    text.setItalic(0, 0, true).setFontSize(8, 8, 14);
    body.replaceText('\\{\\{x\\}\\}', 'long value');
    expect(text.isItalic(0)).toBe(true);
    expect(text.getFontSize(text.getText().length - 1)).toBe(14);
    expect(text.getFontSize(2)).toBeNull();
  });
});

describe('RE2 translation (§3.1): what RE2 refuses is refused', () => {
  it.each([
    ['back-reference', '(a)\\1'],
    ['look-ahead', 'a(?=b)'],
    ['negative look-ahead', 'a(?!b)'],
    ['look-behind', '(?<=a)b'],
    ['negative look-behind', '(?<!a)b'],
    ['repetition over 1000', 'a{1001}'],
    ['unknown escape', '\\y'],
    ['unbalanced group', '(abc'],
  ])('%s → "Invalid argument: searchPattern" [unsure wording]', (_what, pattern) => {
    const { body } = newBody('abc');
    const error = thrown(() => body.replaceText(pattern, 'x'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(INVALID_PATTERN);
  });

  it('translates RE2-only syntax: \\Q…\\E, (?P<name>), [[:digit:]], \\pL, \\x{…}', () => {
    expect(compileRe2('\\Q{{a.b}}\\E').test('{{a.b}}')).toBe(true);
    expect('2025'.replace(compileRe2('(?P<year>\\d+)'), 'y')).toBe('y');
    expect('a1b2'.replace(compileRe2('[[:digit:]]'), '#')).toBe('a#b#');
    expect('Ёж1'.replace(compileRe2('\\pL'), '_')).toBe('__1');
    expect('A'.replace(compileRe2('\\x{41}'), 'z')).toBe('z');
    expect(compileRe2('\\p{Cyrillic}+').test('наставник')).toBe(true);
  });

  it('a non-string pattern is a signature mismatch (§0.3)', () => {
    const { body } = newBody('abc');
    expect(thrown(() => body.replaceText(1 as unknown as string, 'x')).message).toBe(
      "The parameters (number,String) don't match the method signature for DocumentApp.Body.replaceText.",
    );
  });
});

describe('findText (§3.6)', () => {
  it('returns a RangeElement on a Text with inclusive offsets, or null', () => {
    const { body } = newBody('Наставник: {{фио}}');
    const found = body.findText('\\{\\{фио\\}\\}')!;
    expect(found.getElement().getType()).toBe('TEXT');
    expect(found.getStartOffset()).toBe(11);
    expect(found.getEndOffsetInclusive()).toBe(17);
    expect(found.isPartial()).toBe(true);
    expect(found.getElement().asText().getText()).toBe('Наставник: {{фио}}');
    expect(body.findText('нет такого')).toBeNull();
  });

  it('continues after the previous result, across paragraphs and table cells, then returns null', () => {
    const { body } = newBody('{{a}} {{b}}', 'текст');
    body.appendTable([['{{c}}']]);
    const seen: string[] = [];
    for (let r = body.findText('\\{\\{\\w\\}\\}'); r; r = body.findText('\\{\\{\\w\\}\\}', r)) {
      seen.push(
        r
          .getElement()
          .asText()
          .getText()
          .slice(r.getStartOffset(), r.getEndOffsetInclusive() + 1),
      );
    }
    expect(seen).toEqual(['{{a}}', '{{b}}', '{{c}}']);
  });

  it('the found Text can be edited in place: delete the match and insert a value (the common fill pattern)', () => {
    const { body } = newBody('Дата: {{дата}}.');
    const r = body.findText('\\{\\{дата\\}\\}')!;
    const text = r.getElement().asText();
    text.deleteText(r.getStartOffset(), r.getEndOffsetInclusive());
    text.insertText(r.getStartOffset(), '1 сентября');
    expect(body.getText()).toBe('Дата: 1 сентября.');
  });
});

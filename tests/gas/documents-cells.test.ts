import { TableCells } from '../../src/gas/documents-cells';
import { OfflineWorkspace } from '../../src/offline/workspace';

/** A Doc with two tables in Times New Roman 12, as set-up writes templates; the second has an empty cell. */
function open() {
  const workspace = new OfflineWorkspace({ start: new Date(Date.UTC(2026, 8, 1, 7, 0)) });
  const { DocumentApp } = workspace.services;
  const doc = DocumentApp.create('Программа');
  const body = doc.getBody();
  body.appendParagraph('Текст');
  body.appendTable([
    ['Роль', 'ФИО'],
    ['Наставник', 'Громова Т.И.'],
  ]);
  const plan = body.appendTable([
    ['№', 'Мероприятие', 'Отметка о выполнении'],
    ['1', 'Знакомство', ''],
  ]);
  plan.editAsText().setFontFamily('Times New Roman').setFontSize(12);
  // The empty cell as a render leaves it: its text deleted, nothing left to carry a style.
  plan.getCell(1, 2).getChild(0).asParagraph().editAsText().setText('');
  return { workspace, body, cells: new TableCells(DocumentApp) };
}

describe('TableCells: the open Doc’s tables read as text, a few cells set', () => {
  it('reads every table, each cell’s lines as paragraphs, at two calls a cell', () => {
    const { workspace, body, cells } = open();
    body.getTables()[0]!.getCell(1, 1).appendParagraph('второй абзац');
    const before = workspace.kernel.calls.snapshot();
    const tables = cells.read(body);
    const calls = workspace.kernel.calls.since(before);
    expect(tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text))))).toEqual(
      [
        [
          [['Роль'], ['ФИО']],
          [['Наставник'], ['Громова Т.И.', 'второй абзац']],
        ],
        [
          [['№'], ['Мероприятие'], ['Отметка о выполнении']],
          [['1'], ['Знакомство'], ['']],
        ],
      ],
    );
    expect(calls['DocumentApp.TableCell.getText']).toBe(10);
    expect(calls['DocumentApp.TableRow.getCell']).toBe(10);
  });

  it('sets a cell’s text, styled like the first source cell with a style', () => {
    const { body, cells } = open();
    const written = cells.write(body, [
      { table: 1, row: 1, cell: 2, from: '', text: 'выполнено 01.09.2026', styleFrom: [{ row: 1, cell: 1 }] },
    ]);
    expect(written).toBe(true);
    const text = body.getTables()[1]!.getCell(1, 2).getChild(0).asParagraph().editAsText();
    expect([text.getText(), text.getFontFamily(0), text.getFontSize(0)]).toEqual([
      'выполнено 01.09.2026',
      'Times New Roman',
      12,
    ]);
  });

  it('replaces text that was there in its own style', () => {
    const { body, cells } = open();
    body
      .getTables()[1]!
      .getCell(1, 2)
      .getChild(0)
      .asParagraph()
      .editAsText()
      .setText('в работе')
      .setBold(true);
    expect(cells.write(body, [{ table: 1, row: 1, cell: 2, from: 'в работе', text: 'выполнено' }])).toBe(
      true,
    );
    const text = body.getTables()[1]!.getCell(1, 2).getChild(0).asParagraph().editAsText();
    expect([text.getText(), text.isBold(0)]).toEqual(['выполнено', true]);
  });

  it('writes nothing, and says so, when a cell is not as read: other text, two paragraphs, gone', () => {
    const { body, cells } = open();
    const plain = () => body.getText();
    const before = plain();
    const good = { table: 1, row: 1, cell: 2, from: '', text: 'выполнено' };
    expect(cells.write(body, [good, { ...good, cell: 1, from: 'Другое' }])).toBe(false);
    expect(cells.write(body, [good, { ...good, row: 5 }])).toBe(false);
    expect(cells.write(body, [good, { ...good, table: 7 }])).toBe(false);
    body.getTables()[0]!.getCell(1, 1).appendParagraph('второй абзац');
    const after = plain();
    expect(cells.write(body, [good, { table: 0, row: 1, cell: 1, from: 'Громова Т.И.', text: 'x' }])).toBe(
      false,
    );
    expect(plain()).toBe(after);
    expect(after.replace('\nвторой абзац', '')).toBe(before);
  });
});

import { expectGasError, firstSheet } from './helpers';

describe('reading values (§1.1)', () => {
  it('getValues returns a 0-indexed 2-D array of the range, with "" for empty cells (§1.1.1)', () => {
    const { sheet } = firstSheet();
    sheet.getRange(2, 2).setValue(42);
    const values = sheet.getRange(1, 1, 3, 2).getValues();
    expect(values).toEqual([
      ['', ''],
      ['', 42],
      ['', ''],
    ]);
    expect(values[0]![0]).toBe('');
  });

  it('getValues types: Number, Boolean, Date and String, never null or undefined (§1.1.1)', () => {
    const { sheet } = firstSheet();
    const when = new Date(Date.UTC(2026, 10, 25, 9, 30));
    sheet.getRange(1, 1, 1, 5).setValues([[1.5, true, when, 'текст', null]]);
    const [row] = sheet.getRange(1, 1, 1, 5).getValues();
    expect(typeof row![0]).toBe('number');
    expect(row![1]).toBe(true);
    expect(row![2]).toBeInstanceOf(Date);
    expect((row![2] as Date).getTime()).toBe(when.getTime());
    expect(row![3]).toBe('текст');
    expect(row![4]).toBe('');
  });

  it('a Date read back is a copy: changing it does not change the cell', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1').setValue(new Date(Date.UTC(2026, 0, 1)));
    const d = sheet.getRange('A1').getValue() as Date;
    d.setUTCFullYear(1999);
    expect((sheet.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2026);
  });

  it('getValue returns the top-left cell; empty gives "" (§1.1.1)', () => {
    const { sheet } = firstSheet();
    expect(sheet.getRange('C3').getValue()).toBe('');
    sheet.getRange('C3').setValue('x');
    expect(sheet.getRange('C3:D4').getValue()).toBe('x');
  });

  it('getDataRange of an empty sheet is A1, so getValues gives [[""]] (§1.4.2)', () => {
    const { sheet } = firstSheet();
    const range = sheet.getDataRange();
    expect(range.getA1Notation()).toBe('A1');
    expect(range.getValues()).toEqual([['']]);
  });

  it('getLastRow/getLastColumn are 0 on an empty sheet and 1 with only a header (§1.4.1)', () => {
    const { sheet } = firstSheet();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    sheet.appendRow(['ФИО', 'E-mail', 'Телефон']);
    expect(sheet.getLastRow()).toBe(1);
    expect(sheet.getLastColumn()).toBe(3);
  });

  it('getLastRow counts content, not formatting or notes', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:A500').setNumberFormat('@');
    sheet.getRange('B700').setNote('заметка');
    sheet.getRange('C10').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('D7').setValue(0);
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getLastColumn()).toBe(4);
  });

  it('getDataRange spans A1 to the last row and column with content (§1.4.2)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B2').setValue('y');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });

  it('getMaxRows/getMaxColumns are the grid, 1000×26 for a new spreadsheet (§1.4.3)', () => {
    const { sheet } = firstSheet();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  it('getFormulas returns the formula text and "" for other cells; getValues the computed result (§1.1.5)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:C1').setValues([[2, 3, '=A1*B1+1']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '=A1*B1+1']]);
    expect(sheet.getRange('C1').getValue()).toBe(7);
    expect(sheet.getRange('C1').getFormula()).toBe('=A1*B1+1');
  });

  it('a formula follows the cells it refers to', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:A3').setValues([[1], [2], ['=SUM(A1:A2)']]);
    sheet.getRange('A2').setValue(10);
    expect(sheet.getRange('A3').getValue()).toBe(11);
  });

  it('a formula whose function the engine does not know reads as "" (documented simplification)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1').setValue('=VLOOKUP(B1, C:D, 2, FALSE)');
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getFormula()).toBe('=VLOOKUP(B1, C:D, 2, FALSE)');
  });

  it('=HYPERLINK(url, label) shows its label', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1').setValue('=HYPERLINK("https://docs.google.com/d/1", "Программа")');
    expect(sheet.getRange('A1').getValue()).toBe('Программа');
  });

  it('division by zero and circular references come back as Sheets error strings', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:B1').setValues([['=1/0', '=B1+1']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#DIV/0!', '#REF!']]);
  });
});

describe('addressing (§1.2)', () => {
  it('getRange is 1-based: (1, 1) is A1 and (2, 3, 2, 2) is C2:D3 (§1.2.1)', () => {
    const { sheet } = firstSheet();
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    const r = sheet.getRange(2, 3, 2, 2);
    expect(r.getA1Notation()).toBe('C2:D3');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 2, 2]);
  });

  it('getRange(row, col, numRows) defaults to one column', () => {
    const { sheet } = firstSheet();
    expect(sheet.getRange(1, 2, 3).getA1Notation()).toBe('B1:B3');
  });

  it('A1 notation: single cells, rectangles, whole columns and rows', () => {
    const { sheet } = firstSheet();
    expect(sheet.getRange('b2').getA1Notation()).toBe('B2');
    const col = sheet.getRange('A:A');
    expect([col.getRow(), col.getNumRows(), col.getNumColumns()]).toEqual([1, 1000, 1]);
    expect(col.getA1Notation()).toBe('A:A');
    const row = sheet.getRange('2:3');
    expect([row.getRow(), row.getNumRows(), row.getNumColumns()]).toEqual([2, 2, 26]);
    expect(sheet.getRange('C3:A1').getA1Notation()).toBe('A1:C3');
  });

  it('unreadable A1 notation is refused', () => {
    const { sheet } = firstSheet();
    expectGasError(() => sheet.getRange('not a range'), 'Range not found');
  });

  it('offset is relative: (0, 0) is the same cell, and the size can change (§1.2.1)', () => {
    const { sheet } = firstSheet();
    const base = sheet.getRange('B2:C3');
    expect(base.offset(0, 0).getA1Notation()).toBe('B2:C3');
    expect(base.offset(1, 2).getA1Notation()).toBe('D3:E4');
    expect(base.offset(0, 2, 1, 1).getA1Notation()).toBe('D2');
    expect(base.offset(-1, -1, 1).getA1Notation()).toBe('A1:B1');
  });

  it('the form-submit pattern e.range.offset(0, getNumColumns(), 1, 1) is the first cell to the right (§2.2.4)', () => {
    const { sheet } = firstSheet();
    const row = sheet.getRange(5, 1, 1, 4);
    expect(row.offset(0, row.getNumColumns(), 1, 1).getA1Notation()).toBe('E5');
  });

  it('row < 1 and column < 1 give the "starting … too small" errors (§1.2.2)', () => {
    const { sheet } = firstSheet();
    expectGasError(() => sheet.getRange(0, 1), 'The starting row of the range is too small.');
    expectGasError(() => sheet.getRange(1, 0), 'The starting column of the range is too small.');
    expectGasError(() => sheet.getRange('A1').offset(-1, 0), 'The starting row of the range is too small.');
  });

  it('numRows < 1 and numColumns < 1 give "must be at least 1" (§1.2.3)', () => {
    const { sheet } = firstSheet();
    sheet.appendRow(['Только заголовок']);
    // The classic: getRange(2, 1, getLastRow() - 1, n) on a header-only sheet.
    expectGasError(
      () => sheet.getRange(2, 1, sheet.getLastRow() - 1, 3),
      'The number of rows in the range must be at least 1.',
    );
    expectGasError(
      () => sheet.getRange(1, 1, 1, 0),
      'The number of columns in the range must be at least 1.',
    );
    expectGasError(
      () => sheet.getRange('A1').offset(0, 0, 0, 1),
      'The number of rows in the range must be at least 1.',
    );
  });

  it('a range past the grid fails and getRange does not grow the grid (§1.2.4)', () => {
    const { sheet } = firstSheet();
    const message = 'The coordinates of the range are outside the dimensions of the sheet.';
    expectGasError(() => sheet.getRange(1001, 1), message);
    expectGasError(() => sheet.getRange(1, 27), message);
    expectGasError(() => sheet.getRange(999, 1, 3, 1), message);
    expectGasError(() => sheet.getRange('AA1'), message);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  it('getRange with arguments of the wrong type is a signature error (§0.3)', () => {
    const { sheet } = firstSheet();
    expectGasError(
      () => (sheet.getRange as (...a: unknown[]) => unknown)('A', 1),
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  it('Range.getLastRow/getLastColumn are the end of the range, not of the content (§1.4.4)', () => {
    const { sheet } = firstSheet();
    const r = sheet.getRange('B2:D10');
    expect(r.getLastRow()).toBe(10);
    expect(r.getLastColumn()).toBe(4);
  });

  it('getCell is 1-based within the range', () => {
    const { sheet } = firstSheet();
    expect(sheet.getRange('B2:D4').getCell(2, 3).getA1Notation()).toBe('D3');
  });
});

describe('writing values (§1.3.1)', () => {
  it("setValues with a row count that differs throws Google's dimension error (§1.3.1)", () => {
    const { sheet } = firstSheet();
    expectGasError(
      () =>
        sheet.getRange(1, 1, 3, 2).setValues([
          [1, 2],
          [3, 4],
        ]),
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it('setValues with a column count that differs throws the column error (§1.3.1)', () => {
    const { sheet } = firstSheet();
    expectGasError(
      () => sheet.getRange(1, 1, 1, 4).setValues([[1, 2, 3, 4, 5]]),
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  it('rows are checked before columns (§1.3.1)', () => {
    const { sheet } = firstSheet();
    expectGasError(
      () => sheet.getRange(1, 1, 2, 2).setValues([[1, 2, 3]]),
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('ragged rows fail on the first row whose width differs, and nothing is written (§1.3.1)', () => {
    const { sheet } = firstSheet();
    expectGasError(
      () => sheet.getRange(1, 1, 3, 2).setValues([[1, 2], [3, 4], [5]]),
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('a 1-D array is a signature error naming number[] (§0.3)', () => {
    const { sheet } = firstSheet();
    expectGasError(
      () => sheet.getRange(1, 1, 1, 3).setValues([1, 2, 3] as unknown as number[][]),
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('setValue writes the one value into every cell of the range', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:B2').setValue('нет');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['нет', 'нет'],
      ['нет', 'нет'],
    ]);
  });

  it('null and undefined clear a cell but keep its format (§1.3.10)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:B1').setValues([['a', 'b']]);
    sheet.getRange('A1').setNumberFormat('@');
    sheet.getRange('A1:B1').setValues([[null, undefined]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('@');
    expect(sheet.getLastRow()).toBe(0);
  });

  it('setFormula on many cells moves relative references, keeps absolute ones', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*$A$1+10');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([
      ['=A1*$A$1+10'],
      ['=A2*$A$1+10'],
      ['=A3*$A$1+10'],
    ]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[11], [12], [13]]);
  });

  it('setFormulas checks dimensions like setValues', () => {
    const { sheet } = firstSheet();
    expectGasError(
      () => sheet.getRange('A1:A2').setFormulas([['=1']]),
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('clearContent keeps formats; clear removes both', () => {
    const { sheet } = firstSheet();
    const r = sheet.getRange('A1');
    r.setNumberFormat('@').setValue('007').setBackground('#eeeeee');
    r.clearContent();
    expect(r.getValue()).toBe('');
    expect(r.getNumberFormat()).toBe('@');
    r.clear();
    expect(r.getNumberFormat()).toBe('0.###############');
    expect(r.getBackground()).toBe('#ffffff');
  });
});

describe('open-ended ranges', () => {
  it("getRange('A2:B') runs from A2 to the last row of the grid", () => {
    const { sheet } = firstSheet();
    const r = sheet.getRange('A2:B');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 1, 999, 2]);
  });

  it('=SUM(A2:A) and =COUNTA(A:A) read whole columns', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:A4').setValues([['Баллы'], [3], [4], [5]]);
    sheet.getRange('B1:C1').setValues([['=SUM(A2:A)', '=COUNTA(A:A)']]);
    expect(sheet.getRange('B1:C1').getValues()).toEqual([[12, 4]]);
  });
});

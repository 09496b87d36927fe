import { expectGasError, firstSheet } from './helpers';

/** The instant at which Moscow clocks (UTC+3) show the given wall time. */
const moscow = (y: number, m: number, d: number, h = 0, mi = 0, s = 0): number =>
  Date.UTC(y, m - 1, d, h - 3, mi, s);

describe('values are read like typed input (USER_ENTERED, §1.3.2)', () => {
  it('a string starting with = becomes a formula (§1.3.2)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1').setValue('=2+3');
    expect(sheet.getRange('A1').getFormula()).toBe('=2+3');
    expect(sheet.getRange('A1').getValue()).toBe(5);
  });

  it('numeric-looking strings become numbers and lose leading zeros (§1.3.5)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:D1').setValues([['007', '42', ' 3.25 ', '-12']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[7, 42, 3.25, -12]]);
  });

  it('a phone written as digits only becomes a number (§1.3.3)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1').setValue('79254800662');
    expect(sheet.getRange('A1').getValue()).toBe(79254800662);
  });

  it('in a ru_RU spreadsheet a decimal comma makes a number: "1,5" is 1.5', () => {
    const { sheet } = firstSheet({ locale: 'ru' });
    sheet.getRange('A1').setValue('1,5');
    expect(sheet.getRange('A1').getValue()).toBe(1.5);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1,5');
  });

  it('in an en_US spreadsheet "1,5" stays text and "1,500" is a thousand and a half', () => {
    const { sheet } = firstSheet({ locale: 'en' });
    sheet.getRange('A1:B1').setValues([['1,5', '1,500']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['1,5', 1500]]);
  });

  it('TRUE/FALSE become booleans, and ИСТИНА/ЛОЖЬ in a ru_RU spreadsheet', () => {
    const { sheet } = firstSheet({ locale: 'ru' });
    sheet.getRange('A1:D1').setValues([['TRUE', 'false', 'ИСТИНА', 'ложь']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[true, false, true, false]]);
  });

  it('25.11.2026 becomes a Date at midnight in the spreadsheet zone (ru_RU order, §1.1.2)', () => {
    const { sheet, ss } = firstSheet({ locale: 'ru', timeZone: 'Europe/Moscow' });
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Moscow');
    sheet.getRange('A1').setValue('25.11.2026');
    const v = sheet.getRange('A1').getValue();
    expect(v).toBeInstanceOf(Date);
    expect((v as Date).getTime()).toBe(moscow(2026, 11, 25));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('25.11.2026');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd.MM.yyyy');
  });

  it('ISO 2026-11-25 becomes a Date in any locale; en_US reads 11/25/2026 month first', () => {
    const ru = firstSheet({ locale: 'ru' }).sheet;
    ru.getRange('A1').setValue('2026-11-25');
    expect((ru.getRange('A1').getValue() as Date).getTime()).toBe(moscow(2026, 11, 25));
    const en = firstSheet({ locale: 'en' }).sheet;
    en.getRange('A1:B1').setValues([['11/25/2026', '25.11.2026']]);
    const [[us, dotted]] = en.getRange('A1:B1').getValues() as unknown[][];
    expect((us as Date).getTime()).toBe(moscow(2026, 11, 25));
    expect(dotted).toBe('25.11.2026');
  });

  it('an impossible date such as 31.02.2026 stays text', () => {
    const { sheet } = firstSheet({ locale: 'ru' });
    sheet.getRange('A1').setValue('31.02.2026');
    expect(sheet.getRange('A1').getValue()).toBe('31.02.2026');
  });

  it('a leading apostrophe keeps text and is not returned (§1.3.4)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:C1').setValues([["'007", "'+7 999 123-45-67", "'=SUM(A1)"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['007', '+7 999 123-45-67', '=SUM(A1)']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  it('a phone starting with + is a formula that cannot parse: #ERROR! (§1.3.3)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1').setValue('+7 926 662-51-06');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('#ERROR!');
  });

  it('a formula that cannot parse such as =foo( shows #ERROR! and keeps its text', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1').setValue('=foo(');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('A1').getFormula()).toBe('=foo(');
  });

  it('a lone dash stays text, but "+5" and "-5" are numbers', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1:C1').setValues([['-', '+5', '-5']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['-', 5, -5]]);
  });

  it('JS numbers, booleans and Dates are stored as they are', () => {
    const { sheet } = firstSheet();
    const d = new Date(Date.UTC(2026, 8, 1, 12, 34, 56));
    sheet.getRange('A1:C1').setValues([[7, false, d]]);
    const [[n, b, date]] = sheet.getRange('A1:C1').getValues() as unknown[][];
    expect(n).toBe(7);
    expect(b).toBe(false);
    expect((date as Date).getTime()).toBe(d.getTime());
  });

  it('appendRow parses its values like typed input too (§1.5.1)', () => {
    const { sheet } = firstSheet();
    sheet.appendRow(['007', '=1+1', 'TRUE']);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[7, 2, true]]);
    expect(sheet.getRange('B1').getFormula()).toBe('=1+1');
  });
});

describe('plain-text cells keep exactly what was written (§1.3.5, §1.3.6)', () => {
  it("a phone, a =HYPERLINK answer and 007 survive in a '@' column", () => {
    const { sheet } = firstSheet();
    sheet.getRange('B:B').setNumberFormat('@');
    const answers = [
      '+7 926 662-51-06',
      '=HYPERLINK("http://x.example","x")',
      '007',
      '25.11.2026',
      'TRUE',
      "'quoted",
    ];
    sheet.getRange(1, 2, answers.length, 1).setValues(answers.map((a) => [a]));
    expect(sheet.getRange(1, 2, answers.length, 1).getValues()).toEqual(answers.map((a) => [a]));
    expect(sheet.getRange(1, 2, answers.length, 1).getFormulas().flat()).toEqual(answers.map(() => ''));
    expect(sheet.getRange('B2').getDisplayValue()).toBe('=HYPERLINK("http://x.example","x")');
  });

  it('appendRow into a plain-text column stores =SUM(A1) as text, beyond the first rows too', () => {
    const { sheet } = firstSheet();
    sheet.getRange('B:B').setNumberFormat('@');
    for (let i = 0; i < 3; i++) sheet.appendRow(['x', '=SUM(A1)']);
    expect(sheet.getRange('B3').getValue()).toBe('=SUM(A1)');
    expect(sheet.getRange('B3').getFormula()).toBe('');
  });

  it('the format has to be set before writing: it does not convert what is already there', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1').setValue('007');
    sheet.getRange('A1').setNumberFormat('@');
    expect(sheet.getRange('A1').getValue()).toBe(7);
  });

  it("setNumberFormat('general') resets: writes convert again and the format reads 0.############### (§1.3.6)", () => {
    const { sheet } = firstSheet();
    const r = sheet.getRange('A1');
    expect(r.getNumberFormat()).toBe('0.###############');
    r.setNumberFormat('@');
    expect(r.getNumberFormat()).toBe('@');
    r.setNumberFormat('general');
    expect(r.getNumberFormat()).toBe('0.###############');
    r.setValue('007');
    expect(r.getValue()).toBe(7);
  });

  it('setNumberFormat(null) is a signature error (§1.3.6: passing null fails)', () => {
    const { sheet } = firstSheet();
    expectGasError(
      () => sheet.getRange('A1').setNumberFormat(null as unknown as string),
      "The parameters (null) don't match the method signature for SpreadsheetApp.Range.setNumberFormat.",
    );
  });

  it('rows added below a plain-text column stay plain text (insertRowsAfter, appendRow growth)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A:A').setNumberFormat('@');
    sheet.insertRowsAfter(1000, 2);
    expect(sheet.getRange('A1002').getNumberFormat()).toBe('@');
  });
});

describe('display values (§1.1.4)', () => {
  it('a ru_RU spreadsheet shows date-times as dd.MM.yyyy HH:mm:ss and dates as dd.MM.yyyy', () => {
    const { sheet } = firstSheet({ locale: 'ru', timeZone: 'Europe/Moscow' });
    sheet.getRange('A1').setValue(new Date(moscow(2024, 5, 25, 14, 3, 11)));
    sheet.getRange('B1').setValue('25.05.2024');
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['25.05.2024 14:03:11', '25.05.2024']]);
  });

  it('display values are strings; empty cells are ""', () => {
    const { sheet } = firstSheet({ locale: 'ru' });
    sheet.getRange('A1:D1').setValues([[12, 0.25, true, '']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['12', '0,25', 'TRUE', '']]);
  });

  it('getValues returns numbers raw whatever their display format (§1.1.3)', () => {
    const { sheet } = firstSheet({ locale: 'ru' });
    sheet.getRange('A1').setValue(0.256).setNumberFormat('0.0%');
    sheet.getRange('B1').setValue(1234.5).setNumberFormat('#,##0.00');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[0.256, 1234.5]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['25,6%', '1\u00a0234,50']]);
  });

  it('a date-formatted number shows as the date of its day serial', () => {
    const { sheet } = firstSheet({ locale: 'ru' });
    sheet.getRange('A1').setValue(46351).setNumberFormat('dd.MM.yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('25.11.2026');
  });
});

describe('limits', () => {
  it('more than 50,000 characters in one cell is refused; exactly 50,000 is fine (§1.3.8)', () => {
    const { sheet } = firstSheet();
    sheet.getRange('A1').setValue('я'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
    const message = 'Your input contains more than the maximum of 50000 characters in a single cell.';
    expectGasError(() => sheet.getRange('A2').setValue('я'.repeat(50_001)), message);
    expectGasError(() => sheet.getRange('A2:B2').setValues([['ok', 'я'.repeat(50_001)]]), message);
    expectGasError(() => sheet.appendRow(['я'.repeat(50_001)]), message);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['', '']]);
  });
});

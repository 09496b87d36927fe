import { expectGasError, firstSheet } from './helpers';

const OWNER = 'curator@college.example';

describe('Protection (§1.7.1, §1.7.2)', () => {
  it('sheet.protect() makes a SHEET protection; a second protect() returns the same one', () => {
    const { app, sheet } = firstSheet({ user: OWNER });
    const p = sheet.protect().setDescription('Служебный лист');
    expect(String(p.getProtectionType())).toBe('SHEET');
    expect(sheet.protect().getDescription()).toBe('Служебный лист');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  it('range.protect() makes RANGE protections, which may overlap', () => {
    const { app, ss, sheet } = firstSheet({ user: OWNER });
    const p = sheet.getRange('A1:C1').protect();
    sheet.getRange('B1').protect();
    expect(String(p.getProtectionType())).toBe('RANGE');
    expect(p.getRange().getA1Notation()).toBe('A1:C1');
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(2);
  });

  it('a new protection mirrors the spreadsheet editors until a script changes them', () => {
    const { ss, sheet } = firstSheet({ user: OWNER });
    ss.addEditor('mentor@college.example');
    const p = sheet.protect();
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, 'mentor@college.example']);
  });

  it('removeEditors never removes the owner or the current user (§1.7.1)', () => {
    const { ss, sheet, kernel } = firstSheet({ user: OWNER });
    ss.addEditors(['mentor@college.example', 'admin@college.example']);
    kernel.user = 'admin@college.example';
    const p = sheet.protect();
    p.addEditor('admin@college.example');
    p.removeEditors(p.getEditors().map((u) => u.getEmail()));
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, 'admin@college.example']);
    p.removeEditor(OWNER);
    expect(p.getEditors().map((u) => u.getEmail())).toContain(OWNER);
  });

  it('the typical lock-down pattern leaves only the owner and the script user', () => {
    const { ss, sheet } = firstSheet({ user: OWNER });
    ss.addEditor('teacher@college.example');
    const p = sheet.getRange('A1:Z1').protect().setDescription('Заголовки');
    p.addEditor(OWNER);
    p.removeEditors(p.getEditors().map((u) => u.getEmail()));
    if (p.canDomainEdit()) p.setDomainEdit(false);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    expect(p.canDomainEdit()).toBe(false);
    expect(p.canEdit()).toBe(true);
  });

  it('canEdit is false for a user the protection does not list, true when warning-only', () => {
    const { ss, sheet, kernel } = firstSheet({ user: OWNER });
    ss.addEditor('teacher@college.example');
    const p = sheet.protect();
    p.removeEditors(['teacher@college.example']);
    kernel.user = 'teacher@college.example';
    expect(p.canEdit()).toBe(false);
    p.setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.canEdit()).toBe(true);
  });

  it('changing a sheet protection into a range protection fails (§1.7.2)', () => {
    const { sheet } = firstSheet();
    const p = sheet.protect();
    expectGasError(
      () => p.setRange(sheet.getRange('A1')),
      'Cannot change sheet protection to range protection (or vice versa).',
    );
  });

  it('unprotected ranges of a sheet protection', () => {
    const { sheet } = firstSheet();
    const p = sheet.protect().setUnprotectedRanges([sheet.getRange('B2:B10')]);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:B10']);
  });

  it('remove() takes the protection away', () => {
    const { app, sheet } = firstSheet();
    sheet.getRange('A1').protect().remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  it('a protected range follows its cells when rows are inserted above', () => {
    const { app, sheet } = firstSheet();
    sheet.getRange('A2:B3').protect();
    sheet.insertRowBefore(1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0]!.getRange().getA1Notation()).toBe('A3:B4');
  });
});

describe('data validation (§1.7.3–1.7.4)', () => {
  it('requireValueInList builds a rule that reads back its criteria, help text and allowInvalid', () => {
    const { app, sheet } = firstSheet();
    const rule = app
      .newDataValidation()
      .requireValueInList(['очная', 'дистанционная'], true)
      .setAllowInvalid(false)
      .setHelpText('Выберите форму')
      .build();
    sheet.getRange('C2:C50').setDataValidation(rule);
    const read = sheet.getRange('C10').getDataValidation()!;
    expect(String(read.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(read.getCriteriaValues()).toEqual([['очная', 'дистанционная'], true]);
    expect(read.getHelpText()).toBe('Выберите форму');
    expect(read.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('C1').getDataValidation()).toBeNull();
  });

  it("a list of more than 500 items is refused with Google's text; 500 is fine (§1.7.3)", () => {
    const { app, sheet } = firstSheet();
    const items = (n: number): string[] => Array.from({ length: n }, (_, i) => `п${i}`);
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInList(items(500)).build());
    expectGasError(
      () =>
        sheet
          .getRange('A2')
          .setDataValidation(app.newDataValidation().requireValueInList(items(501)).build()),
      'The data validation rule has more items than the limit of 500. Use the ‘List from a range’ criteria instead.',
    );
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
  });

  it('requireDate with an argument is a signature error (§1.7.4)', () => {
    const { app } = firstSheet();
    const builder = app.newDataValidation() as unknown as { requireDate: (x: unknown) => unknown };
    expectGasError(
      () => builder.requireDate('=I1'),
      "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireDate.",
    );
  });

  it('requireCheckbox, requireNumberBetween and copy()', () => {
    const { app, sheet } = firstSheet();
    const box = app.newDataValidation().requireCheckbox().build();
    expect(String(box.getCriteriaType())).toBe('CHECKBOX');
    expect(box.getCriteriaValues()).toEqual([]);
    const scale = app.newDataValidation().requireNumberBetween(1, 10).build();
    const copy = scale.copy().setHelpText('1–10').build();
    expect(copy.getCriteriaValues()).toEqual([1, 10]);
    expect(copy.getHelpText()).toBe('1–10');
    expect(scale.getHelpText()).toBe('');
    sheet.getRange('A1:B1').setDataValidations([[box, null]]);
    const rules = sheet.getRange('A1:B1').getDataValidations();
    expect(String(rules[0]![0]!.getCriteriaType())).toBe('CHECKBOX');
    expect(rules[0]![1]).toBeNull();
  });

  it('setDataValidation(null) and clearDataValidations remove rules', () => {
    const { app, sheet } = firstSheet();
    const rule = app.newDataValidation().requireCheckbox().build();
    sheet.getRange('A1:A2').setDataValidation(rule);
    sheet.getRange('A1').setDataValidation(null);
    sheet.getRange('A2').clearDataValidations();
    expect(sheet.getRange('A1:A2').getDataValidations()).toEqual([[null], [null]]);
  });

  it('insertCheckboxes sets checkbox validation and FALSE in every cell', () => {
    const { sheet } = firstSheet();
    sheet.getRange('D2:D3').insertCheckboxes();
    expect(sheet.getRange('D2:D3').getValues()).toEqual([[false], [false]]);
    expect(String(sheet.getRange('D3').getDataValidation()!.getCriteriaType())).toBe('CHECKBOX');
  });

  it('a script may write a value the rule rejects: validation only stops people typing', () => {
    const { app, sheet } = firstSheet();
    sheet
      .getRange('A1')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).build(),
      );
    sheet.getRange('A1').setValue('может быть');
    expect(sheet.getRange('A1').getValue()).toBe('может быть');
  });
});

describe('conditional formats, filters, cosmetics', () => {
  it('conditional format rules are stored with their ranges and condition', () => {
    const { app, sheet } = firstSheet();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$E2="отказ"')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('A2:H200')])
      .build();
    const rules = sheet.getConditionalFormatRules();
    rules.push(rule);
    sheet.setConditionalFormatRules(rules);
    const [read] = sheet.getConditionalFormatRules();
    expect(read!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:H200']);
    const cond = read!.getBooleanCondition()!;
    expect(String(cond.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(cond.getCriteriaValues()).toEqual(['=$E2="отказ"']);
    expect(cond.getBackground()).toBe('#f4cccc');
  });

  it('whenTextEqualTo and whenCellEmpty', () => {
    const { app, sheet } = firstSheet();
    const a = app
      .newConditionalFormatRule()
      .whenTextEqualTo('да')
      .setFontColor('#00aa00')
      .setRanges([sheet.getRange('A:A')])
      .build();
    const b = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#ffff00')
      .setRanges([sheet.getRange('B:B')])
      .build();
    sheet.setConditionalFormatRules([a, b]);
    const read = sheet
      .getConditionalFormatRules()
      .map((r) => String(r.getBooleanCondition()!.getCriteriaType()));
    expect(read).toEqual(['TEXT_EQUAL_TO', 'CELL_EMPTY']);
  });

  it("createFilter on a sheet that already has a filter fails with Google's text; remove() frees it", () => {
    const { sheet } = firstSheet();
    const filter = sheet.getRange('A1:F20').createFilter();
    expect(filter.getRange().getA1Notation()).toBe('A1:F20');
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A1:F20');
    expectGasError(
      () => sheet.getRange('A1:B2').createFilter(),
      "You can't create a filter in a sheet that already has a filter.",
    );
    sheet.clear();
    expect(sheet.getFilter()).not.toBeNull();
    sheet.getFilter()!.remove();
    expect(sheet.getFilter()).toBeNull();
    sheet.getRange('A1:B2').createFilter();
  });

  it('invalid horizontal alignment is silently ignored (§1.7.5)', () => {
    const { sheet } = firstSheet();
    const r = sheet.getRange('A1');
    r.setHorizontalAlignment('center');
    r.setHorizontalAlignment('foo' as 'left');
    expect(r.getHorizontalAlignment()).toBe('center');
  });

  it('font weight, background, font colour, wrap and notes are kept', () => {
    const { sheet } = firstSheet();
    const r = sheet.getRange('A1:B1');
    r.setFontWeight('bold')
      .setBackground('#cfe2f3')
      .setFontColor('#000000')
      .setWrap(true)
      .setNote('Заголовок');
    expect(r.getFontWeight()).toBe('bold');
    expect(r.getBackground()).toBe('#cfe2f3');
    expect(r.getWrap()).toBe(true);
    expect(r.getNotes()).toEqual([['Заголовок', 'Заголовок']]);
    r.setNote(null);
    expect(r.getNote()).toBe('');
  });

  it('merge keeps only the top-left value', () => {
    const { sheet } = firstSheet();
    sheet
      .getRange('A1:B1')
      .setValues([['Заголовок', 'лишнее']])
      .merge();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Заголовок', '']]);
  });
});

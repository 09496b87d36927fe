import { setupSystem } from '../../src/addon/entry-points';
import { columnLetter, messages } from '../../src/core';
import { depsOf, openCollegeSpreadsheet } from './fixture';

type Opened = ReturnType<typeof openCollegeSpreadsheet>;

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const clickSetup = ({ workspace }: Opened): void =>
  workspace.kernel.run('menu', 'setupSystem', () => setupSystem(undefined, depsOf(workspace)));

/** A sheet as the exporter sees it (no service calls). */
const snapshot = ({ workspace, spreadsheet }: Opened, name: string) =>
  workspace.sheets
    .get(spreadsheet.getId())!
    .toJSON()
    .sheets.find((s) => s.name === name)!;

const lastAlert = ({ workspace }: Opened) =>
  workspace.kernel.screen.filter((e) => e.kind === 'alert').slice(-1)[0]!.content;

function editSetting({ spreadsheet }: Opened, key: string, value: string): void {
  const sheet = spreadsheet.getSheetByName('Настройки')!;
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((r) => r[values[0]!.indexOf('Ключ')] === key);
  sheet.getRange(row + 1, values[0]!.indexOf('Значение') + 1).setValue(value);
}

const column = (opened: Opened, sheet: string, header: string): string => {
  const headers = snapshot(opened, sheet).values[0]!;
  const at = headers.indexOf(header);
  if (at < 0) throw new Error(`no ${header} on ${sheet}`);
  return columnLetter(at + 1);
};

const BANKS = ['Банк наставляемых', 'Банк наставников'];

describe('finished sheets', () => {
  it('banks get a frozen header, a filter, drop-downs for consent and participation, and a highlight of rows without consent', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    for (const bank of BANKS) {
      const s = snapshot(opened, bank);
      expect(s.frozenRows).toBe(1);
      expect(s.filter).toMatch(/^A1:/);
      const consent = column(opened, bank, 'Согласие на обработку ПДн');
      const email = column(opened, bank, 'Эл. почта');
      const rule = s.validations.find((v) => v.range.startsWith(`${consent}2:`))!;
      expect(rule).toMatchObject({ criteria: 'VALUE_IN_LIST', allowInvalid: false });
      expect(rule.values[0]).toEqual(['дано', 'отозвано', 'нет']);
      const participation = column(opened, bank, 'Участие');
      const p = s.validations.find((v) => v.range.startsWith(`${participation}2:`))!;
      expect(p).toMatchObject({ criteria: 'CUSTOM_FORMULA', allowInvalid: true });
      expect(s.conditionalFormats).toHaveLength(1);
      expect(s.conditionalFormats[0]).toMatchObject({
        criteria: 'CUSTOM_FORMULA',
        values: [`=AND($${email}2<>"",$${consent}2<>"дано")`],
      });
    }
  });

  it('«Согласия» and «Пары и группы» get drop-downs for their statuses', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    const status = column(opened, 'Согласия', 'Статус');
    const consents = snapshot(opened, 'Согласия').validations.find((v) => v.range.startsWith(`${status}2:`))!;
    expect(consents.values[0]).toEqual(['дано', 'отозвано']);
    const pairStatus = column(opened, 'Пары и группы', 'Статус');
    const pairs = snapshot(opened, 'Пары и группы').validations.find((v) =>
      v.range.startsWith(`${pairStatus}2:`),
    )!;
    expect(pairs.values[0]).toContain('действует');
  });

  it('personal data are protected with a warning only while «Настройки» names no editors, and the summary says so', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    expect(lastAlert(opened)).toContain(messages.finish.warningOnly);
    const bank = snapshot(opened, 'Банк наставляемых');
    expect(bank.protections.length).toBeGreaterThan(0);
    expect(bank.protections.every((p) => p.warningOnly && p.range !== null)).toBe(true);
    expect(bank.protections[0]!.range).toMatch(/^A1:/);
    for (const sheet of ['Согласия', 'История анкет', 'Ответы: согласия']) {
      const p = snapshot(opened, sheet).protections;
      expect(p).toHaveLength(1);
      expect(p[0]).toMatchObject({ type: 'SHEET', warningOnly: true });
    }
  });

  it('editors named in «Настройки» become the only editors (the owner keeps access); a later change of the setting is applied', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    editSetting(opened, 'editors.personalData', 'Curator@College.example; metodist@college.example');
    clickSetup(opened);
    const owner = opened.workspace.kernel.user;
    const consents = snapshot(opened, 'Согласия').protections[0]!;
    expect(consents.warningOnly).toBe(false);
    expect(new Set(consents.editors)).toEqual(
      new Set([owner, 'curator@college.example', 'metodist@college.example']),
    );
    expect(consents.description).toContain('curator@college.example, metodist@college.example');
    editSetting(opened, 'editors.personalData', 'curator@college.example');
    clickSetup(opened);
    const after = snapshot(opened, 'Согласия').protections;
    expect(after).toHaveLength(1);
    expect(new Set(after[0]!.editors)).toEqual(new Set([owner, 'curator@college.example']));
  });

  it('a second run adds no duplicate rule, filter or protection', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    const before = BANKS.map((b) => snapshot(opened, b));
    clickSetup(opened);
    clickSetup(opened);
    expect(BANKS.map((b) => snapshot(opened, b))).toEqual(before);
    expect(lastAlert(opened)).toBe(messages.setup.nothingChanged);
  });

  it('after staff moved the consent column, the next run points the highlight and drop-down at its new place', () => {
    const opened = openCollegeSpreadsheet();
    clickSetup(opened);
    const bank = opened.spreadsheet.getSheetByName('Банк наставляемых')!;
    // Staff drag «Согласие на обработку ПДн» to column A: delete it where it was and insert it first.
    const headers = bank.getRange(1, 1, 1, bank.getLastColumn()).getValues()[0]!;
    const at = headers.indexOf('Согласие на обработку ПДн') + 1;
    bank.deleteColumn(at);
    bank.insertColumnBefore(1);
    bank.getRange(1, 1).setValue('Согласие на обработку ПДн');
    clickSetup(opened);
    const s = snapshot(opened, 'Банк наставляемых');
    const email = column(opened, 'Банк наставляемых', 'Эл. почта');
    const ours = s.conditionalFormats.filter((r) => /<>"дано"\)$/.test(String(r.values[0])));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.values).toEqual([`=AND($${email}2<>"",$A2<>"дано")`]);
    const consent = s.validations.find((v) => v.range.startsWith('A2:'))!;
    expect(consent.values[0]).toEqual(['дано', 'отозвано', 'нет']);
    clickSetup(opened);
    expect(lastAlert(opened)).toBe(messages.setup.nothingChanged);
  });
});

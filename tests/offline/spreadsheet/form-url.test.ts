import { OfflineWorkspace } from '../../../src/offline/workspace';

/**
 * `Sheet.getFormUrl()` — Google: "Returns the URL for the form that sends its responses to this sheet, or
 * null if this sheet has no associated form"; `Spreadsheet.getFormUrl()` — the same for the spreadsheet,
 * "not predictable" when several forms send responses to it
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFormUrl(),
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getFormUrl()).
 */
function setup() {
  const workspace = new OfflineWorkspace({ start: new Date(Date.UTC(2026, 8, 1, 7, 0)) });
  const { SpreadsheetApp, FormApp } = workspace.services;
  const spreadsheet = SpreadsheetApp.create('Наставничество');
  const form = FormApp.create('Анкета');
  form.setTitle('Анкета наставляемого').setCollectEmail(true);
  form.addTextItem().setTitle('Фамилия, имя, отчество').setRequired(true);
  return { workspace, spreadsheet, form, FormApp };
}

const formIdIn = (url: string | null): string | null =>
  url === null ? null : (/\/forms\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? null);

describe('Sheet.getFormUrl and Spreadsheet.getFormUrl', () => {
  it('a tab with no linked form, and a spreadsheet with none, return null', () => {
    const { spreadsheet, workspace } = setup();
    const before = workspace.kernel.calls.snapshot();
    expect(spreadsheet.getSheets()[0]!.getFormUrl()).toBeNull();
    expect(spreadsheet.getFormUrl()).toBeNull();
    expect(workspace.kernel.calls.since(before)).toEqual({
      'SpreadsheetApp.Spreadsheet.getSheets': 1,
      'SpreadsheetApp.Sheet.getFormUrl': 1,
      'SpreadsheetApp.Spreadsheet.getFormUrl': 1,
    });
  });

  it('setDestination links the new response tab: its getFormUrl carries the form id, which FormApp.openByUrl opens', () => {
    const { spreadsheet, form, FormApp } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
    const [responses, first] = spreadsheet.getSheets();
    expect(responses!.getName()).toBe('Ответы на форму (1)');
    expect(formIdIn(responses!.getFormUrl())).toBe(form.getId());
    expect(FormApp.openByUrl(responses!.getFormUrl()!).getId()).toBe(form.getId());
    expect(first!.getFormUrl()).toBeNull();
    expect(formIdIn(spreadsheet.getFormUrl())).toBe(form.getId());
  });

  it('the link survives renaming and moving the tab, and responses keep landing there', () => {
    const { workspace, spreadsheet, form, FormApp } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
    const responses = spreadsheet.getSheets()[0]!;
    responses.setName('Ответы: анкета наставляемого');
    workspace.forms.submitAsRespondent(
      form.getId(),
      { 'Фамилия, имя, отчество': 'Иванова Анна Сергеевна' },
      'anna@college.example',
    );
    const renamed = spreadsheet.getSheetByName('Ответы: анкета наставляемого')!;
    expect(formIdIn(renamed.getFormUrl())).toBe(form.getId());
    expect(renamed.getDataRange().getValues()[1]![2]).toBe('Иванова Анна Сергеевна');
  });

  it('removeDestination unlinks: the old tab keeps its rows and getFormUrl becomes null', () => {
    const { workspace, spreadsheet, form, FormApp } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
    workspace.forms.submitAsRespondent(
      form.getId(),
      { 'Фамилия, имя, отчество': 'Иванова Анна Сергеевна' },
      'anna@college.example',
    );
    form.removeDestination();
    const old = spreadsheet.getSheetByName('Ответы на форму (1)')!;
    expect(old.getFormUrl()).toBeNull();
    expect(old.getLastRow()).toBe(2);
    expect(spreadsheet.getFormUrl()).toBeNull();
  });

  it('relinking moves the link to the new tab (Ответы на форму (2)); the old tab is no longer the form’s', () => {
    const { spreadsheet, form, FormApp } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
    expect(spreadsheet.getSheetByName('Ответы на форму (1)')!.getFormUrl()).toBeNull();
    expect(formIdIn(spreadsheet.getSheetByName('Ответы на форму (2)')!.getFormUrl())).toBe(form.getId());
  });

  it('two forms linked to one spreadsheet: each tab names its own form', () => {
    const { spreadsheet, form, FormApp } = setup();
    const other = FormApp.create('Согласие');
    other.setTitle('Согласие');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
    other.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
    const byForm = new Map(spreadsheet.getSheets().map((s) => [formIdIn(s.getFormUrl()), s.getName()]));
    expect(byForm.get(form.getId())).toBe('Ответы на форму (1)');
    expect(byForm.get(other.getId())).toBe('Ответы на форму (2)');
  });
});

describe('a form deleted for good', () => {
  it('no longer opens (the Drive "no item" Exception); its response tab keeps the rows', () => {
    const { workspace, spreadsheet, form, FormApp } = setup();
    form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
    const id = form.getId();
    workspace.forms.store.deletePermanently(id);
    expect(() => FormApp.openById(id)).toThrow(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
    expect(spreadsheet.getSheetByName('Ответы на форму (1)')!.getLastRow()).toBe(1);
  });
});

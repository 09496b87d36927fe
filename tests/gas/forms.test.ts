import { QUESTIONNAIRES, buildFormDraft } from '../../src/core';
import { GoogleForms, LinkedResponseSheets } from '../../src/gas/forms';
import { ScriptTriggers } from '../../src/gas/triggers';
import { OfflineWorkspace } from '../../src/offline/workspace';

function open() {
  const workspace = new OfflineWorkspace({ start: new Date(Date.UTC(2026, 8, 1, 7, 0)) });
  const { SpreadsheetApp, FormApp, ScriptApp } = workspace.services;
  const spreadsheet = SpreadsheetApp.create('Наставничество');
  workspace.kernel.container = { kind: 'spreadsheet', id: spreadsheet.getId() };
  return {
    workspace,
    spreadsheet,
    forms: new GoogleForms(FormApp, SpreadsheetApp),
    tabs: new LinkedResponseSheets(SpreadsheetApp),
    triggers: new ScriptTriggers(ScriptApp, SpreadsheetApp),
  };
}

const lists = { competences: ['оценивание', 'документация'], mentoringForms: ['групповая', 'реверсивная'] };

describe('GoogleForms', () => {
  it('builds a form item by item, links it to the active spreadsheet and returns its ids', () => {
    const { workspace, forms, spreadsheet } = open();
    const { draft } = buildFormDraft(QUESTIONNAIRES.mentor, lists);
    const before = workspace.kernel.calls.snapshot();
    const created = forms.create(draft);
    const calls = workspace.kernel.calls.since(before);
    const record = workspace.forms.store.get(created.ref.formId);
    expect(record.items.map((i) => i.id)).toEqual(draft.items.map((i) => created.itemIds[i.key]));
    expect(record.destination?.spreadsheetId).toBe(spreadsheet.getId());
    expect(created.ref.publishedUrl).toBe(
      `https://docs.google.com/forms/d/e/${record.publishedKey}/viewform`,
    );
    // One call per setter: no reads of what was just written.
    expect(calls['FormApp.FormApp.create']).toBe(1);
    expect(calls['FormApp.Form.setDestination']).toBe(1);
    expect(Object.keys(calls).filter((k) => /\.get(Title|Choices|Rows|Items)$/.test(k))).toEqual([]);
  });

  it('opens(): false for a form deleted for good, true for one that opens; each form is opened once', () => {
    const { workspace, forms } = open();
    const { draft } = buildFormDraft(QUESTIONNAIRES.consent, lists, 'Текст согласия');
    const a = forms.create(draft).ref.formId;
    const b = forms.create(draft).ref.formId;
    workspace.forms.store.deletePermanently(b);
    const fresh = new GoogleForms(workspace.services.FormApp, workspace.services.SpreadsheetApp);
    const before = workspace.kernel.calls.snapshot();
    expect(fresh.opens(a)).toBe(true);
    expect(fresh.opens(b)).toBe(false);
    fresh.setDescription(a, 'Новый текст');
    expect(workspace.kernel.calls.since(before)['FormApp.FormApp.openById']).toBe(2);
    expect(workspace.forms.store.get(a).description).toBe('Новый текст');
  });

  it('updateChoices sets grid rows and checkbox choices, and reports items staff deleted', () => {
    const { workspace, forms } = open();
    const built = buildFormDraft(QUESTIONNAIRES.mentee, lists);
    const { ref, itemIds } = forms.create(built.draft);
    const form = workspace.services.FormApp.openById(ref.formId);
    form.deleteItem(form.getItemById(itemIds.mentoringForm!)!);
    const missing = forms.updateChoices(ref.formId, [
      { itemId: itemIds.difficulties!, kind: 'grid', values: ['оценивание', 'аттестация'] },
      { itemId: itemIds.mentoringForm!, kind: 'choice', values: ['групповая'] },
    ]);
    expect(missing).toEqual([itemIds.mentoringForm]);
    const grid = workspace.forms.store.get(ref.formId).items.find((i) => i.id === itemIds.difficulties)!;
    expect(grid.rows).toEqual(['оценивание', 'аттестация']);
  });
});

describe('LinkedResponseSheets', () => {
  it('lists only tabs linked to a form, by the id in getFormUrl, and renames them', () => {
    const { forms, tabs, spreadsheet } = open();
    const { ref } = forms.create(buildFormDraft(QUESTIONNAIRES.consent, lists, 'Текст').draft);
    expect(tabs.list()).toEqual([{ formId: ref.formId, sheet: 'Ответы на форму (1)' }]);
    tabs.rename('Ответы на форму (1)', 'Ответы: согласия');
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Ответы: согласия', 'Лист1']);
  });
});

describe('ScriptTriggers', () => {
  it('installs the spreadsheet on-form-submit trigger and the daily one, lists and removes them', () => {
    const { workspace, triggers, spreadsheet } = open();
    triggers.installFormSubmit('onFormSubmitted');
    triggers.installDaily('dailyMaintenance', 3);
    const listed = triggers.list();
    expect(listed.map((t) => [t.handler, t.event, t.sourceId])).toEqual([
      ['onFormSubmitted', 'formSubmit', spreadsheet.getId()],
      ['dailyMaintenance', 'clock', null],
    ]);
    triggers.remove(listed[1]!.id);
    expect(workspace.triggers.toJSON().triggers.map((t) => t.handler)).toEqual(['onFormSubmitted']);
  });
});

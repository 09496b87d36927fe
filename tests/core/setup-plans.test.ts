import { QUESTIONNAIRES } from '../../src/core';
import { buildFormDraft } from '../../src/core/questionnaires/build-form';
import { aspectsOf, parseEditors, planFinish } from '../../src/core/setup/finish-plan';
import {
  formIdFromUrl,
  formSyncOf,
  parseStoredForms,
  planForms,
  responseSheetName,
  StoredForms,
  StoredFormSync,
} from '../../src/core/setup/forms-plan';
import { buildForms } from '../../src/core/setup/set-up-forms';
import { planTriggers } from '../../src/core/setup/triggers-plan';
import type { SheetFinishState } from '../../src/ports';

const ref = (id: string) => ({
  formId: id,
  publishedUrl: `https://docs.google.com/forms/d/e/P${id}/viewform`,
  editUrl: '',
});

/** The six forms as set-up leaves them: stored, synced, each with its response tab. */
function setUp(settings: Record<string, string> = {}) {
  const built = buildForms(settings);
  const stored: StoredForms = {
    mentee: ref('F1'),
    mentor: ref('F2'),
    consent: ref('F3'),
    monitoring: ref('F4'),
    bestPractice: ref('F5'),
    publicationConsent: ref('F6'),
  };
  const ids = { difficulties: 11, mentoringForm: 12, strengths: 21 };
  // Only the two questionnaires have choices that follow «Настройки»; the other forms sync nothing but
  // their description.
  const sync: StoredFormSync = {
    mentee: formSyncOf(built.mentee, ids),
    mentor: formSyncOf(built.mentor, { strengths: 21, mentoringForm: 22 }),
    consent: formSyncOf(built.consent, {}),
    monitoring: formSyncOf(built.monitoring, {}),
    bestPractice: formSyncOf(built.bestPractice, {}),
    publicationConsent: formSyncOf(built.publicationConsent, {}),
  };
  const responseSheets = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6'].map((formId, i) => ({
    formId,
    sheet: `Ответы ${i}`,
  }));
  const opens = {
    mentee: true,
    mentor: true,
    consent: true,
    monitoring: true,
    bestPractice: true,
    publicationConsent: true,
  };
  return { stored, sync, responseSheets, opens };
}

describe('buildFormDraft', () => {
  it('resolves competences and forms of mentoring from the settings and remembers them as dynamic', () => {
    const built = buildFormDraft(QUESTIONNAIRES.mentee, {
      competences: ['оценивание', ' оценивание ', 'инклюзия (ОВЗ)', ''],
      mentoringForms: ['групповая'],
    });
    const grid = built.draft.items.find((i) => i.kind === 'grid')!;
    expect(grid).toMatchObject({
      rows: ['оценивание', 'инклюзия (ОВЗ)'],
      columns: ['1', '2', '3', '4', '5'],
    });
    expect(built.dynamic).toEqual({
      difficulties: { kind: 'grid', values: ['оценивание', 'инклюзия (ОВЗ)'] },
      mentoringForm: { kind: 'choice', values: ['групповая'] },
    });
    expect(built.draft.collectEmail).toBe(true);
  });
});

describe('planForms', () => {
  it('with nothing stored creates the six forms in order', () => {
    const plan = planForms(buildForms({}), { stored: {}, sync: {}, opens: {}, responseSheets: [] });
    expect(plan.create.map((c) => [c.key, c.replaces])).toEqual([
      ['mentee', null],
      ['mentor', null],
      ['consent', null],
      ['monitoring', null],
      ['bestPractice', null],
      ['publicationConsent', null],
    ]);
  });

  it('plans nothing when every form opens, is linked and matches the settings', () => {
    const plan = planForms(buildForms({}), setUp());
    expect(plan).toEqual({ create: [], syncChoices: [], syncDescription: [], relink: [] });
  });

  it('a reworded competence syncs the mentee grid and the mentor checkboxes, nothing else', () => {
    const seen = setUp();
    const plan = planForms(buildForms({ 'competence.digital': 'ЭОР и цифровые сервисы' }), seen);
    expect(plan.create).toEqual([]);
    expect(plan.syncDescription).toEqual([]);
    expect(plan.syncChoices.map((s) => [s.key, s.updates.map((u) => [u.itemId, u.kind])])).toEqual([
      ['mentee', [[11, 'grid']]],
      ['mentor', [[21, 'checkbox']]],
    ]);
    expect(plan.syncChoices[0]!.updates[0]!.values).toContain('ЭОР и цифровые сервисы');
  });

  it('a new operator name changes both consent texts: only the two consent forms’ descriptions are updated', () => {
    // The operator is named in the consent to processing and in the consent to publication (приказ
    // Роскомнадзора № 18, item 3); the questionnaires, monitoring and best practice do not name it.
    const plan = planForms(buildForms({ 'organization.fullName': 'ПОУ «СКУиИТ»' }), setUp());
    expect(plan.syncDescription.map((d) => d.key)).toEqual(['consent', 'publicationConsent']);
    for (const d of plan.syncDescription)
      expect([d.key, d.description]).toEqual([d.key, expect.stringContaining('ПОУ «СКУиИТ»')]);
    expect(plan.syncChoices).toEqual([]);
    expect(plan.create).toEqual([]);
  });

  it('new web resources change only the consent to publication’s description', () => {
    const plan = planForms(buildForms({ 'publicity.resources': 'https://college.example.ru' }), setUp());
    expect(plan.syncDescription.map((d) => d.key)).toEqual(['publicationConsent']);
    expect(plan.syncDescription[0]!.description).toContain('https://college.example.ru');
    expect(plan.syncChoices).toEqual([]);
  });

  it('a form that no longer opens is created again, naming the one it replaces; a lost tab is relinked', () => {
    const seen = setUp();
    seen.opens.mentor = false;
    seen.responseSheets = seen.responseSheets.filter((s) => s.formId !== 'F3');
    const plan = planForms(buildForms({}), seen);
    expect(plan.create.map((c) => [c.key, c.replaces?.formId])).toEqual([['mentor', 'F2']]);
    expect(plan.relink).toEqual([{ key: 'consent', formId: 'F3' }]);
  });

  it('stored references that are not JSON, or not references, count as no form', () => {
    expect(parseStoredForms('{not json')).toEqual({});
    expect(
      parseStoredForms(JSON.stringify({ mentee: { formId: '' }, mentor: 'x', consent: ref('F3') })),
    ).toEqual({
      consent: ref('F3'),
    });
  });

  it('finds the form id in a form URL but not in a published /d/e/ URL', () => {
    expect(formIdFromUrl('https://docs.google.com/forms/d/1AbC_d-9/viewform')).toBe('1AbC_d-9');
    expect(formIdFromUrl('https://docs.google.com/forms/d/e/1FAIpQL/viewform')).toBeNull();
    expect(formIdFromUrl(null)).toBeNull();
  });

  it('a response tab gets the wanted name or the first free numbered one', () => {
    expect(responseSheetName('Ответы: согласия', new Set(['Журнал']))).toBe('Ответы: согласия');
    expect(responseSheetName('Ответы: согласия', new Set(['Ответы: согласия', 'Ответы: согласия (2)']))).toBe(
      'Ответы: согласия (3)',
    );
  });
});

describe('planTriggers', () => {
  const t = (
    id: string,
    handler: string,
    event: 'formSubmit' | 'clock' | 'other',
    sourceId: string | null = null,
  ) => ({
    id,
    handler,
    event,
    sourceId,
  });

  it('installs both when none exist', () => {
    expect(planTriggers([], 'SS')).toEqual({ installFormSubmit: true, installDaily: true, remove: [] });
  });

  it('keeps one of each, removes duplicates and wrong kinds, leaves other spreadsheets and handlers alone', () => {
    const plan = planTriggers(
      [
        t('1', 'onFormSubmitted', 'formSubmit', 'SS'),
        t('2', 'onFormSubmitted', 'formSubmit', 'SS'),
        t('3', 'onFormSubmitted', 'formSubmit', 'OTHER'),
        t('4', 'dailyMaintenance', 'clock'),
        t('5', 'dailyMaintenance', 'clock'),
        t('6', 'onFormSubmitted', 'clock'),
        t('7', 'somethingElse', 'clock'),
      ],
      'SS',
    );
    expect(plan.installFormSubmit).toBe(false);
    expect(plan.installDaily).toBe(false);
    expect(plan.remove.map((r) => r.id)).toEqual(['2', '5', '6']);
  });
});

describe('planFinish', () => {
  const empty = (): SheetFinishState => ({
    frozenRows: 0,
    hasFilter: false,
    validations: new Map(),
    highlightFormulas: new Map(),
    protections: [],
  });
  const headers = [
    'Эл. почта',
    'ФИО',
    'Заметки куратора',
    'Должность',
    'Согласие на обработку ПДн',
    'Участие',
  ];

  it('a bank gets frozen header, filter, validations, highlight and protections of personal columns in runs', () => {
    const [c] = planFinish([{ sheet: 'Банк', kind: 'mentees', headers, state: empty() }], []);
    expect(c).toMatchObject({ freezeHeader: true, filterColumns: 6, editors: [] });
    expect(c!.validations.map((v) => v.column)).toEqual([5, 6]);
    expect(c!.addHighlights.map((h) => h.formula)).toEqual(['=AND($A2<>"",$E2<>"дано")']);
    expect(c!.addProtections.map((p) => p.columns)).toEqual([
      { start: 1, count: 2 },
      { start: 4, count: 1 },
    ]);
    expect(c!.addProtections[0]!.description).toContain('только предупреждение');
  });

  it('once applied, the same state plans nothing; an editors change updates the protections only', () => {
    const [c] = planFinish([{ sheet: 'Банк', kind: 'mentees', headers, state: empty() }], []);
    const done: SheetFinishState = {
      frozenRows: 1,
      hasFilter: true,
      validations: new Map(c!.validations.map((v) => [v.column, v.criteria])),
      highlightFormulas: new Map([['0', c!.addHighlights[0]!.formula]]),
      protections: c!.addProtections.map((p, i) => ({ ...p, id: String(i) })),
    };
    expect(planFinish([{ sheet: 'Банк', kind: 'mentees', headers, state: done }], [])).toEqual([]);
    const [u] = planFinish([{ sheet: 'Банк', kind: 'mentees', headers, state: done }], ['a@b.ru']);
    expect(u!.updateProtections.map((p) => p.id)).toEqual(['0', '1']);
    expect(u!.addProtections).toEqual([]);
    expect(u!.validations).toEqual([]);
  });

  it('staff rules are kept; a stale rule of ours is replaced', () => {
    const state = empty();
    state.frozenRows = 1;
    state.hasFilter = true;
    state.highlightFormulas = new Map([
      ['0', '=$B2="срочно"'],
      ['1', '=AND($A2<>"",$F2<>"дано")'],
    ]);
    const [c] = planFinish([{ sheet: 'Банк', kind: 'mentors', headers, state }], []);
    expect(c!.removeHighlights).toEqual(['1']);
    expect(c!.addHighlights.map((h) => h.formula)).toEqual(['=AND($A2<>"",$E2<>"дано")']);
  });

  it('reads only what a kind needs', () => {
    expect(aspectsOf('responses', 0)).toEqual({
      frozen: false,
      validationColumns: 0,
      highlights: false,
      filter: false,
      protections: 'sheet',
    });
    expect(aspectsOf('mentees', 40)).toMatchObject({ validationColumns: 40, protections: 'range' });
  });

  it('editors: lower-cased e-mails separated by commas, semicolons or spaces; anything else ignored', () => {
    expect(parseEditors(' A@College.ru; b@college.ru,  не почта  a@college.ru')).toEqual([
      'a@college.ru',
      'b@college.ru',
    ]);
    expect(parseEditors(undefined)).toEqual([]);
  });
});

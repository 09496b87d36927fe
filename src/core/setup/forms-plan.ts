import type { ChoiceUpdate, FormDraft, FormRef, ResponseSheet } from '../../ports/forms';
import { fnv1a } from '../people/hash';
import type { BuiltForm } from '../questionnaires/build-form';
import type { QuestionnaireKey } from '../questionnaires/spec';

/** Document property with the add-on's forms: JSON `{ mentee?: FormRef, mentor?: FormRef, consent?: FormRef }`. */
export const FORMS_PROPERTY = 'nastavnik.forms';

/**
 * Document property with what set-up last put into each form from «Настройки»: the ids of the items
 * whose choices come from settings, those choices, and a hash of the description. Set-up compares it with
 * the settings instead of reading every choice back from Forms, so a run costs a few calls, not hundreds.
 */
export const FORM_SYNC_PROPERTY = 'nastavnik.formSync';

/** The order forms are made and listed in. */
export const FORM_KEYS: readonly QuestionnaireKey[] = [
  'mentee',
  'mentor',
  'consent',
  'monitoring',
  'bestPractice',
  'publicationConsent',
];

export type StoredForms = Partial<Record<QuestionnaireKey, FormRef>>;

export interface FormSync {
  itemIds: Record<string, number>;
  choices: Record<string, string[]>;
  descriptionHash: string;
}
export type StoredFormSync = Partial<Record<QuestionnaireKey, FormSync>>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function parseJson(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return isObject(parsed) ? parsed : {};
  } catch {
    // A property someone edited by hand into nonsense: set-up then treats the forms as not made yet.
    return {};
  }
}

/** The stored form references; entries that are not well-formed are left out. */
export function parseStoredForms(json: string | null): StoredForms {
  const raw = parseJson(json);
  const result: StoredForms = {};
  for (const key of FORM_KEYS) {
    const ref = raw[key];
    if (isObject(ref) && typeof ref.formId === 'string' && ref.formId !== '') {
      result[key] = {
        formId: ref.formId,
        publishedUrl: typeof ref.publishedUrl === 'string' ? ref.publishedUrl : '',
        editUrl: typeof ref.editUrl === 'string' ? ref.editUrl : '',
      };
    }
  }
  return result;
}

export function parseFormSync(json: string | null): StoredFormSync {
  const raw = parseJson(json);
  const result: StoredFormSync = {};
  for (const key of FORM_KEYS) {
    const s = raw[key];
    if (isObject(s) && isObject(s.itemIds) && isObject(s.choices) && typeof s.descriptionHash === 'string') {
      result[key] = s as unknown as FormSync;
    }
  }
  return result;
}

/** The form id inside a form URL (`…/forms/d/<id>/…`); null for a published `/d/e/…` URL or no URL. */
export function formIdFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  return /\/forms\/d\/(?!e\/)([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? null;
}

export const descriptionHash = (description: string): string => fnv1a(description);

/** What set-up saw before deciding. */
export interface FormsObservation {
  stored: StoredForms;
  sync: StoredFormSync;
  /** For each stored form: does it still open? */
  opens: Partial<Record<QuestionnaireKey, boolean>>;
  responseSheets: readonly ResponseSheet[];
}

export interface FormCreation {
  key: QuestionnaireKey;
  draft: FormDraft;
  /** The stored form that no longer opens, when this one replaces it. */
  replaces: FormRef | null;
}

export interface ChoiceSync {
  key: QuestionnaireKey;
  formId: string;
  updates: ChoiceUpdate[];
  /** Titles of the questions whose choices change, for the summary. */
  questions: string[];
}

export interface FormsPlan {
  create: FormCreation[];
  syncChoices: ChoiceSync[];
  syncDescription: Array<{ key: QuestionnaireKey; formId: string; description: string }>;
  /** Stored forms whose response tab is gone: linked to the spreadsheet again (a new tab gets every response). */
  relink: Array<{ key: QuestionnaireKey; formId: string }>;
}

export const isEmptyFormsPlan = (plan: FormsPlan): boolean =>
  plan.create.length + plan.syncChoices.length + plan.syncDescription.length + plan.relink.length === 0;

const sameList = (a: readonly string[] | undefined, b: readonly string[]): boolean =>
  a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Decides what to do with each questionnaire's form: create it (never made, or the stored one no longer
 * opens), bring the choices that come from «Настройки» in line, update a description that changed
 * (the consent text follows the operator's name and address), or link it again when its response tab was
 * deleted. Planning again after the plan is applied yields an empty plan.
 */
export function planForms(
  built: Readonly<Record<QuestionnaireKey, BuiltForm>>,
  seen: FormsObservation,
): FormsPlan {
  const plan: FormsPlan = { create: [], syncChoices: [], syncDescription: [], relink: [] };
  const linked = new Set(seen.responseSheets.map((s) => s.formId));
  for (const key of FORM_KEYS) {
    const form = built[key];
    const ref = seen.stored[key];
    if (!ref || seen.opens[key] !== true) {
      plan.create.push({ key, draft: form.draft, replaces: ref ?? null });
      continue;
    }
    const sync = seen.sync[key];
    if (sync) {
      const updates: ChoiceUpdate[] = [];
      const questions: string[] = [];
      for (const [question, wanted] of Object.entries(form.dynamic)) {
        const itemId = sync.itemIds[question];
        if (itemId === undefined || sameList(sync.choices[question], wanted.values)) continue;
        updates.push({ itemId, kind: wanted.kind, values: wanted.values });
        questions.push(form.draft.items.find((i) => i.key === question)?.title ?? question);
      }
      if (updates.length > 0) plan.syncChoices.push({ key, formId: ref.formId, updates, questions });
      if (sync.descriptionHash !== descriptionHash(form.draft.description)) {
        plan.syncDescription.push({ key, formId: ref.formId, description: form.draft.description });
      }
    }
    if (!linked.has(ref.formId)) plan.relink.push({ key, formId: ref.formId });
  }
  return plan;
}

/** The sync record of a form as it now stands. */
export function formSyncOf(form: BuiltForm, itemIds: Record<string, number>): FormSync {
  const choices: Record<string, string[]> = {};
  for (const [question, d] of Object.entries(form.dynamic)) choices[question] = [...d.values];
  const dynamicIds: Record<string, number> = {};
  for (const question of Object.keys(form.dynamic)) {
    const id = itemIds[question];
    if (id !== undefined) dynamicIds[question] = id;
  }
  return { itemIds: dynamicIds, choices, descriptionHash: descriptionHash(form.draft.description) };
}

/**
 * The name for a new response tab: the wanted one, or the wanted one with « (2)», « (3)»… when a tab
 * already has it (the old tab of a form that was deleted and made again: never renamed or overwritten).
 */
export function responseSheetName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted} (${n})`)) n += 1;
  return `${wanted} (${n})`;
}

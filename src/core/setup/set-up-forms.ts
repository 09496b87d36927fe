import type { Forms, ResponseSheet, ResponseSheets } from '../../ports/forms';
import type { JournalEntry } from '../../ports/journal';
import type { KeyValueStore } from '../../ports/properties';
import type { Workbook } from '../../ports/workbook';
import { messages } from '../messages';
import { BuiltForm, ChoiceLists, buildFormDraft } from '../questionnaires/build-form';
import type { QuestionnaireKey } from '../questionnaires/spec';
import { QUESTIONNAIRES } from '../questionnaires/registry';
import { consentText } from '../consent/text';
import { publicationConsentText, publicationConsentVersion } from '../publicity/consent-text';
import { competencesFromSettings } from '../questionnaires/parse';
import { MENTORING_FORMS } from '../schema/competences';
import type { Settings } from '../settings/settings';

/** The setting with the version of the consent text; the registry records it with each consent. */
export const CONSENT_VERSION_SETTING = 'consent.version';
import {
  FORMS_PROPERTY,
  FORM_KEYS,
  FORM_SYNC_PROPERTY,
  FormsPlan,
  StoredForms,
  StoredFormSync,
  formSyncOf,
  isEmptyFormsPlan,
  parseFormSync,
  parseStoredForms,
  planForms,
  responseSheetName,
} from './forms-plan';

export interface FormsDeps {
  workbook: Workbook;
  forms: Forms;
  responseSheets: ResponseSheets;
}

export interface FormsOutcome {
  plan: FormsPlan;
  stored: StoredForms;
  /** The add-on's response tabs after set-up, by questionnaire. */
  responseSheets: Partial<Record<QuestionnaireKey, string>>;
  /** Lines for the summary, and journal entries beyond the summary. */
  lines: string[];
  journal: JournalEntry[];
}

/**
 * The competence labels teachers see: the `competence.<key>` rows of «Настройки» (rows staff added
 * included), the defaults while the sheet has none.
 */
export function competenceLabels(settings: Settings): string[] {
  return competencesFromSettings(settings).map((c) => c.label);
}

/** Forms of mentoring from `mentoring.forms` (separated by «;»). */
export function mentoringForms(settings: Settings): string[] {
  const text = settings['mentoring.forms'];
  const forms = (text ?? '')
    .split(';')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  return forms.length > 0 ? forms : [...MENTORING_FORMS];
}

export function choiceLists(settings: Settings): ChoiceLists {
  return { competences: competenceLabels(settings), mentoringForms: mentoringForms(settings) };
}

/** The consent text (every item of 152-ФЗ ст. 9 ч. 4) of the current version, as the consent form's description. */
export function consentDescription(settings: Settings): string {
  return consentText(settings, settings[CONSENT_VERSION_SETTING] || '1');
}

/** Each questionnaire as a form to build, with today's settings. */
export function buildForms(settings: Settings): Record<QuestionnaireKey, BuiltForm> {
  const lists = choiceLists(settings);
  return {
    mentee: buildFormDraft(QUESTIONNAIRES.mentee, lists),
    mentor: buildFormDraft(QUESTIONNAIRES.mentor, lists),
    consent: buildFormDraft(QUESTIONNAIRES.consent, lists, consentDescription(settings)),
    monitoring: buildFormDraft(QUESTIONNAIRES.monitoring, lists),
    bestPractice: buildFormDraft(QUESTIONNAIRES.bestPractice, lists),
    // Issue 7, item 1: the full text of the consent to publication (приказ Роскомнадзора № 18).
    publicationConsent: buildFormDraft(
      QUESTIONNAIRES.publicationConsent,
      lists,
      publicationConsentText(settings, publicationConsentVersion(settings)),
    ),
  };
}

/**
 * The forms step of «Настроить систему»: checks that the stored forms still open, plans, creates or
 * syncs, names the new response tabs and stores the references. With nothing to do it costs one
 * `openById` per form and one scan of the tabs' `getFormUrl`.
 */
export function setUpForms(deps: FormsDeps, store: KeyValueStore, settings: Settings): FormsOutcome {
  const built = buildForms(settings);
  const stored = parseStoredForms(store.get(FORMS_PROPERTY));
  const sync = parseFormSync(store.get(FORM_SYNC_PROPERTY));
  const opens: Partial<Record<QuestionnaireKey, boolean>> = {};
  for (const key of FORM_KEYS) {
    const ref = stored[key];
    if (ref) opens[key] = deps.forms.opens(ref.formId);
  }
  let sheets: ResponseSheet[] = deps.responseSheets.list();
  const plan = planForms(built, { stored, sync, opens, responseSheets: sheets });
  const outcome: FormsOutcome = { plan, stored, responseSheets: {}, lines: [], journal: [] };
  const names = messages.forms.names;
  if (isEmptyFormsPlan(plan)) {
    outcome.responseSheets = tabsOf(stored, sheets);
    return outcome;
  }

  const nextStored: StoredForms = { ...stored };
  const nextSync: StoredFormSync = { ...sync };
  const fresh = new Set<QuestionnaireKey>();
  for (const c of plan.create) {
    const created = deps.forms.create(c.draft);
    nextStored[c.key] = created.ref;
    nextSync[c.key] = formSyncOf(built[c.key], created.itemIds);
    fresh.add(c.key);
    if (c.replaces) {
      outcome.lines.push(messages.forms.recreated(names[c.key]));
      outcome.journal.push({
        level: 'WARNING',
        code: 'FORM_RECREATED',
        message: messages.forms.recreatedJournal(names[c.key], c.replaces.formId),
        details: `old ${c.replaces.formId}, new ${created.ref.formId}`,
      });
    }
  }
  const createdNames = plan.create.filter((c) => !c.replaces).map((c) => `«${names[c.key]}»`);
  if (createdNames.length > 0) outcome.lines.unshift(messages.forms.created(createdNames));

  for (const r of plan.relink) {
    deps.forms.relink(r.formId);
    fresh.add(r.key);
  }
  for (const s of plan.syncChoices) {
    const missing = deps.forms.updateChoices(s.formId, s.updates);
    const previous = sync[s.key]!;
    const choices = { ...previous.choices };
    for (const u of s.updates) {
      if (missing.includes(u.itemId)) continue;
      const question = Object.entries(previous.itemIds).find(([, id]) => id === u.itemId)?.[0];
      if (question) choices[question] = [...u.values];
    }
    nextSync[s.key] = { ...previous, choices };
    if (missing.length < s.updates.length)
      outcome.lines.push(messages.forms.choicesUpdated(names[s.key], s.questions));
    if (missing.length > 0) {
      const text = messages.forms.itemMissing(names[s.key], missing.length);
      outcome.lines.push(text);
      outcome.journal.push({
        level: 'WARNING',
        code: 'FORM_ITEM_MISSING',
        message: text,
        details: missing.join(', '),
      });
    }
  }
  for (const d of plan.syncDescription) {
    deps.forms.setDescription(d.formId, d.description);
    nextSync[d.key] = {
      ...(nextSync[d.key] ?? sync[d.key]!),
      descriptionHash: formSyncOf(built[d.key], {}).descriptionHash,
    };
    outcome.lines.push(messages.forms.descriptionUpdated(names[d.key]));
  }

  if (fresh.size > 0) {
    // The new tabs («Ответы на форму (N)») get names staff recognise; found by the form id in getFormUrl.
    sheets = deps.responseSheets.list();
    const taken = new Set(deps.workbook.sheetNames());
    for (const key of FORM_KEYS) {
      if (!fresh.has(key)) continue;
      const formId = nextStored[key]!.formId;
      const tab = sheets.find((s) => s.formId === formId);
      if (!tab) continue;
      const name = responseSheetName(messages.forms.responseSheets[key], taken);
      if (tab.sheet !== name) {
        deps.responseSheets.rename(tab.sheet, name);
        taken.delete(tab.sheet);
        taken.add(name);
        tab.sheet = name;
      }
      if (plan.relink.some((r) => r.key === key))
        outcome.lines.push(messages.forms.relinked(names[key], name));
    }
  }
  store.set(FORMS_PROPERTY, JSON.stringify(nextStored));
  store.set(FORM_SYNC_PROPERTY, JSON.stringify(nextSync));
  outcome.stored = nextStored;
  outcome.responseSheets = tabsOf(nextStored, sheets);
  return outcome;
}

function tabsOf(
  stored: StoredForms,
  sheets: readonly ResponseSheet[],
): Partial<Record<QuestionnaireKey, string>> {
  const tabs: Partial<Record<QuestionnaireKey, string>> = {};
  for (const key of FORM_KEYS) {
    const tab = sheets.find((s) => s.formId === stored[key]?.formId);
    if (tab) tabs[key] = tab.sheet;
  }
  return tabs;
}

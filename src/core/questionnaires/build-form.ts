import type { FormDraft, FormItemDraft } from '../../ports/forms';
import type { ChoiceSource, QuestionSpec, QuestionnaireSpec } from './spec';

/**
 * The lists staff keep in «Настройки» that questionnaires offer as choices: the competences (mentee grid
 * rows, mentor checkboxes) and the forms of mentoring. Resolved once per set-up, so both questionnaires
 * offer exactly the same words.
 */
export interface ChoiceLists {
  competences: readonly string[];
  mentoringForms: readonly string[];
}

/** A choice list or grid rows that come from «Настройки», by question key: what set-up keeps in step. */
export type DynamicChoices = Record<
  string,
  { kind: 'choice' | 'list' | 'checkbox' | 'grid'; values: string[] }
>;

export interface BuiltForm {
  draft: FormDraft;
  dynamic: DynamicChoices;
}

/** Google Forms refuses nothing here, but a repeated row or choice would make two answers one column. */
const distinct = (values: readonly string[]): string[] => [
  ...new Set(values.map((v) => v.trim()).filter((v) => v !== '')),
];

function resolve(source: ChoiceSource, lists: ChoiceLists): { values: string[]; dynamic: boolean } {
  if (source === 'competences') return { values: distinct(lists.competences), dynamic: true };
  if (source === 'mentoringForms') return { values: distinct(lists.mentoringForms), dynamic: true };
  return { values: [...source], dynamic: false };
}

function item(question: QuestionSpec, lists: ChoiceLists, dynamic: DynamicChoices): FormItemDraft {
  const base = {
    key: question.key,
    title: question.title,
    help: question.help ?? '',
    required: question.required,
  };
  switch (question.kind) {
    case 'text':
    case 'paragraph':
    case 'section':
      return { ...base, kind: question.kind };
    case 'choice':
    case 'list':
    case 'checkbox': {
      const { values, dynamic: fromSettings } = resolve(question.choices, lists);
      if (fromSettings) dynamic[question.key] = { kind: question.kind, values };
      return { ...base, kind: question.kind, choices: values, other: question.other ?? false };
    }
    case 'scale':
      return {
        ...base,
        kind: 'scale',
        low: question.low,
        high: question.high,
        lowLabel: question.lowLabel,
        highLabel: question.highLabel,
      };
    case 'grid': {
      const { values, dynamic: fromSettings } = resolve(question.rows, lists);
      if (fromSettings) dynamic[question.key] = { kind: 'grid', values };
      return { ...base, kind: 'grid', rows: values, columns: [...question.columns] };
    }
  }
}

/**
 * A questionnaire as a form to build: the spec's words, choices resolved from «Настройки», e-mail
 * collected (the banks are keyed by it). `description` replaces the spec's (the consent form's is the
 * full consent text, built from settings).
 */
export function buildFormDraft(
  spec: QuestionnaireSpec,
  lists: ChoiceLists,
  description: string = spec.description,
): BuiltForm {
  const dynamic: DynamicChoices = {};
  const items = spec.questions.map((q) => item(q, lists, dynamic));
  return {
    draft: { title: spec.title, description, confirmation: spec.confirmation, collectEmail: true, items },
    dynamic,
  };
}

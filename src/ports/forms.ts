/**
 * The questionnaires as Google Forms, seen from the core: plain drafts in, references out. The adapter
 * (src/gas/forms.ts) is the only code that knows FormApp.
 */

/** A form the add-on made, as remembered in document property `nastavnik.forms`. */
export interface FormRef {
  formId: string;
  /** What respondents open (`…/viewform`). */
  publishedUrl: string;
  /** What staff open to edit the form. */
  editUrl: string;
}

interface ItemBase {
  /** The question's key in the spec (stable), so item ids can be remembered per question. */
  key: string;
  title: string;
  help: string;
  required: boolean;
}

/** One item of a form to build, with every choice list already resolved from «Настройки». */
export type FormItemDraft =
  | (ItemBase & { kind: 'text' | 'paragraph' })
  | (ItemBase & { kind: 'choice' | 'list' | 'checkbox'; choices: string[]; other: boolean })
  | (ItemBase & { kind: 'scale'; low: number; high: number; lowLabel: string; highLabel: string })
  | (ItemBase & { kind: 'grid'; rows: string[]; columns: string[] })
  | (ItemBase & { kind: 'section' });

export interface FormDraft {
  title: string;
  description: string;
  confirmation: string;
  /** Respondents' e-mail addresses are collected: the banks are keyed by them. */
  collectEmail: boolean;
  items: FormItemDraft[];
}

export interface CreatedForm {
  ref: FormRef;
  /** Google's item id of each question, by question key. */
  itemIds: Record<string, number>;
}

/** New choices of a choice/checkbox/list item, or new rows of a grid item. */
export interface ChoiceUpdate {
  itemId: number;
  kind: 'choice' | 'list' | 'checkbox' | 'grid';
  values: string[];
}

export interface Forms {
  /** False when a stored form no longer opens (deleted for good, or access lost). */
  opens(formId: string): boolean;
  /** Builds the form and sends its responses to this spreadsheet (a new response tab appears). */
  create(draft: FormDraft): CreatedForm;
  /** Sends a form's responses to this spreadsheet again (its response tab was deleted). */
  relink(formId: string): void;
  /** Applies new choices; returns the ids of items that no longer exist (staff deleted them). */
  updateChoices(formId: string, updates: readonly ChoiceUpdate[]): number[];
  setDescription(formId: string, description: string): void;
  /**
   * Deletes the form's own copies of these people's responses (Google Forms keeps every response besides
   * the sheet; a withdrawn person's data must go from there too, 152-ФЗ ст. 21 ч. 5). Returns how many.
   */
  eraseResponsesOf(formId: string, emails: readonly string[]): number;
}

/** A tab that receives a form's responses. */
export interface ResponseSheet {
  formId: string;
  sheet: string;
}

export interface ResponseSheets {
  /**
   * Every tab that receives a form's responses, found by `Sheet.getFormUrl()` and the form id inside it —
   * never by name or position, which staff change.
   */
  list(): ResponseSheet[];
  rename(from: string, to: string): void;
}

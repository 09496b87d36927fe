/**
 * Documents (stage 1 and 5.2), pure: the template language (parse, check, render plan), the data
 * model of each template kind, declension of names, ГОСТ dates, the order register and file names.
 *
 * Changes to this surface are additive only; they are listed here:
 * - types DayValue (a planned day) and PeriodValue («с … по …») added to TemplateScalar;
 * - DocumentInput: optional `today`, and `regulationOrder` for orderPairs; consentMentor takes
 *   `mentor` + `pairs` (one consent per mentor);
 * - renderFileName's options may carry `kind` (adds {{вид}}) and `today` (adds {{дата}});
 * - more exports below (register text columns, roadmap stages, helpers).
 * - issue 5 items 8 and 10: completions of a programme's plan («Выполнение программ»), the generated
 *   document's mark (spreadsheet and template ids), pairData (a pair's data and what is missing).
 * - «Отметить выполнение» without a full render: planMarkEdits (the plan table's mark cells to set, from
 *   the open Doc's tables), CellEdit, PLAN_TABLE_HEADERS.
 *
 * ## The edit-plan contract (for the shell applying a RenderPlan to a copy of the template)
 * The shell reads the template into a TemplateOutline, keeping a reference to every Docs element it
 * read under the same indexes (`outline[section][block]`, `.rows[row].cells[cell].paragraphs[p]`; list
 * items are paragraphs; a page break is a paragraph with its own text, usually ''). Then:
 * 0. If `plan.errors` is not empty, make no document (show the errors).
 * 1. Resolve every location of the plan to its element BEFORE changing anything; afterwards address
 *    elements by reference, never by index (removals and inserted rows shift indexes).
 * 2. `plan.edits`: for each paragraph, apply `replacements` IN THE GIVEN ORDER (they are sorted right
 *    to left, so offsets stay valid): on `paragraph.editAsText()`, `deleteText(start, end - 1)` when
 *    `end > start`, then `insertText(start, text)` when `text !== ''`. Offsets are UTF-16 indexes into
 *    the paragraph's text as the outline gave it. Never pass `text` to replaceText (it is literal by
 *    construction). After the edits, `getText()` equals `result`.
 * 3. `plan.rows`: for each repeat, with `t` the template row element: for item i (0-based) insert
 *    `t.copy()` at `table.getChildIndex(t) + 1 + i`, then apply that item's `edits` to the copy (the
 *    locations' `cell`/`paragraph` index into the copy, which is still pristine) and then its
 *    `removals` (cell paragraphs, descending). Finally remove `t`. Zero items → `t` is just removed.
 * 4. `plan.removals`: `removeFromParent()` each element (top-level paragraph or table, or a cell
 *    paragraph). The plan never asks to remove the last paragraph of a section or of a cell (Docs
 *    refuses: «Can't remove the last paragraph in a document section.», §3.11) — such a paragraph is
 *    cleared by an edit instead.
 * Edits, repeated rows and removals never overlap: a paragraph that is removed or inside a repeated
 * row has no entry in `plan.edits`.
 */
export type {
  DocLocation,
  OutlineBlock,
  OutlineCell,
  OutlineParagraph,
  OutlineRow,
  OutlineTable,
  SectionKey,
  TemplateOutline,
} from './outline';
export { SECTION_KEYS, isTable } from './outline';
export type {
  DayValue,
  PeriodValue,
  Gender,
  GrammaticalCase,
  KnownPaths,
  ManualNameForms,
  NameValue,
  ParagraphEdit,
  RenderOptions,
  RenderPlan,
  RowItemPlan,
  RowRepeat,
  TemplateCheck,
  TemplateData,
  TemplateKey,
  TemplateProblem,
  TemplateProblemCode,
  TemplateRecord,
  TemplateScalar,
  TemplateValue,
  TextReplacement,
  ValueType,
} from './types';
export { TEMPLATE_KEYS } from './types';
export type { Difficulty, DocumentInput, DocumentPair, DocumentPerson, OrderInfo } from './data-types';
export { locationLabel } from './location';
export {
  declineName,
  declinedSurname,
  nameGender,
  genderOfPatronymic,
  inflectFullName,
  initialsAfter,
  initialsBefore,
  nameValue,
  parseManualForms,
} from './names';
export type { ManualFormsParse } from './names';
export { calendarDay, dayNumeric, dayWords, formatDateNumeric, formatDateWords, parseDayText } from './dates';
export type { CalendarDay } from './dates';
export { checkTemplate } from './lint';
export { applyReplacements, isTruthy, planRender } from './render';
export { FILTERS, parseParagraph } from './language';
export type { FilterName, ParsedParagraph, Tag } from './language';
export { knownPaths } from './paths';
export { ROADMAP_STAGES } from './roadmap';
export type { RoadmapStage } from './roadmap';
export { DIFFICULTY_THRESHOLD, MAX_DIRECTIONS, programmeContent, programmeDirections } from './programme';
export type { PlannedActivity, ProgrammeContent } from './programme';
export { templateData } from './data';
export { GENDER_HEADER, MANUAL_FORMS_HEADER, documentPerson } from './bank-person';
export {
  CANCELLED_STATUS,
  ORDER_REGISTER_COLUMNS,
  ORDER_REGISTER_SHEET,
  ORDER_REGISTER_TEXT_COLUMNS,
  registerKey,
  allocateOrderNumber,
  documentKey,
  parseOrderRegisters,
  parseYearStart,
  readRegisterRows,
  recordYearLabel,
  registerRowValues,
} from './register';
export type { OrderNumber, OrderRegisterDefinition, RegisterRow, YearStart } from './register';
export { documentFolderPath, renderFileName } from './file-names';
export type { FileNameOptions } from './file-names';
export {
  PLAN_TABLE_HEADERS,
  PROGRESS_COLUMNS,
  PROGRESS_SHEET,
  activitiesOf,
  completionMark,
  completionsOf,
  parseActivityChoice,
  planMarkEdits,
  withCompletions,
} from './completion';
export type { CellEdit, Completion } from './completion';
export { pairData } from './pair-data';
export type { PairData } from './pair-data';
export * from './batch-job';
export { SPREADSHEET_LINE, TEMPLATE_LINE, parseGeneratedMark, sourceLines } from './generated-mark';
export type { GeneratedMark } from './generated-mark';

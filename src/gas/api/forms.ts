/**
 * The subset of Google's FormApp that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
type G = typeof GoogleAppsScript.Forms;
type Item = GoogleAppsScript.Forms.Item;

export interface FormAppApi {
  ItemType: G['ItemType'];
  DestinationType: G['DestinationType'];
  Alignment: G['Alignment'];
  create(title: string): FormApi;
  /** Null unless the script is bound to (or the add-on runs in) a form. */
  getActiveForm(): FormApi | null;
  openById(id: string): FormApi;
  openByUrl(url: string): FormApi;
}

export interface FormApi {
  getId: GoogleAppsScript.Forms.Form['getId'];
  getTitle: GoogleAppsScript.Forms.Form['getTitle'];
  setTitle(title: string): FormApi;
  getDescription: GoogleAppsScript.Forms.Form['getDescription'];
  setDescription(description: string): FormApi;
  getPublishedUrl: GoogleAppsScript.Forms.Form['getPublishedUrl'];
  getEditUrl: GoogleAppsScript.Forms.Form['getEditUrl'];
  shortenFormUrl: GoogleAppsScript.Forms.Form['shortenFormUrl'];
  setCollectEmail(collect: boolean): FormApi;
  collectsEmail: GoogleAppsScript.Forms.Form['collectsEmail'];
  setAllowResponseEdits(enabled: boolean): FormApi;
  canEditResponse: GoogleAppsScript.Forms.Form['canEditResponse'];
  setLimitOneResponsePerUser(enabled: boolean): FormApi;
  hasLimitOneResponsePerUser: GoogleAppsScript.Forms.Form['hasLimitOneResponsePerUser'];
  setConfirmationMessage(message: string): FormApi;
  getConfirmationMessage: GoogleAppsScript.Forms.Form['getConfirmationMessage'];
  setAcceptingResponses(enabled: boolean): FormApi;
  isAcceptingResponses: GoogleAppsScript.Forms.Form['isAcceptingResponses'];
  setProgressBar(enabled: boolean): FormApi;
  hasProgressBar: GoogleAppsScript.Forms.Form['hasProgressBar'];
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): FormApi;
  getDestinationId: GoogleAppsScript.Forms.Form['getDestinationId'];
  getDestinationType: GoogleAppsScript.Forms.Form['getDestinationType'];
  removeDestination(): FormApi;
  getItems(): ItemApi[];
  getItems(itemType: GoogleAppsScript.Forms.ItemType): ItemApi[];
  /** Null when the form has no item with that id (Google's documented return). */
  getItemById(id: number): ItemApi | null;
  deleteItem(index: number): void;
  deleteItem(item: ItemApi): void;
  moveItem(from: number, to: number): ItemApi;
  moveItem(item: ItemApi, toIndex: number): ItemApi;
  addTextItem(): TextItemApi;
  addParagraphTextItem(): ParagraphTextItemApi;
  addMultipleChoiceItem(): MultipleChoiceItemApi;
  addCheckboxItem(): CheckboxItemApi;
  addListItem(): ListItemApi;
  addScaleItem(): ScaleItemApi;
  addGridItem(): GridItemApi;
  addCheckboxGridItem(): CheckboxGridItemApi;
  addDateItem(): DateItemApi;
  addSectionHeaderItem(): SectionHeaderItemApi;
  getResponses(): FormResponseApi[];
  getResponses(timestamp: Date): FormResponseApi[];
  getResponse(responseId: string): FormResponseApi;
  createResponse(): FormResponseApi;
  deleteAllResponses(): FormApi;
  deleteResponse(responseId: string): FormApi;
}

/** What every item has, returning its own kind from setters so chains keep their type. */
interface ItemBasics<Self> {
  getId: Item['getId'];
  getIndex: Item['getIndex'];
  getTitle: Item['getTitle'];
  getHelpText: Item['getHelpText'];
  getType: Item['getType'];
  setTitle(title: string): Self;
  setHelpText(text: string): Self;
}

interface Question<Self> extends ItemBasics<Self> {
  isRequired: GoogleAppsScript.Forms.TextItem['isRequired'];
  setRequired(enabled: boolean): Self;
}

interface ChoiceQuestion<Self> extends Question<Self> {
  createChoice(value: string): ChoiceApi;
  getChoices(): ChoiceApi[];
  setChoices(choices: ChoiceApi[]): Self;
  setChoiceValues(values: string[]): Self;
}

interface GridQuestion<Self> extends Question<Self> {
  getRows: GoogleAppsScript.Forms.GridItem['getRows'];
  getColumns: GoogleAppsScript.Forms.GridItem['getColumns'];
  setRows(rows: string[]): Self;
  setColumns(columns: string[]): Self;
}

/** An item of unknown kind, as `getItems()` returns it; `as…Item()` throws when the kind differs. */
export interface ItemApi extends ItemBasics<ItemApi> {
  asTextItem(): TextItemApi;
  asParagraphTextItem(): ParagraphTextItemApi;
  asMultipleChoiceItem(): MultipleChoiceItemApi;
  asCheckboxItem(): CheckboxItemApi;
  asListItem(): ListItemApi;
  asScaleItem(): ScaleItemApi;
  asGridItem(): GridItemApi;
  asCheckboxGridItem(): CheckboxGridItemApi;
  asDateItem(): DateItemApi;
  asSectionHeaderItem(): SectionHeaderItemApi;
}

export interface TextItemApi extends Question<TextItemApi> {
  createResponse(response: string): ItemResponseApi;
}

export interface ParagraphTextItemApi extends Question<ParagraphTextItemApi> {
  createResponse(response: string): ItemResponseApi;
}

export interface MultipleChoiceItemApi extends ChoiceQuestion<MultipleChoiceItemApi> {
  showOtherOption(enabled: boolean): MultipleChoiceItemApi;
  hasOtherOption: GoogleAppsScript.Forms.MultipleChoiceItem['hasOtherOption'];
  createResponse(response: string): ItemResponseApi;
}

export interface CheckboxItemApi extends ChoiceQuestion<CheckboxItemApi> {
  showOtherOption(enabled: boolean): CheckboxItemApi;
  hasOtherOption: GoogleAppsScript.Forms.CheckboxItem['hasOtherOption'];
  createResponse(responses: string[]): ItemResponseApi;
}

export interface ListItemApi extends ChoiceQuestion<ListItemApi> {
  createResponse(response: string): ItemResponseApi;
}

export interface ScaleItemApi extends Question<ScaleItemApi> {
  setBounds(lower: number, upper: number): ScaleItemApi;
  setLabels(lower: string, upper: string): ScaleItemApi;
  getLowerBound: GoogleAppsScript.Forms.ScaleItem['getLowerBound'];
  getUpperBound: GoogleAppsScript.Forms.ScaleItem['getUpperBound'];
  getLeftLabel: GoogleAppsScript.Forms.ScaleItem['getLeftLabel'];
  getRightLabel: GoogleAppsScript.Forms.ScaleItem['getRightLabel'];
  createResponse(response: number): ItemResponseApi;
}

export interface GridItemApi extends GridQuestion<GridItemApi> {
  createResponse(responses: string[]): ItemResponseApi;
}

export interface CheckboxGridItemApi extends GridQuestion<CheckboxGridItemApi> {
  createResponse(responses: string[][]): ItemResponseApi;
}

export interface DateItemApi extends Question<DateItemApi> {
  includesYear: GoogleAppsScript.Forms.DateItem['includesYear'];
  setIncludesYear(enableYear: boolean): DateItemApi;
  createResponse(response: Date): ItemResponseApi;
}

export type SectionHeaderItemApi = ItemBasics<SectionHeaderItemApi>;

export interface ChoiceApi {
  getValue: GoogleAppsScript.Forms.Choice['getValue'];
}

export interface FormResponseApi {
  getId: GoogleAppsScript.Forms.FormResponse['getId'];
  getTimestamp: GoogleAppsScript.Forms.FormResponse['getTimestamp'];
  getRespondentEmail: GoogleAppsScript.Forms.FormResponse['getRespondentEmail'];
  getEditResponseUrl: GoogleAppsScript.Forms.FormResponse['getEditResponseUrl'];
  /** Only the items the respondent answered (§2.3.3). */
  getItemResponses(): ItemResponseApi[];
  /** Null when the respondent left the item unanswered. */
  getResponseForItem(item: ItemApi): ItemResponseApi | null;
  withItemResponse(response: ItemResponseApi): FormResponseApi;
  submit(): FormResponseApi;
}

export interface ItemResponseApi {
  getItem(): ItemApi;
  /** String, String[] or String[][] by item kind (§2.3.2). */
  getResponse: GoogleAppsScript.Forms.ItemResponse['getResponse'];
}

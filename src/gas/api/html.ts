/**
 * The subset of Google's HtmlService that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type Ui = GoogleAppsScript.Base.Ui;

/** A page for a sidebar or dialog (§9). */
export interface HtmlOutputApi {
  getContent: HtmlOutput['getContent'];
  setContent(content: string): HtmlOutputApi;
  append(addedContent: string): HtmlOutputApi;
  appendUntrusted(addedContent: string): HtmlOutputApi;
  clear(): HtmlOutputApi;
  getTitle: HtmlOutput['getTitle'];
  setTitle(title: string): HtmlOutputApi;
  getWidth: HtmlOutput['getWidth'];
  setWidth(width: GoogleAppsScript.Integer): HtmlOutputApi;
  getHeight: HtmlOutput['getHeight'];
  setHeight(height: GoogleAppsScript.Integer): HtmlOutputApi;
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutputApi;
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutputApi;
  addMetaTag(name: string, content: string): HtmlOutputApi;
  getFaviconUrl: HtmlOutput['getFaviconUrl'];
  setFaviconUrl(iconUrl: string): HtmlOutputApi;
  asTemplate(): HtmlTemplateApi;
}

/**
 * A template with scriptlets (`<? ?>`, `<?= ?>`, `<?!= ?>`); properties set on it are in scope during
 * `evaluate()` (§9.4), hence the index signature Google's type has too.
 */
export interface HtmlTemplateApi {
  evaluate(): HtmlOutputApi;
  getCode: HtmlTemplate['getCode'];
  getRawContent: HtmlTemplate['getRawContent'];
  [propName: string]: any;
}

export interface HtmlServiceApi {
  SandboxMode: typeof GoogleAppsScript.HTML.SandboxMode;
  XFrameOptionsMode: typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  createHtmlOutput(): HtmlOutputApi;
  createHtmlOutput(html: string): HtmlOutputApi;
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
  createTemplate(html: string): HtmlTemplateApi;
  createTemplateFromFile(filename: string): HtmlTemplateApi;
}

/** A menu of the host editor's menu bar, or the add-on's submenu under Extensions (§10.2). */
export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addSubMenu(menu: MenuApi): MenuApi;
  addToUi: GoogleAppsScript.Base.Menu['addToUi'];
}

/** What the person typed into a prompt and the button they pressed. */
export interface PromptResponseApi {
  getResponseText: GoogleAppsScript.Base.PromptResponse['getResponseText'];
  getSelectedButton: GoogleAppsScript.Base.PromptResponse['getSelectedButton'];
}

/** The subset of Google's `Base.Ui` (menus, alerts, sidebars, dialogs) the add-on uses. */
export interface UiApi {
  Button: typeof GoogleAppsScript.Base.Button;
  ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  createMenu(caption: string): MenuApi;
  createAddonMenu(): MenuApi;
  alert: Ui['alert'];
  prompt(prompt: string): PromptResponseApi;
  prompt(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): PromptResponseApi;
  prompt(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): PromptResponseApi;
  showSidebar(userInterface: HtmlOutputApi): void;
  showModalDialog(userInterface: HtmlOutputApi, title: string): void;
  showModelessDialog(userInterface: HtmlOutputApi, title: string): void;
}

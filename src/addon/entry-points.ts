import {
  FORMS_PROPERTY,
  formLinksView,
  messages,
  parseStoredForms,
  readSettings,
  setUpSystem,
  sheetSpec,
} from '../core';
import { appsScriptDeps, type AddonDeps } from './composition-root';
import { runAction } from './edge';
import { docsMenuKind } from './documents/docs-menu';
import { menuFor } from './menus';

/**
 * The add-on's entry points: what Apps Script calls by name. Each takes the Apps Script event first and
 * its dependencies second, defaulting to the real services; tests pass adapters over the offline
 * Workspace. Menu handlers take an (unused) event parameter too: Apps Script calls them without
 * arguments today, but nothing promises that, and a positional `deps` must never receive an event.
 */

/**
 * The open/install event (§10.1–10.3). Not read: onOpen builds the same menu in every authorization
 * mode, because it must already work in AuthMode.NONE.
 */
export interface OpenEvent {
  authMode?: unknown;
  source?: unknown;
}

/**
 * Adds the «Наставничество» menu. Touches the Ui only, in every authorization mode: in AuthMode.NONE
 * (add-on installed, not yet used in this file) any other service call fails (§10.1).
 */
export function onOpen(event?: OpenEvent, deps: AddonDeps = appsScriptDeps()): void {
  try {
    const host = deps.ui.host();
    deps.ui.addMenu(menuFor(host, host === 'Docs' ? docsKind(event, deps) : null));
  } catch (error) {
    // An alert from onOpen may itself be refused; the execution log is the reliable place.
    console.error(error instanceof Error && error.stack ? error.stack : String(error));
  }
}

/**
 * In Docs the menu depends on the open Doc (a template, a programme, another generated document), which
 * its Drive description tells. In AuthMode.NONE nothing but the Ui may be touched (§10.1), and in
 * LIMITED Drive may not answer: then the kind is unknown and the menu offers every item, each of which
 * explains itself when it does not apply.
 */
function docsKind(event: OpenEvent | undefined, deps: AddonDeps) {
  if (event && String(event.authMode) === 'NONE') return null;
  try {
    return docsMenuKind(deps);
  } catch {
    return null;
  }
}

/** Installed from inside the editor: the file is already open, so build the menu now (§10.3). */
export function onInstall(event?: OpenEvent, deps: AddonDeps = appsScriptDeps()): void {
  onOpen(event, deps);
}

/** «Настроить систему». */
export function setupSystem(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const result = setUpSystem(deps);
    // The alert is modal and waits for «OK»; the links dialog then opens, so a first set-up ends with
    // the forms ready to send.
    deps.ui.alert(messages.setup.title, result.summary);
    const links = result.formsCreated ? formLinksView(result.storedForms, result.settings) : null;
    if (links) deps.dialogs.showFormLinks(links);
  });
}

/** «Ссылки на анкеты»: the forms' links and texts ready to send to teachers. */
export function showFormLinks(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const store = deps.properties.document();
    const stored = parseStoredForms(store ? store.get(FORMS_PROPERTY) : null);
    const names = new Set(deps.workbook.sheetNames());
    const settingsSheet = sheetSpec('settings').name;
    const settings = readSettings(names.has(settingsSheet) ? deps.workbook.readValues(settingsSheet) : []);
    const links = formLinksView(stored, settings);
    if (links) deps.dialogs.showFormLinks(links);
    else deps.ui.alert(messages.formLinks.title, messages.formLinks.notSetUp);
  });
}

/** «О программе наставничества», in Sheets and in Docs. */
export function showAbout(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => deps.ui.alert(messages.about.title, messages.about.text));
}

export { dailyMaintenance, importResponses, onFormSubmitted, withdrawConsent } from './pipeline/entry-points';
export { checkTemplate, checkTemplates, makeLocalActs, makePairDocuments } from './documents/entry-points';
export { markActivity, refreshDocument } from './documents/docs-entry-points';
export { continueDocuments } from './documents/entry-points';
export {
  acceptProposal,
  chooseMentor,
  forbidPair,
  matchPairs,
  matchingSidebarData,
  openPairsSidebar,
  pinProposal,
  rankMentors,
  rejectProposal,
  runMatching,
  swapMentor,
} from './matching/entry-points';

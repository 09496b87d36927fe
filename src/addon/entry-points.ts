import { messages, setUpSystem } from '../core';
import { appsScriptDeps, type AddonDeps } from './composition-root';
import { runAction } from './edge';
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
export function onOpen(_event?: OpenEvent, deps: AddonDeps = appsScriptDeps()): void {
  try {
    deps.ui.addMenu(menuFor(deps.ui.host()));
  } catch (error) {
    // An alert from onOpen may itself be refused; the execution log is the reliable place.
    console.error(error instanceof Error && error.stack ? error.stack : String(error));
  }
}

/** Installed from inside the editor: the file is already open, so build the menu now (§10.3). */
export function onInstall(event?: OpenEvent, deps: AddonDeps = appsScriptDeps()): void {
  onOpen(event, deps);
}

/** «Настроить систему». */
export function setupSystem(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => deps.ui.alert(messages.setup.title, setUpSystem(deps).summary));
}

/** «О программе наставничества», in Sheets and in Docs. */
export function showAbout(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => deps.ui.alert(messages.about.title, messages.about.text));
}

/** «Проверить шаблон» (Docs): a placeholder until document generation arrives. */
export function checkTemplate(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => deps.ui.alert(messages.checkTemplate.title, messages.checkTemplate.text));
}

import { appsScriptDeps, type AddonDeps } from '../composition-root';
import { markActivityDone, refreshOpenDocument } from './docs-menu';

/** The Docs menu of a generated document (issue 5, item 8): each catches and reports its own failures. */

/** «Обновить из таблицы». */
export function refreshDocument(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  refreshOpenDocument(deps);
}

/** «Отметить выполнение». */
export function markActivity(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  markActivityDone(deps);
}

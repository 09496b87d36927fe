import { appsScriptDeps, type AddonDeps } from './composition-root';
import { refreshRoadmapQuietly } from './roadmap/entry-points';

type StageAction = (event?: unknown, deps?: AddonDeps) => void;

/**
 * A stage's menu action followed by a quiet refresh of «Дорожная карта» (issue 7, item 3: the dashboard
 * refreshes after each stage's actions). The refresh runs after the action has released the document
 * lock, never throws and shows nothing; a failure is a «Журнал» row and the action's own result stands.
 */
export function thenRefreshRoadmap(action: StageAction): (event?: unknown, deps?: AddonDeps) => void {
  return (event?: unknown, deps: AddonDeps = appsScriptDeps()): void => {
    action(event, deps);
    refreshRoadmapQuietly(deps);
  };
}

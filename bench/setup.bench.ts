import { setupSystem } from '../src/addon/entry-points';
import { appsScriptDeps } from '../src/addon/composition-root';
import { OfflineWorkspace } from '../src/offline/workspace';
import type { Benchmark } from './harness';

/** «Настроить систему» on a fresh spreadsheet, and again on a set-up one (which must change nothing). */
function workspaceWithSpreadsheet(): OfflineWorkspace {
  const workspace = new OfflineWorkspace({ start: new Date('2026-09-01T06:00:00Z') });
  const id = workspace.sheets.create('Наставничество').id;
  workspace.kernel.container = { kind: 'spreadsheet', id };
  return workspace;
}

function runSetup(workspace: OfflineWorkspace): {
  calls: number;
  spreadsheetCalls: number;
  predictedMs: number;
} {
  const { calls } = workspace.kernel;
  const before = {
    total: calls.total,
    sheets: calls.countPrefix('SpreadsheetApp.'),
    ms: calls.predictedTimeMs,
  };
  const deps = appsScriptDeps(workspace.services, { now: () => new Date(workspace.kernel.clock.now()) });
  workspace.kernel.run('menu', 'setupSystem', () => setupSystem(undefined, deps));
  return {
    calls: calls.total - before.total,
    spreadsheetCalls: calls.countPrefix('SpreadsheetApp.') - before.sheets,
    predictedMs: calls.predictedTimeMs - before.ms,
  };
}

export const setupBenchmark: Benchmark = {
  name: 'Настроить систему',
  cases: [
    {
      name: 'first run',
      prepare: () => {
        const ws = workspaceWithSpreadsheet();
        return () => runSetup(ws);
      },
    },
    {
      name: 'second run (no change)',
      prepare: () => {
        const ws = workspaceWithSpreadsheet();
        runSetup(ws);
        return () => runSetup(ws);
      },
    },
  ],
};

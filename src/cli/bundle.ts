import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as vm from 'vm';
import type { OfflineWorkspace } from '../offline/workspace';
import type { ScriptFunction } from '../offline/runtime/kernel';

/** The built add-on as Apps Script would receive it from `clasp push`. */
export interface Bundle {
  code: string;
  /** `.html` files next to Code.js, by name without the extension (as HtmlService names them). */
  html: Record<string, string>;
}

export function readBundle(distDir: string): Bundle {
  const codePath = join(distDir, 'Code.js');
  if (!existsSync(codePath)) throw new Error(`${codePath} does not exist: run \`npm run build\` first.`);
  const html: Record<string, string> = {};
  for (const name of readdirSync(distDir)) {
    if (name.endsWith('.html'))
      html[name.slice(0, -'.html'.length)] = readFileSync(join(distDir, name), 'utf8');
  }
  return { code: readFileSync(codePath, 'utf8'), html };
}

/**
 * Loads the bundle into a bare `vm` context whose only globals are the offline Workspace's services,
 * as Apps Script evaluates every .gs file in one global scope: no `require`, `module` or `process`.
 * Returns the context, whose top-level functions are the add-on's entry points.
 */
export function loadBundle(workspace: OfflineWorkspace, bundle: Bundle): vm.Context {
  const context = vm.createContext({ ...workspace.globals() });
  vm.runInContext(bundle.code, context, { filename: 'Code.js' });
  workspace.useFunctions((name) => {
    // google.script.run and triggers can only reach top-level functions; a trailing `_` marks a private one.
    const value: unknown = (context as Record<string, unknown>)[name];
    return typeof value === 'function' && !name.endsWith('_') ? (value as ScriptFunction) : undefined;
  });
  return context;
}

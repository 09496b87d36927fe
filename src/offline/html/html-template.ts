import type { HtmlTemplateApi } from '../../gas/api/html';
import type { Kernel } from '../runtime/kernel';
import { escapeHtml, escapeJsString } from './escaping';
import { OfflineHtmlOutput } from './html-output';
import { PrintContext, compileTemplate, parseTemplate } from './scriptlets';

/** What scriptlets can see besides the template's properties: the project's globals and functions. */
export type ScriptletGlobals = (name: string) => unknown;

interface TemplateState {
  kernel: Kernel;
  source: string;
  globals: ScriptletGlobals;
  toTemplate: (source: string) => HtmlTemplateApi;
}

// Kept off the instance so that the template's own enumerable properties are exactly the ones the
// script set (`t.name = …`), which become the scriptlets' variables (§9.4).
const states = new WeakMap<OfflineHtmlTemplate, TemplateState>();

/**
 * A template. `evaluate()` runs the scriptlets once, server-side (§9.4), with `new Function` — fine
 * offline, where the code is the project's own. Names resolve to the template's properties first, then
 * to the project's top-level functions and services; JS built-ins stay reachable.
 */
export class OfflineHtmlTemplate implements HtmlTemplateApi {
  [propName: string]: any;

  constructor(
    kernel: Kernel,
    source: string,
    globals: ScriptletGlobals,
    toTemplate: (source: string) => HtmlTemplateApi,
  ) {
    states.set(this, { kernel, source, globals, toTemplate });
  }

  evaluate(): OfflineHtmlOutput {
    const state = stateOf(this);
    state.kernel.tick('HtmlService.HtmlTemplate.evaluate');
    const code = compileTemplate(parseTemplate(state.source));
    const properties: Record<string, unknown> = { ...this };
    let content = '';
    const output = {
      text: (text: string): void => void (content += text),
      raw: (value: unknown): void => void (content += printable(value)),
      print: (value: unknown, context: PrintContext): void =>
        void (content += escapeFor(printable(value), context)),
    };
    const run = new Function('__output', '__scope', `with (__scope) {\n${code}\n}`) as (
      out: typeof output,
      scope: object,
    ) => void;
    run(output, scriptletScope(properties, state.globals));
    return new OfflineHtmlOutput(state.kernel, content, state.toTemplate);
  }

  getCode(): string {
    const state = stateOf(this);
    state.kernel.tick('HtmlService.HtmlTemplate.getCode');
    return compileTemplate(parseTemplate(state.source));
  }

  getRawContent(): string {
    const state = stateOf(this);
    state.kernel.tick('HtmlService.HtmlTemplate.getRawContent');
    return state.source;
  }
}

function stateOf(template: OfflineHtmlTemplate): TemplateState {
  const state = states.get(template);
  if (!state) throw new Error('Not an offline HtmlTemplate.');
  return state;
}

/**
 * `String(value)`: a printed `undefined` shows as "undefined", which makes a missing template property
 * visible in tests [unsure: Google's rendering of null/undefined is not documented].
 */
function printable(value: unknown): string {
  return String(value);
}

/** Contextual auto-escaping (§9.4): HTML in markup; a JS string inside `<script>` (numbers become strings). */
function escapeFor(text: string, context: PrintContext): string {
  if (context === 'html') return escapeHtml(text);
  if (context === 'script-string') return escapeJsString(text);
  return `"${escapeJsString(text)}"`;
}

/**
 * The `with` scope of the scriptlets. Names that are neither template properties nor project globals
 * but exist on the real global object (JSON, Math, Date…) fall through to it; any other name is
 * claimed here, so a read throws ReferenceError as in Apps Script, and an assignment to an undeclared
 * name stays inside the template instead of leaking into Node's global object.
 */
function scriptletScope(properties: Record<string, unknown>, globals: ScriptletGlobals): object {
  const local: Record<string, unknown> = Object.create(null);
  const known = (name: string): boolean => name in local || name in properties || globals(name) !== undefined;
  return new Proxy(local, {
    has(_, name) {
      if (typeof name !== 'string' || name.startsWith('__')) return false;
      return known(name) || !(name in globalThis);
    },
    get(_, name) {
      if (typeof name !== 'string') return undefined;
      if (name in local) return local[name];
      if (name in properties) return properties[name];
      const global = globals(name);
      if (global !== undefined) return global;
      throw new ReferenceError(`${name} is not defined`);
    },
    set(_, name, value) {
      if (typeof name !== 'string') return false;
      if (name in properties) properties[name] = value;
      else local[name] = value;
      return true;
    },
  });
}

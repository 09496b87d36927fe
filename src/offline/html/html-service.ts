import type { HtmlServiceApi, HtmlTemplateApi } from '../../gas/api/html';
import { gasException } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import { OfflineHtmlOutput, SandboxMode, XFrameOptionsMode } from './html-output';
import { OfflineHtmlTemplate, ScriptletGlobals } from './html-template';

/**
 * The project's `.html` files by name (`Sidebar` or `Sidebar.html`), as the bundle ships them: a map, or
 * a function that reads them when a file is asked for.
 */
export type HtmlFiles = Record<string, string> | (() => Record<string, string>);

/** HtmlService (§9): pages and templates from strings or from the project's HTML files. */
export class OfflineHtmlService implements HtmlServiceApi {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  private htmlFiles: HtmlFiles;
  private readonly toTemplate = (source: string): HtmlTemplateApi =>
    new OfflineHtmlTemplate(this.kernel, source, this.globals, this.toTemplate);

  constructor(
    private readonly kernel: Kernel,
    htmlFiles: HtmlFiles = {},
    private readonly globals: ScriptletGlobals = (name) => kernel.findFunction(name),
  ) {
    this.htmlFiles = htmlFiles;
  }

  /** Non-ticking: where the project's HTML files come from (the built bundle, or a test's map). */
  useHtmlFiles(htmlFiles: HtmlFiles): void {
    this.htmlFiles = htmlFiles;
  }

  createHtmlOutput(html?: string): OfflineHtmlOutput {
    this.kernel.tick('HtmlService.HtmlService.createHtmlOutput');
    return new OfflineHtmlOutput(this.kernel, html === undefined ? '' : String(html), this.toTemplate);
  }

  /** The file as it is: scriptlets in it are not run (use a template for that). */
  createHtmlOutputFromFile(filename: string): OfflineHtmlOutput {
    this.kernel.tick('HtmlService.HtmlService.createHtmlOutputFromFile');
    return new OfflineHtmlOutput(this.kernel, this.file(filename), this.toTemplate);
  }

  createTemplate(html: string): OfflineHtmlTemplate {
    this.kernel.tick('HtmlService.HtmlService.createTemplate');
    return new OfflineHtmlTemplate(this.kernel, String(html), this.globals, this.toTemplate);
  }

  createTemplateFromFile(filename: string): OfflineHtmlTemplate {
    this.kernel.tick('HtmlService.HtmlService.createTemplateFromFile');
    return new OfflineHtmlTemplate(this.kernel, this.file(filename), this.globals, this.toTemplate);
  }

  /** A file by its name with or without `.html`; Google's text when there is none. */
  private file(filename: string): string {
    const name = String(filename);
    const files = typeof this.htmlFiles === 'function' ? this.htmlFiles() : this.htmlFiles;
    const bare = name.replace(/\.html$/i, '');
    for (const candidate of [name, `${bare}.html`, bare]) {
      if (Object.prototype.hasOwnProperty.call(files, candidate)) return files[candidate] ?? '';
    }
    throw gasException(`No HTML file named ${name} was found.`);
  }
}

import type { HtmlOutputApi, HtmlTemplateApi } from '../../gas/api/html';
import type { Kernel } from '../runtime/kernel';
import { escapeHtml } from './escaping';

/** What a sidebar or dialog shows, read by the Ui without counting calls. */
export interface HtmlPage {
  content: string;
  title: string;
  width: number;
  height: number;
}

/** HtmlService's enums as plain objects (enum values are compared by identity in scripts). */
export const SandboxMode = {
  EMULATED: 'EMULATED',
  IFRAME: 'IFRAME',
  NATIVE: 'NATIVE',
} as unknown as typeof GoogleAppsScript.HTML.SandboxMode;

export const XFrameOptionsMode = {
  ALLOWALL: 'ALLOWALL',
  DEFAULT: 'DEFAULT',
} as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;

/**
 * A page for a sidebar or dialog. Every page is served in a sandboxed IFRAME whatever `setSandboxMode`
 * asks for (§9.1), so the mode is recorded and otherwise ignored. Width and height stay 0 until set
 * [unsure: Google's defaults are not documented]; the host applies its own sizes then.
 */
export class OfflineHtmlOutput implements HtmlOutputApi {
  private content: string;
  private title = '';
  private width = 0;
  private height = 0;
  private faviconUrl = '';
  private sandboxMode: unknown = SandboxMode.IFRAME;
  private xFrameOptionsMode: unknown = XFrameOptionsMode.DEFAULT;
  private readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(
    private readonly kernel: Kernel,
    content: string,
    private readonly toTemplate: (source: string) => HtmlTemplateApi,
  ) {
    this.content = content;
  }

  /** Non-ticking read for the Ui and tests. */
  page(): HtmlPage {
    return { content: this.content, title: this.title, width: this.width, height: this.height };
  }

  /** Non-ticking read of the settings that do not change what is shown. */
  settings(): {
    sandboxMode: string;
    xFrameOptionsMode: string;
    faviconUrl: string;
    metaTags: Array<{ name: string; content: string }>;
  } {
    return {
      sandboxMode: String(this.sandboxMode),
      xFrameOptionsMode: String(this.xFrameOptionsMode),
      faviconUrl: this.faviconUrl,
      metaTags: this.metaTags.map((tag) => ({ ...tag })),
    };
  }

  getContent(): string {
    this.tick('getContent');
    return this.content;
  }

  setContent(content: string): OfflineHtmlOutput {
    this.tick('setContent');
    this.content = String(content);
    return this;
  }

  append(addedContent: string): OfflineHtmlOutput {
    this.tick('append');
    this.content += String(addedContent);
    return this;
  }

  /** Appends text that may come from a user: HTML-escaped, so it shows as text. */
  appendUntrusted(addedContent: string): OfflineHtmlOutput {
    this.tick('appendUntrusted');
    this.content += escapeHtml(String(addedContent));
    return this;
  }

  clear(): OfflineHtmlOutput {
    this.tick('clear');
    this.content = '';
    return this;
  }

  getTitle(): string {
    this.tick('getTitle');
    return this.title;
  }

  setTitle(title: string): OfflineHtmlOutput {
    this.tick('setTitle');
    this.title = String(title);
    return this;
  }

  getWidth(): number {
    this.tick('getWidth');
    return this.width;
  }

  setWidth(width: number): OfflineHtmlOutput {
    this.tick('setWidth');
    this.width = Number(width);
    return this;
  }

  getHeight(): number {
    this.tick('getHeight');
    return this.height;
  }

  setHeight(height: number): OfflineHtmlOutput {
    this.tick('setHeight');
    this.height = Number(height);
    return this;
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): OfflineHtmlOutput {
    this.tick('setSandboxMode');
    this.sandboxMode = mode;
    return this;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): OfflineHtmlOutput {
    this.tick('setXFrameOptionsMode');
    this.xFrameOptionsMode = mode;
    return this;
  }

  addMetaTag(name: string, content: string): OfflineHtmlOutput {
    this.tick('addMetaTag');
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  getFaviconUrl(): string {
    this.tick('getFaviconUrl');
    return this.faviconUrl;
  }

  setFaviconUrl(iconUrl: string): OfflineHtmlOutput {
    this.tick('setFaviconUrl');
    this.faviconUrl = String(iconUrl);
    return this;
  }

  asTemplate(): HtmlTemplateApi {
    this.tick('asTemplate');
    return this.toTemplate(this.content);
  }

  private tick(method: string): void {
    this.kernel.tick(`HtmlService.HtmlOutput.${method}`);
  }
}

/** What a page shows, read without counting calls when it is an offline page. */
export function pageOf(output: HtmlOutputApi): HtmlPage {
  if (output instanceof OfflineHtmlOutput) return output.page();
  return {
    content: output.getContent(),
    title: output.getTitle(),
    width: output.getWidth(),
    height: output.getHeight(),
  };
}

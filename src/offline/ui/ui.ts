import type { HtmlOutputApi, UiApi } from '../../gas/api/html';
import { pageOf } from '../html/html-output';
import { describeArgumentType, gasException, signatureMismatch } from '../runtime/exception';
import type { Kernel, ScreenEvent } from '../runtime/kernel';
import { BUTTONS_OF_SET, Button, ButtonName, ButtonSet, ScriptedAnswer, isButtonSet } from './buttons';
import { OfflineMenu } from './menu';
import { InstalledMenu, MenuRegistry, menuItemsJson } from './menus';

export type Host = ScreenEvent['host'];

/** The add-on's name, which Google gives the `createAddonMenu()` submenu under Extensions (§10.2). */
export const ADDON_NAME = 'Наставник';

const CONTAINER_UI_SCOPE = 'https://www.googleapis.com/auth/script.container.ui';

/** A prompt's outcome. */
export class OfflinePromptResponse {
  constructor(
    private readonly kernel: Kernel,
    private readonly button: ButtonName,
    private readonly text: string,
  ) {}

  getResponseText(): string {
    this.kernel.tick('Ui.PromptResponse.getResponseText');
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    this.kernel.tick('Ui.PromptResponse.getSelectedButton');
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

/**
 * The editor Ui of one host (`SpreadsheetApp.getUi()`, `DocumentApp.getUi()`). Everything it shows is
 * recorded in `kernel.screen`; the person's answers to alerts and prompts come from a queue that tests
 * and scenarios fill with `scriptAnswers`, and default to the set's first button and an empty text.
 */
export class OfflineUi implements UiApi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  private readonly registry = new MenuRegistry();
  private readonly answers: ScriptedAnswer[] = [];

  constructor(
    private readonly kernel: Kernel,
    readonly host: Host,
    private readonly addonName: string = ADDON_NAME,
  ) {}

  // ── non-ticking helpers for tests, scenarios and the CLI ──

  /** Queues what the person answers to the next alerts and prompts, in order. */
  scriptAnswers(answers: ScriptedAnswer[]): void {
    this.answers.push(...answers);
  }

  /** Answers queued and not yet used. */
  pendingAnswers(): ScriptedAnswer[] {
    return [...this.answers];
  }

  /** The menus this host shows now. */
  menus(): InstalledMenu[] {
    return this.registry.menus();
  }

  /** The function behind a menu item, by the caption (or caption path) a person sees; see MenuRegistry. */
  findMenuItem(label: string): string | undefined {
    return this.registry.findMenuItem(label);
  }

  // ── Google's Ui ──

  createMenu(caption: string): OfflineMenu {
    this.kernel.tick('Ui.Ui.createMenu');
    return new OfflineMenu(this.kernel, String(caption), false, (menu) => this.install(menu));
  }

  createAddonMenu(): OfflineMenu {
    this.kernel.tick('Ui.Ui.createAddonMenu');
    return new OfflineMenu(this.kernel, this.addonName, true, (menu) => this.install(menu));
  }

  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(
    title: string,
    prompt: string,
    buttons: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button;
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.kernel.tick('Ui.Ui.alert');
    const { title, prompt, buttons } = dialogArguments(args, 'Ui.alert');
    const answer = this.nextAnswer(buttons, 'alert');
    this.show({ kind: 'alert', title, content: prompt, answer: answer.button });
    return answer.button as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(prompt: string): OfflinePromptResponse;
  prompt(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): OfflinePromptResponse;
  prompt(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): OfflinePromptResponse;
  prompt(...args: unknown[]): OfflinePromptResponse {
    this.kernel.tick('Ui.Ui.prompt');
    const { title, prompt, buttons } = dialogArguments(args, 'Ui.prompt');
    const answer = this.nextAnswer(buttons, 'prompt');
    this.show({ kind: 'prompt', title, content: prompt, answer: answer.button, responseText: answer.text });
    return new OfflinePromptResponse(this.kernel, answer.button, answer.text);
  }

  /** The sidebar's title is the page's (`setTitle`). Not from a simple trigger (§7.10, §9.5). */
  showSidebar(userInterface: HtmlOutputApi): void {
    this.kernel.tick('Ui.Ui.showSidebar');
    this.assertContainerUiAllowed('showSidebar');
    const page = pageOf(userInterface);
    this.show({ kind: 'sidebar', title: page.title, content: page.content });
  }

  showModalDialog(userInterface: HtmlOutputApi, title: string): void {
    this.kernel.tick('Ui.Ui.showModalDialog');
    this.assertContainerUiAllowed('showModalDialog');
    this.show({ kind: 'modal-dialog', title: String(title), content: pageOf(userInterface).content });
  }

  showModelessDialog(userInterface: HtmlOutputApi, title: string): void {
    this.kernel.tick('Ui.Ui.showModelessDialog');
    this.assertContainerUiAllowed('showModelessDialog');
    this.show({ kind: 'modeless-dialog', title: String(title), content: pageOf(userInterface).content });
  }

  private install(menu: InstalledMenu): void {
    this.registry.install(menu);
    const title = menu.addon ? `Extensions › ${menu.caption}` : menu.caption;
    this.show({ kind: 'menu', title, content: menuItemsJson(menu.entries) });
  }

  /**
   * Sidebars and dialogs need the `script.container.ui` scope, which a simple trigger (`onOpen` in
   * NONE or LIMITED mode) does not have (§7.10, §9.5).
   */
  private assertContainerUiAllowed(method: string): void {
    if (this.kernel.current?.kind === 'simple-trigger') {
      throw gasException(
        `You do not have permission to call Ui.${method}. Required permissions: ${CONTAINER_UI_SCOPE}`,
      );
    }
  }

  private nextAnswer(buttons: string, kind: 'alert' | 'prompt'): { button: ButtonName; text: string } {
    const offered = BUTTONS_OF_SET[buttons] ?? ['OK'];
    const scripted = this.answers.shift();
    const wanted = typeof scripted === 'string' ? { button: scripted } : (scripted ?? {});
    const button = wanted.button ?? offered[0] ?? 'OK';
    if (button !== 'CLOSE' && !offered.includes(button)) {
      throw new Error(
        `The scripted answer ${button} is not a button of this ${kind} (${offered.join(', ')} or CLOSE).`,
      );
    }
    return { button, text: wanted.text ?? '' };
  }

  private show(event: Omit<ScreenEvent, 'at' | 'host'>): void {
    this.kernel.screen.push({ at: this.kernel.clock.now(), host: this.host, ...event });
  }
}

/** Sorts out `(prompt)`, `(prompt, buttons)` and `(title, prompt, buttons)`. */
function dialogArguments(
  args: unknown[],
  method: string,
): { title: string; prompt: string; buttons: string } {
  const mismatch = (): Error => signatureMismatch(args.map(describeArgumentType).join(','), method);
  if (args.length === 1 && typeof args[0] === 'string') return { title: '', prompt: args[0], buttons: 'OK' };
  if (args.length === 2 && typeof args[0] === 'string' && isButtonSet(args[1])) {
    return { title: '', prompt: args[0], buttons: String(args[1]) };
  }
  if (
    args.length === 3 &&
    typeof args[0] === 'string' &&
    typeof args[1] === 'string' &&
    isButtonSet(args[2])
  ) {
    return { title: args[0], prompt: args[1], buttons: String(args[2]) };
  }
  throw mismatch();
}

/** The offline Ui behind a `UiApi`, for tests and scenarios that script the person's answers. */
export function offlineUi(ui: UiApi): OfflineUi {
  if (!(ui instanceof OfflineUi)) throw new Error('Not an offline Ui.');
  return ui;
}

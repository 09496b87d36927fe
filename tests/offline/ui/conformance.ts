/**
 * Compile-time proof that Google's Ui, Menu, PromptResponse, HtmlOutput and HtmlTemplate satisfy the
 * subset interfaces (tests/types/conformance.ts reaches them only through the services' getUi()).
 * Checked by `tsc`; nothing here runs.
 */
import type {
  HtmlOutputApi,
  HtmlTemplateApi,
  MenuApi,
  PromptResponseApi,
  UiApi,
} from '../../../src/gas/api/html';
import type { OfflineHtmlOutput } from '../../../src/offline/html/html-output';
import type { OfflineUi } from '../../../src/offline/ui/ui';

export function realUiConforms(ui: GoogleAppsScript.Base.Ui): UiApi {
  const menu: MenuApi = ui.createMenu('x');
  const response: PromptResponseApi = ui.prompt('x');
  const page: HtmlOutputApi = HtmlService.createHtmlOutput();
  const template: HtmlTemplateApi = HtmlService.createTemplate('');
  void [menu, response, page, template];
  return ui;
}

export function offlineUiConforms(ui: OfflineUi, page: OfflineHtmlOutput): [UiApi, HtmlOutputApi] {
  return [ui, page];
}

import type { Dialogs, FormLinksView } from '../ports';
import type { HtmlServiceApi } from './api/html';
import type { SpreadsheetAppApi } from './api/spreadsheet';

/** The project file of the links dialog (src/ui/form-links.html, copied next to Code.js by webpack). */
export const FORM_LINKS_FILE = 'form-links';

/**
 * Dialogs as HtmlService templates. Every value reaches the page through `<?= ?>`, which Google escapes
 * for where it lands (§9.4), so a title or setting holding markup is shown as text, never run.
 */
export class HtmlDialogs implements Dialogs {
  constructor(
    private readonly html: HtmlServiceApi,
    private readonly spreadsheetApp: SpreadsheetAppApi,
  ) {}

  showFormLinks(view: FormLinksView): void {
    const template = this.html.createTemplateFromFile(FORM_LINKS_FILE);
    template.view = view;
    const page = template
      .evaluate()
      .setWidth(560)
      .setHeight(Math.min(620, 180 + 150 * view.forms.length));
    this.spreadsheetApp.getUi().showModalDialog(page, view.title);
  }
}

import { MentoringError, messages } from '../core';
import type { MatchingShell, RowsToDelete } from '../ports';
import type { HtmlServiceApi } from './api/html';
import type { SpreadsheetApi, SpreadsheetAppApi } from './api/spreadsheet';
import { ActiveSpreadsheet } from './active-spreadsheet';

/** The project file of the sidebar (built from src/ui/pairs-sidebar by webpack, next to Code.js). */
export const PAIRS_SIDEBAR_FILE = 'pairs-sidebar';

/**
 * Stage 5 over SpreadsheetApp and HtmlService: row deletions, the person's current cell, the sidebar.
 * The sidebar is a template only for `<?= focus ?>`, which Google escapes for the attribute it lands in
 * (§9.4); everything else reaches the page through google.script.run as data and is shown as text.
 */
export class SheetsMatchingShell implements MatchingShell {
  private activeSpreadsheet: ActiveSpreadsheet | null = null;

  constructor(
    private readonly app: SpreadsheetAppApi,
    private readonly html: HtmlServiceApi,
  ) {}

  deleteRows(deletions: readonly RowsToDelete[]): void {
    for (const d of deletions) {
      const sheet = this.spreadsheet().getSheetByName(d.sheet);
      if (!sheet) throw new MentoringError('SHEET_MISSING', messages.setup.sheetMissing(d.sheet), d.sheet);
      sheet.deleteRows(d.row, d.count);
    }
  }

  currentCell(): { sheet: string; row: number } | null {
    const cell = this.spreadsheet().getCurrentCell();
    return cell ? { sheet: cell.getSheet().getName(), row: cell.getRow() } : null;
  }

  showPairsSidebar(focusEmail: string | null): void {
    const template = this.html.createTemplateFromFile(PAIRS_SIDEBAR_FILE);
    template.focus = focusEmail ?? '';
    const page = template.evaluate().setTitle(messages.pairs.title);
    this.app.getUi().showSidebar(page);
  }

  private spreadsheet(): SpreadsheetApi {
    this.activeSpreadsheet ??= new ActiveSpreadsheet(this.app);
    return this.activeSpreadsheet.get();
  }
}

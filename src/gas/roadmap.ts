import { MentoringError, messages } from '../core';
import type { RoadmapShell, StatusHighlight } from '../ports/roadmap';
import type { DriveAppApi } from './api/drive';
import type { SpreadsheetApi, SpreadsheetAppApi } from './api/spreadsheet';
import { ActiveSpreadsheet } from './active-spreadsheet';

/** The formula of the add-on's status highlight: `=$E2="просрочено"`; any column letter. */
const ruleFormula = (column: string, status: string): string => `=$${column}2="${status}"`;
const isOurs = (formula: string, status: string): boolean =>
  new RegExp(`^=\\$[A-Z]+2="${status.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"$`).test(formula);

function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * The road map's shell over SpreadsheetApp and DriveApp: one conditional-format rule colours overdue
 * rows (Sheets keeps it as statuses change, so a refresh does not repaint cells), and the files of the
 * «Методические материалы» folder are counted for stage 4.2.
 */
export class SheetsRoadmapShell implements RoadmapShell {
  private activeSpreadsheet: ActiveSpreadsheet | null = null;

  constructor(
    private readonly app: SpreadsheetAppApi,
    private readonly drive: DriveAppApi,
  ) {}

  ensureHighlight(h: StatusHighlight): void {
    const sheet = this.spreadsheet().getSheetByName(h.sheet);
    if (!sheet) throw new MentoringError('SHEET_MISSING', messages.setup.sheetMissing(h.sheet), h.sheet);
    const wanted = ruleFormula(columnLetter(h.statusColumn), h.status);
    const rules = sheet.getConditionalFormatRules();
    const criteria = String(this.app.BooleanCriteria.CUSTOM_FORMULA);
    const formulas = rules.map((rule) => {
      const condition = rule.getBooleanCondition();
      return condition && String(condition.getCriteriaType()) === criteria
        ? String(condition.getCriteriaValues()[0])
        : '';
    });
    if (formulas.some((f) => f === wanted)) return;
    const kept = rules.filter((_, i) => !isOurs(formulas[i]!, h.status));
    const rows = Math.max(sheet.getMaxRows() - 1, 1);
    const rule = this.app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(wanted)
      .setBackground(h.background)
      .setRanges([sheet.getRange(2, 1, rows, h.lastColumn)])
      .build();
    sheet.setConditionalFormatRules([...kept, rule]);
  }

  countFolderFiles(folderId: string, limit: number): number | null {
    let folder;
    try {
      folder = this.drive.getFolderById(folderId);
      if (folder.isTrashed()) return null;
    } catch {
      // A folder deleted for good, or one this account cannot open: no count rather than a failure.
      return null;
    }
    const files = folder.getFiles();
    let n = 0;
    // Whether a folder's listing includes trashed files is not documented (§4.5): each file is asked.
    while (n < limit && files.hasNext()) if (!files.next().isTrashed()) n += 1;
    return n;
  }

  private spreadsheet(): SpreadsheetApi {
    this.activeSpreadsheet ??= new ActiveSpreadsheet(this.app);
    return this.activeSpreadsheet.get();
  }
}

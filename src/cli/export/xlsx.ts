import ExcelJS from 'exceljs';
import type { SpreadsheetExport } from './model';

/** Excel allows 31 characters and no `[]:*?/\` in a tab name; Google allows more. */
function excelTabName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Лист';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1)
    candidate = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** One tab per sheet, values typed as in Sheets, formulas kept with their last value, frozen headers. */
export async function writeWorkbook(spreadsheet: SpreadsheetExport, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Наставник (offline)';
  const taken = new Set<string>();
  for (const sheet of spreadsheet.sheets) {
    const tab = workbook.addWorksheet(excelTabName(sheet.name, taken), {
      views: sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : [],
    });
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === '' && !sheet.formulas?.[r]?.[c]) return;
        const cell = tab.getCell(r + 1, c + 1);
        const formula = sheet.formulas?.[r]?.[c];
        if (formula) {
          cell.value = {
            formula: formula.replace(/^=/, ''),
            result: value instanceof Date ? value : (value as string | number | boolean),
          };
        } else {
          cell.value = value;
          if (value instanceof Date) cell.numFmt = 'dd.mm.yyyy hh:mm';
          if (sheet.numberFormats?.[r]?.[c] === '@') cell.numFmt = '@';
        }
        if (r < sheet.frozenRows) cell.font = { bold: true };
      });
    });
    const widths = (sheet.values[0] ?? []).map((_, c) =>
      Math.min(
        60,
        Math.max(
          10,
          ...sheet.values.map(
            (row) => String(row[c] instanceof Date ? 'dd.mm.yyyy hh:mm' : (row[c] ?? '')).length + 2,
          ),
        ),
      ),
    );
    widths.forEach((width, c) => (tab.getColumn(c + 1).width = width));
  }
  if (spreadsheet.sheets.length === 0) workbook.addWorksheet('Лист1');
  await workbook.xlsx.writeFile(path);
}

import type { BlockSnapshot } from '../../offline/document/snapshot';
import type { SpreadsheetSnapshot } from '../../offline/spreadsheet/store';
import type { OfflineWorkspace } from '../../offline/workspace';
import type { DocBlock, DocumentExport, SpreadsheetExport } from './model';

/** The exporter's view of a spreadsheet snapshot. */
export function spreadsheetExport(snapshot: SpreadsheetSnapshot): SpreadsheetExport {
  return {
    id: snapshot.id,
    name: snapshot.name,
    sheets: snapshot.sheets.map((sheet) => ({
      name: sheet.name,
      values: sheet.values,
      formulas: sheet.formulas,
      numberFormats: sheet.numberFormats,
      frozenRows: sheet.frozenRows,
    })),
  };
}

function blocks(snapshot: BlockSnapshot[]): DocBlock[] {
  return snapshot.flatMap((block): DocBlock[] => {
    switch (block.kind) {
      case 'paragraph':
        return [
          {
            type: 'paragraph',
            ...(block.heading !== 'NORMAL' ? { heading: block.heading } : {}),
            ...(block.alignment ? { alignment: block.alignment } : {}),
            ...(block.listItem ? { listItem: true } : {}),
            runs: block.runs.map((run) => ({
              text: run.text,
              ...(run.bold ? { bold: true } : {}),
              ...(run.italic ? { italic: true } : {}),
              ...(run.underline ? { underline: true } : {}),
              ...(run.fontSize ? { fontSize: run.fontSize } : {}),
              ...(run.linkUrl ? { link: run.linkUrl } : {}),
            })),
          },
        ];
      case 'table':
        return [
          { type: 'table', rows: block.rows.map((row) => row.cells.map((cell) => blocks(cell.blocks))) },
        ];
      case 'pageBreak':
        return [{ type: 'pageBreak' }];
      case 'horizontalRule':
        return [];
    }
  });
}

/** The exporter's view of a Google Doc: body, header and footer as blocks of formatted runs. */
export function documentExport(workspace: OfflineWorkspace, id: string): DocumentExport {
  const snapshot = workspace.documents.toJSON(id);
  return {
    id: snapshot.id,
    name: snapshot.name,
    body: blocks(snapshot.body),
    ...(snapshot.header ? { header: blocks(snapshot.header) } : {}),
    ...(snapshot.footer ? { footer: blocks(snapshot.footer) } : {}),
  };
}

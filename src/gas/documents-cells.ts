import type { CellEdit, OutlineCell, OutlineRow, OutlineTable } from '../core/documents';
import type { BodyApi, DocumentAppApi, ElementApi } from './api/document';
import type { TextElement } from './documents-render';

/**
 * «Отметить выполнение» without a full render (issue DOCSPEED): the open Doc's body tables read as text,
 * and a few cells set. A full outline (documents-outline.ts) costs about six calls per cell and the
 * refill of a render about two thousand for a programme; this read costs two per cell (`getCell` +
 * `getText`, whose lines are the cell's paragraphs) and a write about ten per cell.
 *
 * Text is set with `Text.insertText` + `deleteText` on the cell's one paragraph, as a render sets it,
 * never `setText` or `replaceText` (which would reset the paragraph's text attributes, or read `$` in
 * the text): the mark keeps the style the template gave that cell (see `write`).
 */
export class TableCells {
  constructor(private readonly app: DocumentAppApi) {}

  read(body: BodyApi): OutlineTable[] {
    return body.getTables().map((table) => {
      const rows: OutlineRow[] = [];
      const numRows = table.getNumRows();
      for (let r = 0; r < numRows; r++) {
        const row = table.getRow(r);
        const cells: OutlineCell[] = [];
        const numCells = row.getNumCells();
        for (let c = 0; c < numCells; c++)
          cells.push({
            paragraphs: row
              .getCell(c)
              .getText()
              .split('\n')
              .map((text) => ({ text })),
          });
        rows.push({ cells });
      }
      return { rows };
    });
  }

  /** Every cell is resolved and checked first; false, with nothing written, when one is not as read. */
  write(body: BodyApi, edits: readonly CellEdit[]): boolean {
    if (edits.length === 0) return true;
    const targets: Array<{ element: TextElement; edit: CellEdit; style: Record<string, unknown> | null }> =
      [];
    try {
      const tables = body.getTables();
      for (const edit of edits) {
        const table = tables[edit.table];
        if (!table) return false;
        const cell = table.getCell(edit.row, edit.cell);
        if (cell.getNumChildren() !== 1) return false;
        const element = this.paragraph(cell.getChild(0));
        if (!element || element.getText() !== edit.from) return false;
        let style: Record<string, unknown> | null = null;
        for (const at of edit.styleFrom ?? []) {
          const source = this.paragraph(table.getCell(at.row, at.cell).getChild(0));
          if (source && source.getText() !== '')
            style = this.characterStyle(source.editAsText().getAttributes(0));
          if (style) break;
        }
        targets.push({ element, edit, style });
      }
    } catch {
      // A row or cell gone since the read (Docs throws on a bad index): the caller renders instead.
      return false;
    }
    for (const { element, edit, style } of targets) {
      const text = element.editAsText();
      // The new text goes in after the old and takes its style (as typing at its end would), then the
      // old goes; an empty paragraph has nothing to lend its style, so it is copied from `styleFrom`.
      if (edit.text !== '') text.insertText(edit.from.length, edit.text);
      if (edit.from !== '') text.deleteText(0, edit.from.length - 1);
      else if (style && edit.text !== '') text.setAttributes(0, edit.text.length - 1, style);
      // Checked as a render checks its paragraphs; cannot differ once the cell read as `from`.
      if (element.getText() !== edit.text)
        throw new Error(
          `Cell ${edit.table}/${edit.row}/${edit.cell} reads ${JSON.stringify(element.getText())}`,
        );
    }
    return true;
  }

  private paragraph(child: ElementApi): TextElement | null {
    const type = child.getType();
    if (type === this.app.ElementType.PARAGRAPH) return child.asParagraph();
    if (type === this.app.ElementType.LIST_ITEM) return child.asListItem();
    return null;
  }

  /** The character attributes that are set (null ones are inherited and stay so); null when none is. */
  private characterStyle(attributes: Record<string, unknown>): Record<string, unknown> | null {
    const A = this.app.Attribute;
    const keys = [
      A.FONT_FAMILY,
      A.FONT_SIZE,
      A.BOLD,
      A.ITALIC,
      A.UNDERLINE,
      A.STRIKETHROUGH,
      A.FOREGROUND_COLOR,
      A.BACKGROUND_COLOR,
    ];
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = attributes[String(key)];
      if (value !== null && value !== undefined) out[String(key)] = value;
    }
    return Object.keys(out).length > 0 ? out : null;
  }
}

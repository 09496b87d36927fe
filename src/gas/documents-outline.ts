import type { OutlineBlock, OutlineCell, SectionKey, TemplateOutline } from '../core/documents';
import type {
  BodyApi,
  DocumentApi,
  DocumentAppApi,
  ElementApi,
  FooterSectionApi,
  HeaderSectionApi,
  TableCellApi,
} from './api/document';

/**
 * Reads a Google Doc into the core's plain outline (one pass over the children of header, body and
 * footer), and remembers the shape it saw: which child is a paragraph, a list item or a table, and
 * which child of a cell each outline paragraph is. A copy of the template has the same shape, so the
 * render step finds each element the plan names with a few direct calls instead of a second walk.
 */

/** How a text block is reached: `asParagraph()`, `asListItem()`, or not at all (page break, rule…). */
export type TextKind = 'paragraph' | 'listItem' | 'other';

export interface CellShape {
  /** For each outline paragraph of the cell: its child index in the cell and its kind. */
  paragraphs: Array<{ child: number; kind: TextKind }>;
}

export type BlockShape = { kind: TextKind } | { kind: 'table'; rows: CellShape[][] };

export type TemplateShape = Partial<Record<SectionKey, BlockShape[]>>;

type Section = BodyApi | HeaderSectionApi | FooterSectionApi;

export interface ReadDocument {
  outline: TemplateOutline;
  shape: TemplateShape;
}

export class OutlineReader {
  constructor(private readonly app: DocumentAppApi) {}

  read(doc: DocumentApi): ReadDocument {
    const outline: TemplateOutline = { body: [] };
    const shape: TemplateShape = {};
    const sections: Array<[SectionKey, Section | null]> = [
      ['header', doc.getHeader()],
      ['body', doc.getBody()],
      ['footer', doc.getFooter()],
    ];
    for (const [key, section] of sections) {
      if (!section) continue;
      const read = this.section(section);
      outline[key] = read.blocks;
      shape[key] = read.shapes;
    }
    return { outline, shape };
  }

  private section(section: Section): { blocks: OutlineBlock[]; shapes: BlockShape[] } {
    const blocks: OutlineBlock[] = [];
    const shapes: BlockShape[] = [];
    const count = section.getNumChildren();
    for (let i = 0; i < count; i++) {
      const child = section.getChild(i);
      const type = child.getType();
      if (type === this.app.ElementType.TABLE) {
        const table = child.asTable();
        const rows: OutlineCell[][] = [];
        const rowShapes: CellShape[][] = [];
        const numRows = table.getNumRows();
        for (let r = 0; r < numRows; r++) {
          const row = table.getRow(r);
          const cells: OutlineCell[] = [];
          const cellShapes: CellShape[] = [];
          const numCells = row.getNumCells();
          for (let c = 0; c < numCells; c++) {
            const read = this.cell(row.getCell(c));
            cells.push(read.cell);
            cellShapes.push(read.shape);
          }
          rows.push(cells);
          rowShapes.push(cellShapes);
        }
        blocks.push({ rows: rows.map((cells) => ({ cells })) });
        shapes.push({ kind: 'table', rows: rowShapes });
      } else {
        const kind = this.textKind(type);
        blocks.push({ text: this.text(child, kind) });
        shapes.push({ kind });
      }
    }
    return { blocks, shapes };
  }

  /** A cell's paragraphs and list items; a table nested in a cell is not template text and is skipped. */
  private cell(cell: TableCellApi): { cell: OutlineCell; shape: CellShape } {
    const out: OutlineCell = { paragraphs: [] };
    const shape: CellShape = { paragraphs: [] };
    const count = cell.getNumChildren();
    for (let k = 0; k < count; k++) {
      const child = cell.getChild(k);
      const type = child.getType();
      if (type === this.app.ElementType.TABLE) continue;
      const kind = this.textKind(type);
      out.paragraphs.push({ text: this.text(child, kind) });
      shape.paragraphs.push({ child: k, kind });
    }
    return { cell: out, shape };
  }

  private textKind(type: GoogleAppsScript.Document.ElementType): TextKind {
    if (type === this.app.ElementType.PARAGRAPH) return 'paragraph';
    if (type === this.app.ElementType.LIST_ITEM) return 'listItem';
    return 'other';
  }

  private text(element: ElementApi, kind: TextKind): string {
    if (kind === 'paragraph') return element.asParagraph().getText();
    if (kind === 'listItem') return element.asListItem().getText();
    return '';
  }
}

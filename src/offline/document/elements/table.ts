import type {
  ElementApi,
  HorizontalRuleApi,
  PageBreakApi,
  RangeElementApi,
  TableApi,
  TableCellApi,
  TableRowApi,
  TextApi,
} from '../../../gas/api/document';
import { describeArgumentType, gasException, signatureMismatch } from '../../runtime/exception';
import { DOC_ERRORS, insertIndexError, readIndexError } from '../errors';
import type { CellNode, RowNode, TableNode } from '../model';
import { detach, insertChild, newCell, newParagraph, newRow, nodeText } from '../model';
import { findIn, replaceIn } from '../search';
import { detached, nodeOfArgument } from './container';
import { ElementBase } from './element';
import { blockSegments, checkPattern, hitOf, RangeElementImpl, TextElement } from './text';

/** Find, replace and text over the paragraphs of a table or row. */
abstract class TablePart extends ElementBase {
  getText(): string {
    this.enter('getText');
    return nodeText(this.node);
  }

  editAsText(): TextApi {
    this.enter('editAsText');
    return new TextElement(this.session, { kind: 'container', node: this.node });
  }

  findText(searchPattern: string, from?: RangeElementApi | null): RangeElementApi | null {
    this.enter('findText');
    checkPattern(searchPattern, `${this.cls}.findText`);
    const hit = findIn(blockSegments(this.node), searchPattern, hitOf(from));
    return hit ? new RangeElementImpl(this.session, hit) : null;
  }

  replaceText(searchPattern: string, replacement: string): ElementApi {
    this.edit('replaceText');
    checkPattern(searchPattern, `${this.cls}.replaceText`, replacement);
    replaceIn(blockSegments(this.node), searchPattern, replacement);
    return this;
  }

  /** Empties every cell, keeping the rows and cells (one empty paragraph per cell). */
  protected clearCells(cells: CellNode[]): void {
    for (const cell of cells) {
      for (const child of [...cell.children]) detach(child);
      insertChild(cell, 0, newParagraph());
    }
  }
}

export class Table extends TablePart implements TableApi {
  protected readonly cls = 'Table';
  declare readonly node: TableNode;

  getNumRows(): GoogleAppsScript.Integer {
    this.enter('getNumRows');
    return this.node.rows.length;
  }

  getNumChildren(): GoogleAppsScript.Integer {
    this.enter('getNumChildren');
    return this.node.rows.length;
  }

  private rowAt(index: number): RowNode {
    const row = this.node.rows[index];
    if (!row || index < 0) throw readIndexError(index, this.node.rows.length);
    return row;
  }

  getRow(rowIndex: GoogleAppsScript.Integer): TableRowApi {
    this.enter('getRow');
    return this.session.wrap(this.rowAt(rowIndex)) as unknown as TableRowApi;
  }

  getChild(childIndex: GoogleAppsScript.Integer): ElementApi {
    this.enter('getChild');
    return this.session.wrap(this.rowAt(childIndex));
  }

  getChildIndex(child: ElementApi): GoogleAppsScript.Integer {
    this.enter('getChildIndex');
    const index = child instanceof ElementBase ? this.node.rows.indexOf(child.node as RowNode) : -1;
    if (index < 0) throw gasException(DOC_ERRORS.notAChild);
    return index;
  }

  getCell(rowIndex: GoogleAppsScript.Integer, cellIndex: GoogleAppsScript.Integer): TableCellApi {
    this.enter('getCell');
    const row = this.rowAt(rowIndex);
    const cell = row.cells[cellIndex];
    if (!cell || cellIndex < 0) throw readIndexError(cellIndex, row.cells.length);
    return this.session.wrap(cell) as unknown as TableCellApi;
  }

  private rowArgument(value: unknown, method: string): RowNode {
    const node = nodeOfArgument<RowNode>(value, ['TABLE_ROW'], `Table.${method}`);
    if (node) return detached(node);
    if (value === undefined || value === null) return newRow();
    throw signatureMismatch(describeArgumentType(value), `DocumentApp.Table.${method}`);
  }

  /**
   * Appends a detached row — the template pattern is `appendTableRow(templateRow.copy())` (§3.9). Without
   * an argument the new row has no cells until `appendTableCell` adds them [unsure].
   */
  appendTableRow(tableRow?: TableRowApi): TableRowApi {
    this.edit('appendTableRow');
    const node = this.rowArgument(tableRow, 'appendTableRow');
    insertChild(this.node, this.node.rows.length, node);
    return this.session.wrap(node) as unknown as TableRowApi;
  }

  insertTableRow(childIndex: GoogleAppsScript.Integer, tableRow?: TableRowApi | null): TableRowApi {
    this.edit('insertTableRow');
    const count = this.node.rows.length;
    if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex > count)
      throw insertIndexError(childIndex, count);
    const node = this.rowArgument(tableRow, 'insertTableRow');
    insertChild(this.node, childIndex, node);
    return this.session.wrap(node) as unknown as TableRowApi;
  }

  removeRow(rowIndex: GoogleAppsScript.Integer): TableRowApi {
    this.edit('removeRow');
    const row = this.rowAt(rowIndex);
    detach(row);
    return this.session.wrap(row) as unknown as TableRowApi;
  }

  removeChild(child: ElementApi): TableApi {
    this.edit('removeChild');
    const node = child instanceof ElementBase ? child.node : null;
    if (!node || node.parent !== this.node) throw gasException(DOC_ERRORS.notAChild);
    detach(node);
    return this;
  }

  getBorderWidth(): number {
    this.enter('getBorderWidth');
    return this.node.borderWidth;
  }

  setBorderWidth(width: number): TableApi {
    this.edit('setBorderWidth');
    this.node.borderWidth = width;
    return this;
  }

  protected override attributes(): Record<string, unknown> {
    return { BORDER_WIDTH: this.node.borderWidth };
  }

  protected override applyAttributes(attributes: Record<string, unknown>): void {
    if (typeof attributes.BORDER_WIDTH === 'number') this.node.borderWidth = attributes.BORDER_WIDTH;
  }

  override setAttributes(attributes: any): TableApi {
    return super.setAttributes(attributes) as TableApi;
  }

  clear(): TableApi {
    this.edit('clear');
    this.clearCells(this.node.rows.flatMap((r) => r.cells));
    return this;
  }

  override copy(): TableApi {
    return super.copy() as TableApi;
  }

  override removeFromParent(): TableApi {
    return super.removeFromParent() as TableApi;
  }
}

export class TableRow extends TablePart implements TableRowApi {
  protected readonly cls = 'TableRow';
  declare readonly node: RowNode;

  getNumCells(): GoogleAppsScript.Integer {
    this.enter('getNumCells');
    return this.node.cells.length;
  }

  getNumChildren(): GoogleAppsScript.Integer {
    this.enter('getNumChildren');
    return this.node.cells.length;
  }

  private cellAt(index: number): CellNode {
    const cell = this.node.cells[index];
    if (!cell || index < 0) throw readIndexError(index, this.node.cells.length);
    return cell;
  }

  getCell(cellIndex: GoogleAppsScript.Integer): TableCellApi {
    this.enter('getCell');
    return this.session.wrap(this.cellAt(cellIndex)) as unknown as TableCellApi;
  }

  getChild(childIndex: GoogleAppsScript.Integer): ElementApi {
    this.enter('getChild');
    return this.session.wrap(this.cellAt(childIndex));
  }

  getChildIndex(child: ElementApi): GoogleAppsScript.Integer {
    this.enter('getChildIndex');
    const index = child instanceof ElementBase ? this.node.cells.indexOf(child.node as CellNode) : -1;
    if (index < 0) throw gasException(DOC_ERRORS.notAChild);
    return index;
  }

  getParentTable(): TableApi {
    this.enter('getParentTable');
    return (this.node.parent ? this.session.wrap(this.node.parent) : null) as unknown as TableApi;
  }

  appendTableCell(textContentsOrCell?: string | TableCellApi | null): TableCellApi {
    this.edit('appendTableCell');
    const given = nodeOfArgument<CellNode>(textContentsOrCell, ['TABLE_CELL'], 'TableRow.appendTableCell');
    let node: CellNode;
    if (given) node = detached(given);
    else if (typeof textContentsOrCell === 'string') node = newCell(textContentsOrCell);
    else node = newCell();
    insertChild(this.node, this.node.cells.length, node);
    return this.session.wrap(node) as unknown as TableCellApi;
  }

  removeCell(cellIndex: GoogleAppsScript.Integer): TableCellApi {
    this.edit('removeCell');
    const cell = this.cellAt(cellIndex);
    detach(cell);
    return this.session.wrap(cell) as unknown as TableCellApi;
  }

  override setAttributes(attributes: any): TableRowApi {
    return super.setAttributes(attributes) as TableRowApi;
  }

  clear(): TableRowApi {
    this.edit('clear');
    this.clearCells(this.node.cells);
    return this;
  }

  override copy(): TableRowApi {
    return super.copy() as TableRowApi;
  }

  override removeFromParent(): TableRowApi {
    return super.removeFromParent() as TableRowApi;
  }
}

export class PageBreak extends ElementBase implements PageBreakApi {
  protected readonly cls = 'PageBreak';

  override copy(): PageBreakApi {
    return super.copy() as PageBreakApi;
  }

  override removeFromParent(): PageBreakApi {
    return super.removeFromParent() as PageBreakApi;
  }
}

export class HorizontalRule extends ElementBase implements HorizontalRuleApi {
  protected readonly cls = 'HorizontalRule';

  override copy(): HorizontalRuleApi {
    return super.copy() as HorizontalRuleApi;
  }

  override removeFromParent(): HorizontalRuleApi {
    return super.removeFromParent() as HorizontalRuleApi;
  }
}

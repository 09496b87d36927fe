import type { ResponseSheetHost } from '../../../src/offline/forms';

/** A spreadsheet side reduced to grids of cells: enough to check the response-sheet layout alone. */
export class MemorySheetHost implements ResponseSheetHost {
  readonly books = new Map<string, Array<{ id: number; name: string; cells: unknown[][] }>>();
  private nextSheetId = 100;

  addSpreadsheet(id: string, firstSheet = 'Лист1'): void {
    this.books.set(id, [{ id: 0, name: firstSheet, cells: [] }]);
  }

  sheet(spreadsheetId: string, name: string): unknown[][] {
    const tab = this.books.get(spreadsheetId)?.find((s) => s.name === name);
    if (!tab) throw new Error(`no tab ${name}`);
    return tab.cells;
  }

  hasSpreadsheet(id: string): boolean {
    return this.books.has(id);
  }
  sheetNames(id: string): string[] {
    return this.books.get(id)!.map((s) => s.name);
  }
  insertSheetFirst(id: string, name: string): number {
    const sheetId = this.nextSheetId++;
    this.books.get(id)!.unshift({ id: sheetId, name, cells: [] });
    return sheetId;
  }
  hasSheet(id: string, sheetId: number): boolean {
    return !!this.books.get(id)?.some((s) => s.id === sheetId);
  }
  private cells(id: string, sheetId: number): unknown[][] {
    return this.books.get(id)!.find((s) => s.id === sheetId)!.cells;
  }
  setCell(id: string, sheetId: number, row: number, column: number, value: unknown): void {
    const cells = this.cells(id, sheetId);
    while (cells.length < row) cells.push([]);
    cells[row - 1]![column - 1] = value;
  }
  appendRow(id: string, sheetId: number, values: unknown[]): number {
    const cells = this.cells(id, sheetId);
    cells.push([...values]);
    return cells.length;
  }
  range(
    id: string,
    sheetId: number,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): unknown {
    return { id, sheetId, row, column, numRows, numColumns };
  }
  spreadsheet(id: string): unknown {
    return { getId: () => id };
  }
}

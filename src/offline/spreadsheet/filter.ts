import type { FilterApi, RangeApi } from '../../gas/api/spreadsheet';
import { OfflineRange } from './range';
import type { SheetModel } from './store';

/** The sheet's basic filter (one per sheet). */
export class OfflineFilter implements FilterApi {
  constructor(private readonly sheet: SheetModel) {}

  getRange(): RangeApi {
    this.sheet.parent.kernel.tick('SpreadsheetApp.Filter.getRange');
    const rect = this.sheet.filter ?? this.sheet.wholeGrid();
    return new OfflineRange(this.sheet, { ...rect });
  }

  remove(): void {
    this.sheet.parent.kernel.tick('SpreadsheetApp.Filter.remove');
    this.sheet.filter = null;
  }
}

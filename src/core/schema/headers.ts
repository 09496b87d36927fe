import { CellValue } from '../../ports/workbook';

/**
 * Header comparison that forgives what people do to header cells by hand (extra spaces, case, «ё»),
 * so a column a curator retyped is still recognised and never added twice.
 */
export function headerKey(header: CellValue): string {
  return String(header).replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
}

/** 0-based position of each header in a header row, by `headerKey`; the first occurrence wins. */
export function headerIndex(headerRow: readonly CellValue[]): Map<string, number> {
  const index = new Map<string, number>();
  headerRow.forEach((h, i) => {
    const key = headerKey(h);
    if (key && !index.has(key)) index.set(key, i);
  });
  return index;
}

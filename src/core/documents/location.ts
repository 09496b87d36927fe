import { messages } from '../messages';
import { type DocLocation, type TemplateOutline, isTable } from './outline';

/**
 * «Абзац 12», «Таблица 2, строка 3, ячейка 1», «Верхний колонтитул, абзац 1»: how staff find a spot.
 * Paragraphs and tables are counted separately, as a person counts them on the page; a cell's
 * paragraph is named only when the cell has more than one.
 */
export function locationLabel(outline: TemplateOutline, location: DocLocation): string {
  const L = messages.documents.location;
  const blocks = outline[location.section] ?? [];
  const parts: string[] = [];
  if (location.section === 'header') parts.push(L.header);
  if (location.section === 'footer') parts.push(L.footer);
  const block = blocks[location.block];
  const ordinal = (table: boolean) =>
    blocks.slice(0, location.block + 1).filter((b) => isTable(b) === table).length;
  if (block && isTable(block)) {
    parts.push(L.table(ordinal(true)));
    if (location.row !== undefined) parts.push(L.row(location.row + 1));
    if (location.cell !== undefined) parts.push(L.cell(location.cell + 1));
    const cell =
      location.cell !== undefined ? block.rows[location.row ?? 0]?.cells[location.cell] : undefined;
    if (location.paragraph !== undefined && cell && cell.paragraphs.length > 1)
      parts.push(L.paragraph(location.paragraph + 1));
  } else {
    parts.push(L.paragraph(ordinal(false)));
  }
  return messages.documents.capitalise(parts.join(', '));
}

const SECTION_ORDER = { header: 0, body: 1, footer: 2 } as const;

/** Document order: header, body, footer; then block, row, cell, paragraph. */
export function compareLocations(a: DocLocation, b: DocLocation): number {
  return (
    SECTION_ORDER[a.section] - SECTION_ORDER[b.section] ||
    a.block - b.block ||
    (a.row ?? -1) - (b.row ?? -1) ||
    (a.cell ?? -1) - (b.cell ?? -1) ||
    (a.paragraph ?? -1) - (b.paragraph ?? -1)
  );
}

import type { BlockSnapshot, DocumentSnapshot } from '../document/snapshot';
import type { PdfLine } from './pdf';
import { linesPdf } from './pdf';

const HEADING_SIZE: Record<string, number> = {
  TITLE: 20,
  SUBTITLE: 15,
  HEADING1: 18,
  HEADING2: 15,
  HEADING3: 13,
  HEADING4: 12,
  HEADING5: 11,
  HEADING6: 11,
};

function cellText(blocks: BlockSnapshot[]): string {
  return blocks
    .map((b) =>
      b.kind === 'paragraph'
        ? b.text
        : b.kind === 'table'
          ? tableRows(b)
              .map((r) => r.text)
              .join(' / ')
          : '',
    )
    .join(' ');
}

function tableRows(table: Extract<BlockSnapshot, { kind: 'table' }>): PdfLine[] {
  return table.rows.map((row) => ({ text: row.cells.map((c) => cellText(c.blocks)).join(' | ') }));
}

/** The lines a section prints: paragraphs (one line per "\n"), list items with a bullet, tables row by row. */
export function sectionLines(blocks: BlockSnapshot[]): PdfLine[] {
  const out: PdfLine[] = [];
  let breakNext = false;
  for (const block of blocks) {
    if (block.kind === 'pageBreak') {
      breakNext = true;
      continue;
    }
    const lines: PdfLine[] = [];
    if (block.kind === 'paragraph') {
      const size = HEADING_SIZE[block.heading] ?? 11;
      const indent = block.listItem ? 18 * (block.listItem.nestingLevel + 1) : 0;
      block.text.split(/[\n\r\v]/).forEach((text, i) => {
        lines.push({ text: block.listItem && i === 0 ? `• ${text}` : text, size, indent });
      });
    } else if (block.kind === 'table') {
      lines.push(...tableRows(block));
    } else {
      lines.push({ text: '—'.repeat(30) });
    }
    if (breakNext && lines[0]) lines[0] = { ...lines[0], pageBreak: true };
    breakNext = false;
    out.push(...lines);
  }
  return out;
}

/** What Drive's `getAs('application/pdf')` makes of a Google Doc (§4.4). */
export function documentPdf(doc: DocumentSnapshot): Uint8Array {
  return linesPdf(sectionLines(doc.body), {
    header: doc.header ? sectionLines(doc.header) : [],
    footer: doc.footer ? sectionLines(doc.footer) : [],
    title: doc.name,
  });
}

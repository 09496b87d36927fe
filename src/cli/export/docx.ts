import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { writeFileSync } from 'fs';
import type { DocBlock, DocumentExport } from './model';

const headings: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  TITLE: HeadingLevel.TITLE,
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
};

const alignments: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
};

function paragraphOf(block: Extract<DocBlock, { type: 'paragraph' }>): Paragraph {
  const heading = block.heading ? headings[block.heading] : undefined;
  const alignment = block.alignment ? alignments[block.alignment] : undefined;
  return new Paragraph({
    ...(heading ? { heading } : {}),
    ...(alignment ? { alignment } : {}),
    ...(block.listItem ? { bullet: { level: 0 } } : {}),
    children: block.runs.map(
      (run) =>
        new TextRun({
          text: run.text,
          ...(run.bold ? { bold: true } : {}),
          ...(run.italic ? { italics: true } : {}),
          ...(run.underline ? { underline: {} } : {}),
          // Docs sizes are points; docx sizes are half-points.
          ...(run.fontSize ? { size: run.fontSize * 2 } : {}),
        }),
    ),
  });
}

function blocksOf(blocks: DocBlock[]): Array<Paragraph | Table> {
  return blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
        return paragraphOf(block);
      case 'pageBreak':
        return new Paragraph({ children: [new PageBreak()] });
      case 'table':
        return new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(
            (cells) =>
              new TableRow({
                children: cells.map((cell) => {
                  const content = blocksOf(cell);
                  // Word requires at least one paragraph in a cell.
                  return new TableCell({ children: content.length > 0 ? content : [new Paragraph('')] });
                }),
              }),
          ),
        });
    }
  });
}

/** A .docx that opens in Word or LibreOffice with the document's paragraphs, tables, header and footer. */
export async function writeDocx(document: DocumentExport, path: string): Promise<void> {
  const doc = new Document({
    creator: 'Наставник (offline)',
    title: document.name,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        ...(document.header
          ? { headers: { default: new Header({ children: blocksOf(document.header) }) } }
          : {}),
        ...(document.footer
          ? { footers: { default: new Footer({ children: blocksOf(document.footer) }) } }
          : {}),
        children: blocksOf(document.body),
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

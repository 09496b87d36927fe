/**
 * A small PDF writer for Drive's conversions (§4.4): A4 pages of text lines. Text is written with a Type0
 * font in Identity-H encoding whose codes are UTF-16 units, plus a ToUnicode map, so Cyrillic survives
 * text extraction (pdftotext, search, copy-paste). The font is not embedded: viewers substitute Arial, so
 * the layout is approximate — the point is a valid PDF that carries the document's words.
 */

export interface PdfLine {
  text: string;
  /** Font size in points (11 by default). */
  size?: number;
  /** Left indent in points. */
  indent?: number;
  /** Start a new page before this line. */
  pageBreak?: boolean;
}

export interface PdfOptions {
  /** Lines repeated at the top / bottom of every page (the document's header and footer). */
  header?: PdfLine[];
  footer?: PdfLine[];
  title?: string;
}

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 56.7;
const LEADING = 1.3;

function hexUtf16(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Astral characters would need surrogate pairs mapped two codes at a time; '?' keeps the PDF valid.
    const code = unit >= 0xd800 && unit <= 0xdfff ? 0x3f : unit;
    out += code.toString(16).padStart(4, '0').toUpperCase();
  }
  return `<${out}>`;
}

/** Breaks a line into pieces that fit the page width (average glyph width ~0.5 em). */
function wrap(line: PdfLine): PdfLine[] {
  const size = line.size ?? 11;
  const width = PAGE_WIDTH - 2 * MARGIN - (line.indent ?? 0);
  const max = Math.max(10, Math.floor(width / (size * 0.5)));
  if (line.text.length <= max) return [line];
  const out: PdfLine[] = [];
  let rest = line.text;
  let first = true;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) cut = max;
    out.push({ ...line, text: rest.slice(0, cut), pageBreak: first && line.pageBreak });
    rest = rest.slice(cut).replace(/^ /, '');
    first = false;
  }
  out.push({ ...line, text: rest, pageBreak: first && line.pageBreak });
  return out;
}

function toUnicodeCMap(): string {
  const ranges: string[] = [];
  for (let hi = 0; hi < 256; hi++) {
    if (hi >= 0xd8 && hi <= 0xdf) continue;
    const h = hi.toString(16).padStart(2, '0').toUpperCase();
    ranges.push(`<${h}00> <${h}FF> <${h}00>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const chunk = ranges.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfrange\n${chunk.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function pageContent(lines: PdfLine[], header: PdfLine[], footer: PdfLine[]): string {
  const ops: string[] = [];
  const draw = (line: PdfLine, y: number) => {
    if (!line.text) return;
    const x = (MARGIN + (line.indent ?? 0)).toFixed(2);
    ops.push(`BT /F1 ${line.size ?? 11} Tf ${x} ${y.toFixed(2)} Td ${hexUtf16(line.text)} Tj ET`);
  };
  let y = PAGE_HEIGHT - MARGIN / 2;
  for (const line of header) {
    y -= (line.size ?? 9) * LEADING;
    draw({ size: 9, ...line }, y);
  }
  y = Math.min(PAGE_HEIGHT - MARGIN, y - 6);
  for (const line of lines) {
    y -= (line.size ?? 11) * LEADING;
    draw(line, y);
  }
  y = MARGIN / 2 + footer.length * 9 * LEADING;
  for (const line of footer) {
    draw({ size: 9, ...line }, y);
    y -= (line.size ?? 9) * LEADING;
  }
  return ops.join('\n');
}

function paginate(lines: PdfLine[], reserved: number): PdfLine[][] {
  const pages: PdfLine[][] = [[]];
  let used = 0;
  const room = PAGE_HEIGHT - 2 * MARGIN - reserved;
  for (const line of lines.flatMap(wrap)) {
    const height = (line.size ?? 11) * LEADING;
    const current = pages[pages.length - 1]!;
    if ((line.pageBreak && current.length > 0) || used + height > room) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(line);
    used += height;
  }
  return pages;
}

/** Builds the PDF file. All bytes are ASCII, so string offsets are byte offsets. */
export function linesPdf(lines: PdfLine[], options: PdfOptions = {}): Uint8Array {
  const header = options.header ?? [];
  const footer = options.footer ?? [];
  const sectionHeight = (header.length + footer.length) * 9 * LEADING;
  const pages = paginate(lines, sectionHeight);
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const stream = (data: string, dict = ''): string =>
    `<< /Length ${data.length}${dict} >>\nstream\n${data}\nendstream`;

  const catalog = add('');
  const pagesRef = add('');
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [-665 -325 2000 1040] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 500 /CIDToGIDMap /Identity >>`,
  );
  const toUnicode = add(stream(toUnicodeCMap()));
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const pageRefs: number[] = [];
  for (const pageLines of pages) {
    const content = add(stream(pageContent(pageLines, header, footer)));
    pageRefs.push(
      add(
        `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRef} 0 R >>`;
  objects[pagesRef - 1] =
    `<< /Type /Pages /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`;
  const info =
    options.title === undefined
      ? 0
      : add(`<< /Title ${hexUtf16BOM(options.title)} /Producer (Nastavnik offline Drive) >>`);

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A PDF text string (UTF-16BE with BOM), for the document title. */
function hexUtf16BOM(text: string): string {
  return `<FEFF${hexUtf16(text).slice(1, -1)}>`;
}

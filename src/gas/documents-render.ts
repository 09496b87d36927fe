import { MentoringError, messages } from '../core';
import type { DocLocation, ParagraphEdit, RenderPlan, SectionKey } from '../core/documents';
import type {
  BodyApi,
  DocumentApi,
  ElementApi,
  FooterSectionApi,
  HeaderSectionApi,
  ListItemApi,
  ParagraphApi,
  TableApi,
  TableRowApi,
} from './api/document';
import type { BlockShape, CellShape, TemplateShape, TextKind } from './documents-outline';

/**
 * Applies the core's render plan to a fresh copy of a template, following the edit-plan contract of
 * src/core/documents/index.ts:
 * - every element the plan names is found first, by its indexes in the template's shape (the copy has
 *   the same shape), and afterwards addressed by reference, since inserted and removed rows shift
 *   indexes;
 * - text is replaced at the plan's offsets with `Text.deleteText` + `Text.insertText`. Values never go
 *   through `replaceText`: its replacement string's `$` and `\` handling is unknown live (§3.2), and
 *   a value holding `{{…}}` must not be scanned again. After its edits each paragraph must read as the
 *   plan's `result`; a copy that differs from the template read (edited in between) stops the run;
 * - repeated rows are `row.copy()` + `insertTableRow` below the template row (§3.9: an attached row
 *   cannot be inserted again), then the template row is removed;
 * - removals never touch the last paragraph of a section (the plan guarantees it, §3.11).
 */

type Section = BodyApi | HeaderSectionApi | FooterSectionApi;
export type TextElement = ParagraphApi | ListItemApi;

export class PlanApplier {
  private readonly sections = new Map<SectionKey, Section>();
  private readonly tables = new Map<string, TableApi>();

  constructor(
    private readonly doc: DocumentApi,
    private readonly shape: TemplateShape,
  ) {}

  apply(plan: RenderPlan): void {
    // 1. Resolve everything before the first change.
    const edits = plan.edits.map((edit) => ({ edit, element: this.textAt(edit.location) }));
    const repeats = plan.rows.map((repeat) => ({
      repeat,
      table: this.tableAt(repeat.location.section, repeat.location.block),
      row: this.rowAt(repeat.location),
    }));
    const removals = plan.removals.map((location) => this.elementAt(location));

    // 2. Text edits, each paragraph's replacements right to left as given.
    for (const { edit, element } of edits) applyEdit(element, edit);

    // 3. Repeated rows: copies below the template row, filled while still pristine, then the template row goes.
    for (const { repeat, table, row } of repeats) {
      const at = table.getChildIndex(row);
      const cells = this.rowShape(repeat.location);
      repeat.items.forEach((item, i) => {
        const copy = table.insertTableRow(at + 1 + i, row.copy());
        const inCopy = (location: DocLocation): TextElement =>
          asText(
            copy.getCell(location.cell!).getChild(this.cellParagraph(cells, location).child),
            this.cellParagraph(cells, location).kind,
          );
        const itemEdits = item.edits.map((edit) => ({ edit, element: inCopy(edit.location) }));
        const itemRemovals = item.removals.map((location) =>
          copy.getCell(location.cell!).getChild(this.cellParagraph(cells, location).child),
        );
        for (const { edit, element } of itemEdits) applyEdit(element, edit);
        for (const element of itemRemovals) element.removeFromParent();
      });
      row.removeFromParent();
    }

    // 4. Conditional blocks.
    for (const element of removals) element.removeFromParent();
  }

  private section(key: SectionKey): Section {
    let section = this.sections.get(key);
    if (!section) {
      const found =
        key === 'body' ? this.doc.getBody() : key === 'header' ? this.doc.getHeader() : this.doc.getFooter();
      if (!found) throw drift(`no ${key} section in the copy`);
      section = found;
      this.sections.set(key, section);
    }
    return section;
  }

  private blockShape(section: SectionKey, block: number): BlockShape {
    const shape = this.shape[section]?.[block];
    if (!shape) throw drift(`no block ${section}[${block}] in the template's shape`);
    return shape;
  }

  private tableAt(section: SectionKey, block: number): TableApi {
    const key = `${section}:${block}`;
    let table = this.tables.get(key);
    if (!table) {
      if (this.blockShape(section, block).kind !== 'table') throw drift(`${key} is not a table`);
      table = this.section(section).getChild(block).asTable();
      this.tables.set(key, table);
    }
    return table;
  }

  private rowAt(location: DocLocation): TableRowApi {
    return this.tableAt(location.section, location.block).getRow(location.row!);
  }

  private rowShape(location: DocLocation): CellShape[] {
    const shape = this.blockShape(location.section, location.block);
    const row = shape.kind === 'table' ? shape.rows[location.row!] : undefined;
    if (!row) throw drift(`no row ${location.row} in ${location.section}[${location.block}]`);
    return row;
  }

  private cellParagraph(cells: CellShape[], location: DocLocation): { child: number; kind: TextKind } {
    const p = cells[location.cell!]?.paragraphs[location.paragraph!];
    if (!p) throw drift(`no paragraph ${location.cell}/${location.paragraph} in the row`);
    return p;
  }

  /** A whole top-level block, or a cell paragraph. */
  private elementAt(location: DocLocation): ElementApi {
    if (location.row === undefined) return this.section(location.section).getChild(location.block);
    const p = this.cellParagraph(this.rowShape(location), location);
    return this.tableAt(location.section, location.block)
      .getCell(location.row, location.cell!)
      .getChild(p.child);
  }

  private textAt(location: DocLocation): TextElement {
    const kind =
      location.row === undefined
        ? this.blockShape(location.section, location.block).kind
        : this.cellParagraph(this.rowShape(location), location).kind;
    if (kind === 'table' || kind === 'other') throw drift(`no text at ${JSON.stringify(location)}`);
    return asText(this.elementAt(location), kind);
  }
}

function asText(element: ElementApi, kind: TextKind): TextElement {
  if (kind === 'paragraph') return element.asParagraph();
  if (kind === 'listItem') return element.asListItem();
  throw drift('not a text block');
}

function applyEdit(element: TextElement, edit: ParagraphEdit): void {
  if (edit.replacements.length === 0) return;
  const text = element.editAsText();
  for (const r of edit.replacements) {
    if (r.end > r.start) text.deleteText(r.start, r.end - 1);
    if (r.text !== '') text.insertText(r.start, r.text);
  }
  const now = element.getText();
  if (now !== edit.result)
    throw drift(`paragraph reads ${JSON.stringify(now)}, plan says ${JSON.stringify(edit.result)}`);
}

/** The copy is not what the template read said: staff edited the template during the run. */
function drift(details: string): MentoringError {
  return new MentoringError('DOCUMENT_TEMPLATE_CHANGED', messages.generation.templateChanged, details);
}

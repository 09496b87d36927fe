import type { CellEdit, OutlineTable, RenderPlan, TemplateOutline } from '../core/documents';
import type { Block } from '../core/documents/templates/blocks';

/**
 * Google Drive and Google Docs as the documents of stage 1 and 5.2 need them: folders, templates
 * built from default content, a template read into the core's outline, a render plan applied to a
 * copy, PDF copies and the trash. Every method costs a number of service calls that depends on the
 * size of one document (or one plan), never on how many documents exist.
 */

/** A Drive item by id: there, in the trash (still opens by id, §4.1), or gone for good. */
export type DriveItemState = 'present' | 'trashed' | 'missing';

/** A default template as set-up writes it once into a new Google Doc. */
export interface TemplateContent {
  header?: readonly Block[];
  body: readonly Block[];
  footer?: readonly Block[];
}

export interface DriveFile {
  id: string;
  url: string;
}

/** A Google Doc open in the editor (the Docs menu): its id, name, Drive description and outline. */
export interface OpenDocument {
  id: string;
  name: string;
  description: string;
  outline: TemplateOutline;
}

export interface DocumentFiles {
  /** The script's time zone (appsscript.json), in which documents print dates. */
  timeZone(): string;
  /** Whether a file or folder is there, trashed or gone (ids that never existed are 'missing'). */
  itemState(id: string, kind: 'file' | 'folder'): DriveItemState;
  /** A new folder inside `parentId`, or in My Drive when null. */
  createFolder(name: string, parentId: string | null): string;
  /** The folder at `names` below `rootId`, each level found by name or made (cached per execution). */
  folderPath(rootId: string, names: readonly string[]): string;
  /** A new Google Doc in the folder with this content; `description` marks it as the add-on's. */
  createDocument(name: string, folderId: string, content: TemplateContent, description: string): DriveFile;
  /** The template's outline (read once per execution and template, then cached). */
  readOutline(templateId: string): TemplateOutline;
  /**
   * A copy of the template named `name` in the folder, with the plan applied and saved (§3.12); with
   * `pdfName`, a PDF export next to it. The copy's description records `description` and the PDF's id.
   */
  render(request: {
    templateId: string;
    name: string;
    folderId: string;
    plan: RenderPlan;
    description: string;
    pdfName?: string;
  }): { document: DriveFile; pdf: DriveFile | null };
  /** The Drive description of a file; null when the file is gone. */
  description(id: string): string | null;
  /** Moves a file to the trash (staff can restore it from there). */
  trash(id: string): void;
  /** Files (not trashed) named `name` in the folder, with their Drive descriptions (a resumed batch, item 7). */
  filesNamed(folderId: string, name: string): Array<{ id: string; description: string }>;
  /** The Google Doc the add-on is open in, read into an outline; null outside Docs. */
  activeDocument(): OpenDocument | null;
  /**
   * The open Doc's id and Drive description, without reading its text (the Docs menu, issue 5 item 8);
   * null outside Docs, '' as description when Drive does not answer (before full authorization).
   */
  activeDescription(): { id: string; name: string; url: string; description: string } | null;
  /**
   * «Обновить из таблицы»: the open Doc's content replaced in place by the template with the plan
   * applied, so its file id and links stay the same.
   */
  renderOpenDocument(request: { templateId: string; plan: RenderPlan }): void;
  /**
   * The open Doc's body tables, every one (nested ones too) in `Body.getTables()` order, each cell's
   * text as its lines (one paragraph per line): what «Отметить выполнение» plans a targeted edit from.
   * About two calls per cell; null outside Docs.
   */
  openDocumentTables(): OutlineTable[] | null;
  /**
   * Sets the text of cells of the open Doc's body tables (indexes as `openDocumentTables` gave them),
   * each a single paragraph keeping its paragraph and text style, as a render writes text. Every cell
   * is checked before any is written: false, and nothing written, when one is not a single paragraph
   * reading `from` (the Doc changed since it was read).
   */
  setOpenDocumentCells(edits: readonly CellEdit[]): boolean;
  /**
   * A generated Doc made again from the spreadsheet without being open (the final report's second run,
   * issue 6 item 6): its content replaced in place as `renderOpenDocument` does, saved, and its Drive
   * description set, so its file id and every link to it stay the same. Returns its link and its name
   * as staff may have changed it.
   */
  renderInPlace(request: {
    documentId: string;
    templateId: string;
    plan: RenderPlan;
    description: string;
  }): DriveFile & { name: string };
}

import type { CellEdit, OutlineTable, RenderPlan, TemplateOutline } from '../core/documents';
import type {
  DocumentFiles,
  DriveFile,
  DriveItemState,
  OpenDocument,
  TemplateContent,
} from '../ports/documents';
import type { DocumentAppApi } from './api/document';
import type { DriveAppApi } from './api/drive';
import type { SessionApi } from './api/session';
import { TemplateBuilder } from './documents-build';
import { TableCells } from './documents-cells';
import { OutlineReader, type ReadDocument } from './documents-outline';
import { PlanApplier } from './documents-render';
import { InPlaceRenderer } from './documents-refresh';
import { DriveItems } from './drive';

const PDF = 'application/pdf';

/**
 * Google Drive and Docs for stage 1 and 5.2 (port DocumentFiles). A template is read once per
 * execution; each document is `makeCopy(name, folder)` of its template → `DocumentApp.openById` →
 * the plan applied → `saveAndClose()` (so Drive's PDF export sees the edits, §3.12) → optionally
 * `getAs('application/pdf')` saved next to it.
 */
export class GoogleDocumentFiles implements DocumentFiles {
  private readonly drive: DriveItems;
  private readonly templates = new Map<string, ReadDocument>();
  private zone: string | null = null;

  constructor(
    private readonly documentApp: DocumentAppApi,
    driveApp: DriveAppApi,
    private readonly session: SessionApi,
  ) {
    this.drive = new DriveItems(driveApp);
  }

  timeZone(): string {
    if (this.zone === null) this.zone = this.session.getScriptTimeZone();
    return this.zone;
  }

  itemState(id: string, kind: 'file' | 'folder'): DriveItemState {
    return this.drive.state(id, kind);
  }

  createFolder(name: string, parentId: string | null): string {
    return this.drive.createFolder(name, parentId);
  }

  folderPath(rootId: string, names: readonly string[]): string {
    return this.drive.folderPath(rootId, names);
  }

  createDocument(name: string, folderId: string, content: TemplateContent, description: string): DriveFile {
    const id = new TemplateBuilder(this.documentApp).build(name, content);
    // DocumentApp.create puts the Doc in My Drive; moveTo keeps one parent (the templates folder).
    const file = this.drive.file(id);
    file.moveTo(this.drive.folder(folderId));
    file.setDescription(description);
    return { id, url: file.getUrl() };
  }

  readOutline(templateId: string): TemplateOutline {
    return this.template(templateId).outline;
  }

  render(request: {
    templateId: string;
    name: string;
    folderId: string;
    plan: RenderPlan;
    description: string;
    pdfName?: string;
  }): { document: DriveFile; pdf: DriveFile | null } {
    const { shape } = this.template(request.templateId);
    const folder = this.drive.folder(request.folderId);
    const copy = this.drive.file(request.templateId).makeCopy(request.name, folder);
    const id = copy.getId();
    // Marked at once: a copy left by an execution killed mid-document is found by its mark (item 7).
    copy.setDescription(request.description);
    const doc = this.documentApp.openById(id);
    new PlanApplier(doc, shape).apply(request.plan);
    doc.saveAndClose();
    let pdf: DriveFile | null = null;
    if (request.pdfName !== undefined) {
      // getAs names the blob by replacing the text after the last dot (§4.4): «… 01.09.2026» would lose
      // «.2026», so the PDF gets its whole name explicitly.
      const blob = copy.getAs(PDF).setName(request.pdfName);
      const file = folder.createFile(blob);
      pdf = { id: file.getId(), url: file.getUrl() };
    }
    if (pdf) copy.setDescription(`${request.description}\npdf=${pdf.id}`);
    return { document: { id, url: copy.getUrl() }, pdf };
  }

  description(id: string): string | null {
    if (this.drive.state(id, 'file') === 'missing') return null;
    return this.drive.file(id).getDescription() ?? '';
  }

  trash(id: string): void {
    this.drive.file(id).setTrashed(true);
  }

  filesNamed(folderId: string, name: string): Array<{ id: string; description: string }> {
    const out: Array<{ id: string; description: string }> = [];
    const files = this.drive.folder(folderId).getFilesByName(name);
    while (files.hasNext()) {
      const file = files.next();
      if (!file.isTrashed()) out.push({ id: file.getId(), description: file.getDescription() ?? '' });
    }
    return out;
  }

  activeDocument(): OpenDocument | null {
    const doc = this.documentApp.getActiveDocument();
    if (!doc) return null;
    const id = doc.getId();
    let description = '';
    try {
      description = this.drive.file(id).getDescription() ?? '';
    } catch {
      // A Doc the add-on did not create is out of reach with drive.file; it is checked by its text alone.
    }
    return {
      id,
      name: doc.getName(),
      description,
      outline: new OutlineReader(this.documentApp).read(doc).outline,
    };
  }

  activeDescription(): { id: string; name: string; url: string; description: string } | null {
    const doc = this.documentApp.getActiveDocument();
    if (!doc) return null;
    const id = doc.getId();
    const named = { id, name: doc.getName(), url: doc.getUrl() };
    try {
      return { ...named, description: this.drive.file(id).getDescription() ?? '' };
    } catch {
      // Before full authorization (onOpen in AuthMode.LIMITED) DriveApp does not answer.
      return { ...named, description: '' };
    }
  }

  renderOpenDocument(request: { templateId: string; plan: RenderPlan }): void {
    const doc = this.documentApp.getActiveDocument();
    if (!doc) throw new Error('No active document');
    // The open Doc is saved when the execution ends (§3.12); saveAndClose here would close it for the editor.
    new InPlaceRenderer(this.documentApp).render(
      this.documentApp.openById(request.templateId),
      doc,
      request.plan,
    );
  }

  openDocumentTables(): OutlineTable[] | null {
    const doc = this.documentApp.getActiveDocument();
    return doc ? new TableCells(this.documentApp).read(doc.getBody()) : null;
  }

  setOpenDocumentCells(edits: readonly CellEdit[]): boolean {
    const doc = this.documentApp.getActiveDocument();
    if (!doc) throw new Error('No active document');
    // Saved when the execution ends, like renderOpenDocument (§3.12).
    return new TableCells(this.documentApp).write(doc.getBody(), edits);
  }

  renderInPlace(request: {
    documentId: string;
    templateId: string;
    plan: RenderPlan;
    description: string;
  }): DriveFile & { name: string } {
    const doc = this.documentApp.openById(request.documentId);
    new InPlaceRenderer(this.documentApp).render(
      this.documentApp.openById(request.templateId),
      doc,
      request.plan,
    );
    // Saved at once, like a fresh copy (§3.12): the alert's link must open the new text.
    doc.saveAndClose();
    const file = this.drive.file(request.documentId);
    file.setDescription(request.description);
    return { id: request.documentId, url: file.getUrl(), name: file.getName() };
  }

  private template(id: string): ReadDocument {
    let read = this.templates.get(id);
    if (!read) {
      read = new OutlineReader(this.documentApp).read(this.documentApp.openById(id));
      this.templates.set(id, read);
    }
    return read;
  }
}

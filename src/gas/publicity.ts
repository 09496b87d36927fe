import type { DriveFile } from '../ports/documents';
import type { DraftContent, DraftDocument, PublicationDocs } from '../ports/publicity';
import type { BodyApi, DocumentAppApi } from './api/document';
import type { DriveAppApi } from './api/drive';
import { DriveItems } from './drive';

/**
 * The drafts of stage 7 over DocumentApp and DriveApp (port PublicationDocs). A draft is plain
 * paragraphs: the headline in bold, then the text. Rewriting a draft clears the body of the same Doc
 * and writes it again, so its id, link and sharing stay; the previous text stays in the Doc's version
 * history. Every paragraph gets its look in one `setAttributes` call (two calls per paragraph).
 */
const FONT = 'Arial';
const TITLE_SIZE = 14;
const TEXT_SIZE = 11;

export class GooglePublicationDocs implements PublicationDocs {
  private readonly drive: DriveItems;

  constructor(
    private readonly documentApp: DocumentAppApi,
    driveApp: DriveAppApi,
  ) {
    this.drive = new DriveItems(driveApp);
  }

  read(id: string): DraftDocument | null {
    if (this.drive.state(id, 'file') !== 'present') return null;
    const description = this.drive.file(id).getDescription() ?? '';
    const text = this.documentApp.openById(id).getBody().getText();
    return { description, paragraphs: text.split('\n') };
  }

  write(request: {
    id: string | null;
    name: string;
    folderId: () => string;
    content: DraftContent;
    description: string;
  }): DriveFile & { created: boolean } {
    if (request.id && this.drive.state(request.id, 'file') === 'present') {
      const doc = this.documentApp.openById(request.id);
      const body = doc.getBody();
      body.clear();
      this.fill(body, request.content);
      if (request.name) doc.setName(request.name);
      doc.saveAndClose();
      const file = this.drive.file(request.id);
      file.setDescription(request.description);
      return { id: request.id, url: file.getUrl(), created: false };
    }
    const doc = this.documentApp.create(request.name);
    // A closed Document answers nothing, not even getId.
    const id = doc.getId();
    this.fill(doc.getBody(), request.content);
    doc.saveAndClose();
    // DocumentApp.create puts the Doc in My Drive; moveTo keeps one parent (the «Публикации» folder).
    const file = this.drive.file(id);
    file.moveTo(this.drive.folder(request.folderId()));
    file.setDescription(request.description);
    return { id, url: file.getUrl(), created: true };
  }

  /** Appends the paragraphs after the body's one empty paragraph, then removes that paragraph (§3.11). */
  private fill(body: BodyApi, content: DraftContent): void {
    const initial = body.getChild(0);
    const A = this.documentApp.Attribute;
    const lines = [content.title, ...content.paragraphs];
    lines.forEach((line, i) => {
      body.appendParagraph(line).setAttributes({
        [A.FONT_FAMILY]: FONT,
        [A.FONT_SIZE]: i === 0 ? TITLE_SIZE : TEXT_SIZE,
        [A.BOLD]: i === 0,
      });
    });
    if (lines.length > 0) initial.removeFromParent();
  }
}

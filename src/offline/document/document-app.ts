import type { DocumentApi, DocumentAppApi } from '../../gas/api/document';
import type { UiApi } from '../../gas/api/html';
import { MIME } from '../runtime/drive-registry';
import { describeArgumentType, signatureMismatch } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import { OfflineDocument } from './document';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { documentMissing } from './errors';
import { DocSession } from './session';
import type { DocumentStore } from './store';

/** The id inside a Docs or Drive URL: `/document/d/<id>/…`, `/file/d/<id>`, `open?id=<id>`. */
export function idFromUrl(url: string): string | null {
  const m = /\/d\/([A-Za-z0-9_-]+)/.exec(url) ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(url);
  return m ? m[1]! : null;
}

export class OfflineDocumentApp implements DocumentAppApi {
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;

  constructor(
    private readonly kernel: Kernel,
    readonly store: DocumentStore,
    private readonly ui: () => UiApi,
  ) {}

  private open(id: string): DocumentApi {
    const file = this.kernel.drive.find(id);
    if (!this.store.get(id) || !file || file.mimeType !== MIME.document) throw documentMissing(id);
    return new OfflineDocument(new DocSession(this.kernel, this.store, id));
  }

  /** A new document in the root folder with one empty paragraph; counts toward "Documents created" (§4.7). */
  create(name: string): DocumentApi {
    this.kernel.tick('DocumentApp.DocumentApp.create');
    if (typeof name !== 'string')
      throw signatureMismatch(describeArgumentType(name), 'DocumentApp.DocumentApp.create');
    this.kernel.quotas.consume('documentsCreated');
    const record = this.store.create(name);
    return new OfflineDocument(new DocSession(this.kernel, this.store, record.id));
  }

  /** Opens a document (a closed one too: a new session, §3.12); trashed documents still open. */
  openById(id: string): DocumentApi {
    this.kernel.tick('DocumentApp.DocumentApp.openById');
    return this.open(String(id));
  }

  openByUrl(url: string): DocumentApi {
    this.kernel.tick('DocumentApp.DocumentApp.openByUrl');
    const id = idFromUrl(String(url));
    if (!id) throw documentMissing(String(url));
    return this.open(id);
  }

  /** The document the add-on is open in (`kernel.container`), or null outside a Docs container. */
  getActiveDocument(): DocumentApi | null {
    this.kernel.tick('DocumentApp.DocumentApp.getActiveDocument');
    const container = this.kernel.container;
    if (!container || container.kind !== 'document') return null;
    return this.open(container.id);
  }

  getUi(): UiApi {
    this.kernel.tick('DocumentApp.DocumentApp.getUi');
    return this.ui();
  }
}

import type { BodyApi, DocumentApi, FooterSectionApi, HeaderSectionApi } from '../../gas/api/document';
import type { BlobApi } from '../../gas/api/drive';
import { conversionError, OfflineBlob, withExtension } from '../drive/blob';
import { documentPdf } from '../drive/document-pdf';
import { MIME } from '../runtime/drive-registry';
import { alreadyContains } from './errors';
import { newSection } from './model';
import type { DocSession } from './session';
import { documentUrl } from './store';
import { treeSnapshot } from './snapshot';

/** A Document as DocumentApp.create/openById return it: one session over the document's live content. */
export class OfflineDocument implements DocumentApi {
  constructor(private readonly session: DocSession) {}

  private get record() {
    const record = this.session.store.get(this.session.docId);
    if (!record) throw new Error(`Document ${this.session.docId} vanished from the offline store.`);
    return record;
  }

  private enter(method: string): void {
    this.session.enter(`Document.${method}`);
  }

  private edit(method: string): void {
    this.session.edit(`Document.${method}`);
  }

  getId(): string {
    this.enter('getId');
    return this.session.docId;
  }

  getName(): string {
    this.enter('getName');
    return this.session.kernel.drive.get(this.session.docId).name;
  }

  setName(name: string): DocumentApi {
    this.edit('setName');
    this.session.kernel.drive.get(this.session.docId).name = String(name);
    return this;
  }

  getUrl(): string {
    this.enter('getUrl');
    return documentUrl(this.session.docId);
  }

  getBody(): BodyApi {
    this.enter('getBody');
    return this.session.wrap(this.record.live.body) as unknown as BodyApi;
  }

  /** Null when the document has no header (§3.7). */
  getHeader(): HeaderSectionApi | null {
    this.enter('getHeader');
    const header = this.record.live.header;
    return header ? (this.session.wrap(header) as unknown as HeaderSectionApi) : null;
  }

  getFooter(): FooterSectionApi | null {
    this.enter('getFooter');
    const footer = this.record.live.footer;
    return footer ? (this.session.wrap(footer) as unknown as FooterSectionApi) : null;
  }

  /** A new header holds one empty paragraph; a second call fails (§3.7). */
  addHeader(): HeaderSectionApi {
    this.edit('addHeader');
    if (this.record.live.header) throw alreadyContains('header');
    this.record.live.header = newSection('HEADER_SECTION');
    return this.session.wrap(this.record.live.header) as unknown as HeaderSectionApi;
  }

  addFooter(): FooterSectionApi {
    this.edit('addFooter');
    if (this.record.live.footer) throw alreadyContains('footer');
    this.record.live.footer = newSection('FOOTER_SECTION');
    return this.session.wrap(this.record.live.footer) as unknown as FooterSectionApi;
  }

  /** Saves pending edits (Drive sees them from now on) and closes this Document object (§3.12). */
  saveAndClose(): void {
    this.enter('saveAndClose');
    this.session.store.save(this.session.docId);
    this.session.closed = true;
  }

  /**
   * "The current Document contents" as a PDF: this Document's own view, unsaved edits included
   * (Drive's File.getAs, by contrast, sees the last save, §3.12) [unsure].
   */
  getAs(contentType: string): BlobApi {
    this.enter('getAs');
    if (contentType !== MIME.pdf) throw conversionError(MIME.document, contentType);
    return this.pdf();
  }

  getBlob(): BlobApi {
    this.enter('getBlob');
    return this.pdf();
  }

  private pdf(): BlobApi {
    const kernel = this.session.kernel;
    kernel.quotas.consume('filesConverted');
    const file = kernel.drive.get(this.session.docId);
    const snapshot = treeSnapshot(this.record.live, {
      id: file.id,
      name: file.name,
      url: documentUrl(file.id),
      trashed: file.trashed,
    });
    return new OfflineBlob(kernel, documentPdf(snapshot), MIME.pdf, withExtension(file.name, 'pdf'));
  }
}

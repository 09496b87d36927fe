import type { BlobApi, FileApi, FolderApi, FolderIteratorApi } from '../../gas/api/drive';
import { cloneTree } from '../document/model';
import type { FileRecord } from '../runtime/drive-registry';
import { MIME } from '../runtime/drive-registry';
import { describeArgumentType, signatureMismatch } from '../runtime/exception';
import { conversionError, OfflineBlob, withExtension } from './blob';
import { documentPdf } from './document-pdf';
import type { DriveContext } from './drive-context';
import { OfflineDriveItem } from './drive-item';
import { OfflineFolder } from './folder';
import { DriveIterator } from './iterators';
import { linesPdf } from './pdf';

const GOOGLE_TYPE = 'application/vnd.google-apps.';

/** Default name of a copy made without one [unsure: Google may localise it to the owner's language]. */
export function copyName(name: string): string {
  return `Copy of ${name}`;
}

/** A folder iterator over the given parent ids (File#getParents, Folder#getParents). */
export function parentsIterator(ctx: DriveContext, parents: string[]): FolderIteratorApi {
  return new DriveIterator(
    ctx.kernel,
    'Folder',
    [...parents],
    (id) => new OfflineFolder(ctx, ctx.kernel.drive.get(id)),
  );
}

/** A Drive file (any non-folder item of `kernel.drive`), as DriveApp hands it out. */
export class OfflineFile extends OfflineDriveItem<FileApi> implements FileApi {
  constructor(ctx: DriveContext, record: FileRecord) {
    super(ctx, record, 'File');
  }

  getMimeType(): string {
    this.tick('getMimeType');
    return this.record.mimeType;
  }

  /** Bytes of an uploaded file; Google's own formats report 0 [unsure]. */
  getSize(): GoogleAppsScript.Integer {
    this.tick('getSize');
    return this.record.bytes?.length ?? 0;
  }

  getDescription(): string | null {
    this.tick('getDescription');
    return this.record.description ?? null;
  }

  setDescription(description: string): FileApi {
    this.tick('setDescription');
    this.record.description = String(description);
    return this;
  }

  /**
   * `makeCopy()`, `makeCopy(name)`, `makeCopy(folder)`, `makeCopy(name, folder)` (§4.2): the copy keeps the
   * source's folders unless a destination is given. A Google Doc's copy is a new document with the
   * content as last saved (§3.12) and counts as a document created (§4.7). Sheets and Forms need a copier
   * registered by their service.
   */
  makeCopy(...args: unknown[]): FileApi {
    this.tick('makeCopy');
    const [a, b] = args;
    let name = copyName(this.record.name);
    let parents = [...this.record.parents];
    if (a instanceof OfflineFolder && args.length === 1) parents = [a.record.id];
    else if (typeof a === 'string' && (b === undefined || b instanceof OfflineFolder)) {
      name = a;
      if (b instanceof OfflineFolder) parents = [b.record.id];
    } else if (args.length > 0) {
      throw signatureMismatch(args.map(describeArgumentType).join(','), 'DriveApp.File.makeCopy');
    }
    return new OfflineFile(this.ctx, this.copyTo(name, parents));
  }

  private copyTo(name: string, parents: string[]): FileRecord {
    const { kernel, documents } = this.ctx;
    const source = this.record;
    if (source.mimeType === MIME.document) {
      kernel.quotas.consume('documentsCreated');
      const copy = documents.create(name, cloneTree(documents.savedTree(source.id)), parents);
      return kernel.drive.get(copy.id);
    }
    if (source.mimeType.startsWith(GOOGLE_TYPE)) {
      const copier = this.ctx.copiers.get(source.mimeType);
      if (!copier)
        throw new Error(`makeCopy of ${source.mimeType} files is not supported by the offline Drive.`);
      const copy = kernel.drive.create(name, source.mimeType, parents);
      copier(source.id, copy.id);
      return copy;
    }
    const copy = kernel.drive.create(
      name,
      source.mimeType,
      parents,
      source.bytes ? Uint8Array.from(source.bytes) : undefined,
    );
    if (source.description !== undefined) copy.description = source.description;
    return copy;
  }

  moveTo(destination: FolderApi): FileApi {
    this.tick('moveTo');
    if (!(destination instanceof OfflineFolder)) {
      throw signatureMismatch(describeArgumentType(destination), 'DriveApp.File.moveTo');
    }
    this.record.parents = [destination.record.id];
    this.ctx.kernel.drive.touch(this.record.id);
    return this;
  }

  getParents(): FolderIteratorApi {
    this.tick('getParents');
    return parentsIterator(this.ctx, this.record.parents);
  }

  /**
   * Converts to another type (§4.4): a Google Doc to PDF — its last saved content (§3.12), named by
   * replacing the text after the last dot — and plain text to PDF; the same type returns the bytes.
   * Each conversion counts toward "Files converted" (§4.7).
   */
  getAs(contentType: string): BlobApi {
    this.tick('getAs');
    return this.blobAs(String(contentType));
  }

  /** A Google Doc's blob is its PDF; an uploaded file's blob is its bytes. */
  getBlob(): BlobApi {
    this.tick('getBlob');
    const type = this.record.mimeType.startsWith(GOOGLE_TYPE) ? MIME.pdf : this.record.mimeType;
    return this.blobAs(type);
  }

  private blobAs(contentType: string): BlobApi {
    const { kernel, documents } = this.ctx;
    const rec = this.record;
    const pdfName = withExtension(rec.name, 'pdf');
    if (rec.mimeType === MIME.document) {
      if (contentType !== MIME.pdf) throw conversionError(rec.mimeType, contentType);
      kernel.quotas.consume('filesConverted');
      return new OfflineBlob(kernel, documentPdf(documents.savedSnapshot(rec.id)), MIME.pdf, pdfName);
    }
    if (rec.mimeType.startsWith(GOOGLE_TYPE)) {
      throw new Error(`Converting ${rec.mimeType} files is not supported by the offline Drive.`);
    }
    const bytes = rec.bytes ?? new Uint8Array();
    if (contentType === rec.mimeType) return new OfflineBlob(kernel, bytes, rec.mimeType, rec.name);
    if (contentType === MIME.pdf && rec.mimeType.startsWith('text/')) {
      kernel.quotas.consume('filesConverted');
      const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
      return new OfflineBlob(kernel, linesPdf(lines.map((text) => ({ text }))), MIME.pdf, pdfName);
    }
    throw conversionError(rec.mimeType, contentType);
  }
}

import type {
  BlobSourceApi,
  FileApi,
  FileIteratorApi,
  FolderApi,
  FolderIteratorApi,
} from '../../gas/api/drive';
import type { FileRecord } from '../runtime/drive-registry';
import { MIME } from '../runtime/drive-registry';
import { describeArgumentType, gasException, signatureMismatch } from '../runtime/exception';
import { OfflineBlob } from './blob';
import type { DriveContext } from './drive-context';
import { OfflineFile, parentsIterator } from './file';
import { DriveIterator } from './iterators';
import { OfflineDriveItem } from './drive-item';

/** [observed] Google's text when a blob without a name is saved as a file. */
const BLOB_NEEDS_NAME = 'Blob object must have non-null name for this operation.';

export function fileIterator(ctx: DriveContext, records: FileRecord[]): FileIteratorApi {
  return new DriveIterator(
    ctx.kernel,
    'File',
    records.map((r) => r.id),
    (id) => new OfflineFile(ctx, ctx.kernel.drive.get(id)),
  );
}

export function folderIterator(ctx: DriveContext, records: FileRecord[]): FolderIteratorApi {
  return new DriveIterator(
    ctx.kernel,
    'Folder',
    records.map((r) => r.id),
    (id) => new OfflineFolder(ctx, ctx.kernel.drive.get(id)),
  );
}

/**
 * Creates a file from `createFile(blob)` or `createFile(name, content[, mimeType])` arguments in a folder.
 * Google-format MIME types cannot be created this way (Drive needs the owning service) [unsure: text].
 */
export function createFileIn(ctx: DriveContext, folderId: string, args: unknown[], method: string): FileApi {
  const [a, b, c] = args;
  let name: string | null;
  let bytes: Uint8Array;
  let mimeType: string;
  if (typeof a === 'string' && typeof b === 'string' && (c === undefined || typeof c === 'string')) {
    name = a;
    bytes = new TextEncoder().encode(b);
    mimeType = c ?? MIME.plain;
  } else if (
    a &&
    typeof a === 'object' &&
    typeof (a as BlobSourceApi).getBlob === 'function' &&
    args.length === 1
  ) {
    const blob = (a as BlobSourceApi).getBlob();
    if (blob instanceof OfflineBlob) {
      const raw = blob.raw();
      bytes = raw.bytes;
      name = raw.name;
      mimeType = raw.contentType ?? 'application/octet-stream';
    } else {
      bytes = Uint8Array.from(blob.getBytes(), (x) => x & 0xff);
      name = blob.getName();
      mimeType = blob.getContentType() ?? 'application/octet-stream';
    }
    if (name === null) throw gasException(BLOB_NEEDS_NAME);
  } else {
    throw signatureMismatch(args.map(describeArgumentType).join(','), method);
  }
  if (mimeType.startsWith('application/vnd.google-apps.'))
    throw gasException('Invalid argument: file.contentType');
  const record = ctx.kernel.drive.create(name, mimeType, [folderId], Uint8Array.from(bytes));
  return new OfflineFile(ctx, record);
}

/** A Drive folder, as DriveApp hands it out. */
export class OfflineFolder extends OfflineDriveItem<FolderApi> implements FolderApi {
  constructor(ctx: DriveContext, record: FileRecord) {
    super(ctx, record, 'Folder');
  }

  /** Everything directly inside, trashed items included (Drive's iterators list them; check isTrashed) [unsure]. */
  private children(): FileRecord[] {
    return this.ctx.kernel.drive.children(this.record.id);
  }

  createFolder(name: string): FolderApi {
    this.tick('createFolder');
    return new OfflineFolder(
      this.ctx,
      this.ctx.kernel.drive.create(String(name), MIME.folder, [this.record.id]),
    );
  }

  createFile(...args: unknown[]): FileApi {
    this.tick('createFile');
    return createFileIn(this.ctx, this.record.id, args, 'DriveApp.Folder.createFile');
  }

  getFolders(): FolderIteratorApi {
    this.tick('getFolders');
    return folderIterator(
      this.ctx,
      this.children().filter((f) => f.mimeType === MIME.folder),
    );
  }

  getFiles(): FileIteratorApi {
    this.tick('getFiles');
    return fileIterator(
      this.ctx,
      this.children().filter((f) => f.mimeType !== MIME.folder),
    );
  }

  getFoldersByName(name: string): FolderIteratorApi {
    this.tick('getFoldersByName');
    return folderIterator(
      this.ctx,
      this.children().filter((f) => f.mimeType === MIME.folder && f.name === name),
    );
  }

  getFilesByName(name: string): FileIteratorApi {
    this.tick('getFilesByName');
    return fileIterator(
      this.ctx,
      this.children().filter((f) => f.mimeType !== MIME.folder && f.name === name),
    );
  }

  addFile(child: FileApi): FolderApi {
    this.tick('addFile');
    if (!(child instanceof OfflineFile))
      throw signatureMismatch(describeArgumentType(child), 'DriveApp.Folder.addFile');
    if (!child.record.parents.includes(this.record.id)) child.record.parents.push(this.record.id);
    return this;
  }

  removeFile(child: FileApi): FolderApi {
    this.tick('removeFile');
    if (!(child instanceof OfflineFile))
      throw signatureMismatch(describeArgumentType(child), 'DriveApp.Folder.removeFile');
    child.record.parents = child.record.parents.filter((p) => p !== this.record.id);
    return this;
  }

  getParents(): FolderIteratorApi {
    this.tick('getParents');
    return parentsIterator(this.ctx, this.record.parents);
  }
}

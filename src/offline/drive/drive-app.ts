import type {
  DriveAppApi,
  FileApi,
  FileIteratorApi,
  FolderApi,
  FolderIteratorApi,
} from '../../gas/api/drive';
import type { DocumentStore } from '../document/store';
import type { FileRecord } from '../runtime/drive-registry';
import { MIME } from '../runtime/drive-registry';
import { gasException } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import type { ContentCopier, DriveContext } from './drive-context';
import { OfflineFile } from './file';
import { createFileIn, fileIterator, folderIterator, OfflineFolder } from './folder';
import { decodeToken, DriveIterator } from './iterators';

/** §4.1 [observed]: the same text for a missing id and for one the user cannot reach. */
const NO_ITEM = 'No item with the given ID could be found, or you do not have permission to access it.';

const Access = Object.freeze({
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
}) as unknown as typeof GoogleAppsScript.Drive.Access;

const Permission = Object.freeze({
  VIEW: 'VIEW',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  OWNER: 'OWNER',
  ORGANIZER: 'ORGANIZER',
  NONE: 'NONE',
}) as unknown as typeof GoogleAppsScript.Drive.Permission;

/**
 * DriveApp over the shared registry `kernel.drive`: spreadsheets, forms and documents that other services
 * create are listed here too. Trashed items stay reachable by id (§4.1) and, as in Drive's iterators,
 * are still listed — scripts check `isTrashed()` [unsure].
 */
export class OfflineDriveApp implements DriveAppApi {
  readonly Access = Access;
  readonly Permission = Permission;
  private readonly ctx: DriveContext;

  constructor(kernel: Kernel, documents: DocumentStore) {
    this.ctx = { kernel, documents, copiers: new Map() };
  }

  /** Lets a service that owns a Google file type make `File.makeCopy` copy its content (non-ticking). */
  registerCopier(mimeType: string, copier: ContentCopier): void {
    this.ctx.copiers.set(mimeType, copier);
  }

  private tick(method: string): void {
    this.ctx.kernel.tick(`DriveApp.DriveApp.${method}`);
  }

  private items(): FileRecord[] {
    const rootId = this.ctx.kernel.drive.rootId;
    return this.ctx.kernel.drive.all().filter((f) => f.id !== rootId);
  }

  getRootFolder(): FolderApi {
    this.tick('getRootFolder');
    return new OfflineFolder(this.ctx, this.ctx.kernel.drive.get(this.ctx.kernel.drive.rootId));
  }

  getFolderById(id: string): FolderApi {
    this.tick('getFolderById');
    const record = this.ctx.kernel.drive.find(String(id));
    if (!record || record.mimeType !== MIME.folder) throw gasException(NO_ITEM);
    return new OfflineFolder(this.ctx, record);
  }

  getFileById(id: string): FileApi {
    this.tick('getFileById');
    const record = this.ctx.kernel.drive.find(String(id));
    if (!record || record.mimeType === MIME.folder) throw gasException(NO_ITEM);
    return new OfflineFile(this.ctx, record);
  }

  createFolder(name: string): FolderApi {
    this.tick('createFolder');
    return new OfflineFolder(this.ctx, this.ctx.kernel.drive.create(String(name), MIME.folder));
  }

  createFile(...args: unknown[]): FileApi {
    this.tick('createFile');
    return createFileIn(this.ctx, this.ctx.kernel.drive.rootId, args, 'DriveApp.DriveApp.createFile');
  }

  getFiles(): FileIteratorApi {
    this.tick('getFiles');
    return fileIterator(
      this.ctx,
      this.items().filter((f) => f.mimeType !== MIME.folder),
    );
  }

  getFolders(): FolderIteratorApi {
    this.tick('getFolders');
    return folderIterator(
      this.ctx,
      this.items().filter((f) => f.mimeType === MIME.folder),
    );
  }

  getFilesByName(name: string): FileIteratorApi {
    this.tick('getFilesByName');
    return fileIterator(
      this.ctx,
      this.items().filter((f) => f.mimeType !== MIME.folder && f.name === name),
    );
  }

  getFoldersByName(name: string): FolderIteratorApi {
    this.tick('getFoldersByName');
    return folderIterator(
      this.ctx,
      this.items().filter((f) => f.mimeType === MIME.folder && f.name === name),
    );
  }

  continueFileIterator(continuationToken: string): FileIteratorApi {
    this.tick('continueFileIterator');
    const state = decodeToken(continuationToken, 'File');
    const { kernel } = this.ctx;
    return new DriveIterator(
      kernel,
      'File',
      state.ids,
      (id) => new OfflineFile(this.ctx, kernel.drive.get(id)),
      state.position,
    );
  }

  continueFolderIterator(continuationToken: string): FolderIteratorApi {
    this.tick('continueFolderIterator');
    const state = decodeToken(continuationToken, 'Folder');
    const { kernel } = this.ctx;
    return new DriveIterator(
      kernel,
      'Folder',
      state.ids,
      (id) => new OfflineFolder(this.ctx, kernel.drive.get(id)),
      state.position,
    );
  }
}

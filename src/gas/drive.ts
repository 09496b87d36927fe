import type { DriveItemState } from '../ports/documents';
import type { DriveAppApi, FileApi, FolderApi } from './api/drive';

/**
 * Drive folders and files by id, as the documents need them. Objects fetched once are kept for the
 * execution (a folder a batch writes 150 programmes into is fetched once), and a folder path is found
 * by name one level at a time, so a batch costs a constant number of lookups.
 *
 * With the `drive.file` scope DriveApp reaches only files and folders this add-on created (or the
 * person opened with it): templates and generated documents are all the add-on's own, including a
 * template staff edited afterwards.
 */
export class DriveItems {
  private readonly files = new Map<string, FileApi>();
  private readonly folders = new Map<string, FolderApi>();
  private readonly paths = new Map<string, string>();

  constructor(private readonly app: DriveAppApi) {}

  /** Trashed items still open by id (§4.1); an id that never existed or was deleted for good throws. */
  state(id: string, kind: 'file' | 'folder'): DriveItemState {
    if (!id) return 'missing';
    try {
      const item = kind === 'folder' ? this.folder(id) : this.file(id);
      return item.isTrashed() ? 'trashed' : 'present';
    } catch {
      return 'missing';
    }
  }

  file(id: string): FileApi {
    let file = this.files.get(id);
    if (!file) {
      file = this.app.getFileById(id);
      this.files.set(id, file);
    }
    return file;
  }

  folder(id: string): FolderApi {
    let folder = this.folders.get(id);
    if (!folder) {
      folder = this.app.getFolderById(id);
      this.folders.set(id, folder);
    }
    return folder;
  }

  createFolder(name: string, parentId: string | null): string {
    const folder = parentId === null ? this.app.createFolder(name) : this.folder(parentId).createFolder(name);
    const id = folder.getId();
    this.folders.set(id, folder);
    return id;
  }

  /** Each level found by name among the parent's folders (the first one not in the trash) or made. */
  folderPath(rootId: string, names: readonly string[]): string {
    let id = rootId;
    for (const name of names) {
      const key = `${id}/${name}`;
      const known = this.paths.get(key);
      if (known) {
        id = known;
        continue;
      }
      const parent = this.folder(id);
      const found = parent.getFoldersByName(name);
      let next: FolderApi | null = null;
      while (found.hasNext()) {
        const candidate = found.next();
        if (!candidate.isTrashed()) {
          next = candidate;
          break;
        }
      }
      if (!next) next = parent.createFolder(name);
      const nextId = next.getId();
      this.folders.set(nextId, next);
      this.paths.set(key, nextId);
      id = nextId;
    }
    return id;
  }
}

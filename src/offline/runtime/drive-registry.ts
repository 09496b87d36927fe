import { gasException } from './exception';

/** Google MIME types of the files the add-on makes. */
export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  document: 'application/vnd.google-apps.document',
  form: 'application/vnd.google-apps.form',
  pdf: 'application/pdf',
  plain: 'text/plain',
} as const;

export interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  /** Folder ids; the root folder's id is `DriveRegistry.rootId`. */
  parents: string[];
  trashed: boolean;
  owner: string;
  created: number;
  updated: number;
  /** Bytes of a non-Google file (PDF copies, uploads); Google files keep content in their own stores. */
  bytes?: Uint8Array;
  description?: string;
}

/**
 * Every file and folder of the offline Drive. Spreadsheets, documents and forms register here when
 * created, so DriveApp sees them as Google does, while their content lives in their own services' stores
 * under the same id.
 */
export class DriveRegistry {
  readonly rootId: string;
  private readonly files = new Map<string, FileRecord>();

  constructor(
    private readonly newId: (prefix: string) => string,
    private readonly now: () => number,
    private readonly owner: () => string,
  ) {
    this.rootId = newId('root');
    this.files.set(this.rootId, this.record(this.rootId, 'Мой диск', MIME.folder, []));
  }

  create(name: string, mimeType: string, parents: string[] = [this.rootId], bytes?: Uint8Array): FileRecord {
    const id = this.newId(mimeType === MIME.folder ? 'fld' : 'file');
    const rec = this.record(id, name, mimeType, parents);
    if (bytes) rec.bytes = bytes;
    this.files.set(id, rec);
    return rec;
  }

  /** Registers a file whose id another store already chose. */
  register(id: string, name: string, mimeType: string, parents: string[] = [this.rootId]): FileRecord {
    const rec = this.record(id, name, mimeType, parents);
    this.files.set(id, rec);
    return rec;
  }

  find(id: string): FileRecord | undefined {
    return this.files.get(id);
  }

  /** Google's text for an id that does not exist or cannot be reached (§4.1). Trashed files still resolve. */
  get(id: string): FileRecord {
    const rec = this.files.get(id);
    if (!rec)
      throw gasException(
        'No item with the given ID could be found, or you do not have permission to access it.',
      );
    return rec;
  }

  /** A file deleted for good (emptied from the trash): afterwards no service can open it. */
  remove(id: string): void {
    this.files.delete(id);
  }

  all(): FileRecord[] {
    return [...this.files.values()];
  }

  children(folderId: string): FileRecord[] {
    return this.all().filter((f) => f.parents.includes(folderId));
  }

  touch(id: string): void {
    const rec = this.files.get(id);
    if (rec) rec.updated = this.now();
  }

  private record(id: string, name: string, mimeType: string, parents: string[]): FileRecord {
    const t = this.now();
    return {
      id,
      name,
      mimeType,
      parents: [...parents],
      trashed: false,
      owner: this.owner(),
      created: t,
      updated: t,
    };
  }
}

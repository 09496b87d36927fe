import type { FileRecord } from '../runtime/drive-registry';
import type { DriveContext } from './drive-context';
import { driveUrl } from './drive-context';

/**
 * What Google's `File` and `Folder` share (the same accessors appear on both classes of DriveApp),
 * counted under each class's own name: `DriveApp.File.getName`, `DriveApp.Folder.getName`.
 */
export abstract class OfflineDriveItem<Self> {
  constructor(
    protected readonly ctx: DriveContext,
    readonly record: FileRecord,
    private readonly className: 'File' | 'Folder',
  ) {}

  protected tick(method: string): void {
    this.ctx.kernel.tick(`DriveApp.${this.className}.${method}`);
  }

  private self(): Self {
    return this as unknown as Self;
  }

  getId(): string {
    this.tick('getId');
    return this.record.id;
  }

  getName(): string {
    this.tick('getName');
    return this.record.name;
  }

  setName(name: string): Self {
    this.tick('setName');
    this.record.name = String(name);
    this.ctx.kernel.drive.touch(this.record.id);
    return this.self();
  }

  getUrl(): string {
    this.tick('getUrl');
    return driveUrl(this.record);
  }

  getDateCreated(): GoogleAppsScript.Base.Date {
    this.tick('getDateCreated');
    return new Date(this.record.created);
  }

  getLastUpdated(): GoogleAppsScript.Base.Date {
    this.tick('getLastUpdated');
    return new Date(this.record.updated);
  }

  /** Only the owner may trash an item in My Drive; offline the user owns every item (§4.3). */
  setTrashed(trashed: boolean): Self {
    this.tick('setTrashed');
    this.record.trashed = Boolean(trashed);
    return this.self();
  }

  isTrashed(): boolean {
    this.tick('isTrashed');
    return this.record.trashed;
  }

  toString(): string {
    return this.record.name;
  }
}

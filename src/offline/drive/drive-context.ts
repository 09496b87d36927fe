import type { DocumentStore } from '../document/store';
import type { FileRecord } from '../runtime/drive-registry';
import { MIME } from '../runtime/drive-registry';
import type { Kernel } from '../runtime/kernel';

/**
 * Copies another service's content to a new file id (spreadsheets, forms). Services that own such
 * content register one with `OfflineDriveApp.registerCopier`; without one, `makeCopy` of that type fails.
 */
export type ContentCopier = (sourceId: string, copyId: string) => void;

/** What Drive's objects share: the kernel, the document store (for Docs content) and content copiers. */
export interface DriveContext {
  kernel: Kernel;
  documents: DocumentStore;
  copiers: Map<string, ContentCopier>;
}

/** File#getUrl / Folder#getUrl as Drive gives them, by type. */
export function driveUrl(file: FileRecord): string {
  switch (file.mimeType) {
    case MIME.folder:
      return `https://drive.google.com/drive/folders/${file.id}`;
    case MIME.document:
      return `https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk`;
    case MIME.spreadsheet:
      return `https://docs.google.com/spreadsheets/d/${file.id}/edit?usp=drivesdk`;
    case MIME.form:
      return `https://docs.google.com/forms/d/${file.id}/edit?usp=drivesdk`;
    default:
      return `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`;
  }
}

import type { DriveFile } from './documents';

/** A draft as the Doc holds it: the headline, then one paragraph per line. */
export interface DraftContent {
  title: string;
  paragraphs: readonly string[];
}

/** A draft Doc read back: its Drive description and text, for the hash that tells staff edits. */
export interface DraftDocument {
  description: string;
  /** The headline and paragraphs, one per line (the body's paragraphs). */
  paragraphs: string[];
}

/**
 * Google Docs as the drafts of stage 7 need them (issue 7, item 2): a draft is written into a new Doc
 * in the «Публикации» folder, or rewritten in place (same file, same link) when it is prepared again.
 * Each method costs a number of calls that depends on the draft's length only.
 */
export interface PublicationDocs {
  /** The draft, or null when the Doc is in the trash or gone. */
  read(id: string): DraftDocument | null;
  /**
   * Writes the draft: into the Doc `id` in place (its content replaced, renamed to `name` unless it is '') when it is
   * there, else into a new Doc in `folderId()` (asked only then). The Drive description is set to
   * `description`. Returns the Doc and whether it was made anew.
   */
  write(request: {
    id: string | null;
    name: string;
    folderId: () => string;
    content: DraftContent;
    description: string;
  }): DriveFile & { created: boolean };
}

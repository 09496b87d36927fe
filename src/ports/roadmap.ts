/** What the road-map dashboard (issue 7, item 3) needs beyond reading sheets and writing blocks. */

/** Rows of a sheet coloured while their status cell holds `status` (one conditional-format rule). */
export interface StatusHighlight {
  sheet: string;
  /** 1-based column of the status. */
  statusColumn: number;
  /** The rule covers columns 1…lastColumn from row 2 down. */
  lastColumn: number;
  status: string;
  background: string;
}

export interface RoadmapShell {
  /**
   * Makes sure the sheet has the add-on's highlight rule for `status` over the given columns: added
   * once, replaced when the status column moved, never duplicated; staff rules stay as they are.
   */
  ensureHighlight(highlight: StatusHighlight): void;
  /**
   * Files (not trashed) in a Drive folder, counted up to `limit`; null when the folder is missing, in
   * the trash, or not accessible.
   */
  countFolderFiles(folderId: string, limit: number): number | null;
}

/** What stage 5's entry points need beyond reading sheets and writing blocks (SheetBlocks). */

/** Rows to delete: `count` rows from the 1-based `row` of `sheet`. */
export interface RowsToDelete {
  sheet: string;
  row: number;
  count: number;
}

export interface MatchingShell {
  /** Deletes each run of rows in the order given (callers give them bottom-first). One call per run. */
  deleteRows(deletions: readonly RowsToDelete[]): void;
  /** The sheet and 1-based row of the person's current cell; null when there is none. */
  currentCell(): { sheet: string; row: number } | null;
  /** Opens the «Подбор пар» sidebar; with an e-mail, it opens on that mentee's ranking of mentors. */
  showPairsSidebar(focusEmail: string | null): void;
}

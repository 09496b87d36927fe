export type JournalLevel = 'INFO' | 'WARNING' | 'ERROR';

/** One row of the «Журнал» sheet: what happened, for the curator and for whoever debugs. */
export interface JournalEntry {
  level: JournalLevel;
  code: string;
  message: string;
  details?: string;
}

export interface Journal {
  write(entry: JournalEntry): void;
  /** Several entries in one block write, so a bulk import journals in a constant number of calls. */
  writeAll(entries: readonly JournalEntry[]): void;
}

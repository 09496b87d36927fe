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
}

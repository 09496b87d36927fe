import { JournalEntry } from '../../ports/journal';
import { CellValue } from '../../ports/workbook';
import { messages } from '../messages';
import { headerKey } from '../schema/headers';

/** Headers of «Журнал»; rows are laid out by these, so staff may reorder or add columns. */
export const JOURNAL_COLUMNS = {
  at: 'Дата и время',
  level: 'Уровень',
  code: 'Код',
  message: 'Сообщение',
  details: 'Подробности',
} as const;

/** A journal row for the sheet's current header row; columns the journal does not know stay empty. */
export function journalRow(entry: JournalEntry, headers: readonly CellValue[], at: Date): CellValue[] {
  const byHeader = new Map<string, CellValue>([
    [headerKey(JOURNAL_COLUMNS.at), at],
    [headerKey(JOURNAL_COLUMNS.level), messages.journal.levels[entry.level]],
    [headerKey(JOURNAL_COLUMNS.code), entry.code],
    [headerKey(JOURNAL_COLUMNS.message), entry.message],
    [headerKey(JOURNAL_COLUMNS.details), entry.details ?? ''],
  ]);
  return headers.map((h) => byHeader.get(headerKey(h)) ?? '');
}

import { JOURNAL_COLUMNS, describeSetup, journalRow, messages, planSetup } from '../../src/core';

describe('messages and summaries', () => {
  it('summarises a first set-up by naming the sheets it created', () => {
    const summary = describeSetup(planSetup([], null));
    expect(summary).toMatch(/^Система настроена\./);
    expect(summary).toContain('«Банк наставников»');
    expect(summary).toContain('«Журнал»');
  });

  it('says nothing changed for an empty plan', () => {
    expect(describeSetup({ create: [], addColumns: [], addRows: [], storeSchemaVersion: null })).toBe(
      messages.setup.nothingChanged,
    );
  });

  it('lays a journal row out by the journal headers, with a Russian level', () => {
    const at = new Date(Date.UTC(2026, 10, 25, 9, 0));
    const headers = [
      JOURNAL_COLUMNS.code,
      'Своя',
      JOURNAL_COLUMNS.at,
      JOURNAL_COLUMNS.level,
      JOURNAL_COLUMNS.details,
    ];
    expect(journalRow({ level: 'ERROR', code: 'X', message: 'm', details: '=1+1' }, headers, at)).toEqual([
      'X',
      '',
      at,
      'ошибка',
      '=1+1',
    ]);
  });

  it('keeps user-facing strings free of English technical words', () => {
    const flat = JSON.stringify(messages);
    expect(flat).not.toMatch(/Exception|undefined|null|stack/i);
  });
});

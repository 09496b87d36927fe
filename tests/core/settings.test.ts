import { SETTINGS, headersOf, readSettings, settingRow, sheetSpec } from '../../src/core';

describe('settings model', () => {
  it('has a Russian label and explanation for every key, and unique keys', () => {
    expect(new Set(SETTINGS.map((d) => d.key)).size).toBe(SETTINGS.length);
    for (const d of SETTINGS) {
      expect(d.label).toMatch(/[А-Яа-я]/);
      expect(d.explanation).toMatch(/[А-Яа-я]/);
    }
  });

  it('covers the organisation, its director and the curator', () => {
    const keys = SETTINGS.map((d) => d.key);
    expect(keys).toEqual(expect.arrayContaining(['organization.fullName', 'director.name', 'curator.name']));
  });

  it('reads values by key whatever the column order, with defaults for missing keys', () => {
    const headers = ['Значение', 'Ключ', 'Заметка'];
    const settings = readSettings([headers, [' Иванова Мария Петровна ', 'curator.name', 'x']]);
    expect(settings['curator.name']).toBe('Иванова Мария Петровна');
    expect(settings['orders.registerSuffix']).toBe('-од');
  });

  it('lays a setting row out by the sheet headers, leaving unknown columns empty', () => {
    const d = SETTINGS[0];
    expect(settingRow(d, ['Пояснение', 'Моё', 'Ключ'])).toEqual([d.explanation, '', d.key]);
    expect(settingRow(d, headersOf(sheetSpec('settings')))).toHaveLength(4);
  });
});

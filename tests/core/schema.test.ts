import { COMPETENCES, SHEETS, headerKey, headersOf, sheetSpec } from '../../src/core';

describe('sheet schema', () => {
  it('gives every sheet a unique Russian name and unique headers', () => {
    expect(new Set(SHEETS.map((s) => s.name)).size).toBe(SHEETS.length);
    for (const spec of SHEETS) {
      const keys = headersOf(spec).map(headerKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect(spec.name).toMatch(/[А-Яа-яЁё]/);
    }
  });

  it('asks mentees and mentors about the same competences, which is what makes matching possible', () => {
    const menteeHeaders = headersOf(sheetSpec('mentees'));
    const mentorHeaders = headersOf(sheetSpec('mentors'));
    for (const c of COMPETENCES) {
      expect(menteeHeaders).toContain(`Затруднение: ${c}`);
      expect(mentorHeaders).toContain(`Готов делиться: ${c}`);
    }
  });

  it('fits a sheet header row into the 50 000-character cell limit and a sane width', () => {
    for (const spec of SHEETS) expect(spec.columns.length).toBeLessThan(100);
  });
});

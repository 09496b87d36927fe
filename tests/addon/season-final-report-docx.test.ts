import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeDocx } from '../../src/cli/export/docx';
import { documentExport } from '../../src/cli/export/snapshots';
import { textViaLibreOffice } from '../documents/soffice';
import { MENU, reportId, seasonCollege } from './season-final-report-fixture';

describe('the final report as .docx (what npm start writes) opens in LibreOffice', () => {
  beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('after a refresh in place: one report, its tables and figures, no placeholder left', async () => {
    const college = seasonCollege();
    college.person.clickMenu(MENU);
    // The second run rewrites the same Doc in place: that Doc must still be a valid document.
    college.person.clickMenu(MENU);
    const path = join(mkdtempSync(join(tmpdir(), 'nastavnik-report-')), 'report.docx');
    await writeDocx(documentExport(college.workspace, reportId(college)), path);
    const text = textViaLibreOffice(path);
    expect(text.split('ИТОГОВЫЙ ОТЧЁТ')).toHaveLength(2);
    expect(text).toContain('сформировано наставнических пар и групп: 3 (пар — 2, групп — 1)');
    expect(text).toContain('Эффективность программы');
    expect(text).toContain('+1,7');
    expect(text).toContain('Круглый стол «Лучшие практики наставничества»');
    expect(text).toContain('Кейс-метод на занятиях по информатике');
    expect(text).not.toContain('{{');
  }, 180_000);
});

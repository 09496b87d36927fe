import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeDocx } from '../../src/cli/export/docx';
import { documentExport } from '../../src/cli/export/snapshots';
import type { College } from '../addon/pipeline-fixture';
import { approvedCollege, filesBelow, storedDrive } from '../addon/documents-fixture';
import { textViaLibreOffice } from './soffice';

function generated(college: College): Array<{ id: string; name: string }> {
  return filesBelow(college, storedDrive(college).documentsFolderId).filter(
    (f) => f.mimeType === 'application/vnd.google-apps.document' && !f.trashed,
  );
}

describe('generated documents as .docx (what npm start writes) open in LibreOffice', () => {
  let college: College;
  const out = mkdtempSync(join(tmpdir(), 'nastavnik-docx-'));
  beforeAll(() => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    college = approvedCollege(3, 2);
    college.person.clickMenu('Сформировать локальные акты');
    college.person.clickMenu('Сформировать документы по парам');
  });
  afterAll(() => jest.restoreAllMocks());

  const exported = async (prefix: string): Promise<string> => {
    const file = generated(college).find((f) => f.name.startsWith(prefix));
    if (!file)
      throw new Error(
        `No generated document named «${prefix}…»: ${generated(college)
          .map((f) => f.name)
          .join('; ')}`,
      );
    const path = join(out, `${prefix.replace(/\s+/g, '_')}.docx`);
    await writeDocx(documentExport(college.workspace, file.id), path);
    return textViaLibreOffice(path);
  };

  it('the order on pairs: a numbered order with the pairs table and declined names', async () => {
    const text = await exported('Приказ о закреплении наставнических пар');
    expect(text).toContain('ПРИКАЗ');
    expect(text).toMatch(/01\.09\.2026 № \d+-од/);
    expect(text).toContain('ПРИКАЗЫВАЮ');
    // The pairs table, one row per pair, and the curator declined (винительный: «назначить … Смирнова»).
    expect(text).toContain('Сидорова Татьяна Петровна (преподаватель)');
    expect(text).toContain(
      'Назначить куратором реализации персонализированных программ наставничества Смирнова Алексея Игоревича',
    );
    expect(text).not.toContain('{{');
  }, 180_000);

  it('a personalised programme: the plan of activities and no placeholder left', async () => {
    const text = await exported('Программа');
    expect(text).toMatch(/ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА|Персонализированная программа/);
    expect(text).toMatch(/[Пп]лан/);
    expect(text).not.toContain('{{');
  }, 180_000);
});

import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeDocx } from '../../src/cli/export/docx';
import { documentExport } from '../../src/cli/export/snapshots';
import type { College } from '../addon/pipeline-fixture';
import { approvedCollege, filesBelow, storedDrive } from '../addon/documents-fixture';

/**
 * The .docx files `npm start` writes must be real Word documents: LibreOffice (Debian's
 * libreoffice-writer-nogui, installed by .ci/run) opens each one headless and converts it to text, and
 * the text is what the Google Doc said. A missing LibreOffice fails the test with the install command.
 */
const SOFFICE = '/usr/bin/soffice';

function convertToText(docx: string, outDir: string): string {
  if (!existsSync(SOFFICE)) {
    throw new Error('LibreOffice is missing: apt-get install -y libreoffice-writer-nogui (.ci/run does it).');
  }
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  const run = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      outDir,
      docx,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const txt = join(
    outDir,
    docx
      .split('/')
      .pop()!
      .replace(/\.docx$/, '.txt'),
  );
  if (run.status !== 0 || !existsSync(txt))
    throw new Error(`LibreOffice could not open ${docx}: ${run.stderr || run.stdout}`);
  return readFileSync(txt, 'utf8');
}

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
    return convertToText(path, out);
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

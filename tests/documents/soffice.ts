import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';

const SOFFICE = '/usr/bin/soffice';

/**
 * Opens a .docx in LibreOffice (Debian's libreoffice-writer-nogui, installed by .ci/run), headless, and
 * returns its text: proof that the file is a valid Word document and of what it says. A missing
 * LibreOffice fails with the install command rather than skipping.
 */
export function textViaLibreOffice(docx: string): string {
  if (!existsSync(SOFFICE)) {
    throw new Error('LibreOffice is missing: apt-get install -y libreoffice-writer-nogui (.ci/run does it).');
  }
  const outDir = mkdtempSync(join(tmpdir(), 'lo-out-'));
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
  const txt = join(outDir, basename(docx).replace(/\.docx$/, '.txt'));
  if (run.status !== 0 || !existsSync(txt)) {
    throw new Error(`LibreOffice could not open ${docx}: ${run.stderr || run.stdout}`);
  }
  return readFileSync(txt, 'utf8');
}

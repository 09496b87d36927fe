import { ESLint } from 'eslint';
import path from 'path';

const root = path.resolve(__dirname, '../..');
// The project's own flat config, passed as an object: ESLint would load the file with a dynamic
// import(), which jest's module sandbox does not support.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../eslint.config.js');
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function rulesFiring(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

const usesGlobal = 'export const book = () => SpreadsheetApp.getActive();\n';
const importsAdapter =
  "import { SheetsWorkbook } from '../gas/workbook';\n\nexport const w = SheetsWorkbook;\n";

describe('the architecture boundary (eslint.config.js)', () => {
  jest.setTimeout(30_000);

  it('fails when core code uses an Apps Script global', async () => {
    expect(await rulesFiring(usesGlobal, 'src/core/x.ts')).toContain('no-restricted-globals');
  });

  it.each(['PropertiesService', 'LockService', 'ScriptApp', 'HtmlService', 'Session', 'Utilities', 'Logger'])(
    'fails for %s in an entry point outside the composition root',
    async (name) => {
      expect(await rulesFiring(`export const s = () => ${name};\n`, 'src/addon/x.ts')).toContain(
        'no-restricted-globals',
      );
    },
  );

  it('fails when core code imports an adapter', async () => {
    expect(await rulesFiring(importsAdapter, 'src/core/x.ts')).toContain('no-restricted-imports');
  });

  it('fails when core code imports the offline Workspace from a nested folder', async () => {
    const code =
      "import { OfflineWorkspace } from '../../offline/workspace';\n\nexport const w = OfflineWorkspace;\n";
    expect(await rulesFiring(code, 'src/core/setup/x.ts')).toContain('no-restricted-imports');
  });

  it('fails when an entry point imports the offline Workspace', async () => {
    const code =
      "import { OfflineWorkspace } from '../offline/workspace';\n\nexport const w = OfflineWorkspace;\n";
    expect(await rulesFiring(code, 'src/addon/x.ts')).toContain('no-restricted-imports');
  });

  it('allows the same global in an adapter and in the composition root', async () => {
    expect(await rulesFiring(usesGlobal, 'src/gas/x.ts')).toEqual([]);
    expect(await rulesFiring(usesGlobal, 'src/addon/composition-root.ts')).toEqual([]);
  });

  it('allows core code to import ports and other core modules', async () => {
    const code =
      "import type { Workbook } from '../ports';\nimport { messages } from './messages';\n\nexport type W = Workbook;\nexport const m = messages;\n";
    expect(await rulesFiring(code, 'src/core/x.ts')).toEqual([]);
  });
});

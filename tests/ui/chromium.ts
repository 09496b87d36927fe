import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it on CI). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * A headless Chromium for one test file: `open(width)` starts it in a fresh profile, and the file's
 * `afterAll` closes it and deletes the profile. A missing browser fails the file with the command to run,
 * never skipping it.
 */
export function headlessChromium(what: string): { open(width: number): Promise<BrowserContext> } {
  let context: BrowserContext | null = null;
  let userDataDir = '';
  beforeAll(() => {
    if (!fs.existsSync(CHROMIUM))
      throw new Error(
        `${CHROMIUM} is missing: ${what} needs Debian's Chromium. Install it with ` +
          '`apt-get update && apt-get install -y chromium` (.ci/run does this on CI).',
      );
  });
  afterAll(async () => {
    await context?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });
  return {
    async open(width: number): Promise<BrowserContext> {
      userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nastavnik-chromium-'));
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
        viewport: { width, height: 900 },
      });
      return context;
    },
  };
}

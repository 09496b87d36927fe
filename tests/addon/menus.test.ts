import fs from 'fs';
import path from 'path';
import { menuFor } from '../../src/addon/menus';

const mainSource = fs.readFileSync(path.resolve(__dirname, '../../src/addon/main.ts'), 'utf8');
const exported = new Set(
  [...mainSource.matchAll(/^global\.(\w+) = (?:thenRefreshRoadmap\()?\1\)?;$/gm)].map((m) => m[1]),
);

describe('menus', () => {
  it.each(['Sheets', 'Docs'] as const)(
    'every %s menu item calls a function main.ts exports to Apps Script',
    (host) => {
      const menu = menuFor(host);
      expect(menu.title).toBe('Наставничество');
      for (const entry of menu.entries)
        if (entry !== 'separator') expect(exported).toContain(entry.functionName);
    },
  );

  it('the Sheets menu offers «Настроить систему»; the Docs menu offers «Проверить шаблон»', () => {
    const labels = (host: 'Sheets' | 'Docs') =>
      menuFor(host).entries.flatMap((e) => (e === 'separator' ? [] : [e.label]));
    expect(labels('Sheets')).toContain('Настроить систему');
    expect(labels('Docs')).toContain('Проверить шаблон');
  });

  it('exports onOpen and onInstall', () => {
    for (const name of ['onOpen', 'onInstall', 'setupSystem', 'showAbout', 'checkTemplate'])
      expect(exported).toContain(name);
    // The submission pipeline: two triggers and two menu items.
    for (const name of ['onFormSubmitted', 'dailyMaintenance', 'importResponses', 'withdrawConsent'])
      expect(exported).toContain(name);
  });
});

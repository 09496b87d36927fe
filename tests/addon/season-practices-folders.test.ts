import { callsDuring } from './fixture';
import { setSettings, storedDrive } from './documents-fixture';
import { College } from './pipeline-fixture';

/**
 * «Настроить систему» and stage 6's materials (issue 6, item 2): the Drive folders «Методические
 * материалы» and «Методическая копилка» under «Наставничество», made once, linked from «Настройки».
 */

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

interface Drive {
  rootFolderId: string;
  materialsFolderId?: string;
  practicesFolderId?: string;
}

const drive = (c: College): Drive => storedDrive(c) as unknown as Drive;
const url = (id: string | undefined) => `https://drive.google.com/drive/folders/${id}`;
const setting = (c: College, key: string) => c.rows('Настройки').find((r) => r['Ключ'] === key)?.['Значение'];
const foldersNamed = (c: College, name: string) =>
  c.workspace.kernel.drive
    .children(drive(c).rootFolderId)
    .filter((f) => f.name === name && f.mimeType === 'application/vnd.google-apps.folder');

describe('the sheet «Методическая копилка»', () => {
  it('set-up makes it with its headers, frozen, with the dropdowns «Статус» and «Лучшая практика»', () => {
    const c = College.open();
    const sheet = c.spreadsheet.getSheetByName('Методическая копилка')!;
    const headers = c.values('Методическая копилка')[0]!;
    expect(headers).toEqual([
      '№',
      'Название',
      'Авторы',
      'Эл. почта автора',
      'Пара/группа',
      'Вид',
      'Ссылка',
      'Дата',
      'Статус',
      'Лучшая практика',
      'Примечание',
      'Ключ ответа',
    ]);
    expect(sheet.getFrozenRows()).toBe(1);
    const rule = (header: string) => sheet.getRange(5, headers.indexOf(header) + 1).getDataValidation()!;
    expect(rule('Статус').getCriteriaValues()[0]).toEqual(['предложена', 'одобрена', 'опубликована']);
    expect(rule('Лучшая практика').getCriteriaValues()[0]).toEqual(['да', 'нет']);
  });
});

describe('the folders «Методические материалы» and «Методическая копилка»', () => {
  it('set-up makes both under «Наставничество» and writes their links into «Настройки»', () => {
    const c = College.open();
    const stored = drive(c);
    const folders = c.workspace.kernel.drive;
    expect(folders.find(stored.materialsFolderId!)).toMatchObject({
      name: 'Методические материалы',
      parents: [stored.rootFolderId],
    });
    expect(folders.find(stored.practicesFolderId!)).toMatchObject({
      name: 'Методическая копилка',
      parents: [stored.rootFolderId],
    });
    expect(setting(c, 'folders.materials')).toBe(url(stored.materialsFolderId));
    expect(setting(c, 'folders.practices')).toBe(url(stored.practicesFolderId));
    const row = c.rows('Настройки').find((r) => r['Ключ'] === 'folders.practices')!;
    expect(row['Параметр']).toBe('Папка «Методическая копилка»');
    expect(c.alerts().join('\n')).toContain(
      'Ссылки на папки «Методические материалы» и «Методическая копилка» записаны в «Настройки».',
    );
  });

  it('a second set-up makes no folder and writes nothing into «Настройки»', () => {
    const c = College.open();
    const before = c.values('Настройки');
    const stored = drive(c);
    const calls = callsDuring(c.workspace, () => c.person.clickMenu('Настроить систему'));
    expect(drive(c)).toMatchObject({
      rootFolderId: stored.rootFolderId,
      materialsFolderId: stored.materialsFolderId,
      practicesFolderId: stored.practicesFolderId,
    });
    expect(c.values('Настройки')).toEqual(before);
    expect(foldersNamed(c, 'Методические материалы')).toHaveLength(1);
    expect(foldersNamed(c, 'Методическая копилка')).toHaveLength(1);
    expect(calls['DriveApp.Folder.createFolder'] ?? 0).toBe(0);
    expect(c.alerts().slice(-1)[0]).not.toContain('Ссылки на папки');
  });

  it('a folder moved to the trash is made anew and linked again; staff values in other rows stay', () => {
    const c = College.open();
    setSettings(c, { 'organization.city': 'Северодвинск', 'curator.name': 'Смирнов Алексей Игоревич' });
    const before = drive(c);
    c.workspace.kernel.drive.find(before.practicesFolderId!)!.trashed = true;
    c.person.clickMenu('Настроить систему');
    const after = drive(c);
    expect(after.practicesFolderId).not.toBe(before.practicesFolderId);
    expect(after.materialsFolderId).toBe(before.materialsFolderId);
    expect(setting(c, 'folders.practices')).toBe(url(after.practicesFolderId));
    expect(setting(c, 'folders.materials')).toBe(url(before.materialsFolderId));
    expect(setting(c, 'organization.city')).toBe('Северодвинск');
    expect(setting(c, 'curator.name')).toBe('Смирнов Алексей Игоревич');
    expect(foldersNamed(c, 'Методическая копилка').filter((f) => !f.trashed)).toHaveLength(1);
  });

  it('a link staff erased is written back by the next set-up, into that cell only', () => {
    const c = College.open();
    setSettings(c, { 'folders.materials': '' });
    const before = c.values('Настройки');
    const calls = callsDuring(c.workspace, () => c.person.clickMenu('Настроить систему'));
    expect(setting(c, 'folders.materials')).toBe(url(drive(c).materialsFolderId));
    expect(calls['DriveApp.Folder.createFolder'] ?? 0).toBe(0);
    const after = c.values('Настройки');
    const changed = after.flatMap((row, r) =>
      row.flatMap((v, col) => (v === before[r]?.[col] ? [] : [[r, col]])),
    );
    const valueAt = before[0]!.indexOf('Значение');
    const rowAt = before.findIndex((r) => r[0] === 'folders.materials');
    expect(changed).toEqual([[rowAt, valueAt]]);
  });
});

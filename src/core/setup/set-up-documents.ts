import type { DocumentFiles } from '../../ports/documents';
import type { JournalEntry } from '../../ports/journal';
import type { KeyValueStore } from '../../ports/properties';
import type { CellValue } from '../../ports/workbook';
import { TEMPLATE_KEYS, type TemplateKey } from '../documents';
import { DEFAULT_TEMPLATES } from '../documents/templates';
import { messages } from '../messages';
import { headerIndex, headerKey } from '../schema/headers';
import { FOLDER_SETTINGS, folderUrl } from '../settings/season-rows';
import { SETTINGS_COLUMNS } from '../settings/settings';
import type { ExistingSheet, SetupPlan } from './plan';

/**
 * Set-up of the documents' Drive side (issue 5, decision 1): the folders «Наставничество» →
 * «Шаблоны» and «Документы», and one Google Doc per template kind made from the default content.
 * Ids live in the document property `nastavnik.drive`. A template that exists is never written again
 * (staff edit it); one in the trash or deleted for good is made anew, and the journal says so.
 * A second run reads each stored id once (two Drive calls per item) and writes nothing.
 */
export const DRIVE_PROPERTY = 'nastavnik.drive';

/** The Drive description of a template: set-up's mark, so the Docs menu knows which kind it checks. */
export const TEMPLATE_MARK = 'nastavnik-template:';

export interface StoredDrive {
  rootFolderId: string;
  templatesFolderId: string;
  documentsFolderId: string;
  templates: Partial<Record<TemplateKey, string>>;
  /** Generated documents that no sheet links to (the regulation, the road map), by document key. */
  generated?: Record<string, string>;
  /** Issue 6, item 2: «Методические материалы» and «Методическая копилка» under the root folder. */
  materialsFolderId?: string;
  practicesFolderId?: string;
  /** Issue 7, item 2: «Публикации» under the root folder, made by the first «Подготовить публикацию…». */
  publicationsFolderId?: string;
}

/**
 * The stored ids. An optional field the text does not hold stays absent (not an empty string), so what
 * set-up writes back is the text it read when nothing changed: a second run does not rewrite the
 * property just because a later stage added a field that only its own action fills in.
 */
export function parseStoredDrive(text: string | null): StoredDrive | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<StoredDrive>;
    if (!parsed || typeof parsed !== 'object') return null;
    const optionalId = (key: 'materialsFolderId' | 'practicesFolderId' | 'publicationsFolderId') => {
      const value = parsed[key];
      return typeof value === 'string' ? { [key]: value } : {};
    };
    return {
      rootFolderId: typeof parsed.rootFolderId === 'string' ? parsed.rootFolderId : '',
      templatesFolderId: typeof parsed.templatesFolderId === 'string' ? parsed.templatesFolderId : '',
      documentsFolderId: typeof parsed.documentsFolderId === 'string' ? parsed.documentsFolderId : '',
      templates: parsed.templates && typeof parsed.templates === 'object' ? { ...parsed.templates } : {},
      ...(parsed.generated && typeof parsed.generated === 'object'
        ? { generated: { ...parsed.generated } }
        : {}),
      ...optionalId('materialsFolderId'),
      ...optionalId('practicesFolderId'),
      ...optionalId('publicationsFolderId'),
    };
  } catch {
    return null;
  }
}

/** The template kind a Drive description names (set-up's mark), or null. */
export function templateKeyOf(description: string): TemplateKey | null {
  const at = description.indexOf(TEMPLATE_MARK);
  if (at < 0) return null;
  const key = description.slice(at + TEMPLATE_MARK.length).split(/\s/)[0] as TemplateKey;
  return TEMPLATE_KEYS.includes(key) ? key : null;
}

export interface DocumentsSetupOutcome {
  stored: StoredDrive;
  lines: string[];
  journal: JournalEntry[];
  createdTemplates: TemplateKey[];
}

export function setUpDocuments(files: DocumentFiles, store: KeyValueStore): DocumentsSetupOutcome {
  const before = store.get(DRIVE_PROPERTY);
  const stored: StoredDrive = parseStoredDrive(before) ?? {
    rootFolderId: '',
    templatesFolderId: '',
    documentsFolderId: '',
    templates: {},
    generated: {},
  };
  const names = messages.generation.folders;
  const createdFolders: string[] = [];
  // A folder in the trash is as good as gone: files made into it would be invisible to staff.
  const folder = (id: string, name: string, parent: string | null): string => {
    if (id && files.itemState(id, 'folder') === 'present') return id;
    createdFolders.push(name);
    return files.createFolder(name, parent);
  };
  stored.rootFolderId = folder(stored.rootFolderId, names.root, null);
  stored.templatesFolderId = folder(stored.templatesFolderId, names.templates, stored.rootFolderId);
  stored.documentsFolderId = folder(stored.documentsFolderId, names.documents, stored.rootFolderId);
  const season = messages.practices.folders;
  stored.materialsFolderId = folder(stored.materialsFolderId ?? '', season.materials, stored.rootFolderId);
  stored.practicesFolderId = folder(stored.practicesFolderId ?? '', season.practices, stored.rootFolderId);

  const lines: string[] = [];
  const journal: JournalEntry[] = [];
  const created: TemplateKey[] = [];
  const recreated = new Set<TemplateKey>();
  for (const key of TEMPLATE_KEYS) {
    const id = stored.templates[key];
    const state = id ? files.itemState(id, 'file') : 'missing';
    if (state === 'present') continue;
    const template = DEFAULT_TEMPLATES[key];
    const made = files.createDocument(
      template.title,
      stored.templatesFolderId,
      template,
      `${TEMPLATE_MARK}${key}`,
    );
    stored.templates[key] = made.id;
    created.push(key);
    if (id) {
      recreated.add(key);
      const was = state === 'trashed' ? 'trashed' : 'missing';
      lines.push(messages.generation.setup.recreatedTemplate(template.title, was));
      journal.push({
        level: 'WARNING',
        code: 'TEMPLATE_RECREATED',
        message: messages.generation.setup.journalRecreated,
        details: `${key}: ${template.title}; прежний ${id} (${was}), новый ${made.id}`,
      });
    }
  }
  const fresh = created.filter((k) => !recreated.has(k));
  if (createdFolders.length > 0) lines.unshift(messages.generation.setup.createdFolders(createdFolders));
  // A first creation is told in set-up's summary (journaled with SETUP_DONE); a re-creation is journaled
  // on its own as a warning, since staff lost their edits of that template.
  if (fresh.length > 0) lines.push(messages.generation.setup.createdTemplates(fresh.length));
  const after = JSON.stringify(stored);
  if (after !== before) store.set(DRIVE_PROPERTY, after);
  return { stored, lines, journal, createdTemplates: created };
}

/** One cell of «Настройки» to write: 1-based row and column. */
export interface SettingCellWrite {
  row: number;
  column: number;
  value: string;
}

/**
 * The folders' links in «Настройки» (issue 6, item 2): the value cells of the rows `folders.materials`
 * and `folders.practices` that do not hold the folder's address yet. Only those cells are written, so
 * the values staff typed in other rows stay; a second set-up writes nothing.
 */
export function planFolderLinks(
  settingsValues: readonly (readonly CellValue[])[],
  stored: StoredDrive,
): SettingCellWrite[] {
  const index = headerIndex(settingsValues[0] ?? []);
  const keyAt = index.get(headerKey(SETTINGS_COLUMNS.key));
  const valueAt = index.get(headerKey(SETTINGS_COLUMNS.value));
  if (keyAt === undefined || valueAt === undefined) return [];
  const wanted = new Map<string, string>();
  if (stored.materialsFolderId) wanted.set(FOLDER_SETTINGS.materials, folderUrl(stored.materialsFolderId));
  if (stored.practicesFolderId) wanted.set(FOLDER_SETTINGS.practices, folderUrl(stored.practicesFolderId));
  const writes: SettingCellWrite[] = [];
  settingsValues.forEach((row, i) => {
    const url = i === 0 ? undefined : wanted.get(String(row[keyAt] ?? '').trim());
    if (url === undefined) return;
    wanted.delete(String(row[keyAt] ?? '').trim());
    if (String(row[valueAt] ?? '').trim() !== url)
      writes.push({ row: i + 1, column: valueAt + 1, value: url });
  });
  return writes;
}

/**
 * A sheet's values as they are once the set-up plan is applied: what was read, the header row the plan
 * left, and the rows it appended (settings rows land at their `startRow`). No second read is needed.
 */
export function valuesAfterPlan(
  existing: readonly ExistingSheet[],
  plan: SetupPlan,
  sheet: string,
  headers: readonly string[],
): CellValue[][] {
  const before = existing.find((e) => e.name === sheet)?.values ?? [];
  const used = before.some((row) => row.some((v) => v !== '' && v !== null && v !== undefined));
  const rows: CellValue[][] = used ? before.map((r) => [...r]) : [];
  rows[0] = [...headers];
  for (const add of plan.addRows)
    if (add.sheet === sheet) add.rows.forEach((r, i) => (rows[add.startRow - 1 + i] = [...r]));
  return Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
}

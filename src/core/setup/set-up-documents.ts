import type { DocumentFiles } from '../../ports/documents';
import type { JournalEntry } from '../../ports/journal';
import type { KeyValueStore } from '../../ports/properties';
import { TEMPLATE_KEYS, type TemplateKey } from '../documents';
import { DEFAULT_TEMPLATES } from '../documents/templates';
import { messages } from '../messages';

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
}

export function parseStoredDrive(text: string | null): StoredDrive | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<StoredDrive>;
    if (!parsed || typeof parsed !== 'object') return null;
    return {
      rootFolderId: typeof parsed.rootFolderId === 'string' ? parsed.rootFolderId : '',
      templatesFolderId: typeof parsed.templatesFolderId === 'string' ? parsed.templatesFolderId : '',
      documentsFolderId: typeof parsed.documentsFolderId === 'string' ? parsed.documentsFolderId : '',
      templates: parsed.templates && typeof parsed.templates === 'object' ? { ...parsed.templates } : {},
      generated: parsed.generated && typeof parsed.generated === 'object' ? { ...parsed.generated } : {},
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

import type { Execution } from '../runtime/execution';
import { MIME } from '../runtime/drive-registry';
import type { Kernel } from '../runtime/kernel';
import type { DocTree } from './model';
import { cloneTree, newTree, nodeText } from './model';
import type { DocumentSnapshot } from './snapshot';
import { treeSnapshot } from './snapshot';

/** Document.getUrl()'s shape (Drive's File.getUrl is the `/document/d/<id>/edit` form). */
export function documentUrl(id: string): string {
  return `https://docs.google.com/open?id=${id}`;
}

/**
 * One Google Doc. `live` is what DocumentApp handles read and edit; `saved` is what other services
 * (Drive's PDF export and makeCopy) see. Google saves pending edits on `saveAndClose()` and automatically
 * when the execution ends, so within one execution Drive sees the content as it was before unsaved
 * edits (§3.12).
 */
export interface DocumentRecord {
  id: string;
  live: DocTree;
  saved: DocTree;
  /** Edits not yet saved, and the execution that made them (null: made outside any execution). */
  dirty: boolean;
  dirtyIn: Execution | null;
  readonly savesOnEnd: WeakSet<Execution>;
}

/**
 * Every document of the offline Workspace. The non-ticking accessors (`get`, `all`, `toJSON`,
 * `plainText`) are for the workspace itself: exporters, tests, other services.
 */
export class DocumentStore {
  private readonly docs = new Map<string, DocumentRecord>();

  constructor(private readonly kernel: Kernel) {}

  /** Registers a new document in Drive (MIME document, root folder unless told) with the given content. */
  create(name: string, tree: DocTree = newTree(), parents?: string[]): DocumentRecord {
    const file = this.kernel.drive.create(name, MIME.document, parents);
    const record: DocumentRecord = {
      id: file.id,
      live: tree,
      saved: cloneTree(tree),
      dirty: false,
      dirtyIn: null,
      savesOnEnd: new WeakSet(),
    };
    this.docs.set(file.id, record);
    return record;
  }

  get(id: string): DocumentRecord | undefined {
    return this.docs.get(id);
  }

  all(): DocumentRecord[] {
    return [...this.docs.values()];
  }

  /** Notes an edit; the running execution will save the document when it ends (§3.12). */
  markEdited(id: string): void {
    const record = this.docs.get(id);
    if (!record) return;
    const exec = this.kernel.current;
    // Edits left by a finished execution, or made outside any, are saved before this one's begin.
    if (record.dirty && record.dirtyIn !== exec && (record.dirtyIn === null || record.dirtyIn.ended))
      this.save(id);
    record.dirty = true;
    record.dirtyIn = exec;
    if (exec && !record.savesOnEnd.has(exec)) {
      record.savesOnEnd.add(exec);
      exec.onEnd(() => this.save(id));
    }
    this.kernel.drive.touch(id);
  }

  save(id: string): void {
    const record = this.docs.get(id);
    if (!record || !record.dirty) return;
    record.saved = cloneTree(record.live);
    record.dirty = false;
    record.dirtyIn = null;
  }

  /**
   * The content another service sees (§3.12): the last save. Edits made outside any execution (test
   * set-up, scenario steps) count as saved, since no execution is running that could still save them.
   */
  savedTree(id: string): DocTree {
    const record = this.docs.get(id);
    if (!record) throw new Error(`No document ${id} in the offline store.`);
    if (record.dirty && (record.dirtyIn === null || record.dirtyIn.ended)) this.save(id);
    return record.saved;
  }

  /** Plain-data snapshot of one document (its live content) or of all of them. */
  toJSON(): DocumentSnapshot[];
  toJSON(id: string): DocumentSnapshot;
  toJSON(id?: string): DocumentSnapshot | DocumentSnapshot[] {
    if (id === undefined) return this.all().map((r) => this.snapshotOf(r.id, r.live));
    const record = this.docs.get(id);
    if (!record) throw new Error(`No document ${id} in the offline store.`);
    return this.snapshotOf(id, record.live);
  }

  /** Snapshot of the content Drive would export now (for the PDF writer). */
  savedSnapshot(id: string): DocumentSnapshot {
    return this.snapshotOf(id, this.savedTree(id));
  }

  /** The body's text, as `Body.getText()` returns it. */
  plainText(id: string): string {
    const record = this.docs.get(id);
    if (!record) throw new Error(`No document ${id} in the offline store.`);
    return nodeText(record.live.body);
  }

  private snapshotOf(id: string, tree: DocTree): DocumentSnapshot {
    const file = this.kernel.drive.find(id);
    return treeSnapshot(tree, {
      id,
      name: file?.name ?? '',
      url: documentUrl(id),
      trashed: file?.trashed ?? false,
    });
  }
}

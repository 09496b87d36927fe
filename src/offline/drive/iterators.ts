import { gasException } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';

/** [observed] Scripts match this exact text when `next()` runs past the end (§4.5). */
export const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';

/** The continuation token's content: which ids the iteration covers and how far it got. */
interface TokenState {
  kind: 'File' | 'Folder';
  ids: string[];
  position: number;
}

export function encodeToken(state: TokenState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64');
}

export function decodeToken(token: string, kind: 'File' | 'Folder'): TokenState {
  try {
    const state = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as TokenState;
    if (state.kind === kind && Array.isArray(state.ids) && Number.isInteger(state.position)) return state;
  } catch {
    // falls through to Google's error
  }
  throw gasException('Invalid argument: continuationToken'); // [unsure] wording
}

/**
 * FileIterator / FolderIterator (§4.5). The list of ids is fixed when the iterator is made (files created
 * later are not seen); each `next()` resolves its id, so renames show. Order is creation order — Google
 * leaves it unspecified, so callers must not depend on it.
 */
export class DriveIterator<T> {
  constructor(
    private readonly kernel: Kernel,
    private readonly kind: 'File' | 'Folder',
    private readonly ids: string[],
    private readonly make: (id: string) => T,
    private position = 0,
  ) {}

  hasNext(): boolean {
    this.kernel.tick(`DriveApp.${this.kind}Iterator.hasNext`);
    return this.position < this.ids.length;
  }

  next(): T {
    this.kernel.tick(`DriveApp.${this.kind}Iterator.next`);
    if (this.position >= this.ids.length) throw gasException(ITERATOR_END);
    return this.make(this.ids[this.position++]!);
  }

  getContinuationToken(): string {
    this.kernel.tick(`DriveApp.${this.kind}Iterator.getContinuationToken`);
    return encodeToken({ kind: this.kind, ids: this.ids, position: this.position });
  }
}

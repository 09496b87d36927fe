import type { Locks } from '../ports/lock';
import { MentoringError } from './errors';
import { messages } from './messages';

/**
 * Runs `body` holding the document lock and makes its buffered writes land (`flush`) before the lock
 * goes (§1.3.11, §5.5 of apps-script-behaviours.md). Returns null when another execution kept the
 * lock for the whole wait; the caller decides whether that is an error or work left for the next run.
 */
export function underDocumentLock<T>(
  locks: Locks,
  timeoutMs: number,
  flush: () => void,
  body: () => T,
): T | null {
  const lock = locks.document();
  if (!lock) throw new MentoringError('NO_DOCUMENT', messages.setup.noDocument);
  if (!lock.tryAcquire(timeoutMs)) return null;
  try {
    const result = body();
    flush();
    return result;
  } finally {
    lock.release();
  }
}

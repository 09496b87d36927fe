import type { Lock, Locks } from '../ports';
import type { LockServiceApi } from './api/lock';

export class ScriptLocks implements Locks {
  constructor(private readonly service: LockServiceApi) {}

  document(): Lock | null {
    const lock = this.service.getDocumentLock();
    if (!lock) return null;
    return {
      tryAcquire: (timeoutMs) => lock.tryLock(timeoutMs),
      release: () => lock.releaseLock(),
    };
  }
}

import type { LockServiceApi } from '../../gas/api/lock';
import type { Kernel } from '../runtime/kernel';
import { runningUser } from '../session/identity';
import { OfflineLock } from './lock';
import { LockTable } from './lock-table';

/**
 * LockService (§5.1). Scopes are per script project, so in a published add-on the script lock
 * serialises every user in every document (§5.6); the document lock is the per-file one.
 */
export class OfflineLockService implements LockServiceApi {
  /** Who holds what, readable without counting calls. */
  readonly table = new LockTable();

  constructor(private readonly kernel: Kernel) {}

  getScriptLock(): OfflineLock {
    this.kernel.tick('LockService.LockService.getScriptLock');
    return new OfflineLock(this.kernel, this.table, 'script');
  }

  getUserLock(): OfflineLock {
    this.kernel.tick('LockService.LockService.getUserLock');
    return new OfflineLock(this.kernel, this.table, `user:${runningUser(this.kernel)}`);
  }

  /** `null` outside a container document (§5.1). */
  getDocumentLock(): OfflineLock | null {
    this.kernel.tick('LockService.LockService.getDocumentLock');
    const container = this.kernel.container;
    return container ? new OfflineLock(this.kernel, this.table, `document:${container.id}`) : null;
  }
}

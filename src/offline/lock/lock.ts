import type { LockApi } from '../../gas/api/lock';
import { gasException } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import { LockHolder, LockTable, OUTSIDE_ANY_EXECUTION } from './lock-table';

/** Google's waitLock time-out text (§5.3, §11). */
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/**
 * A lock of one scope. Ownership belongs to the running execution rather than to this object, so two
 * `getScriptLock()` objects of one execution agree about `hasLock()`.
 *
 * Time is modelled honestly for a single-threaded simulation: while another execution still holds the
 * lock, nothing can run that would release it during our wait (the holder cannot make progress while the
 * waiter runs), so a contended `tryLock(ms)` lets `ms` pass on the virtual clock (under the execution's
 * time limit, §5.7) and fails. The lock becomes free once the holder's execution ends (`kernel.end`).
 */
export class OfflineLock implements LockApi {
  constructor(
    private readonly kernel: Kernel,
    private readonly table: LockTable,
    private readonly scope: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.kernel.tick('LockService.Lock.tryLock');
    return this.acquire(timeoutInMillis);
  }

  /** tryLock that throws Google's time-out (§5.3). */
  waitLock(timeoutInMillis: number): void {
    this.kernel.tick('LockService.Lock.waitLock');
    if (!this.acquire(timeoutInMillis)) throw gasException(LOCK_TIMEOUT);
  }

  hasLock(): boolean {
    this.kernel.tick('LockService.Lock.hasLock');
    return this.table.holder(this.scope) === this.me();
  }

  /** A no-op when the lock is not held by this execution (§5.4). */
  releaseLock(): void {
    this.kernel.tick('LockService.Lock.releaseLock');
    this.table.release(this.scope, this.me());
  }

  private acquire(timeoutInMillis: number): boolean {
    const me = this.me();
    const holder = this.table.holder(this.scope);
    // Already held: nothing more to do (§5.2).
    if (holder === me) return true;
    // A negative time-out fails at once, even on a free lock (§5.2, observed).
    if (Number(timeoutInMillis) < 0) return false;
    if (holder === undefined) {
      this.table.acquire(this.scope, me);
      return true;
    }
    this.kernel.sleep(Number(timeoutInMillis) || 0);
    if (this.table.holder(this.scope) !== undefined) return false;
    this.table.acquire(this.scope, me);
    return true;
  }

  private me(): LockHolder {
    return this.kernel.current ?? OUTSIDE_ANY_EXECUTION;
  }
}

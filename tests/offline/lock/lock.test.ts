import { LOCK_TIMEOUT } from '../../../src/offline/lock/lock';
import { OfflineLockService } from '../../../src/offline/lock/lock-service';
import { Kernel } from '../../../src/offline/runtime/kernel';
import { thrown } from '../thrown';

function setUp() {
  const kernel = new Kernel({ user: 'a@college.example' });
  return { kernel, locks: new OfflineLockService(kernel) };
}

describe('Lock basics (§5.2, §5.4)', () => {
  it('tryLock on a free lock is true; asking again while holding it is true too', () => {
    const { kernel, locks } = setUp();
    kernel.run('menu', 'f', () => {
      const lock = locks.getScriptLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
      expect(lock.tryLock(1000)).toBe(true);
      // Another Lock object of the same execution and scope agrees.
      expect(locks.getScriptLock().hasLock()).toBe(true);
    });
  });

  it('tryLock(0) on a free lock is true; a negative time-out is false', () => {
    const { kernel, locks } = setUp();
    kernel.run('menu', 'f', () => expect(locks.getScriptLock().tryLock(0)).toBe(true));
    kernel.run('menu', 'g', () => expect(locks.getScriptLock().tryLock(-1)).toBe(false));
  });

  it('releaseLock frees the lock, and is a no-op when it is not held', () => {
    const { kernel, locks } = setUp();
    kernel.run('menu', 'f', () => {
      const lock = locks.getScriptLock();
      expect(() => lock.releaseLock()).not.toThrow();
      lock.waitLock(1000);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });
    expect(locks.table.toJSON()).toEqual({});
  });
});

describe('Lock contention between simulated executions (§5.3, §5.4)', () => {
  it('while a holds the lock, b’s tryLock(ms) waits ms on the virtual clock and fails; after a ends, b gets it', () => {
    const { kernel, locks } = setUp();
    const a = kernel.begin('installable-trigger', 'a');
    expect(kernel.within(a, () => locks.getScriptLock().tryLock(10_000))).toBe(true);
    const b = kernel.begin('installable-trigger', 'b');
    const before = kernel.clock.now();
    expect(kernel.within(b, () => locks.getScriptLock().tryLock(5000))).toBe(false);
    expect(kernel.clock.now() - before).toBeGreaterThanOrEqual(5000);
    expect(kernel.clock.now() - before).toBeLessThan(5100);
    kernel.end(a);
    expect(kernel.within(b, () => locks.getScriptLock().tryLock(0))).toBe(true);
    expect(locks.table.toJSON()).toEqual({ script: b.id });
  });

  it('waitLock on a held lock throws Google’s time-out, named Exception', () => {
    const { kernel, locks } = setUp();
    const a = kernel.begin('installable-trigger', 'a');
    kernel.within(a, () => locks.getScriptLock().waitLock(1000));
    const b = kernel.begin('installable-trigger', 'b');
    const error = kernel.within(b, () => thrown(() => locks.getScriptLock().waitLock(3000)));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(error.message).toBe(LOCK_TIMEOUT);
  });

  it('locks are released when the holder’s execution ends, even when it fails', () => {
    const { kernel, locks } = setUp();
    expect(() =>
      kernel.run('installable-trigger', 'a', () => {
        locks.getScriptLock().waitLock(1000);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(locks.table.toJSON()).toEqual({});
    expect(kernel.run('menu', 'b', () => locks.getScriptLock().tryLock(0))).toBe(true);
  });

  it('b releasing a lock it does not hold leaves a’s lock in place', () => {
    const { kernel, locks } = setUp();
    const a = kernel.begin('menu', 'a');
    kernel.within(a, () => locks.getScriptLock().waitLock(1000));
    const b = kernel.begin('menu', 'b');
    kernel.within(b, () => locks.getScriptLock().releaseLock());
    expect(kernel.within(a, () => locks.getScriptLock().hasLock())).toBe(true);
    expect(kernel.within(b, () => locks.getScriptLock().hasLock())).toBe(false);
  });

  it('waiting past the execution limit ends in `Exceeded maximum execution time` (§5.7, §7.8)', () => {
    const { kernel, locks } = setUp();
    const a = kernel.begin('installable-trigger', 'a');
    kernel.within(a, () => locks.getScriptLock().waitLock(1000));
    const onOpen = kernel.begin('simple-trigger', 'onOpen', 'LIMITED');
    expect(() => kernel.within(onOpen, () => locks.getScriptLock().tryLock(31_000))).toThrow(
      'Exceeded maximum execution time',
    );
  });

  it('code outside any execution acts as one anonymous execution that keeps its lock until released', () => {
    const { kernel, locks } = setUp();
    const outside = locks.getScriptLock();
    expect(outside.tryLock(0)).toBe(true);
    expect(kernel.run('menu', 'b', () => locks.getScriptLock().tryLock(0))).toBe(false);
    outside.releaseLock();
    expect(kernel.run('menu', 'b', () => locks.getScriptLock().tryLock(0))).toBe(true);
  });
});

describe('Lock scopes (§5.1)', () => {
  it('getDocumentLock is null outside a container, and per document inside one', () => {
    const { kernel, locks } = setUp();
    expect(locks.getDocumentLock()).toBeNull();
    const a = kernel.begin('menu', 'a');
    const b = kernel.begin('menu', 'b');
    kernel.container = { kind: 'spreadsheet', id: 'ss1' };
    expect(kernel.within(a, () => locks.getDocumentLock()?.tryLock(0))).toBe(true);
    expect(kernel.within(b, () => locks.getDocumentLock()?.tryLock(0))).toBe(false);
    kernel.container = { kind: 'spreadsheet', id: 'ss2' };
    expect(kernel.within(b, () => locks.getDocumentLock()?.tryLock(0))).toBe(true);
  });

  it('user locks of different users do not block each other; the script lock blocks everyone', () => {
    const { kernel, locks } = setUp();
    const a = kernel.begin('menu', 'a');
    kernel.user = 'b@college.example';
    const b = kernel.begin('menu', 'b');
    expect(kernel.within(a, () => locks.getUserLock().tryLock(0))).toBe(true);
    expect(kernel.within(b, () => locks.getUserLock().tryLock(0))).toBe(true);
    expect(kernel.within(a, () => locks.getScriptLock().tryLock(0))).toBe(true);
    expect(kernel.within(b, () => locks.getScriptLock().tryLock(0))).toBe(false);
  });

  it('counts tryLock and waitLock calls under Google’s names', () => {
    const { kernel, locks } = setUp();
    kernel.run('menu', 'f', () => {
      const lock = locks.getScriptLock();
      lock.tryLock(0);
      lock.waitLock(0);
    });
    expect(kernel.calls.count('LockService.Lock.tryLock')).toBe(1);
    expect(kernel.calls.count('LockService.Lock.waitLock')).toBe(1);
  });
});

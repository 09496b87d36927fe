import { OfflineCacheService } from '../../../src/offline/cache/cache-service';
import { Kernel } from '../../../src/offline/runtime/kernel';
import { thrown } from '../thrown';

function setUp() {
  const kernel = new Kernel({ user: 'a@college.example' });
  return { kernel, service: new OfflineCacheService(kernel) };
}

const SECOND = 1000;

describe('CacheService expiry on the virtual clock', () => {
  it('an entry lives 600 s by default: there at 599 s, gone at 600 s', () => {
    const { kernel, service } = setUp();
    const cache = service.getScriptCache();
    cache.put('k', 'v');
    const putAt = kernel.clock.now();
    kernel.clock.set(new Date(putAt + 599 * SECOND));
    expect(cache.get('k')).toBe('v');
    kernel.clock.set(new Date(putAt + 600 * SECOND));
    expect(cache.get('k')).toBeNull();
  });

  it('an explicit expiry is honoured, and one past 21,600 s (6 h) is capped at 6 h', () => {
    const { kernel, service } = setUp();
    const cache = service.getScriptCache();
    cache.put('short', 'v', 5);
    cache.put('long', 'v', 30_000);
    const putAt = kernel.clock.now();
    kernel.clock.set(new Date(putAt + 6 * SECOND));
    expect(cache.get('short')).toBeNull();
    kernel.clock.set(new Date(putAt + 21_599 * SECOND));
    expect(cache.get('long')).toBe('v');
    kernel.clock.set(new Date(putAt + 21_600 * SECOND));
    expect(cache.get('long')).toBeNull();
  });

  it('getAll returns only the keys found; putAll, remove and removeAll work on many keys', () => {
    const { service } = setUp();
    const cache = service.getScriptCache();
    cache.putAll({ a: '1', b: '2', c: '3' });
    expect(cache.getAll(['a', 'b', 'missing'])).toEqual({ a: '1', b: '2' });
    cache.remove('a');
    cache.removeAll(['b', 'c']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({});
  });

  it('get of a missing key is null', () => {
    expect(setUp().service.getScriptCache().get('nothing')).toBeNull();
  });
});

describe('CacheService limits (§6.6, §11)', () => {
  it('a key longer than 250 characters throws `Argument too large: key`', () => {
    const cache = setUp().service.getScriptCache();
    expect(() => cache.put('k'.repeat(250), 'v')).not.toThrow();
    const error = thrown(() => cache.put('k'.repeat(251), 'v'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Argument too large: key');
    expect(() => cache.get('k'.repeat(251))).toThrow('Argument too large: key');
  });

  it('a value over 100 KB throws `Argument too large: value` and stores nothing', () => {
    const cache = setUp().service.getScriptCache();
    expect(() => cache.put('fits', 'x'.repeat(100 * 1024))).not.toThrow();
    const error = thrown(() => cache.putAll({ ok: 'small', big: 'x'.repeat(100 * 1024 + 1) }));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Argument too large: value');
    expect(cache.get('ok')).toBeNull();
  });
});

describe('CacheService scopes', () => {
  it('user caches are per user; the script cache is shared', () => {
    const { kernel, service } = setUp();
    service.getUserCache().put('k', 'of a');
    service.getScriptCache().put('k', 'shared');
    kernel.user = 'b@college.example';
    expect(service.getUserCache().get('k')).toBeNull();
    expect(service.getScriptCache().get('k')).toBe('shared');
  });

  it('the document cache is null outside a container', () => {
    const { kernel, service } = setUp();
    expect(service.getDocumentCache()).toBeNull();
    kernel.container = { kind: 'spreadsheet', id: 'ss1' };
    service.getDocumentCache()?.put('k', 'v');
    expect(service.getDocumentCache()?.get('k')).toBe('v');
  });

  it('every cache call is counted under Google’s method name', () => {
    const { kernel, service } = setUp();
    const cache = service.getScriptCache();
    cache.put('k', 'v');
    cache.get('k');
    cache.get('k');
    expect(kernel.calls.count('CacheService.Cache.get')).toBe(2);
    expect(kernel.calls.count('CacheService.Cache.put')).toBe(1);
  });
});

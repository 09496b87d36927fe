import type { CacheApi } from '../../gas/api/cache';
import { gasException } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';

/** CacheService limits (Cache reference; §6.6, §11). */
export const MAX_KEY_LENGTH = 250;
export const MAX_VALUE_BYTES = 100 * 1024;
export const DEFAULT_EXPIRATION_S = 600;
export const MAX_EXPIRATION_S = 21_600;

export interface CacheEntry {
  value: string;
  expiresAt: number;
}

export type CacheEntries = Map<string, CacheEntry>;

/**
 * One cache as a script sees it. Entries expire on the virtual clock, so a scenario that lets time pass
 * sees them vanish exactly when Google promises they may. Google may also evict earlier under memory
 * pressure; that is not modelled, so runs stay deterministic.
 */
export class OfflineCache implements CacheApi {
  constructor(
    private readonly kernel: Kernel,
    private readonly entries: CacheEntries,
  ) {}

  get(key: string): string | null {
    this.kernel.tick('CacheService.Cache.get');
    assertKey(key);
    return this.live(key)?.value ?? null;
  }

  /** Only the keys found: missing or expired keys are absent from the result. */
  getAll(keys: string[]): { [key: string]: string } {
    this.kernel.tick('CacheService.Cache.getAll');
    const out: { [key: string]: string } = {};
    for (const key of keys) {
      assertKey(key);
      const entry = this.live(key);
      if (entry) out[key] = entry.value;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.kernel.tick('CacheService.Cache.put');
    this.store([[key, value]], expirationInSeconds);
  }

  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    this.kernel.tick('CacheService.Cache.putAll');
    this.store(Object.entries(values), expirationInSeconds);
  }

  remove(key: string): void {
    this.kernel.tick('CacheService.Cache.remove');
    assertKey(key);
    this.entries.delete(key);
  }

  removeAll(keys: string[]): void {
    this.kernel.tick('CacheService.Cache.removeAll');
    for (const key of keys) assertKey(key);
    for (const key of keys) this.entries.delete(key);
  }

  private store(pairs: Array<[string, unknown]>, expirationInSeconds: number | undefined): void {
    const prepared = pairs.map(([key, value]): [string, string] => [key, String(value)]);
    for (const [key, value] of prepared) {
      assertKey(key);
      if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) throw gasException('Argument too large: value');
    }
    const expiresAt = this.kernel.clock.now() + expirationSeconds(expirationInSeconds) * 1000;
    for (const [key, value] of prepared) this.entries.set(key, { value, expiresAt });
  }

  private live(key: string): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.kernel.clock.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}

function assertKey(key: string): void {
  if (String(key).length > MAX_KEY_LENGTH) throw gasException('Argument too large: key');
}

/**
 * Default 600 s; Google documents 1 s as the minimum and 21,600 s (6 h) as the maximum. What happens
 * past the maximum is undocumented [unsure]: we cap, so an entry never outlives what Google promises.
 */
function expirationSeconds(requested: number | undefined): number {
  if (requested === undefined) return DEFAULT_EXPIRATION_S;
  return Math.min(Math.max(Number(requested), 1), MAX_EXPIRATION_S);
}

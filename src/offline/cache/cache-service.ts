import type { CacheServiceApi } from '../../gas/api/cache';
import type { Kernel } from '../runtime/kernel';
import { runningUser } from '../session/identity';
import { CacheEntries, OfflineCache } from './cache';

/** CacheService: a script cache, one per user, one per container document. */
export class OfflineCacheService implements CacheServiceApi {
  private readonly script: CacheEntries = new Map();
  private readonly users = new Map<string, CacheEntries>();
  private readonly documents = new Map<string, CacheEntries>();

  constructor(private readonly kernel: Kernel) {}

  getScriptCache(): OfflineCache {
    this.kernel.tick('CacheService.CacheService.getScriptCache');
    return new OfflineCache(this.kernel, this.script);
  }

  getUserCache(): OfflineCache {
    this.kernel.tick('CacheService.CacheService.getUserCache');
    return new OfflineCache(this.kernel, entriesOf(this.users, runningUser(this.kernel)));
  }

  /** `null` outside a container, as for document properties and locks. */
  getDocumentCache(): OfflineCache | null {
    this.kernel.tick('CacheService.CacheService.getDocumentCache');
    const container = this.kernel.container;
    return container ? new OfflineCache(this.kernel, entriesOf(this.documents, container.id)) : null;
  }

  /** Non-ticking count of entries still alive on the virtual clock, for state.json. */
  toJSON(): { script: number; users: number; documents: number } {
    const now = this.kernel.clock.now();
    const alive = (entries: CacheEntries): number =>
      [...entries.values()].filter((e) => e.expiresAt > now).length;
    const sum = (all: Map<string, CacheEntries>): number =>
      [...all.values()].reduce((n, e) => n + alive(e), 0);
    return { script: alive(this.script), users: sum(this.users), documents: sum(this.documents) };
  }
}

function entriesOf(all: Map<string, CacheEntries>, key: string): CacheEntries {
  let entries = all.get(key);
  if (!entries) {
    entries = new Map();
    all.set(key, entries);
  }
  return entries;
}

/** A property store's content: string keys to string values, in insertion order (§6.2). */
export type PropertyMap = Map<string, string>;

/** Plain data of every store, for state.json and tests. */
export interface PropertyStoresSnapshot {
  script: Record<string, string>;
  user: Record<string, Record<string, string>>;
  document: Record<string, Record<string, string>>;
}

/**
 * The three kinds of property store of one script project (§6.1): one script store, one per user, one
 * per container document. Plain data only; the Properties objects over them do the counting and limits.
 */
export class PropertyStores {
  readonly script: PropertyMap = new Map();
  private readonly users = new Map<string, PropertyMap>();
  private readonly documents = new Map<string, PropertyMap>();

  user(email: string): PropertyMap {
    return getOrCreate(this.users, email);
  }

  document(containerId: string): PropertyMap {
    return getOrCreate(this.documents, containerId);
  }

  /** Non-ticking snapshot of every store (empty stores are left out). */
  toJSON(): PropertyStoresSnapshot {
    return {
      script: Object.fromEntries(this.script),
      user: nonEmpty(this.users),
      document: nonEmpty(this.documents),
    };
  }
}

function getOrCreate(stores: Map<string, PropertyMap>, key: string): PropertyMap {
  let store = stores.get(key);
  if (!store) {
    store = new Map();
    stores.set(key, store);
  }
  return store;
}

function nonEmpty(stores: Map<string, PropertyMap>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [key, store] of stores) if (store.size > 0) out[key] = Object.fromEntries(store);
  return out;
}

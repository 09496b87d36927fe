/** A string key/value store (Apps Script stores every property as a string, §6.2). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  /** Several keys in one call (`setProperties(values)`, others kept). */
  setAll(values: Record<string, string>): void;
  remove(key: string): void;
}

export interface Properties {
  /** Shared by everyone who opens this document; `null` outside a container (§6.1). */
  document(): KeyValueStore | null;
  /** Shared by every user of the add-on, in every document. */
  script(): KeyValueStore;
}

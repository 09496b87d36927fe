/**
 * The subset of Google's CacheService that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
type Cache = GoogleAppsScript.Cache.Cache;

/** A short-lived string store (key ≤ 250 characters, value ≤ 100 KB, 600 s by default, 6 h at most). */
export interface CacheApi {
  get: Cache['get'];
  getAll: Cache['getAll'];
  put: Cache['put'];
  putAll: Cache['putAll'];
  remove: Cache['remove'];
  removeAll: Cache['removeAll'];
}

export interface CacheServiceApi {
  getScriptCache(): CacheApi;
  getUserCache(): CacheApi;
  /** `null` outside a container, like the document lock and document properties. */
  getDocumentCache(): CacheApi | null;
}

/**
 * The subset of Google's LockService that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
type Lock = GoogleAppsScript.Lock.Lock;

/** A mutual-exclusion lock held by one execution at a time (§5). */
export interface LockApi {
  tryLock: Lock['tryLock'];
  waitLock: Lock['waitLock'];
  hasLock: Lock['hasLock'];
  releaseLock: Lock['releaseLock'];
}

export interface LockServiceApi {
  getScriptLock(): LockApi;
  getUserLock(): LockApi;
  /** `null` outside a container document (§5.1). */
  getDocumentLock(): LockApi | null;
}

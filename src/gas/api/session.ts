/**
 * The subset of Google's Session that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
type Session = GoogleAppsScript.Base.Session;

export interface UserApi {
  /** `''` when Google hides the identity (§8.5, §10.7): never a required key. */
  getEmail: GoogleAppsScript.Base.User['getEmail'];
}

export interface SessionApi {
  getActiveUser(): UserApi;
  getEffectiveUser(): UserApi;
  getScriptTimeZone: Session['getScriptTimeZone'];
  getActiveUserLocale: Session['getActiveUserLocale'];
  getTemporaryActiveUserKey: Session['getTemporaryActiveUserKey'];
}

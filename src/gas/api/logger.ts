/**
 * The subset of Google's Logger that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
type Logger = GoogleAppsScript.Base.Logger;

export interface LoggerApi {
  log(data: unknown): LoggerApi;
  log(format: string, ...values: unknown[]): LoggerApi;
  getLog: Logger['getLog'];
  clear: Logger['clear'];
}

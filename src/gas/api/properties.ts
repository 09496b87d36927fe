/**
 * The subset of Google's PropertiesService that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
type Properties = GoogleAppsScript.Properties.Properties;

/** One property store (script, user or document): string keys to string values (§6.2, §6.3). */
export interface PropertiesApi {
  getProperty: Properties['getProperty'];
  getProperties: Properties['getProperties'];
  getKeys: Properties['getKeys'];
  setProperty(key: string, value: string): PropertiesApi;
  setProperties(properties: { [key: string]: string }): PropertiesApi;
  setProperties(properties: { [key: string]: string }, deleteAllOthers: boolean): PropertiesApi;
  deleteProperty(key: string): PropertiesApi;
  deleteAllProperties(): PropertiesApi;
}

export interface PropertiesServiceApi {
  getScriptProperties(): PropertiesApi;
  getUserProperties(): PropertiesApi;
  /** `null` outside a container (a standalone script, a web app) (§6.1). */
  getDocumentProperties(): PropertiesApi | null;
}

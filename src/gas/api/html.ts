/**
 * The subset of Google's HtmlService that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HtmlServiceApi {}

/** The subset of Google's `Base.Ui` (menus, alerts, sidebars, dialogs) the add-on uses. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface UiApi {}

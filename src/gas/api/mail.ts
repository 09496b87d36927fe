/**
 * The subset of Google's MailApp that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script), so the real service and the offline one both satisfy this type, and a
 * signature that drifts from Google's fails to compile (tests/types/conformance.ts).
 */
type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

/** The advanced parameters the add-on uses (no attachments or inline images). */
export type MailOptionsApi = Pick<Params, 'htmlBody' | 'name' | 'replyTo' | 'cc' | 'bcc' | 'noReply'>;

/** `sendEmail(message)`: `to` and `subject` are required by Google's reference. */
export interface MailMessageApi extends MailOptionsApi {
  /** A comma-separated list of addresses. */
  to: string;
  subject: string;
  body?: string | undefined;
}

export interface MailAppApi {
  sendEmail(message: MailMessageApi): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(recipient: string, subject: string, body: string, options: MailOptionsApi): void;
  getRemainingDailyQuota: GoogleAppsScript.Mail.MailApp['getRemainingDailyQuota'];
}

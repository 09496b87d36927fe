/**
 * Every e-mail the offline MailApp sent, in order: what tests and the `npm start` exporter read
 * (`workspace.mail.outbox`), without counting calls.
 */
export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  /** null when the script sent plain text only. */
  htmlBody: string | null;
  /** The sender's display name (`options.name`); null: Google uses the account's name. */
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  /** The account it was sent from (the running user: the installer, in an installable trigger). */
  from: string;
  at: Date;
  /** The function whose execution sent it (null when sent outside any execution). */
  executionFunction: string | null;
}

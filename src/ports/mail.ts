/** E-mail as the add-on sends it: one personal letter at a time, within the daily recipients quota. */

export interface Letter {
  to: string;
  subject: string;
  /** Plain text; the letter is readable in any mail client. */
  body: string;
  /** Sender's display name («Наставничество — ПОУ «КУ»»). */
  name?: string;
  replyTo?: string;
}

export type SendResult =
  | { sent: true }
  /** `quotaExhausted`: Google refused for the day's quota; nothing more can be sent today. */
  | { sent: false; quotaExhausted: boolean; details: string };

export interface Mailer {
  /** Recipients the script may still e-mail today (MailApp.getRemainingDailyQuota). */
  remainingDailyQuota(): number;
  /** Sends one letter; a refusal (quota, bad address) is a result, not an exception. */
  send(letter: Letter): SendResult;
}

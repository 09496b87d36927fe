import type { Letter, Mailer, SendResult } from '../ports';
import type { MailAppApi } from './api/mail';

/**
 * Google's text when the day's recipients are used up (quotas page; `Service invoked too many times for
 * one day: email.`). Matched loosely: the wording has varied between runtimes.
 */
const QUOTA_EXHAUSTED = /too many times for one day.*email/i;

/** MailApp as the add-on uses it: plain-text letters, one recipient each, refusals as results. */
export class MailAppMailer implements Mailer {
  constructor(private readonly mail: () => MailAppApi) {}

  remainingDailyQuota(): number {
    return this.mail().getRemainingDailyQuota();
  }

  send(letter: Letter): SendResult {
    try {
      this.mail().sendEmail({
        to: letter.to,
        subject: letter.subject,
        body: letter.body,
        ...(letter.name ? { name: letter.name } : {}),
        ...(letter.replyTo ? { replyTo: letter.replyTo } : {}),
      });
      return { sent: true };
    } catch (error) {
      const details = error instanceof Error ? error.message : String(error);
      return { sent: false, quotaExhausted: QUOTA_EXHAUSTED.test(details), details };
    }
  }
}

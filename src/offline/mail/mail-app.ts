/**
 * MailApp: sends e-mail into an outbox (`workspace.mail.outbox`) instead of the Internet.
 *
 * Google's rules kept here:
 * - each recipient (to, cc and bcc) counts toward "Email recipients per day": 100 (consumer) / 1,500
 *   (Workspace), reset 24 h after the first use (quotas page); past it sendEmail throws
 *   `Service invoked too many times for one day: email.` and sends nothing; earlier mails stay sent;
 * - `getRemainingDailyQuota()` is what is left of that quota;
 * - a malformed address throws `Invalid email: <address>`, no recipient at all throws
 *   `Failed to send email: no recipient` [observed: both texts appear in public scripts' error handling];
 * - sending needs the script.send_mail scope, which a simple trigger without authorization lacks (§7.10).
 *
 * Test hook (no tick): `workspace.mail.setRemaining(n)` leaves exactly n recipients of today's quota.
 */
import type { MailAppApi, MailMessageApi, MailOptionsApi } from '../../gas/api/mail';
import { describeArgumentType, gasException, signatureMismatch } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import { runningUser } from '../session/identity';
import { bareAddress, splitAddressList } from './addresses';
import type { SentMail } from './outbox';

const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';

/** Checks every address of a list; Google names the first bad one as it was written. */
function recipients(list: string | undefined | null): string[] {
  return splitAddressList(list).map((item) => {
    if (!bareAddress(item)) throw gasException(`Invalid email: ${item}`);
    return item;
  });
}

function optionalString(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

export class OfflineMailApp implements MailAppApi {
  /** Every mail sent, oldest first. */
  readonly outbox: SentMail[] = [];

  constructor(private readonly kernel: Kernel) {}

  sendEmail(message: MailMessageApi): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(recipient: string, subject: string, body: string, options: MailOptionsApi): void;
  sendEmail(...args: unknown[]): void {
    this.kernel.tick('MailApp.MailApp.sendEmail');
    const exec = this.kernel.current;
    if (exec && exec.kind === 'simple-trigger' && exec.authMode !== 'FULL') {
      throw gasException(
        `You do not have permission to call MailApp.sendEmail. Required permissions: ${SEND_MAIL_SCOPE}`,
      );
    }
    const message = this.messageOf(args);
    // An undefined recipient reaches Google as the text "undefined" (hence `Invalid email: undefined`).
    const toText = message.to === undefined ? 'undefined' : String(message.to);
    const to = recipients(toText);
    const cc = recipients(message.cc);
    const bcc = recipients(message.bcc);
    if (message.replyTo !== undefined && message.replyTo !== null && !bareAddress(String(message.replyTo))) {
      throw gasException(`Invalid email: ${String(message.replyTo)}`);
    }
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw gasException('Failed to send email: no recipient');
    // Consumes nothing when the mail would pass the limit: the quota's text, nothing sent.
    this.kernel.quotas.consume('emailRecipients', count);
    this.outbox.push({
      to,
      cc,
      bcc,
      subject: message.subject === undefined || message.subject === null ? '' : String(message.subject),
      body: message.body === undefined || message.body === null ? '' : String(message.body),
      htmlBody: optionalString(message.htmlBody),
      name: optionalString(message.name),
      replyTo: optionalString(message.replyTo),
      noReply: message.noReply === true,
      from: runningUser(this.kernel),
      at: this.kernel.clock.date(),
      executionFunction: exec?.functionName ?? null,
    });
  }

  /** Recipients left today; 0 once the quota is used up. */
  getRemainingDailyQuota(): number {
    this.kernel.tick('MailApp.MailApp.getRemainingDailyQuota');
    return this.kernel.quotas.remaining('emailRecipients');
  }

  // ── non-ticking helpers (tests, scenarios, exporter) ──

  /** Leaves exactly `n` recipients of today's quota, e.g. to see a loop of mails stop half-way. */
  setRemaining(n: number): void {
    this.kernel.quotas.setRemaining('emailRecipients', n);
  }

  toJSON(): { outbox: SentMail[]; remainingDailyQuota: number } {
    return {
      outbox: this.outbox.map((m) => ({
        ...m,
        to: [...m.to],
        cc: [...m.cc],
        bcc: [...m.bcc],
        at: new Date(m.at),
      })),
      remainingDailyQuota: this.kernel.quotas.remaining('emailRecipients'),
    };
  }

  /** The three documented forms as one message; anything else matches no signature (§0.3). */
  private messageOf(args: unknown[]): Partial<MailMessageApi> & { to?: unknown } {
    const mismatch = () => signatureMismatch(args.map(describeArgumentType).join(','), 'MailApp.sendEmail');
    if (args.length === 1) {
      const [message] = args;
      if (message === null || typeof message !== 'object' || Array.isArray(message)) throw mismatch();
      return message as MailMessageApi;
    }
    if (args.length === 3 || args.length === 4) {
      const [recipient, subject, body, options] = args;
      if (typeof subject !== 'string' || typeof body !== 'string') throw mismatch();
      if (recipient !== undefined && typeof recipient !== 'string') throw mismatch();
      if (args.length === 4 && (options === null || typeof options !== 'object')) throw mismatch();
      const opts = (options ?? {}) as MailOptionsApi;
      return { ...opts, to: recipient as string | undefined, subject, body };
    }
    throw mismatch();
  }
}

import { gasException } from './exception';

/** Whose account the add-on runs under: the quotas differ (apps-script-behaviours.md §7.7, §4.7). */
export type AccountKind = 'consumer' | 'workspace';

export type DailyQuotaName =
  | 'documentsCreated'
  | 'spreadsheetsCreated'
  | 'filesConverted'
  | 'triggerRuntimeMs'
  | 'emailRecipients'
  | 'calendarEventsCreated'
  | 'propertiesReadWrites';

/** Limits per day from Google's quota page (consumer / Google Workspace). */
export const DAILY_LIMITS: Record<AccountKind, Record<DailyQuotaName, number>> = {
  consumer: {
    documentsCreated: 250,
    spreadsheetsCreated: 250,
    filesConverted: 2000,
    triggerRuntimeMs: 90 * 60 * 1000,
    emailRecipients: 100,
    calendarEventsCreated: 5000,
    propertiesReadWrites: 50_000,
  },
  workspace: {
    documentsCreated: 1500,
    spreadsheetsCreated: 3200,
    filesConverted: 4000,
    triggerRuntimeMs: 6 * 60 * 60 * 1000,
    emailRecipients: 1500,
    calendarEventsCreated: 10_000,
    propertiesReadWrites: 500_000,
  },
};

/** The exception text each quota raises when it runs out (quotas page, "Exception messages"). */
const EXHAUSTED: Record<DailyQuotaName, string> = {
  documentsCreated: 'Service invoked too many times for one day: docs create.',
  spreadsheetsCreated: 'Service invoked too many times for one day: spreadsheets create.',
  filesConverted: 'Service invoked too many times for one day: file conversion.',
  triggerRuntimeMs: 'Service using too much computer time for one day.',
  emailRecipients: 'Service invoked too many times for one day: email.',
  // §7.9 quotes the quotas page's Calendar example; whether the daily event quota says "for one day:
  // calendar." like e-mail does is [unsure].
  calendarEventsCreated: 'Service invoked too many times: Calendar.',
  propertiesReadWrites: 'Service invoked too many times for one day: properties.',
};

/**
 * Daily quotas. Google resets a quota 24 hours after its first use in the window, not at midnight
 * (quotas page: "Quotas are reset 24 hours after the first request").
 */
export class DailyQuotas {
  private readonly used = new Map<DailyQuotaName, { windowStart: number; amount: number }>();

  constructor(
    readonly account: AccountKind,
    private readonly now: () => number,
  ) {}

  limit(name: DailyQuotaName): number {
    return DAILY_LIMITS[this.account][name];
  }

  usedToday(name: DailyQuotaName): number {
    const entry = this.window(name);
    return entry ? entry.amount : 0;
  }

  remaining(name: DailyQuotaName): number {
    return Math.max(0, this.limit(name) - this.usedToday(name));
  }

  /** Consumes `amount` or throws Google's exception, consuming nothing, when it would pass the limit. */
  consume(name: DailyQuotaName, amount = 1): void {
    const entry = this.window(name) ?? { windowStart: this.now(), amount: 0 };
    if (entry.amount + amount > this.limit(name)) throw gasException(EXHAUSTED[name]);
    entry.amount += amount;
    this.used.set(name, entry);
  }

  /** Throws when nothing at all is left (used before starting work that would consume it). */
  assertAvailable(name: DailyQuotaName): void {
    if (this.remaining(name) <= 0) throw gasException(EXHAUSTED[name]);
  }

  /**
   * Test and scenario hook: leaves exactly `remaining` of today's quota (e.g. to exhaust e-mail mid-loop).
   * Opens the 24-hour window now if none is open.
   */
  setRemaining(name: DailyQuotaName, remaining: number): void {
    const entry = this.window(name) ?? { windowStart: this.now(), amount: 0 };
    entry.amount = Math.max(0, this.limit(name) - Math.max(0, Math.trunc(remaining)));
    this.used.set(name, entry);
  }

  /** Adds usage that already happened (trigger run time) even past the limit; later checks refuse. */
  add(name: DailyQuotaName, amount: number): void {
    const entry = this.window(name) ?? { windowStart: this.now(), amount: 0 };
    entry.amount += amount;
    this.used.set(name, entry);
  }

  snapshot(): Record<string, { used: number; limit: number }> {
    const out: Record<string, { used: number; limit: number }> = {};
    for (const name of Object.keys(EXHAUSTED) as DailyQuotaName[])
      out[name] = { used: this.usedToday(name), limit: this.limit(name) };
    return out;
  }

  private window(name: DailyQuotaName): { windowStart: number; amount: number } | undefined {
    const entry = this.used.get(name);
    if (entry && this.now() - entry.windowStart >= 24 * 60 * 60 * 1000) {
      this.used.delete(name);
      return undefined;
    }
    return entry;
  }
}

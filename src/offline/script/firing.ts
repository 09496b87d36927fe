import { isoWeek, zonedParts } from '../forms/dates';
import type { Kernel } from '../runtime/kernel';
import { nextDue } from './schedule';
import type { TriggerFiring, TriggerRecord, TriggerStore } from './store';

/**
 * Runs installable triggers the way Apps Script does: each as its own execution of kind
 * 'installable-trigger' (6 min limit, run time charged to the daily trigger quota by the kernel), under
 * the account of the user who installed it (§7.2), with failures recorded but never shown to whoever
 * caused the event (§7.5). Nothing here ticks: firing is the platform's doing, not the script's.
 */
export class TriggerRunner {
  constructor(
    private readonly kernel: Kernel,
    private readonly store: TriggerStore,
  ) {}

  run(trigger: TriggerRecord, event: Record<string, unknown>): TriggerFiring {
    const at = this.kernel.clock.now();
    const firing: TriggerFiring = {
      at,
      uid: trigger.uid,
      handler: trigger.handler,
      eventType: trigger.eventType,
      outcome: 'completed',
    };
    this.store.firings.push(firing);
    // Once the day's trigger run time is spent Google does not start the trigger at all (§7.7).
    if (this.kernel.quotas.remaining('triggerRuntimeMs') <= 0) {
      firing.outcome = 'skipped';
      firing.reason = 'Service using too much computer time for one day.';
      return firing;
    }
    const fn = this.kernel.findFunction(trigger.handler);
    const previousUser = this.kernel.user;
    this.kernel.user = trigger.owner;
    try {
      this.kernel.run('installable-trigger', trigger.handler, () => {
        firing.executionId = this.kernel.current?.id;
        // The Executions page shows this text when a trigger names a function that no longer exists.
        if (!fn) throw new Error(`Script function not found: ${trigger.handler}`);
        return fn(event);
      });
    } catch (error) {
      firing.outcome = 'failed';
      firing.reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    } finally {
      this.kernel.user = previousUser;
    }
    return firing;
  }

  /**
   * Advances the virtual clock to each due time in turn, up to `until`, and runs every time-driven
   * trigger due then. Recurring triggers are rescheduled from their due time; one-off triggers (`at`,
   * `after`) fire once. A handler may install or delete triggers; the loop sees the change.
   */
  fireDueTimeTriggers(until: Date): TriggerFiring[] {
    const limit = until.getTime();
    const fired: TriggerFiring[] = [];
    for (;;) {
      const due = this.store
        .all()
        .filter((t) => t.eventType === 'CLOCK' && t.nextDueAt != null && t.nextDueAt <= limit)
        .sort((a, b) => a.nextDueAt! - b.nextDueAt! || a.created - b.created)[0];
      if (!due) break;
      const dueAt = due.nextDueAt!;
      // A late start (the previous handler overran the due time) runs now; the clock never goes back.
      if (dueAt > this.kernel.clock.now()) this.kernel.clock.set(new Date(dueAt));
      due.nextDueAt = nextDue(due.schedule!, dueAt);
      fired.push(this.run(due, this.timeDrivenEvent(due)));
    }
    if (limit > this.kernel.clock.now()) this.kernel.clock.set(until);
    return fired;
  }

  /** The time-driven event object (§7.4), in the trigger's time zone at the moment it runs. */
  timeDrivenEvent(trigger: TriggerRecord): Record<string, unknown> {
    const timeZone = trigger.schedule?.timeZone ?? this.kernel.timeZone;
    const p = zonedParts(this.kernel.clock.now(), timeZone);
    return {
      authMode: 'FULL',
      'day-of-month': p.day,
      'day-of-week': p.weekday,
      hour: p.hour,
      minute: p.minute,
      month: p.month,
      second: p.second,
      timezone: timeZone,
      triggerUid: trigger.uid,
      'week-of-year': isoWeek(p.year, p.month, p.day),
      year: p.year,
    };
  }

  /** Runs every installable trigger of `eventType` on one file with an event built per trigger. */
  fireFor(
    sourceId: string,
    eventType: TriggerRecord['eventType'],
    eventFor: (trigger: TriggerRecord) => Record<string, unknown>,
  ): TriggerFiring[] {
    return this.store.forSource(sourceId, eventType).map((t) => this.run(t, eventFor(t)));
  }
}

/** The `user` of an event object: a Session User whose calls count like any other. */
export function eventUser(kernel: Kernel, email: string): { getEmail(): string; getNickname(): string } {
  return {
    getEmail: () => {
      kernel.tick('Session.User.getEmail');
      return email;
    },
    getNickname: () => {
      kernel.tick('Session.User.getNickname');
      return email.split('@')[0] ?? '';
    },
  };
}

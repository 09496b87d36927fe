import type { Execution } from '../runtime/execution';

/**
 * Code that runs outside any execution (test set-up, scenario steps between runs) acts as one anonymous
 * execution that never ends: its locks stay held until it releases them.
 */
export const OUTSIDE_ANY_EXECUTION = 'outside any execution';

export type LockHolder = Execution | typeof OUTSIDE_ANY_EXECUTION;

/** Who holds each lock now, by scope key (`script`, `user:<email>`, `document:<id>`). */
export class LockTable {
  private readonly holders = new Map<string, LockHolder>();

  /** The live holder; a lock whose execution has ended is free (§5.4). */
  holder(scope: string): LockHolder | undefined {
    const holder = this.holders.get(scope);
    if (holder !== undefined && holder !== OUTSIDE_ANY_EXECUTION && holder.ended) {
      this.holders.delete(scope);
      return undefined;
    }
    return holder;
  }

  acquire(scope: string, holder: LockHolder): void {
    this.holders.set(scope, holder);
    // Locks are released automatically when the execution ends, however it ends (§5.4).
    if (holder !== OUTSIDE_ANY_EXECUTION) holder.onEnd(() => this.release(scope, holder));
  }

  release(scope: string, holder: LockHolder): void {
    if (this.holders.get(scope) === holder) this.holders.delete(scope);
  }

  /** Non-ticking view for state.json and tests: scope → execution id. */
  toJSON(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const scope of this.holders.keys()) {
      const holder = this.holder(scope);
      if (holder !== undefined) out[scope] = holder === OUTSIDE_ANY_EXECUTION ? holder : holder.id;
    }
    return out;
  }
}

/** Service-call counts keyed as Google names methods in its errors: `SpreadsheetApp.Range.getValues`. */
export type CallCounts = Record<string, number>;

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private totalCalls = 0;
  private predictedMs = 0;

  record(method: string, latencyMs: number): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.totalCalls += 1;
    this.predictedMs += latencyMs;
  }

  get total(): number {
    return this.totalCalls;
  }

  /** Predicted Apps Script time of every counted call so far, in milliseconds. */
  get predictedTimeMs(): number {
    return this.predictedMs;
  }

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Sum of counts of every method whose key starts with `prefix` (e.g. `SpreadsheetApp.`). */
  countPrefix(prefix: string): number {
    let sum = 0;
    for (const [key, n] of this.counts) if (key.startsWith(prefix)) sum += n;
    return sum;
  }

  snapshot(): CallCounts {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Counts made after `before` was taken, without zero entries. */
  since(before: CallCounts): CallCounts {
    const out: CallCounts = {};
    for (const [key, n] of Object.entries(this.snapshot())) {
      const delta = n - (before[key] ?? 0);
      if (delta > 0) out[key] = delta;
    }
    return out;
  }
}

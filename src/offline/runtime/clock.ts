/**
 * The offline world's time. Nothing in the offline Workspace reads the machine's clock: every service
 * call advances this clock by its predicted latency, scenarios advance it explicitly, and time-driven
 * triggers fall due against it. That keeps `npm start` output and tests deterministic.
 */
export class VirtualClock {
  private ms: number;

  constructor(start: Date = new Date(Date.UTC(2026, 8, 1, 6, 0, 0))) {
    this.ms = start.getTime();
  }

  now(): number {
    return this.ms;
  }

  date(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`The clock cannot go back (${ms} ms).`);
    this.ms += ms;
  }

  set(to: Date): void {
    this.advance(to.getTime() - this.ms);
  }
}

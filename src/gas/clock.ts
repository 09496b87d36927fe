import type { Clock } from '../ports';

/** Wall-clock time of the execution (offline, the bundle's `Date` runs on the virtual clock). */
export const systemClock: Clock = { now: () => new Date() };

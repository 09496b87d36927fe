/**
 * A `Date` constructor for the bundle's sandbox whose "now" is the virtual clock, so code that calls
 * `new Date()` or `Date.now()` inside the offline Workspace sees simulated time, as a script would see
 * real time in Apps Script. Dates built from arguments behave as usual and are real `Date` instances.
 */
export function virtualDateConstructor(now: () => number): DateConstructor {
  const RealDate = Date;
  function VirtualDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new RealDate(now()).toString();
    if (args.length === 0) return new RealDate(now());
    return new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
  }
  VirtualDate.prototype = RealDate.prototype;
  VirtualDate.now = (): number => now();
  VirtualDate.parse = RealDate.parse;
  VirtualDate.UTC = RealDate.UTC;
  return VirtualDate as unknown as DateConstructor;
}

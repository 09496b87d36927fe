import type { LoggerApi } from '../../gas/api/logger';
import type { Kernel } from '../runtime/kernel';
import { formatString } from '../utilities/format-string';

/**
 * Logger: lines go to `kernel.logs` (the Executions page, shared with `console`), and `getLog()`
 * returns this execution's Logger lines since the last `clear()`: Apps Script starts every execution
 * with an empty log. Google's `getLog()` prefixes lines with a timestamp whose exact shape differs
 * between runtimes [unsure]; offline it returns the bare messages, one per line.
 */
export class OfflineLogger implements LoggerApi {
  private lines: string[] = [];
  private owner: string | null = null;

  constructor(private readonly kernel: Kernel) {}

  log(data: unknown, ...values: unknown[]): OfflineLogger {
    this.kernel.tick('Logger.Logger.log');
    const message = values.length > 0 ? formatString(String(data), values) : describe(data);
    this.ownLines().push(message);
    this.kernel.logs.push({ at: this.kernel.clock.now(), level: 'info', message });
    return this;
  }

  getLog(): string {
    this.kernel.tick('Logger.Logger.getLog');
    return this.ownLines().join('\n');
  }

  clear(): void {
    this.kernel.tick('Logger.Logger.clear');
    this.ownLines().length = 0;
  }

  private ownLines(): string[] {
    const id = this.kernel.current?.id ?? null;
    if (id !== this.owner) {
      this.owner = id;
      this.lines = [];
    }
    return this.lines;
  }
}

/** Strings as they are; other values readably (Google prints Java's rendering, e.g. `{a=1.0}`). */
function describe(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof Date || data === undefined || typeof data === 'function') return String(data);
  try {
    return JSON.stringify(data) ?? String(data);
  } catch {
    return String(data);
  }
}

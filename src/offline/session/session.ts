import { createHash } from 'crypto';
import type { SessionApi, UserApi } from '../../gas/api/session';
import type { Kernel } from '../runtime/kernel';
import { activeUserEmail, runningUser } from './identity';

/** A user as Session returns it: the address is fixed when the User is obtained. */
export class OfflineUser implements UserApi {
  constructor(
    private readonly kernel: Kernel,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.kernel.tick('Session.User.getEmail');
    return this.email;
  }
}

/** Session (§8.4–8.6, §10.7). */
export class OfflineSession implements SessionApi {
  constructor(private readonly kernel: Kernel) {}

  /** Its e-mail is `''` in simple triggers and NONE/LIMITED executions (§8.5). */
  getActiveUser(): OfflineUser {
    this.kernel.tick('Session.Session.getActiveUser');
    return new OfflineUser(this.kernel, activeUserEmail(this.kernel));
  }

  /**
   * The account whose authority the code runs under: the installer for installable triggers (§8.5).
   * Whether Google also hides it in simple triggers is not documented; we show it [unsure].
   */
  getEffectiveUser(): OfflineUser {
    this.kernel.tick('Session.Session.getEffectiveUser');
    return new OfflineUser(this.kernel, runningUser(this.kernel));
  }

  /** The manifest's `timeZone` (§8.4). */
  getScriptTimeZone(): string {
    this.kernel.tick('Session.Session.getScriptTimeZone');
    return this.kernel.timeZone;
  }

  /** A language code like `ru` or `en` (§8.6). */
  getActiveUserLocale(): string {
    this.kernel.tick('Session.Session.getActiveUserLocale');
    return this.kernel.locale;
  }

  /**
   * Google's stand-in for a hidden identity (§10.7): opaque, stable for one user of one script, and
   * available even when the e-mail is ''. Derived from the user so runs are reproducible.
   */
  getTemporaryActiveUserKey(): string {
    this.kernel.tick('Session.Session.getTemporaryActiveUserKey');
    return temporaryActiveUserKey(runningUser(this.kernel));
  }
}

export function temporaryActiveUserKey(user: string): string {
  return createHash('sha256').update(`temporary-active-user-key:${user}`).digest('base64');
}

import type { Kernel } from '../runtime/kernel';

/**
 * Whose account the running code acts for: the execution's user (the installer, for installable
 * triggers §7.2), or the workspace's user between executions. User-scoped stores and locks key on it.
 */
export function runningUser(kernel: Kernel): string {
  return kernel.current?.user ?? kernel.user;
}

/**
 * What `Session.getActiveUser().getEmail()` reveals: `''` when Google hides the identity, that is in a
 * simple trigger and in any NONE/LIMITED execution (§8.5, §10.7). In FULL mode the offline world is
 * the developer's own domain, so the address is shown; the consumer-account case where Google may still
 * hide it is [unsure] in §8.5 and not modelled.
 */
export function activeUserEmail(kernel: Kernel): string {
  const exec = kernel.current;
  if (exec && (exec.kind === 'simple-trigger' || exec.authMode !== 'FULL')) return '';
  return runningUser(kernel);
}

import { MentoringError, isMentoringError, messages } from '../core';
import type { Journal, UserInterface } from '../ports';

/**
 * Runs a user action and catches at the edge: the person gets a Russian alert (never a stack trace), the
 * journal gets the code and details, the execution log gets the stack. Nothing is rethrown, since Apps
 * Script would show the raw exception text to the person.
 */
export function runAction(deps: { ui: UserInterface; journal: Journal }, action: () => void): void {
  try {
    action();
  } catch (error) {
    reportFailure(deps, error);
  }
}

export function reportFailure(deps: { ui: UserInterface; journal: Journal }, error: unknown): void {
  const failure = journalFailure(deps, error, messages.errors.unexpected);
  try {
    deps.ui.alert(messages.errors.title, failure.userMessage);
  } catch (uiError) {
    console.error(`Alert failed: ${describe(uiError)}`);
  }
}

/**
 * For triggers: nobody is at the screen (Google shows a trigger's failure to no one, §7.5), so the
 * journal row is what staff see; the stack goes to the execution log. Nothing is rethrown, or the
 * failed execution would be all that remains of it.
 */
export function reportTriggerFailure(deps: { journal: Journal }, error: unknown, userMessage: string): void {
  journalFailure(deps, error, userMessage);
}

/**
 * The failure as staff will read it: a MentoringError as it is, anything else as `unexpectedMessage`
 * with the technical text in the details. Its stack goes to the execution log and it is written to the
 * journal (a failing journal only logs, so the original failure is never lost behind a second one).
 */
export function journalFailure(
  deps: { journal: Journal },
  error: unknown,
  unexpectedMessage: string,
): MentoringError {
  const failure = isMentoringError(error)
    ? error
    : new MentoringError('UNEXPECTED', unexpectedMessage, describe(error));
  console.error(error instanceof Error && error.stack ? error.stack : String(error));
  try {
    deps.journal.write({
      level: 'ERROR',
      code: failure.code,
      message: failure.userMessage,
      details: failure.details,
    });
  } catch (journalError) {
    console.error(`Journal write failed: ${describe(journalError)}`);
  }
  return failure;
}

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

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
  const failure = isMentoringError(error)
    ? error
    : new MentoringError('UNEXPECTED', messages.errors.unexpected, describe(error));
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
  const failure = isMentoringError(error)
    ? error
    : new MentoringError('UNEXPECTED', userMessage, describe(error));
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
}

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

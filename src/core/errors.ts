/**
 * The one error type of the add-on: a message for the person (Russian, no technical detail) and a code
 * for the journal. Entry points catch at the edge, show `userMessage`, and log `code` with `details`.
 */
export class MentoringError extends Error {
  constructor(
    readonly code: string,
    readonly userMessage: string,
    readonly details: string = '',
  ) {
    super(`${code}: ${userMessage}${details ? ` (${details})` : ''}`);
    this.name = 'MentoringError';
  }
}

export const isMentoringError = (error: unknown): error is MentoringError => error instanceof MentoringError;

/**
 * The error a call throws, for asserting its name and exact message together (Google's service errors
 * are named "Exception", apps-script-behaviours.md §0.1). Fails the test when nothing is thrown.
 */
export function thrown(body: () => unknown): Error {
  try {
    body();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/**
 * The error of the given kind that `action` throws; any other error propagates, and not
 * throwing at all fails the test.
 */
export function thrown<Kind extends Error>(
  action: () => unknown,
  kind: abstract new (...args: never[]) => Kind,
): Kind {
  try {
    action();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(`expected ${kind.name} to be thrown`);
}

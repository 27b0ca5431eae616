/**
 * Freezes an object and everything in it, so shared constants (the default policy, the
 * partnership) cannot be changed by one caller under another's feet. @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A random UUID (version 4) for a new consent decision: each `0`, `1` or `8` of the template
 * becomes a random hex digit (`8` keeps the two variant bits). Built on
 * `crypto.getRandomValues`, which, unlike `crypto.randomUUID`, also works on plain-http pages.
 */
export function newConsentId(): string {
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (
      +digit ^
      ((crypto.getRandomValues(new Uint8Array(1))[0] as number) & (15 >> (+digit / 4)))
    ).toString(16),
  );
}

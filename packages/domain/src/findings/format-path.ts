const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A path into data as a person reads it: `['reviews', 0, 'documents', 2, 'published']`
 * becomes `reviews[0].documents[2].published`; keys that are not plain names are quoted
 * (`reviews[0]["odd key"]`); the root is `''`. For showing a {@link Finding}'s path.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

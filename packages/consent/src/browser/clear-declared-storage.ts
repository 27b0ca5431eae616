import type { CategoryDeclaration } from '../config/consent-config';
import { cookieScopes } from '../cookies/cookie-scopes';
import { declarationFor } from '../cookies/declaration-for';
import { matchesName } from '../cookies/matches-name';
import { cookieNames, removeCookie } from './document-cookies';

/**
 * Deletes every cookie and `localStorage`/`sessionStorage` key of a category that this page
 * can see, on every domain and path it could have been set on. For browsers only.
 */
export function clearDeclaredStorage(category: CategoryDeclaration): void {
  const { hostname, pathname, protocol } = location;
  // Under https every deletion carries Secure: harmless for other cookies (a cookie is known
  // by name, domain and path), and required for the `__Secure-` and `__Host-` ones.
  const secure = protocol === 'https:';
  for (const name of new Set(cookieNames())) {
    const declaration = declarationFor(category, name);
    if (declaration)
      for (const scope of cookieScopes(hostname, pathname, declaration))
        removeCookie(name, { ...scope, secure });
  }
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    try {
      const store = window[storage];
      // Backwards, so removing a key does not shift the ones still to visit.
      for (let index = store.length; index--; ) {
        const key = store.key(index);
        if (key !== null && category.storage.some((declared) => matchesName(declared, key)))
          store.removeItem(key);
      }
    } catch {
      // Storage can be switched off or forbidden (sandboxed frames); then nothing is stored.
    }
  }
}

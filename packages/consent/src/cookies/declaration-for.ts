import type { CategoryDeclaration, CookieDeclaration } from '../config/consent-config';
import { matchesName } from './matches-name';

/** The declaration a cookie name falls under in a category, if any. */
export function declarationFor(
  category: CategoryDeclaration,
  name: string,
): CookieDeclaration | undefined {
  return category.cookies.find((declaration) => matchesName(declaration.name, name));
}

import type { ConsentConfig, CookieDeclaration } from '../config/consent-config';
import { matchesName } from '../cookies/matches-name';
import type { AuditCategory } from './audit-report';

/** How the configuration classes something the browser stored. */
export interface Classified {
  readonly category: AuditCategory;
  /** Whether a declaration covers it (the consent cookie is necessary even when undeclared). */
  readonly declared: boolean;
}

const ORDER = ['necessary', 'analytical'] as const;

/**
 * The category of a cookie by the site's declarations: its name must match one, on the
 * site's host or a parent domain of it, or on the declaration's own `domain` (or below). A
 * cookie of the same name on another domain (a third party's) is not the declared one.
 */
export function classifyCookie(
  config: ConsentConfig,
  cookie: { readonly name: string; readonly domain: string },
  siteHost: string,
): Classified {
  const domain = cookie.domain.replace(/^\./, '').toLowerCase();
  const covers = (declaration: CookieDeclaration) =>
    matchesName(declaration.name, cookie.name) &&
    (within(siteHost, domain) ||
      (declaration.domain !== undefined && within(domain, declaration.domain)));
  for (const category of ORDER)
    if (config.categories[category].cookies.some(covers)) return { category, declared: true };
  // The consent cookie itself is strictly necessary, declared or not.
  if (cookie.name === config.cookie.name && within(siteHost, domain))
    return { category: 'necessary', declared: false };
  return { category: 'undeclared', declared: false };
}

/** The category of a `localStorage`/`sessionStorage` key by the site's declarations. */
export function classifyStorage(config: ConsentConfig, key: string): Classified {
  for (const category of ORDER)
    if (config.categories[category].storage.some((declared) => matchesName(declared, key)))
      return { category, declared: true };
  return { category: 'undeclared', declared: false };
}

/** Whether `host` is `domain` or below it (`www.example.gov.uk` is within `example.gov.uk`). */
export function within(host: string, domain: string): boolean {
  const parent = domain.replace(/^\./, '').toLowerCase();
  const child = host.toLowerCase();
  return parent !== '' && (child === parent || child.endsWith(`.${parent}`));
}

// After acceptance: the gated scripts ran, and every cookie and storage key the site set is
// one its configuration declares (what the cookies page lists). An undeclared one means the
// cookies page is out of date.
import type { ConsentConfig } from '../config/consent-config';
import type { AuditCheck, AuditFinding, ObservedCookie, ObservedStorage } from './audit-report';
import { within } from './classify';
import { checkOf, cookieLabel, setter, suggestedName } from './describe';
import { observedCookies, observedStorage } from './observed';
import type { PhaseLog } from './phase-log';

/** The check, and the inventory of what was seen (for the report). */
export interface AcceptanceResult {
  readonly check: AuditCheck;
  readonly cookies: readonly ObservedCookie[];
  readonly storage: readonly ObservedStorage[];
}

/** The categories a gated element may name. */
const GATEABLE = new Set(['analytical']);

/** Judges the acceptance phase. */
export function judgeAfterAcceptance(
  log: PhaseLog,
  config: ConsentConfig,
  siteHost: string,
): AcceptanceResult {
  const cookies = observedCookies(log, config, siteHost, 'whole phase');
  const storage = observedStorage(log, config, 'whole phase');
  const findings: AuditFinding[] = [];
  for (const cookie of cookies)
    if (!cookie.declared) findings.push(undeclaredCookie(cookie, config, siteHost));
  for (const key of storage) if (!key.declared) findings.push(undeclaredStorage(key));
  findings.push(...gatedScripts(log));
  return { check: checkOf('after-acceptance', findings), cookies, storage };
}

function undeclaredCookie(
  cookie: ObservedCookie,
  config: ConsentConfig,
  siteHost: string,
): AuditFinding {
  const sameName = [
    ...config.categories.necessary.cookies,
    ...config.categories.analytical.cookies,
  ].some((declaration) =>
    typeof declaration.name === 'string'
      ? declaration.name === cookie.name
      : declaration.name.test(cookie.name),
  );
  const elsewhere = sameName && !within(siteHost, cookie.domain);
  const consentCookie = cookie.name === config.cookie.name;
  return {
    check: 'after-acceptance',
    severity: 'error',
    code: 'undeclared-cookie',
    message: `The cookies page is out of date: the cookie ${cookieLabel(cookie)}, set ${setter(cookie.setBy)}, is not declared${
      elsewhere ? ` (a declaration has its name, but not the domain ${cookie.domain})` : ''
    }.`,
    fix: consentCookie
      ? `Declare the consent cookie itself under categories.necessary.cookies, e.g. { name: '${cookie.name}', purpose: 'Remembers your cookie choices', expires: '${cookie.lifetime}' }, so the cookies page lists it.`
      : elsewhere
        ? `Add domain: '${cookie.domain}' to the declaration of ${cookie.name}, so it covers the cookie on that domain.`
        : `Declare it under categories.analytical.cookies (or necessary, if it is strictly necessary) with its purpose, provider and expiry, e.g. { name: ${suggestedName(cookie.name)}, purpose: '…', expires: '${cookie.lifetime}' }.`,
    page: cookie.page,
    cookie,
  };
}

function undeclaredStorage(key: ObservedStorage): AuditFinding {
  return {
    check: 'after-acceptance',
    severity: 'error',
    code: 'undeclared-storage',
    message: `The cookies page is out of date: the ${key.area} key ${JSON.stringify(key.key)} (${key.origin})${
      key.setBy ? `, set ${setter(key.setBy)},` : ''
    } is not declared.`,
    fix: `Declare it under categories.analytical.storage (or necessary.storage, if it is strictly necessary): ${suggestedName(key.key)}.`,
    page: key.page,
    storage: key,
  };
}

/** Gated elements still waiting after acceptance, and gated scripts that failed to load. */
function gatedScripts(log: PhaseLog): AuditFinding[] {
  const findings = new Map<string, AuditFinding>();
  const blockedByCsp = new Set(log.csp.map((violation) => violation.blocked));
  for (const element of log.gated) {
    if (!element.afterChoice || element.category === 'necessary') continue;
    const name = element.src ?? 'an inline gated script';
    const key = `${element.src ?? `inline:${element.page}`}`;
    const thing = element.kind === 'iframe' ? 'gated embed' : 'gated script';
    if (element.inert) {
      const unknown = !GATEABLE.has(element.category);
      findings.set(key, {
        check: 'after-acceptance',
        severity: 'error',
        code: 'gated-script-did-not-run',
        message: `After acceptance, the ${thing} ${name} (data-consent="${element.category}") did not run: it is still ${
          element.kind === 'iframe' ? 'without its address' : 'type="text/plain"'
        }.`,
        fix: unknown
          ? `data-consent="${element.category}" is not a category: write data-consent="analytical".`
          : 'Call activateGatedElements(consent) on every page (the drop-in does it for you).',
        page: element.page,
        script: element.src ?? 'inline',
      });
      continue;
    }
    if (element.kind !== 'script' || !element.src || blockedByCsp.has(element.src)) continue;
    const outcome = log.requests.get(element.src);
    if (outcome?.blocked)
      findings.set(key, {
        check: 'after-acceptance',
        severity: 'warning',
        code: 'gated-script-blocked',
        message: `After acceptance, the gated script ${name} was not loaded: its host is not allowed in this audit, so what it stores was not seen.`,
        fix: `Run the audit with --allow-host ${new URL(element.src).host} to include it.`,
        page: element.page,
        script: element.src,
      });
    else if (outcome && (outcome.failure || (outcome.status ?? 0) >= 400))
      findings.set(key, {
        check: 'after-acceptance',
        severity: 'error',
        code: 'gated-script-did-not-run',
        message: `After acceptance, the gated script ${name} was activated, but loading it failed (${
          outcome.failure ?? `HTTP ${outcome.status}`
        }).`,
        fix: 'Check the address in its src attribute.',
        page: element.page,
        script: element.src,
      });
  }
  return [...findings.values()];
}

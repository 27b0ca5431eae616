// The three checks that analytics stays off without consent: before any choice (ICO check
// 1), after a refusal (ICO check 3) and under Global Privacy Control. Each looks at the
// cookies, storage keys and gated scripts of its phase; only what is necessary may be there
// (and, before a choice under the statistical-purposes exemption, declared analytics).
import type { ConsentConfig } from '../config/consent-config';
import type {
  AuditCheck,
  AuditFinding,
  AuditFindingCode,
  ObservedCookie,
  ObservedStorage,
} from './audit-report';
import { checkOf, cookieLabel, setter, suggestedName } from './describe';
import { observedCookies, observedStorage, type Span } from './observed';
import type { GatedElement, PhaseLog } from './phase-log';

/** How one of the three checks words its findings. */
interface Rules {
  readonly check: 'before-choice' | 'after-refusal' | 'gpc';
  readonly span: Span;
  readonly codes: {
    readonly cookie: AuditFindingCode;
    readonly storage: AuditFindingCode;
    readonly script: AuditFindingCode;
  };
  /** `before the visitor chose`, … */
  readonly when: string;
  /** Whether declared analytics may be there (the exemption, before a choice). */
  readonly analyticsAllowed: boolean;
}

function rulesFor(check: Rules['check'], config: ConsentConfig): Rules {
  switch (check) {
    case 'before-choice':
      return {
        check,
        span: 'whole phase',
        codes: {
          cookie: 'cookie-before-choice',
          storage: 'storage-before-choice',
          script: 'gated-script-ran-before-choice',
        },
        when: 'before the visitor chose',
        analyticsAllowed: config.mode === 'statistical-exemption',
      };
    case 'after-refusal':
      return {
        check,
        span: 'after the choice',
        codes: {
          cookie: 'cookie-after-refusal',
          storage: 'storage-after-refusal',
          script: 'gated-script-ran-after-refusal',
        },
        when: 'after the visitor refused',
        analyticsAllowed: false,
      };
    case 'gpc':
      return {
        check,
        span: 'whole phase',
        codes: {
          cookie: 'cookie-despite-gpc',
          storage: 'storage-despite-gpc',
          script: 'gated-script-ran-despite-gpc',
        },
        when: 'with Global Privacy Control on and no choice made',
        analyticsAllowed: false,
      };
  }
}

/** Judges a phase in which analytics must stay off: `before-choice`, `after-refusal` or `gpc`. */
export function judgeWithoutConsent(
  check: Rules['check'],
  log: PhaseLog,
  config: ConsentConfig,
  siteHost: string,
): AuditCheck {
  const rules = rulesFor(check, config);
  const allowed = (category: string) =>
    category === 'necessary' || (rules.analyticsAllowed && category === 'analytical');
  const findings: AuditFinding[] = [];
  for (const cookie of observedCookies(log, config, siteHost, rules.span))
    if (!allowed(cookie.category)) findings.push(cookieFinding(rules, cookie));
  for (const key of observedStorage(log, config, rules.span))
    if (!allowed(key.category)) findings.push(storageFinding(rules, key));
  if (!rules.analyticsAllowed) {
    const ran = new Map<string, GatedElement>();
    for (const element of log.gated)
      if (
        !element.inert &&
        element.category !== 'necessary' &&
        // After a refusal, scripts that ran before it cannot be unloaded: judge pages loaded since.
        (rules.span === 'whole phase' || element.loadedAfterChoice)
      )
        ran.set(element.src ?? `inline:${element.page}`, element);
    // A script whose cookies or storage are already reported needs no finding of its own.
    const reported = new Set(
      findings.map((finding) => {
        const source = finding.cookie?.setBy ?? finding.storage?.setBy;
        return source && !('kind' in source && source.kind === 'response') ? source.url : '';
      }),
    );
    for (const element of ran.values())
      if (!element.src || !reported.has(element.src)) findings.push(scriptFinding(rules, element));
  }
  return checkOf(check, findings);
}

function cookieFinding(rules: Rules, cookie: ObservedCookie): AuditFinding {
  const declared =
    cookie.category === 'analytical'
      ? ' It is declared as analytical.'
      : ' No category declares it.';
  let what: string;
  if (rules.check === 'after-refusal' && !cookie.setBy && cookie.kept)
    what = `${cookieLabel(cookie)} was left behind ${rules.when}`;
  else
    what = `${cookieLabel(cookie)} was set ${rules.when}, ${setter(cookie.setBy)}${
      cookie.kept ? '' : ' (and deleted again, but it was stored)'
    }`;
  const fix =
    cookie.category === 'analytical'
      ? rules.check === 'after-refusal' && !cookie.setBy
        ? `The consent manager deletes declared cookies after a refusal on the site's host and its parent domains: if ${cookie.name} is set on another domain or path, add its domain and path to its declaration.`
        : 'Load the script that sets it only after consent: <script type="text/plain" data-consent="analytical" src="…">, or through createAnalytics.'
      : `If it is strictly necessary, declare it under categories.necessary.cookies; if not, load the script that sets it only after consent (type="text/plain" data-consent="analytical") and declare it under categories.analytical.cookies, e.g. { name: ${suggestedName(cookie.name)}, purpose: '…', expires: '${cookie.lifetime}' }.`;
  return {
    check: rules.check,
    severity: 'error',
    code: rules.codes.cookie,
    message: `The cookie ${what}.${declared} Only necessary cookies may be stored ${rules.when}.`,
    fix,
    page: cookie.page,
    cookie,
  };
}

function storageFinding(rules: Rules, key: ObservedStorage): AuditFinding {
  return {
    check: rules.check,
    severity: 'error',
    code: rules.codes.storage,
    message: `The ${key.area} key ${JSON.stringify(key.key)} (${key.origin}) was there ${rules.when}${
      key.setBy ? `, set ${setter(key.setBy)}` : ''
    }. ${key.category === 'analytical' ? 'It is declared as analytical.' : 'No category declares it.'} Only necessary storage may be used ${rules.when}.`,
    fix:
      key.category === 'analytical'
        ? 'Run the code that stores it only after consent (a gated script or createAnalytics); the consent manager deletes declared keys after a refusal.'
        : `If it is strictly necessary, declare it under categories.necessary.storage; if not, store it only after consent and declare it under categories.analytical.storage (${suggestedName(key.key)}).`,
    page: key.page,
    storage: key,
  };
}

function scriptFinding(rules: Rules, element: GatedElement): AuditFinding {
  const name = element.src ?? 'an inline gated script';
  return {
    check: rules.check,
    severity: 'error',
    code: rules.codes.script,
    message: `${element.kind === 'iframe' ? 'The gated embed' : 'The gated script'} ${name} (data-consent="${element.category}") ran ${rules.when}.`,
    fix: 'Let only the consent manager activate gated elements (activateGatedElements, or the drop-in), and keep them type="text/plain" (iframes: data-src, no src) in the HTML.',
    page: element.page,
    script: element.src ?? 'inline',
  };
}

// The script the audit adds to every page and frame before the page's own scripts run
// (Playwright's addInitScript). It reports, through a binding the audit exposes, every
// cookie and storage write with the stack of the code that made it, and every Content
// Security Policy violation with the element it concerns. It runs in the page: it must stay
// self-contained (no imports, no helpers from outside the function).

/** What the page reports to the audit, one event at a time. */
export type PageEvent =
  | { readonly type: 'cookie'; readonly text: string; readonly stack: string }
  | {
      readonly type: 'storage';
      readonly area: 'localStorage' | 'sessionStorage';
      readonly key: string;
      readonly stack: string;
    }
  | {
      readonly type: 'csp';
      readonly directive: string;
      readonly blocked: string;
      readonly disposition: string;
      readonly sourceFile: string;
      readonly line: number;
      readonly column: number;
      readonly sample: string;
      readonly element: string | null;
      /** Whether the element is the consent code's: the banner, a gated element, the drop-in configuration. */
      readonly consent: boolean;
    };

/** The settings of {@link instrumentPage}. */
export interface InstrumentOptions {
  /** The name of the binding to report to. */
  readonly binding: string;
  /** Whether to send the Global Privacy Control signal (`navigator.globalPrivacyControl`). */
  readonly gpc: boolean;
}

/** Runs in each page and frame, before its scripts. */
export function instrumentPage({ binding, gpc }: InstrumentOptions): void {
  const report = (event: Record<string, unknown>) => {
    try {
      const send = (window as unknown as Record<string, (event: unknown) => void>)[binding];
      if (typeof send === 'function') void send({ ...event, href: location.href });
    } catch {
      // The page replaced the binding: nothing to report to.
    }
  };
  const stack = () => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 30;
    const text = new Error().stack ?? '';
    Error.stackTraceLimit = limit;
    return text;
  };

  if (gpc)
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      configurable: true,
      get: () => true,
    });

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.get && cookie.set) {
    const { get, set } = cookie;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable ?? true,
      get() {
        return get.call(this);
      },
      set(value: unknown) {
        report({ type: 'cookie', text: String(value).slice(0, 4096), stack: stack() });
        set.call(this, value);
      },
    });
  }
  const store = (globalThis as unknown as { CookieStore?: { prototype: Record<string, unknown> } })
    .CookieStore?.prototype;
  const storeSet = store?.set;
  if (store && typeof storeSet === 'function') {
    store.set = function (this: unknown, ...args: unknown[]) {
      const [first, second] = args;
      const options =
        typeof first === 'object' && first !== null
          ? (first as Record<string, unknown>)
          : { name: first, value: second };
      const parts = [`${String(options.name)}=${String(options.value ?? '')}`];
      if (options.domain) parts.push(`domain=${String(options.domain)}`);
      if (typeof options.expires === 'number')
        parts.push(`expires=${new Date(options.expires).toUTCString()}`);
      report({ type: 'cookie', text: parts.join('; ').slice(0, 4096), stack: stack() });
      return storeSet.apply(this, args);
    };
  }

  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    let area = '';
    try {
      area =
        this === window.localStorage
          ? 'localStorage'
          : this === window.sessionStorage
            ? 'sessionStorage'
            : '';
    } catch {
      // Storage refused (opaque origin): the write below throws for the page as it would.
    }
    if (area) report({ type: 'storage', area, key: String(key).slice(0, 1024), stack: stack() });
    return setItem.call(this, key, value);
  };

  const CONSENT_ELEMENTS =
    '[data-consent],.ddscp-cookie-banner,.ddscp-cookie-preferences,#ddscp-consent-config,[data-ddscp-audit]';
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      let element: string | null = null;
      if (target) {
        const category = target.getAttribute('data-consent');
        element =
          target.localName +
          (target.id ? `#${target.id}` : '') +
          (category !== null ? `[data-consent="${category}"]` : '') +
          (target.getAttribute('src') ? `[src="${target.getAttribute('src')}"]` : '');
      }
      report({
        type: 'csp',
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: event.blockedURI,
        disposition: event.disposition,
        sourceFile: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
        sample: event.sample,
        element: element?.slice(0, 300) ?? null,
        consent: target?.closest(CONSENT_ELEMENTS) != null,
      });
    },
    true,
  );
}

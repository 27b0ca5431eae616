// Reads what a page holds once it has settled: its storage keys, its gated elements and
// whether it declares a Content Security Policy in a meta tag. Runs in the page (through
// Playwright's evaluate): it must stay self-contained.

/** What {@link snapshotPage} returns. */
export interface PageSnapshot {
  readonly origin: string;
  readonly localStorage: readonly string[];
  readonly sessionStorage: readonly string[];
  readonly gated: readonly {
    readonly kind: 'script' | 'iframe';
    readonly category: string;
    readonly inert: boolean;
    readonly src: string | null;
  }[];
  readonly metaCsp: boolean;
}

/** Runs in the page. At most 500 keys per storage area and 200 gated elements. */
export function snapshotPage(): PageSnapshot {
  const keys = (area: 'localStorage' | 'sessionStorage') => {
    const found: string[] = [];
    try {
      const storage = window[area];
      for (let index = 0; index < storage.length && index < 500; index += 1) {
        const key = storage.key(index);
        if (key !== null) found.push(key.slice(0, 1024));
      }
    } catch {
      // Storage refused (sandboxed, opaque origin): nothing stored.
    }
    return found;
  };
  const gated = [...document.querySelectorAll('script[data-consent],iframe[data-consent]')]
    .slice(0, 200)
    .map((element) => {
      const script = element.localName === 'script';
      const given = element.getAttribute(script ? 'src' : 'data-src');
      let src: string | null = null;
      try {
        src = given ? new URL(given, document.baseURI).href : null;
      } catch {
        // Not an address: nothing to load.
      }
      const frameSrc = element.getAttribute('src');
      return {
        kind: script ? ('script' as const) : ('iframe' as const),
        category: (element.getAttribute('data-consent') ?? '').slice(0, 100),
        inert: script
          ? (element as HTMLScriptElement).type === 'text/plain'
          : !frameSrc || frameSrc === 'about:blank',
        src: src?.slice(0, 2048) ?? null,
      };
    });
  return {
    origin: location.origin,
    localStorage: keys('localStorage'),
    sessionStorage: keys('sessionStorage'),
    gated,
    metaCsp: document.querySelector('meta[http-equiv="content-security-policy" i]') !== null,
  };
}

// A stand-in for a real analytics provider such as Google Analytics 4, served from the
// site itself so the example runs offline. Like GA4 it sets `_ga` (the visitor id) and
// `_ga_<measurement id>` (the session) on the highest domain that accepts a cookie (so on
// www.example.test they land on example.test), sends a page view beacon to /collect, and
// keeps refreshing its session cookie while the page is open: exactly the behaviour that
// makes withdrawing consent hard, which @ddscp/consent has to cope with.
//
// Like gtag.js, it also reads Google Consent Mode commands from the `dataLayer`: while
// `analytics_storage` is denied it writes no cookie and sends nothing, so after a withdrawal
// it falls silent (and @ddscp/consent has deleted its cookies).
//
// It is only ever loaded by @ddscp/consent's script gating, after the visitor allows
// analytical cookies: see `<script type="text/plain" data-consent="analytical">` in the pages.
(() => {
  const measurementId = 'DEMO123';
  const twoYears = 2 * 365 * 24 * 60 * 60;

  /** The shortest parent domain that accepts a cookie, as GA's cookie_domain 'auto' does. */
  let cookieDomain;
  const findCookieDomain = () => {
    const labels = location.hostname.split('.');
    if (/^[\d.]+$/.test(location.hostname) || labels.length < 2) return '';
    for (let i = labels.length - 2; i > 0; i -= 1) {
      const candidate = labels.slice(i).join('.');
      // biome-ignore lint/suspicious/noDocumentCookie: analytics scripts write cookies this way; the example imitates one.
      document.cookie = `_ga_probe=1; path=/; domain=${candidate}`;
      if (document.cookie.includes('_ga_probe=1')) {
        // biome-ignore lint/suspicious/noDocumentCookie: as above.
        document.cookie = `_ga_probe=; path=/; domain=${candidate}; max-age=0`;
        return candidate;
      }
    }
    return '';
  };

  // Consent Mode, as gtag.js reads it: entries are the `arguments` of gtag('consent', …).
  let storageGranted = false;
  const readConsentCommand = (entry) => {
    if (entry && entry[0] === 'consent' && entry[2] && 'analytics_storage' in entry[2]) {
      storageGranted = entry[2].analytics_storage === 'granted';
    }
  };
  window.dataLayer = window.dataLayer ?? [];
  for (const entry of window.dataLayer) readConsentCommand(entry);
  const push = window.dataLayer.push.bind(window.dataLayer);
  window.dataLayer.push = (...entries) => {
    for (const entry of entries) readConsentCommand(entry);
    return push(...entries);
  };

  const setCookie = (name, value) => {
    if (!storageGranted) return;
    cookieDomain ??= findCookieDomain();
    const scope = cookieDomain ? `; domain=${cookieDomain}` : '';
    // biome-ignore lint/suspicious/noDocumentCookie: as above.
    document.cookie = `${name}=${value}; path=/; max-age=${twoYears}; SameSite=Lax${scope}`;
  };
  const readCookie = (name) =>
    document.cookie
      .split('; ')
      .find((pair) => pair.startsWith(`${name}=`))
      ?.slice(name.length + 1);

  const now = () => Math.floor(Date.now() / 1000);
  const clientId = readCookie('_ga') ?? `GA1.1.${Math.floor(Math.random() * 2 ** 31)}.${now()}`;
  setCookie('_ga', clientId);
  const refreshSession = () => setCookie(`_ga_${measurementId}`, `GS1.1.${now()}.1`);
  refreshSession();
  setInterval(refreshSession, 1000);

  const send = (event) => {
    if (!storageGranted) return;
    const body = new URLSearchParams({ cid: clientId, tid: measurementId, ...event });
    navigator.sendBeacon('/collect', body);
  };
  send({ en: 'page_view', dl: location.pathname });

  window.demoAnalytics = { send };
  window.dispatchEvent(new Event('demo-analytics-ready'));
})();

// Loaded first in the <head> of every measured page, the same file for every library. It
// records, in the page's own clock (performance.now(), from navigation start): when the
// banner is first rendered visible, the long tasks, the layout shifts, the first contentful
// paint, and when the visitor's click on Accept arrived (before any library saw it).
(() => {
  const selector = document.currentScript?.dataset.banner ?? '';
  const result = { bannerVisible: null, longTasks: [], cls: 0, fcp: null, clickAt: null };
  window.__bench = result;

  const observe = (type, onEntry) => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) onEntry(entry);
    }).observe({ type, buffered: true });
  };
  observe('longtask', (entry) =>
    result.longTasks.push({ start: entry.startTime, duration: entry.duration }),
  );
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) result.cls += entry.value;
  });
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') result.fcp = entry.startTime;
  });

  // Visible: in the page, laid out with a size, and neither display:none, visibility:hidden
  // nor opacity 0 on it or an ancestor. Checked on every DOM change and every frame, since a
  // CSS transition changes visibility without a DOM change.
  const check = () => {
    if (result.bannerVisible !== null) return true;
    const banner = document.querySelector(selector);
    if (
      banner?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      banner.getBoundingClientRect().height > 0
    ) {
      result.bannerVisible = performance.now();
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  const frame = () => {
    if (!check()) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  document.addEventListener(
    'click',
    () => {
      result.clickAt ??= performance.now();
    },
    true,
  );
})();

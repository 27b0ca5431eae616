/** How often, and for how long, to sweep again after clearing (1 s for a minute). */
const RESWEEP_INTERVAL_MS = 1000;
const RESWEEP_COUNT = 60;

interface CookieChange {
  readonly changed?: readonly { readonly name: string }[];
}

/**
 * Keeps declared cookies deleted while a script that already ran (and cannot be unloaded)
 * keeps writing them. Where the Cookie Store API exists (Chromium, Safari 18.4+; https pages), every
 * cookie write, including `document.cookie`, raises a `change` event and a matching name is
 * swept at once, for as long as the watch lasts. Everywhere, and for storage keys, which
 * raise no event in their own tab, `sweep` also runs every second for a minute; the next
 * page load sweeps before any gated script runs. Returns a function that stops watching.
 * For browsers only.
 */
export function keepCleared(isDeclared: (name: string) => boolean, sweep: () => void): () => void {
  const store = (globalThis as { cookieStore?: EventTarget }).cookieStore;
  const onChange = (event: Event) => {
    if ((event as CookieChange).changed?.some(({ name }) => isDeclared(name))) sweep();
  };
  store?.addEventListener('change', onChange);
  let sweeps = 0;
  const timer = setInterval(() => {
    sweep();
    if (++sweeps >= RESWEEP_COUNT) clearInterval(timer);
  }, RESWEEP_INTERVAL_MS);
  return () => {
    store?.removeEventListener('change', onChange);
    clearInterval(timer);
  };
}

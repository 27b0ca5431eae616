import type { ConsentManager } from '../browser/create-consent';
import type { ConsentCategory } from '../config/consent-config';

const GATED = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src]';

/**
 * Runs scripts and loads embeds only while their category is allowed. In the page they wait
 * as `<script type="text/plain" data-consent="analytical" src="…">` (or with inline code) and
 * `<iframe data-consent="analytical" data-src="…">`. When allowed, a waiting script is
 * replaced by a real one with the same attributes, its CSP nonce carried over (`data-type`
 * sets the new `type`, such as `module`); an iframe gets its `src` (http or https only). If
 * consent is withdrawn, iframes go back to `about:blank`; scripts that ran cannot be
 * unloaded (the manager keeps their cookies deleted).
 *
 * Elements added later anywhere under `root` are handled too. Returns a function that stops
 * watching. Does nothing outside a browser.
 *
 * @example
 * const stop = activateGatedElements(consent);
 */
export function activateGatedElements(
  manager: ConsentManager,
  root: ParentNode = globalThis.document,
): () => void {
  if (!root) return () => {};
  const apply = () => {
    for (const element of root.querySelectorAll(GATED)) {
      const allowed = manager.allows(element.getAttribute('data-consent') as ConsentCategory);
      if (element.localName === 'script') {
        if (allowed) runScript(element as HTMLScriptElement);
      } else showFrame(element as HTMLIFrameElement, allowed);
    }
  };
  apply();
  const unsubscribe = manager.subscribe(apply);
  // Any batch of added nodes re-runs one selector query: cheap, and it cannot miss a
  // gated element nested inside an added subtree.
  const observer = new MutationObserver(apply);
  observer.observe(root as Node, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    unsubscribe();
  };
}

/**
 * Replaces a waiting script with one the browser runs. A script made by `createElement`
 * runs when inserted; `async = false` keeps external scripts in document order, as authors
 * of several dependent tags expect, unless the original asked for `async`.
 */
function runScript(waiting: HTMLScriptElement): void {
  const script = document.createElement('script');
  for (const { name, value } of waiting.attributes)
    if (!/^(type|data-type|nonce)$/.test(name)) script.setAttribute(name, value);
  script.type = waiting.getAttribute('data-type') ?? '';
  // Browsers hide the nonce attribute from getAttribute once parsed; the property keeps it.
  script.nonce = waiting.nonce;
  script.async = waiting.hasAttribute('async');
  script.text = waiting.text;
  waiting.replaceWith(script);
}

/** Loads an embed's `data-src` (if it is a web address) when allowed, `about:blank` otherwise. */
function showFrame(frame: HTMLIFrameElement, allowed: boolean): void {
  let wanted = 'about:blank';
  try {
    const source = frame.getAttribute('data-src') as string;
    if (allowed && /^https?:$/.test(new URL(source, document.baseURI).protocol)) wanted = source;
  } catch {
    // Not a URL at all: the frame stays empty.
  }
  // A frame without `src` shows about:blank already.
  if ((frame.getAttribute('src') ?? 'about:blank') !== wanted) frame.setAttribute('src', wanted);
}

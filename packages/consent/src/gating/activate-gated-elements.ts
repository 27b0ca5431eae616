import type { ConsentManager } from '../browser/create-consent';

// Replaced by every bundler; see define-consent-config.ts.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** What waits for consent: the one category that can. */
const GATED = '[data-consent=analytical]:is(script[type="text/plain"],iframe[data-src])';
/** What is marked to wait but cannot, as nothing waits for any other category. */
const NOT_GATED =
  '[data-consent]:not([data-consent=analytical]):is(script[type="text/plain"],iframe[data-src])';

/** Options of {@link activateGatedElements}. */
export interface GatedElementsOptions {
  /** Where the gated elements are; default the whole document. */
  readonly root?: ParentNode;
  /**
   * The page's CSP nonce: only gated scripts that carry it run. Default: the nonce of the
   * script making this call (`document.currentScript`, a classic script), or none. Pass it when
   * calling from a module script under a nonce-based policy.
   */
  readonly nonce?: string | undefined;
  /**
   * Also handle gated elements added to the page after this call (a `MutationObserver`), under
   * the same nonce rule; default `false`. Turn it on only if your own code adds them.
   */
  readonly observe?: boolean | undefined;
}

/**
 * Runs scripts and loads embeds only while analytics is allowed. In the page they wait as
 * `<script type="text/plain" data-consent="analytical" src="…">` (or with inline code) and
 * `<iframe data-consent="analytical" data-src="…">`. When allowed, a waiting script is
 * replaced by a real one with the same attributes and its nonce (`data-type` sets the new
 * `type`, such as `module`); an iframe gets its `src` (http or https only). If consent is
 * withdrawn, iframes go back to `about:blank`; scripts that ran cannot be unloaded (the
 * manager keeps their cookies deleted).
 *
 * Only what the site itself put there runs, so markup injected into the page (an HTML
 * injection bug) cannot use this to run a script: a gated script runs only if its nonce is the
 * page's nonce (both empty on a page without a nonce-based CSP), and only the elements already
 * in the page at this call are handled, unless `observe` is on. `necessary` is not a category
 * that waits (necessary scripts need no consent: load them as ordinary scripts), nor is any
 * name other than `analytical`: such an element is an error in development and stays inert,
 * with a console warning, in production.
 *
 * Returns a function that stops it. Does nothing outside a browser.
 *
 * @example
 * const stop = activateGatedElements(consent);
 * // From a module script, under a nonce-based policy: the nonce of the site's own tag.
 * activateGatedElements(consent, { nonce: document.querySelector('script[src="/site.js"]')?.nonce });
 */
export function activateGatedElements(
  manager: ConsentManager,
  {
    root = globalThis.document,
    nonce = globalThis.document?.currentScript?.nonce ?? '',
    observe,
  }: GatedElementsOptions = {},
): () => void {
  if (!root) return () => {};
  for (const element of root.querySelectorAll(NOT_GATED)) {
    try {
      if (process.env.NODE_ENV !== 'production')
        throw new TypeError(
          `activateGatedElements: data-consent="${element.getAttribute('data-consent')}" is left inert: only "analytical" waits for consent (necessary scripts need none, so load them as ordinary scripts).`,
        );
    } catch (error) {
      // In a browser without a bundler there is no `process` to ask: warn, as in production.
      if (typeof process === 'object' || !(error instanceof ReferenceError)) throw error;
    }
    console.warn('activateGatedElements: inert, not data-consent="analytical":', element);
  }
  // What the site's own HTML put there; later additions only with `observe`.
  const present = root.querySelectorAll(GATED);
  try {
    if (process.env.NODE_ENV !== 'production')
      for (const element of present)
        if (
          element.localName === 'script' &&
          ((element as HTMLScriptElement).nonce || '') !== nonce
        )
          console.warn(
            `activateGatedElements: a gated script without the page's nonce is left inert${nonce ? '' : ' (no nonce was given: pass { nonce })'}.`,
            element,
          );
  } catch {}
  const apply = () => {
    const allowed = manager.allows('analytical');
    for (const element of observe ? root.querySelectorAll(GATED) : present)
      if (element.localName === 'iframe') showFrame(element as HTMLIFrameElement, allowed);
      // A script that ran was replaced, and is no longer in the page. One without the page's
      // nonce is not the site's: injected, or the nonce was forgotten. Neither ever runs.
      else if (
        allowed &&
        element.isConnected &&
        ((element as HTMLScriptElement).nonce || '') === nonce
      )
        runScript(element as HTMLScriptElement);
  };
  apply();
  const unsubscribe = manager.subscribe(apply);
  // Any batch of added nodes re-runs one selector query: cheap, and it cannot miss a
  // gated element nested inside an added subtree.
  const observer = observe ? new MutationObserver(apply) : undefined;
  observer?.observe(root as Node, { childList: true, subtree: true });
  return () => {
    observer?.disconnect();
    unsubscribe();
  };
}

/**
 * Replaces a waiting script with one the browser runs: a copy (with its attributes, its code
 * and its nonce, which browsers hide from getAttribute once parsed but copy with the element)
 * under the type `data-type` asks for. A script inserted by code runs when inserted, unlike a
 * parsed one; `async = false` keeps external scripts in document order, as authors of several
 * dependent tags expect, unless the original asked for `async`.
 */
function runScript(waiting: HTMLScriptElement): void {
  const script = waiting.cloneNode(true) as HTMLScriptElement;
  script.type = waiting.getAttribute('data-type') ?? '';
  script.removeAttribute('data-type');
  // Copied by browsers already; said again for DOMs that keep the nonce as a plain property.
  script.nonce = waiting.nonce;
  script.async = waiting.hasAttribute('async');
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

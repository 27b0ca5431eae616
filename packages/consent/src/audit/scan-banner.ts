// Finds the consent banner and measures its accept and reject controls, in the page (through
// Playwright's evaluate). This package's banner is known by its markup; any other by the
// text of its buttons (CHOICE_WORDS). It runs in the page: it must stay self-contained.
import type { Rgba } from './contrast';

/** How a control is built: a button, a link, or something else made clickable. */
export type ControlKind = 'button' | 'link' | 'other';

/** One of the banner's controls, as the browser laid it out and styled it. */
export interface ControlScan {
  /** Its accessible text, whitespace collapsed. */
  readonly text: string;
  readonly kind: ControlKind;
  /** Its box in the viewport, in CSS pixels. */
  readonly box: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly fontSize: number;
  readonly color: Rgba;
  /** Its own background, then those of its ancestors up to the root. */
  readonly backgrounds: readonly Rgba[];
  /** Its widest border, and that border's colour. */
  readonly borderWidth: number;
  readonly borderColor: Rgba;
  /** Entirely inside the viewport, without scrolling. */
  readonly inViewport: boolean;
  /** Another element is drawn over its centre. */
  readonly covered: boolean;
}

/** What the scan found. */
export interface BannerScan {
  /** Whether it is this package's banner (`.ddscp-cookie-banner`). */
  readonly ours: boolean;
  /** Whether a banner was found at all (a container with an accept control). */
  readonly found: boolean;
  readonly accept: ControlScan | null;
  /** The reject control on the banner as first shown, if any. */
  readonly reject: ControlScan | null;
  /** A control that opens more choices ("Manage cookies"), if any. */
  readonly settings: ControlScan | null;
  readonly viewport: { readonly width: number; readonly height: number };
}

/** The text patterns the scan uses (CHOICE_WORDS), as sources. */
export interface ScanWords {
  readonly reject: string;
  readonly accept: string;
  readonly settings: string;
  readonly cookies: string;
}

/**
 * Scans the page for the banner. `layer` `'first'` looks in the banner as first shown;
 * `'second'` (after the settings control was clicked) looks anywhere for a reject control.
 * Marks what it found with `data-ddscp-audit="banner|accept|reject|settings"` so the audit
 * can click it and axe can check it.
 */
export function scanBanner({
  words,
  layer,
}: {
  words: ScanWords;
  layer: 'first' | 'second';
}): BannerScan {
  const pattern = (source: string) => new RegExp(source, 'iu');
  const rejectWords = pattern(words.reject);
  const acceptWords = pattern(words.accept);
  const settingsWords = pattern(words.settings);
  const cookieWords = pattern(words.cookies);
  const MARK = 'data-ddscp-audit';

  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const paint = canvas.getContext('2d', { willReadFrequently: true });
  /** Any CSS colour (rgb, hsl, oklch, color()…) as sRGB 0-255 and alpha 0-1. */
  const rgba = (css: string): [number, number, number, number] => {
    if (!paint) return [0, 0, 0, 1];
    paint.clearRect(0, 0, 1, 1);
    paint.fillStyle = '#000';
    paint.fillStyle = css;
    paint.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = paint.getImageData(0, 0, 1, 1).data;
    return [r, g, b, Math.round((a / 255) * 1000) / 1000];
  };
  const parentOf = (node: Node): Element | null =>
    node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  const textOf = (element: Element) =>
    (
      element.getAttribute('aria-label') ||
      // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, without hidden parts, is what a visitor reads.
      (element as HTMLElement).innerText ||
      (element as HTMLInputElement).value ||
      element.getAttribute('title') ||
      ''
    )
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200);
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    );
  };
  const kindOf = (element: Element): ControlKind => {
    const role = element.getAttribute('role');
    if (role === 'button' || element.localName === 'button') return 'button';
    if (
      element.localName === 'input' &&
      /^(button|submit|reset)$/.test((element as HTMLInputElement).type)
    )
      return 'button';
    if (role === 'link' || (element.localName === 'a' && element.hasAttribute('href')))
      return 'link';
    return 'other';
  };
  /** Every element that could be a control, in document order, open shadow roots included. */
  const controls: Element[] = [];
  const SELECTOR = 'button,a[href],input[type=button],input[type=submit],[role=button],[role=link]';
  // At most 5,000 controls: a banner is near the top, and a huge page must not stall the scan.
  const collect = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (controls.length >= 5000) return;
      if (element.matches(SELECTOR)) controls.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(document);
  const composedContains = (outer: Element, inner: Node | null) => {
    for (
      let node: Node | null = inner;
      node;
      node = node instanceof Element ? parentOf(node) : node.parentNode
    )
      if (node === outer) return true;
    return false;
  };
  const deepElementAt = (x: number, y: number) => {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const measure = (element: Element): ControlScan => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const backgrounds: [number, number, number, number][] = [];
    for (let node: Element | null = element; node; node = parentOf(node))
      backgrounds.push(rgba(getComputedStyle(node).backgroundColor));
    const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
    const widest = sides.reduce((best, side) =>
      Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >
      Number.parseFloat(style.getPropertyValue(`border-${best.toLowerCase()}-width`))
        ? side
        : best,
    );
    const borderWidth =
      style.getPropertyValue(`border-${widest.toLowerCase()}-style`) === 'none'
        ? 0
        : Number.parseFloat(style.getPropertyValue(`border-${widest.toLowerCase()}-width`)) || 0;
    const inViewport =
      box.top >= -0.5 &&
      box.left >= -0.5 &&
      box.bottom <= innerHeight + 0.5 &&
      box.right <= document.documentElement.clientWidth + 0.5;
    const centre = deepElementAt(box.left + box.width / 2, box.top + box.height / 2);
    return {
      text: textOf(element),
      kind: kindOf(element),
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      fontSize: Number.parseFloat(style.fontSize) || 0,
      color: rgba(style.color),
      backgrounds,
      borderWidth,
      borderColor: rgba(style.getPropertyValue(`border-${widest.toLowerCase()}-color`)),
      inViewport,
      covered: inViewport && !composedContains(element, centre),
    };
  };
  const mark = (element: Element | null | undefined, name: string) =>
    element?.setAttribute(MARK, name);
  const viewport = { width: document.documentElement.clientWidth, height: innerHeight };
  // A new look at the banner as first shown forgets the last one; the second layer keeps the banner.
  const stale = layer === 'first' ? `[${MARK}]` : `[${MARK}="reject"]`;
  for (const element of document.querySelectorAll(stale)) element.removeAttribute(MARK);

  const ours = document.querySelector('.ddscp-cookie-banner');
  if (ours && visible(ours)) {
    const accept = ours.querySelector('button[value="accept"]');
    const reject = ours.querySelector('button[value="reject"]');
    if (accept && visible(accept)) {
      mark(ours, 'banner');
      mark(accept, 'accept');
      const shown = reject && visible(reject) ? reject : null;
      mark(shown, 'reject');
      return {
        ours: true,
        found: true,
        accept: measure(accept),
        reject: shown && measure(shown),
        settings: null,
        viewport,
      };
    }
  }

  const shown = controls.filter(visible);
  const choiceOf = (element: Element) => {
    const text = textOf(element);
    if (rejectWords.test(text)) return 'reject';
    if (acceptWords.test(text)) return 'accept';
    if (settingsWords.test(text)) return 'settings';
    return null;
  };
  if (layer === 'second') {
    const banner = document.querySelector(`[${MARK}="banner"]`);
    const candidates = shown.filter((element) => choiceOf(element) === 'reject');
    const reject =
      candidates.find((element) => element.closest('dialog,[role=dialog],[aria-modal=true]')) ??
      candidates.find((element) => banner && composedContains(banner, element)) ??
      candidates[0];
    mark(reject, 'reject');
    return {
      ours: false,
      found: true,
      accept: null,
      reject: reject ? measure(reject) : null,
      settings: null,
      viewport,
    };
  }

  /** A container that says it is a banner: by role, by being a dialog or pinned, or by its name. */
  const bannerLike = (element: Element) => {
    const role = element.getAttribute('role');
    const position = getComputedStyle(element).position;
    return (
      element.localName === 'dialog' ||
      role === 'dialog' ||
      role === 'alertdialog' ||
      role === 'region' ||
      position === 'fixed' ||
      position === 'sticky' ||
      cookieWords.test(
        `${element.id} ${element.getAttribute('class') ?? ''} ${element.getAttribute('aria-label') ?? ''}`,
      )
    );
  };
  for (const accept of shown) {
    if (choiceOf(accept) !== 'accept') continue;
    const own = textOf(accept);
    let about: Element | null = null;
    let container: Element | null = null;
    let node = parentOf(accept);
    for (
      let depth = 0;
      node && depth < 12 && node !== document.body && node !== document.documentElement;
      depth += 1
    ) {
      // biome-ignore lint/performance/useDomNodeTextContent: as above, the text as shown.
      const text = ((node as HTMLElement).innerText ?? '').replace(own, '');
      if (text.length > 4000) break;
      if (!about && cookieWords.test(text)) about = node;
      if (
        bannerLike(node) &&
        cookieWords.test(`${text} ${node.id} ${node.getAttribute('class') ?? ''}`)
      ) {
        container = node;
        break;
      }
      node = parentOf(node);
    }
    container ??= about;
    if (!container) continue;
    const inside = shown.filter((element) => composedContains(container as Element, element));
    const reject = inside.find((element) => choiceOf(element) === 'reject') ?? null;
    const settings =
      inside.find((element) => element !== accept && choiceOf(element) === 'settings') ?? null;
    mark(container, 'banner');
    mark(accept, 'accept');
    mark(reject, 'reject');
    mark(settings, 'settings');
    return {
      ours: false,
      found: true,
      accept: measure(accept),
      reject: reject && measure(reject),
      settings: settings && measure(settings),
      viewport,
    };
  }
  return { ours: false, found: false, accept: null, reject: null, settings: null, viewport };
}

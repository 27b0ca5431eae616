// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetPage } from '../../test/browser-page';
import { config } from '../../test/fixtures';
import { createConsent } from '../browser/create-consent';
import { activateGatedElements } from './activate-gated-elements';

/** Lets MutationObserver callbacks run. */
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Builds elements with setAttribute, as a page's parser would have. */
function element(tag: string, attributes: Record<string, string>, text = ''): HTMLElement {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.textContent = text;
  return created;
}

/**
 * A root outside the document for embeds: happy-dom never loads frames, and logs a failure
 * for every frame in the document that gets a `src`. Gating works the same on any root.
 */
function detachedRoot(...children: Element[]): HTMLElement {
  const root = element('div', {});
  root.append(...children);
  return root;
}

const waitingScripts = () => document.querySelectorAll('script[type="text/plain"]');
const runnableScripts = () =>
  [...document.querySelectorAll('script')].filter((script) => script.type !== 'text/plain');

/** Each test's watchers, stopped after it so they cannot act on the next test's page. */
const stops: (() => void)[] = [];
const activate = (...args: Parameters<typeof activateGatedElements>) => {
  const stop = activateGatedElements(...args);
  stops.push(stop);
  return stop;
};

beforeEach(() => {
  resetPage();
  document.body.replaceChildren();
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.unstubAllEnvs();
  resetPage();
});

describe('activateGatedElements', () => {
  it('leaves gated scripts and embeds waiting while analytics is not allowed', () => {
    const frame = element('iframe', {
      'data-consent': 'analytical',
      'data-src': 'https://player.example/embed',
    });
    document.body.append(
      element('script', { type: 'text/plain', 'data-consent': 'analytical', src: '/analytics.js' }),
    );
    const consent = createConsent(config);
    activate(consent);
    activate(consent, { root: detachedRoot(frame) });
    expect(waitingScripts()).toHaveLength(1);
    expect(frame.hasAttribute('src')).toBe(false);
  });

  it('runs an external script once allowed, with its attributes and in document order', () => {
    document.body.append(
      element('script', {
        type: 'text/plain',
        'data-consent': 'analytical',
        src: '/analytics.js',
        id: 'ga',
        crossorigin: 'anonymous',
      }),
    );
    const consent = createConsent(config);
    activate(consent);
    consent.acceptAll();
    expect(waitingScripts()).toHaveLength(0);
    const [script] = runnableScripts();
    expect(script?.getAttribute('src')).toBe('/analytics.js');
    expect(script?.id).toBe('ga');
    expect(script?.getAttribute('crossorigin')).toBe('anonymous');
    expect(script?.type).toBe('');
    expect(script?.async).toBe(false);
  });

  it('runs inline code, with the CSP nonce carried over, and honours data-type and async', () => {
    const waiting = element(
      'script',
      { type: 'text/plain', 'data-consent': 'analytical', 'data-type': 'module', async: '' },
      'window.analyticsRan = true;',
    ) as HTMLScriptElement;
    // Browsers hide a parsed nonce from getAttribute; only the property keeps it.
    waiting.nonce = 'r4nd0m';
    document.body.append(waiting);
    const consent = createConsent(config);
    consent.acceptAll();
    activate(consent, { nonce: 'r4nd0m' });
    const [script] = runnableScripts();
    expect(script?.text).toBe('window.analyticsRan = true;');
    expect(script?.nonce).toBe('r4nd0m');
    expect(script?.type).toBe('module');
    expect(script?.async).toBe(true);
  });

  it.each(['necessary', 'marketing', ''])(
    'refuses data-consent="%s" in development, naming the category that waits',
    (category) => {
      document.body.append(
        element('script', { type: 'text/plain', 'data-consent': category, src: '/gadget.js' }),
      );
      const consent = createConsent(config);
      consent.acceptAll();
      expect(() => activate(consent)).toThrow(
        `activateGatedElements: data-consent="${category}" is left inert: only "analytical" waits for consent`,
      );
      expect(waitingScripts()).toHaveLength(1);
    },
  );

  it('leaves necessary and unknown categories inert in production, with one warning each', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.append(
      element('script', { type: 'text/plain', 'data-consent': 'necessary', src: '/session.js' }),
      element('script', { type: 'text/plain', 'data-consent': 'marketing', src: '/ads.js' }),
      element('script', { type: 'text/plain', 'data-consent': 'analytical', src: '/ok.js' }),
    );
    const consent = createConsent(config);
    activate(consent);
    consent.acceptAll();
    consent.rejectAll();
    consent.acceptAll();
    expect(runnableScripts().map((script) => script.getAttribute('src'))).toEqual(['/ok.js']);
    expect(waitingScripts()).toHaveLength(2);
    expect(warn.mock.calls.map(([message, element]) => [message, element.dataset.consent])).toEqual(
      [
        ['activateGatedElements: inert, not data-consent="analytical":', 'necessary'],
        ['activateGatedElements: inert, not data-consent="analytical":', 'marketing'],
      ],
    );
    vi.unstubAllEnvs();
  });

  it('runs only the scripts that carry the page nonce, however the nonce is given', () => {
    const scripts = ['r4nd0m', 'guessed', ''].map((nonce, index) => {
      const script = element('script', {
        type: 'text/plain',
        'data-consent': 'analytical',
        src: `/${index}.js`,
      }) as HTMLScriptElement;
      script.nonce = nonce;
      return script;
    });
    document.body.append(...scripts);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const consent = createConsent(config);
    consent.acceptAll();
    activate(consent, { nonce: 'r4nd0m' });
    expect(runnableScripts().map((script) => script.getAttribute('src'))).toEqual(['/0.js']);
    expect(waitingScripts()).toHaveLength(2);
    // Development says why, once for each script left inert.
    consent.rejectAll();
    consent.acceptAll();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toContain("without the page's nonce is left inert");
  });

  it("runs no script with a nonce when the page's nonce was not given (a module script must pass it)", () => {
    const script = element('script', {
      type: 'text/plain',
      'data-consent': 'analytical',
      src: '/a.js',
    }) as HTMLScriptElement;
    script.nonce = 'r4nd0m';
    document.body.append(script);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const consent = createConsent(config);
    consent.acceptAll();
    activate(consent);
    expect(waitingScripts()).toHaveLength(1);
    expect(warn.mock.calls[0]?.[0]).toContain('no nonce was given: pass { nonce }');
  });

  it('loads an embed when allowed and empties it again on withdrawal', () => {
    const frame = element('iframe', {
      'data-consent': 'analytical',
      'data-src': 'https://player.example/embed',
    });
    const consent = createConsent(config);
    activate(consent, { root: detachedRoot(frame) });
    consent.acceptAll();
    expect(frame.getAttribute('src')).toBe('https://player.example/embed');
    consent.rejectAll();
    expect(frame.getAttribute('src')).toBe('about:blank');
  });

  it('never loads an embed address that is not http or https', () => {
    const frames = [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'http://[bad',
    ].map((source) => element('iframe', { 'data-consent': 'analytical', 'data-src': source }));
    const consent = createConsent(config);
    consent.acceptAll();
    activate(consent, { root: detachedRoot(...frames) });
    for (const frame of frames)
      expect(frame.getAttribute('src') ?? 'about:blank').toBe('about:blank');
  });

  it('leaves gated elements added later inert unless the site opts in', async () => {
    const consent = createConsent(config);
    consent.acceptAll();
    activate(consent);
    document.body.append(
      element('script', { type: 'text/plain', 'data-consent': 'analytical', src: '/late.js' }),
    );
    await mutationsDelivered();
    consent.rejectAll();
    consent.acceptAll();
    expect(waitingScripts()).toHaveLength(1);
  });

  it('handles gated elements added later, nested or not, with observe', async () => {
    const consent = createConsent(config);
    consent.acceptAll();
    activate(consent, { observe: true });
    const wrapper = element('div', {});
    wrapper.append(
      element('script', { type: 'text/plain', 'data-consent': 'analytical', src: '/late.js' }),
    );
    document.body.append(wrapper);
    await mutationsDelivered();
    expect(runnableScripts().map((script) => script.getAttribute('src'))).toEqual(['/late.js']);
  });

  it('holds added elements to the nonce rule too', async () => {
    const consent = createConsent(config);
    consent.acceptAll();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    activate(consent, { observe: true, nonce: 'r4nd0m' });
    const late = element('script', {
      type: 'text/plain',
      'data-consent': 'analytical',
      src: '/x.js',
    });
    document.body.append(late);
    await mutationsDelivered();
    expect(waitingScripts()).toHaveLength(1);
  });

  it('activates elements added while waiting once consent arrives, with observe', async () => {
    const consent = createConsent(config);
    activate(consent, { observe: true });
    document.body.append(
      element('script', { type: 'text/plain', 'data-consent': 'analytical', src: '/late.js' }),
    );
    await mutationsDelivered();
    expect(waitingScripts()).toHaveLength(1);
    consent.acceptAll();
    expect(waitingScripts()).toHaveLength(0);
  });

  it('runs each script once, however often the state changes', () => {
    document.body.append(
      element('script', { type: 'text/plain', 'data-consent': 'analytical', src: '/once.js' }),
    );
    const consent = createConsent(config);
    activate(consent);
    consent.acceptAll();
    consent.rejectAll();
    consent.acceptAll();
    expect(runnableScripts()).toHaveLength(1);
  });

  it('works within a given root only', () => {
    const inside = element('section', {});
    inside.append(
      element('script', { type: 'text/plain', 'data-consent': 'analytical', src: '/inside.js' }),
    );
    document.body.append(
      inside,
      element('script', { type: 'text/plain', 'data-consent': 'analytical', src: '/outside.js' }),
    );
    const consent = createConsent(config);
    consent.acceptAll();
    activate(consent, { root: inside });
    expect(runnableScripts().map((script) => script.getAttribute('src'))).toEqual(['/inside.js']);
  });

  it('stops: no more activation after the returned function is called', async () => {
    const consent = createConsent(config);
    const stop = activate(consent, { observe: true });
    stop();
    document.body.append(
      element('script', { type: 'text/plain', 'data-consent': 'analytical', src: '/late.js' }),
    );
    consent.acceptAll();
    await mutationsDelivered();
    expect(waitingScripts()).toHaveLength(1);
  });
});

// Runs in Node without a DOM: importing and using the package must not touch window or document.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { config } from './fixtures';

describe('server-side rendering', () => {
  it('runs in an environment without a DOM', () => {
    expect(typeof document).toBe('undefined');
  });

  it('imports the browser entry without touching window or document', async () => {
    const consent = await import('../src/index');
    expect(typeof consent.createConsent).toBe('function');
  });

  it('lets the manager run during rendering: undecided, storing nothing', async () => {
    const { activateGatedElements, connectGoogleConsentMode, createAnalytics, createConsent } =
      await import('../src/index');
    const manager = createConsent(config);
    expect(manager.state).toEqual({
      decided: false,
      necessary: true,
      analytical: false,
      policyVersion: 3,
    });
    expect(manager.acceptAll().analytical).toBe(true);
    expect(manager.reset().decided).toBe(false);
    activateGatedElements(manager)();
    connectGoogleConsentMode(manager)();
    createAnalytics(manager, { load: () => () => {} }).stop();
  });

  it('renders the banner, the cookies page and the head script tag from @ddscp/consent/ui without a DOM', async () => {
    const ui = await import('../src/ui');
    const { readConsent } = await import('../src/server');
    const { createConsent } = await import('../src/index');
    const state = readConsent(config, 'ddscp_consent=junk');
    const banner = ui.renderConsentBannerHtml(config, state, { serviceName: 'DDSCP' });
    expect(banner).toContain('<h2>Cookies on DDSCP</h2>');
    expect(banner).toContain('value="accept">Accept analytics cookies</button>');
    expect(banner).toContain('value="reject">Reject analytics cookies</button>');
    expect(ui.renderCookiePreferencesHtml(config, state, { text: ui.cy })).toContain(
      'Cwcis angenrheidiol',
    );
    expect(ui.renderConsentHeadScriptHtml(config)).toContain('data-policy-version="3"');
    // Called during rendering by mistake, the banner's browser side does nothing.
    ui.mountConsentBanner(createConsent(config), { serviceName: 'DDSCP' })();
  });

  /** A built entry with every chunk it imports, which must all be the package's own files. */
  const bundleOf = (entry: string): string => {
    const seen = new Set<string>();
    const visit = (file: string): string => {
      if (seen.has(file)) return '';
      seen.add(file);
      const code = readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
      const imports = [...code.matchAll(/from\s+['"]([^'"]+)['"]/g)].map(
        (match) => match[1] as string,
      );
      for (const specifier of imports) expect(specifier).toMatch(/^\.\/[\w-]+\.js$/);
      return code + imports.map((specifier) => visit(specifier.slice(2))).join('');
    };
    return visit(entry);
  };

  it('builds a server entry that never loads DOM code', () => {
    expect(bundleOf('server.js')).not.toMatch(
      /document\.|window\.|navigator\.|MutationObserver|localStorage/,
    );
  });

  it('builds a UI entry that never touches cookies or storage and renders in Node as it is', async () => {
    expect(bundleOf('ui.js')).not.toMatch(/document\.cookie|localStorage/);
    const built = await import(new URL('../dist/ui.js', import.meta.url).href);
    expect(built.renderConsentBannerHtml(config, undefined, { serviceName: 'DDSCP' })).toContain(
      'Cookies on DDSCP',
    );
  });
});

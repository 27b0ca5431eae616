// @vitest-environment happy-dom
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHtml, resetPage } from '../../test/browser-page';
import { config } from '../../test/fixtures';
import { createConsent } from '../browser/create-consent';
import { connectConsentBanner } from './banner/connect-consent-banner';
import { renderConsentBannerHtml } from './banner/render-consent-banner-html';
import { connectCookiePreferences } from './preferences/connect-cookie-preferences';
import { renderCookiePreferencesHtml } from './preferences/render-cookie-preferences-html';

beforeEach(() => {
  resetPage();
  document.body.replaceChildren();
});
afterEach(() => resetPage());

describe('connectConsentBanner and connectCookiePreferences', () => {
  it('run the markup the server or the build put in the page', () => {
    document.body.append(
      ...parseHtml(
        renderConsentBannerHtml(config, undefined, { serviceName: 'DDSCP' }) +
          `<div id="settings">${renderCookiePreferencesHtml(config, undefined)}</div>`,
      ).childNodes,
    );
    const consent = createConsent(config);
    connectConsentBanner(consent);
    connectCookiePreferences(consent, document.getElementById('settings') as HTMLElement);
    document.querySelector<HTMLButtonElement>('button[value=reject]')?.click();
    expect(consent.state).toMatchObject({ decided: true, analytical: false, method: 'banner' });
    expect(document.querySelector<HTMLInputElement>('input[value=no]')?.checked).toBe(true);
  });

  it('draw nothing where the page has no markup; a missing form is a mistake worth a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const consent = createConsent(config);
    connectConsentBanner(consent)();
    connectCookiePreferences(consent, document.body)();
    expect(document.body.children).toHaveLength(0);
    // A server leaves the banner out for a visitor who decided: no warning for that.
    expect(warn.mock.calls.map(([message]) => (message as string).split(':')[0])).toEqual([
      'connectCookiePreferences',
    ]);
  });

  it('carry neither the strings nor the markup code, as a bundler builds them for production', async () => {
    const bundle = async (names: string) => {
      const built = await build({
        stdin: {
          contents: `export { ${names} } from './src/ui.ts';`,
          // A path, not `new URL`: under happy-dom URL is happy-dom's.
          resolveDir: join(dirname(fileURLToPath(import.meta.url)), '../..'),
          loader: 'ts',
        },
        bundle: true,
        minify: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"production"' },
      });
      return built.outputFiles[0]?.text ?? '';
    };
    const connect = await bundle('connectConsentBanner, connectCookiePreferences');
    const mount = await bundle('mountConsentBanner, mountCookiePreferences');
    for (const text of ['Accept analytics cookies', 'Necessary cookies', 'createElement'])
      expect([connect.includes(text), mount.includes(text)]).toEqual([false, true]);
    expect(connect.length).toBeLessThan(mount.length / 3);
  });
});

// @vitest-environment happy-dom
// Keeps the README honest: every ```ts block is written out under its title, type-checked
// against the built package as a user would import it, and run.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineConsentConfig } from '../src/config/define-consent-config';
import { parseHtml, resetPage } from './browser-page';
import { blocks, dropInHtml, html, packageDir, readme, writeBlocks } from './readme-blocks';

const { dir: blocksDir, remove } = writeBlocks('.readme-blocks');

beforeAll(() => resetPage());
afterAll(() => {
  remove();
  resetPage();
});

describe('the README', () => {
  it('has the examples this test expects', () => {
    expect(blocks.map((block) => block.file)).toEqual(
      expect.arrayContaining([
        'consent.config.ts',
        'main.ts',
        'server.ts',
        'site.ts',
        'build-html.ts',
        'cookies-route.ts',
        'welsh.ts',
        'records.ts',
        'proof-export.ts',
        'from-json.ts',
        'gating-with-a-nonce.ts',
      ]),
    );
    expect(html).toContain('data-consent="analytical"');
  });

  it('type-checks as a user of the published package would compile it', () => {
    const { config } = ts.readConfigFile(join(packageDir, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, packageDir);
    const program = ts.createProgram(
      blocks.map((block) => join(blocksDir, block.file)),
      { ...options, noEmit: true, types: ['node'] },
    );
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 30_000);

  it('runs the browser example: Consent Mode default first, gated scripts waiting, then running', async () => {
    const posted = vi.fn(
      async (_url: string, _init?: RequestInit) => new Response(null, { status: 204 }),
    );
    const beacons = vi.fn((_url: string, _data: string) => true);
    vi.stubGlobal('fetch', posted);
    Object.defineProperty(navigator, 'sendBeacon', { value: beacons, configurable: true });
    // The README's own markup, parsed as the page would be; it is trusted test input.
    document.body.innerHTML = html;
    const { consent } = await import(join(blocksDir, 'main.ts'));
    const layer = (window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer;
    expect(Array.from(layer[0] as ArrayLike<unknown>).slice(0, 2)).toEqual(['consent', 'default']);
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(3);
    expect(beacons).not.toHaveBeenCalled();
    consent.acceptAll({ method: 'banner' });
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(0);
    expect(document.documentElement.dataset.analytics).toBe('on');
    expect(posted).toHaveBeenCalledWith(
      '/consent-records',
      expect.objectContaining({ method: 'POST' }),
    );
    expect(JSON.parse(posted.mock.calls[0]?.[1]?.body as string)).toMatchObject({
      analytical: true,
      method: 'banner',
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(beacons).toHaveBeenCalledWith(
      '/collect',
      JSON.stringify({ name: 'page_view', path: '/reviews/theo' }),
    );
    vi.unstubAllGlobals();
  });

  it('runs the server example over real HTTP', async () => {
    const { server, records } = await import(join(blocksDir, 'server.ts'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const reply = await new Promise<{ status: number; setCookie: string[] }>(
        (resolve, reject) => {
          const outgoing = request(
            {
              host: '127.0.0.1',
              port,
              method: 'POST',
              path: '/cookies',
              headers: { Host: 'www.example.gov.uk', Cookie: '_ga=GA1.1.1' },
            },
            (res) => {
              res.resume();
              res.on('end', () =>
                resolve({
                  status: res.statusCode ?? 0,
                  setCookie: res.headers['set-cookie'] ?? [],
                }),
              );
            },
          );
          outgoing.on('error', reject);
          outgoing.end('analytical=no');
        },
      );
      expect(reply.status).toBe(303);
      expect(reply.setCookie[0]).toMatch(/^ddscp_consent=2\.0\.1\./);
      expect(reply.setCookie.slice(1).every((header) => header.startsWith('_ga=;'))).toBe(true);
      expect(records).toHaveLength(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('runs the static-site example: the banner and cookies page in the HTML, taken over', async () => {
    resetPage();
    const { banner, cookieSettings, headScript } = await import(join(blocksDir, 'build-html.ts'));
    expect(headScript).toBe(
      '<script src="/consent-head.js" data-cookie="ddscp_consent" data-policy-version="1" data-max-age-days="365" data-respect-gpc="true"></script>',
    );
    // The README's head script tag shows the same settings.
    expect(readme).toContain(headScript);
    document.body.replaceChildren(
      ...parseHtml(`${banner}<main><div id="cookie-settings">${cookieSettings}</div></main>`)
        .childNodes,
    );
    const { consent } = await import(join(blocksDir, 'site.ts'));
    expect(document.querySelectorAll('.ddscp-cookie-banner')).toHaveLength(1);
    expect(document.querySelectorAll('.ddscp-cookie-preferences')).toHaveLength(1);
    (document.querySelector('.ddscp-cookie-banner button') as HTMLButtonElement).click();
    expect(consent.state).toMatchObject({ analytical: true, method: 'banner' });
    expect(document.activeElement?.textContent).toContain('You’ve accepted analytics cookies.');
    expect(
      (document.querySelector('#cookie-settings input[value=yes]') as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('runs the Welsh example', async () => {
    const { baner, banner, configCy, cwcis } = await import(join(blocksDir, 'welsh.ts'));
    const { config } = await import(join(blocksDir, 'consent.config.ts'));
    expect(baner).toContain('aria-label="Cwcis ar DDSCP"');
    expect(cwcis).toContain('<td>Yn cadw cyflwr y sesiwn</td>');
    // Only the descriptions differ from the English policy.
    expect({ ...configCy, categories: undefined }).toEqual({ ...config, categories: undefined });
    expect(baner).toContain('href="/cwcis"');
    expect(banner).toContain('We’d like to count visits to improve this site.');
  });

  it('gives a page template a drop-in snippet whose JSON is a valid configuration', async () => {
    const page = parseHtml(dropInHtml);
    const json = page.querySelector('script#ddscp-consent-config[type="application/json"]');
    const config = defineConsentConfig(JSON.parse(json?.textContent ?? ''));
    expect(config.categories.analytical.cookies[1]?.name).toEqual(/^_ga_/);
    expect(config.ui?.serviceName).toBe('DDSCP');
    // The style sheet first, then the configuration, then the file that reads it.
    expect([...page.children].map((element) => element.localName)).toEqual([
      'link',
      'script',
      'script',
    ]);
    expect(page.querySelector('script[src]')?.getAttribute('src')).toMatch(/\/browser\.js$/);
    const { fromJson } = await import(join(blocksDir, 'from-json.ts'));
    expect(fromJson.categories.analytical.cookies[0].name).toEqual(/^_ga_/);
  });

  it("runs the nonce example: the page nonce from the site's own tag", async () => {
    resetPage();
    document.head.replaceChildren(
      ...parseHtml('<script type="module" src="/site.js"></script>').childNodes,
    );
    (document.head.firstElementChild as HTMLScriptElement).nonce = 'r4nd0m';
    document.body.replaceChildren(
      ...parseHtml(
        '<script type="text/plain" data-consent="analytical">window.gatedRan = 1</script>',
      ).childNodes,
    );
    (document.body.firstElementChild as HTMLScriptElement).nonce = 'r4nd0m';
    await import(join(blocksDir, 'gating-with-a-nonce.ts'));
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(1);
    document.head.replaceChildren();
  });

  it('runs every other block', async () => {
    for (const { file } of blocks.filter((block) => block.file.startsWith('block-'))) {
      await import(join(blocksDir, file));
    }
  });
});

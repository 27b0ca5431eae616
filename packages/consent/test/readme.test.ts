// @vitest-environment happy-dom
// Keeps the README honest: every ```ts block is written out under its title, type-checked
// against the built package as a user would import it, and run.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetPage } from './browser-page';

// A string, not `new URL`: in this environment URL is happy-dom's, which Node's helpers refuse.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const blocksDir = join(packageDir, '.readme-blocks');
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

/** The README's TypeScript blocks, each under its `title` (or a numbered name). */
const blocks = [...readme.matchAll(/```ts(?: title="([^"]+)")?\n([\s\S]*?)```/g)].map(
  (match, index) => ({
    file: match[1] ?? `block-${index}.ts`,
    code: match[2] as string,
  }),
);
/** The README's HTML example, as a page would carry it. */
const html = /```html\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

beforeAll(() => {
  resetPage();
  mkdirSync(blocksDir, { recursive: true });
  for (const { file, code } of blocks) writeFileSync(join(blocksDir, file), code);
});
afterAll(() => {
  rmSync(blocksDir, { recursive: true, force: true });
  resetPage();
});

describe('the README', () => {
  it('has the examples this test expects', () => {
    expect(blocks.map((block) => block.file)).toEqual(
      expect.arrayContaining(['consent.config.ts', 'main.ts', 'server.ts']),
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
      expect(reply.setCookie[0]).toMatch(/^ddscp_consent=1\.0\.1\./);
      expect(reply.setCookie.slice(1).every((header) => header.startsWith('_ga=;'))).toBe(true);
      expect(records).toHaveLength(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('runs every other block', async () => {
    for (const { file } of blocks.filter((block) => block.file.startsWith('block-'))) {
      await import(join(blocksDir, file));
    }
  });
});

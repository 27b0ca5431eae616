// Runs the README's server-rendering example in Node as a server would: fetch Requests in,
// Responses and HTML out, through the no-JavaScript round trip.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBlocks } from './readme-blocks';

const { dir, remove } = writeBlocks('.readme-blocks-server');
afterAll(remove);

const SITE = 'https://www.example.gov.uk';
const route = () => import(join(dir, 'cookies-route.ts'));
const post = (fields: Record<string, string>, cookie = '') =>
  new Request(`${SITE}/cookies`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { cookie },
  });
/** The `name=value` parts of a response's Set-Cookie headers. */
const cookiesOf = (response: Response) =>
  response.headers.getSetCookie().map((header) => header.split(';')[0] as string);

describe('the README’s server-rendering example', () => {
  it('renders the banner for a visitor who has not decided, with the page to come back to', async () => {
    const { bannerFor } = await route();
    const html: string = bannerFor(new Request(`${SITE}/reviews`));
    expect(html).toContain('<h2>Cookies on DDSCP</h2>');
    expect(html).toContain('<input type="hidden" name="return" value="/reviews">');
  });

  it('stores a refusal from the banner, deletes analytics cookies, and confirms on the same page', async () => {
    const { bannerFor, saveConsent } = await route();
    const response: Response = await saveConsent(
      post({ analytical: 'reject', return: '/reviews' }, '_ga=GA1.1.1'),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/reviews?cookies=saved');
    const [consent, ...deleted] = cookiesOf(response);
    expect(consent).toMatch(/^ddscp_consent=2\.0\.1\./);
    expect(response.headers.getSetCookie()[0]).toContain('; Secure');
    expect(deleted.length).toBeGreaterThan(0);
    expect(deleted.every((cookie) => cookie === '_ga=')).toBe(true);

    const headers = { cookie: consent as string };
    const confirmed: string = bannerFor(new Request(`${SITE}/reviews?cookies=saved`, { headers }));
    expect(confirmed).toContain('You’ve rejected analytics cookies.');
    // The question is hidden; the confirmation shows.
    expect(confirmed).toMatch(/<form class="ddscp-cookie-banner__message" hidden /);
    expect(bannerFor(new Request(`${SITE}/reviews`, { headers }))).toBe('');
  });

  it('keeps a save from the cookies page on the cookies page, with the success message', async () => {
    const { cookieSettingsFor, saveConsent } = await route();
    const response: Response = await saveConsent(post({ analytical: 'yes' }));
    expect(response.headers.get('location')).toBe('/cookies?cookies=saved');
    const headers = { cookie: cookiesOf(response)[0] as string };
    const html: string = cookieSettingsFor(
      new Request(`${SITE}/cookies?cookies=saved`, { headers }),
    );
    expect(html).toContain('value="yes" required checked>');
    expect(html).toMatch(/<div class="ddscp-notification" role="alert"[^>]*>/);
    expect(html).not.toMatch(/<div class="ddscp-notification"[^>]* hidden[ >]/);
  });

  it('never redirects to another site, whatever the form says', async () => {
    const { saveConsent } = await route();
    for (const back of [
      '//evil.example/',
      'https://evil.example/',
      '/\\evil.example',
      '/.//evil.example',
      '/reviews/..//evil.example',
      '/\t/evil.example',
      'javascript:x',
    ]) {
      const response: Response = await saveConsent(post({ analytical: 'accept', return: back }));
      expect(response.headers.get('location')).toBe('/?cookies=saved');
    }
  });

  it('refuses a form posted from another site, and takes one from its own pages', async () => {
    const { saveConsent } = await route();
    const from = (origin: string) =>
      new Request(`${SITE}/cookies`, {
        method: 'POST',
        body: new URLSearchParams({ analytical: 'accept', return: '/reviews' }),
        headers: { origin },
      });
    const refused: Response = await saveConsent(from('https://evil.example'));
    expect(refused.status).toBe(403);
    expect(refused.headers.getSetCookie()).toEqual([]);
    expect((await saveConsent(from(SITE))).status).toBe(303);
  });

  it('keeps the visitor’s id when they change their mind', async () => {
    const { saveConsent } = await route();
    const first = cookiesOf(await saveConsent(post({ analytical: 'yes' })))[0] as string;
    const again = cookiesOf(await saveConsent(post({ analytical: 'no' }, first)))[0] as string;
    // The visitor's id (the sixth field) stays; the decision id (the seventh) is new.
    expect(again.split('.')[5]).toBe(first.split('.')[5]);
    expect(again.split('.')[6]).not.toBe(first.split('.')[6]);
    expect(again).not.toBe(first);
  });

  it('answers a form it cannot read with 400 and the reason', async () => {
    const { saveConsent } = await route();
    const response: Response = await saveConsent(post({ analytical: 'maybe' }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('"analytical" field is "maybe"');
  });
});

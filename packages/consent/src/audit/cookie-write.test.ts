import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callerFromStack, parseCookieWrite } from './cookie-write';

const NOW = 1_800_000_000;

describe('parseCookieWrite', () => {
  it('reads the name, the domain and the lifetime, Max-Age winning over Expires', () => {
    expect(
      parseCookieWrite(
        '_ga=GA1.1.1; path=/; Domain=.Example.gov.uk; max-age=63072000; SameSite=Lax',
        NOW,
      ),
    ).toEqual({
      name: '_ga',
      domain: 'example.gov.uk',
      expires: NOW + 63_072_000,
      deletion: false,
    });
    expect(
      parseCookieWrite('a=1; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Max-Age=60', NOW)?.expires,
    ).toBe(NOW + 60);
    expect(parseCookieWrite('a=1; Expires=Wed, 21 Oct 2037 07:28:00 GMT', NOW)?.expires).toBe(
      2139722880,
    );
    expect(parseCookieWrite(' session = x ', NOW)).toEqual({ name: 'session', deletion: false });
  });

  it('sees deletions: Max-Age of 0 or less, or an Expires in the past', () => {
    expect(parseCookieWrite('_ga=; max-age=0', NOW)?.deletion).toBe(true);
    expect(parseCookieWrite('_ga=; Max-Age=-1', NOW)?.deletion).toBe(true);
    expect(parseCookieWrite('_ga=; expires=Thu, 01 Jan 1970 00:00:00 GMT', NOW)?.deletion).toBe(
      true,
    );
    expect(parseCookieWrite('_ga=x; expires=not a date', NOW)).toEqual({
      name: '_ga',
      deletion: false,
    });
  });

  it('gives nothing for a write without a name', () => {
    expect(parseCookieWrite('', NOW)).toBeUndefined();
    expect(parseCookieWrite('value-only', NOW)).toBeUndefined();
    expect(parseCookieWrite('=x', NOW)).toBeUndefined();
  });

  it('never throws, whatever a page writes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const write = parseCookieWrite(text, NOW);
        if (write) expect(write.name.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('callerFromStack', () => {
  it('takes the first frame with a web address, past the audit’s own wrapper', () => {
    const stack = `Error
    at Object.set [as cookie] (<anonymous>:41:9)
    at setCookie (https://www.example.gov.uk/analytics.js?v=2:12:30)
    at https://www.example.gov.uk/reviews:3:5`;
    expect(callerFromStack(stack)).toEqual({
      url: 'https://www.example.gov.uk/analytics.js?v=2',
      line: 12,
      column: 30,
    });
    expect(callerFromStack('Error\n    at http://127.0.0.1:8080/:14:7')).toEqual({
      url: 'http://127.0.0.1:8080/',
      line: 14,
      column: 7,
    });
  });

  it('gives null when no frame names a script', () => {
    expect(callerFromStack('Error\n    at <anonymous>:1:1')).toBeNull();
    expect(callerFromStack('')).toBeNull();
  });
});

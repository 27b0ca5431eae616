import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuditError } from './audit-error';
import { parseAllowedHost, trafficRules } from './traffic';

describe('trafficRules', () => {
  const site = trafficRules('https://www.example.gov.uk', [
    'cdn.example.net',
    '*.analytics.example',
    'stats.example:8443',
  ]);

  it('allows the site’s own origin, its WebSockets, and data: and blob: addresses', () => {
    expect(site.allows('https://www.example.gov.uk/reviews?page=2')).toBe(true);
    expect(site.allows('wss://www.example.gov.uk/live')).toBe(true);
    expect(site.allows('data:image/png;base64,AAAA')).toBe(true);
    expect(site.allows('blob:https://www.example.gov.uk/1')).toBe(true);
  });

  it('allows the hosts named, on any port or the one given, and the hosts below a *.', () => {
    expect(site.allows('https://cdn.example.net/lib.js')).toBe(true);
    expect(site.allows('http://cdn.example.net:8080/lib.js')).toBe(true);
    expect(site.allows('https://eu.analytics.example/collect')).toBe(true);
    expect(site.allows('https://analytics.example/collect')).toBe(false);
    expect(site.allows('https://stats.example:8443/')).toBe(true);
    expect(site.allows('https://stats.example/')).toBe(false);
  });

  it('refuses everything else: other hosts, the site over another scheme or port, other schemes', () => {
    expect(site.allows('https://example.gov.uk/')).toBe(false);
    expect(site.allows('http://www.example.gov.uk/')).toBe(false);
    expect(site.allows('https://www.example.gov.uk:8443/')).toBe(false);
    expect(site.allows('https://cdn.example.net.evil.example/')).toBe(false);
    expect(site.allows('ftp://www.example.gov.uk/')).toBe(false);
    expect(site.allows('not a url')).toBe(false);
  });

  it('allows tunnels to the site’s host and port and to the hosts named only', () => {
    expect(site.allowsTunnel('www.example.gov.uk', 443)).toBe(true);
    expect(site.allowsTunnel('WWW.EXAMPLE.GOV.UK', 443)).toBe(true);
    expect(site.allowsTunnel('www.example.gov.uk', 8443)).toBe(false);
    expect(site.allowsTunnel('cdn.example.net', 443)).toBe(true);
    expect(site.allowsTunnel('accounts.google.com', 443)).toBe(false);
  });

  it('never lets through a host that is neither the site’s nor named', () => {
    const rules = trafficRules('http://127.0.0.1:8080', ['cdn.example.net']);
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const { hostname } = new URL(url);
        if (hostname !== 'cdn.example.net' && !url.startsWith('http://127.0.0.1:8080/'))
          expect(rules.allows(url)).toBe(false);
      }),
    );
  });
});

describe('parseAllowedHost', () => {
  it('reads host names, ports, wildcards and bracketed IPv6 addresses', () => {
    expect(parseAllowedHost('CDN.example.net')).toEqual({
      host: 'cdn.example.net',
      subdomains: false,
    });
    expect(parseAllowedHost('*.example.net:8443')).toEqual({
      host: 'example.net',
      port: 8443,
      subdomains: true,
    });
    expect(parseAllowedHost('[::1]:3000')).toEqual({
      host: '[::1]',
      port: 3000,
      subdomains: false,
    });
  });

  it.each([
    '',
    'https://cdn.example.net',
    'cdn.example.net/path',
    'a..b',
    'host:0',
    'host:70000',
    '*',
  ])('refuses %j, quoting it', (value) => {
    expect(() => parseAllowedHost(value)).toThrow(AuditError);
    expect(() => parseAllowedHost(value)).toThrow(`found ${JSON.stringify(value)}`);
  });
});

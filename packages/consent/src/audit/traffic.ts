import { AuditError } from './audit-error';

/**
 * Which hosts the audit's browser may reach: the site's own origin, and the hosts named with
 * `--allow-host` (`cdn.example.gov.uk`, `cdn.example.gov.uk:8443`, or `*.example.gov.uk` for
 * every host below it). Everything else is refused before it leaves the machine.
 */
export interface TrafficRules {
  /** The site's origin, such as `https://www.example.gov.uk`. */
  readonly origin: string;
  /** Whether the browser may send a request to `url`. */
  allows(url: string): boolean;
  /** Whether the browser may open a tunnel (`CONNECT`) to `host` and `port`. */
  allowsTunnel(host: string, port: number): boolean;
}

interface HostRule {
  readonly host: string;
  readonly port?: number;
  readonly subdomains: boolean;
}

/** Reads `--allow-host` values; a malformed one throws an {@link AuditError} that quotes it. */
export function parseAllowedHost(value: string): HostRule {
  const match =
    /^(\*\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i.exec(
      value.trim(),
    );
  const port = match?.[3] === undefined ? undefined : Number(match[3]);
  if (!match || (port !== undefined && (port < 1 || port > 65535)))
    throw new AuditError(
      'invalid-option',
      `--allow-host must be a host name such as cdn.example.gov.uk, *.example.gov.uk or cdn.example.gov.uk:8443; found ${JSON.stringify(value.slice(0, 80))}.`,
    );
  return {
    host: (match[2] as string).toLowerCase(),
    ...(port !== undefined && { port }),
    subdomains: match[1] !== undefined,
  };
}

/** The rules for a site at `origin` and the allowed hosts. */
export function trafficRules(origin: string, allowedHosts: readonly string[]): TrafficRules {
  const site = new URL(origin);
  const rules = allowedHosts.map(parseAllowedHost);
  const defaultPort = (protocol: string) => (/^(https|wss):$/.test(protocol) ? 443 : 80);
  const sitePort = Number(site.port) || defaultPort(site.protocol);
  const named = (host: string, port: number) =>
    rules.some(
      (rule) =>
        (rule.port === undefined || rule.port === port) &&
        (rule.subdomains ? host.endsWith(`.${rule.host}`) : host === rule.host),
    );
  return {
    origin: site.origin,
    allows(url) {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        return false;
      }
      // data: and blob: never leave the browser; anything else that is not the web is refused.
      if (target.protocol === 'data:' || target.protocol === 'blob:') return true;
      if (!/^(https?|wss?):$/.test(target.protocol)) return false;
      // A WebSocket to the site's own host and port belongs to it (ws: is http:, wss: is https:).
      const web = target.protocol.replace(/^ws/, 'http');
      if (`${web}//${target.host}` === site.origin) return true;
      // The site's own host over another scheme or port is another origin: only if named.
      return named(
        target.hostname.toLowerCase(),
        Number(target.port) || defaultPort(target.protocol),
      );
    },
    allowsTunnel(host, port) {
      const name = host.toLowerCase();
      return (name === site.hostname && port === sitePort) || named(name, port);
    },
  };
}

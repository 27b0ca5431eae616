import type { ConsentConfig, ConsentConfigInput } from '../config/consent-config';
import { AuditError } from './audit-error';

/** How {@link auditSite} runs; every setting has a documented default and a bound. */
export interface AuditOptions {
  /**
   * The site's consent configuration: what `defineConsentConfig` returns, or its input.
   * Without it, the audit reads the page's drop-in configuration
   * (`<script type="application/json" id="ddscp-consent-config">`).
   */
  readonly config?: ConsentConfig | ConsentConfigInput;
  /** How many pages the start page links to are visited in each phase: 0 to 50, default 5. */
  readonly pages?: number;
  /**
   * Hosts besides the site's own origin that the browser may reach (`cdn.example.gov.uk`,
   * `*.example.gov.uk`, `host:8443`). Everything else is blocked, and reported.
   */
  readonly allowHosts?: readonly string[];
  /** The whole audit's time limit in milliseconds: default 180,000 (3 minutes), at most 1 hour. */
  readonly timeoutMs?: number;
  /** How long one page may take to load, in milliseconds: default 20,000. */
  readonly pageTimeoutMs?: number;
  /** How long each page is watched after it loaded, in milliseconds: default 1,000, at most 30,000. */
  readonly settleMs?: number;
  /** How many redirects a page may take: default 5, at most 20 (Chromium's own limit). */
  readonly maxRedirects?: number;
  /** The Chromium or Chrome to drive; default `CHROMIUM_PATH`, then Playwright's, then a system one. */
  readonly chromiumPath?: string;
  /** Stops the audit (it then throws an `AuditError` with code `aborted`). */
  readonly signal?: AbortSignal;
  /** Told what the audit is doing, a few times a minute (for a progress line). */
  readonly onProgress?: (message: string) => void;
}

/** The options with their defaults, checked. */
export interface AuditSettings {
  readonly url: string;
  readonly origin: string;
  readonly pages: number;
  readonly allowHosts: readonly string[];
  readonly timeoutMs: number;
  readonly pageTimeoutMs: number;
  readonly settleMs: number;
  readonly maxRedirects: number;
}

/** Checks the address and the options; anything wrong throws an {@link AuditError} that says what to give. */
export function auditSettings(url: string, options: AuditOptions): AuditSettings {
  let start: URL;
  try {
    start = new URL(url);
  } catch {
    const guess = /^[\w.-]+\.[a-z]{2,}(?:[:/]|$)/i.test(url)
      ? ` (did you mean https://${url}?)`
      : '';
    throw new AuditError(
      'invalid-url',
      `the address to audit must be a web address such as https://www.example.gov.uk/; found ${JSON.stringify(url.slice(0, 100))}${guess}.`,
    );
  }
  if (!/^https?:$/.test(start.protocol))
    throw new AuditError(
      'invalid-url',
      `the address to audit must start with http:// or https://; found ${JSON.stringify(url.slice(0, 100))}.`,
    );
  if (start.username || start.password)
    throw new AuditError(
      'invalid-url',
      'the address to audit must not carry a user name or password.',
    );
  start.hash = '';
  const whole = (
    name: string,
    value: number | undefined,
    fallback: number,
    min: number,
    max: number,
  ) => {
    if (value === undefined) return fallback;
    if (!Number.isInteger(value) || value < min || value > max)
      throw new AuditError(
        'invalid-option',
        `${name} must be a whole number from ${min} to ${max}; found ${JSON.stringify(value)}.`,
      );
    return value;
  };
  return {
    url: start.href,
    origin: start.origin,
    pages: whole('pages', options.pages, 5, 0, 50),
    allowHosts: [...(options.allowHosts ?? [])],
    timeoutMs: whole('timeoutMs', options.timeoutMs, 180_000, 1_000, 3_600_000),
    pageTimeoutMs: whole('pageTimeoutMs', options.pageTimeoutMs, 20_000, 1_000, 300_000),
    settleMs: whole('settleMs', options.settleMs, 1_000, 0, 30_000),
    maxRedirects: whole('maxRedirects', options.maxRedirects, 5, 0, 20),
  };
}

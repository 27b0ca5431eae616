import type { ConsentConfig, ConsentRecordHook } from '../config/consent-config';
import { consentCookieDomain } from '../cookies/consent-cookie-domain';
import { encodeConsent } from '../cookies/consent-cookie-format';
import { latestConsentDecision } from '../cookies/latest-consent-decision';
import { lifetimeDays } from '../cookies/lifetime-days';
import type { ConsentChoice } from '../decision/consent-decision';
import { consentRecord } from '../decision/consent-record';
import { newDecision } from '../decision/new-decision';
import { type RequestLike, requestHeader, requestTarget } from './request-like';

/** Options of {@link consentSetCookie}. */
export interface ConsentSetCookieOptions {
  /** Whether the site is served over https, for `cookie.secure: 'auto'`; default `true`. */
  readonly secure?: boolean;
  /** The time of the decision; default now. */
  readonly now?: Date | number;
  /** Receives proof of the decision, to keep on the server. */
  readonly onRecord?: ConsentRecordHook;
  /**
   * The request being answered (`Headers`, a fetch `Request`, a Node `IncomingMessage` or a
   * `Cookie` header's value). Without a `choice.id`, the new cookie keeps the id of the latest
   * consent cookie in it that decodes, even one under an older policy version, so a visitor's
   * decisions stay linked in proof of consent; without one, the decision gets a new id. With
   * `cookie.domain` set, the cookie gets that `Domain` only when the request's host is on it,
   * as in the browser, so the same configuration works on `localhost`; without a request, the
   * `Domain` is always sent.
   */
  readonly request?: RequestLike;
}

/**
 * The `Set-Cookie` header value that stores a visitor's choice, in the same format and with
 * the same attributes the browser manager writes, so either side reads what the other wrote.
 * The choice's `method` defaults to `'form'` (the no-JavaScript form). Pass the `request` so a
 * visitor keeps one id across their changes of mind (an explicit `choice.id` wins).
 *
 * @example
 * const choice = parseConsentForm(new URLSearchParams(body));
 * res.setHeader('Set-Cookie', [
 *   consentSetCookie(config, choice, { request: req, onRecord: save }),
 *   ...(choice.analytical ? [] : clearCookieHeaders(config, req)),
 * ]);
 */
export function consentSetCookie(
  config: ConsentConfig,
  choice: ConsentChoice,
  options: ConsentSetCookieOptions = {},
): string {
  const { name, path, sameSite, secure } = config.cookie;
  const domain = options.request
    ? consentCookieDomain(config.cookie.domain, requestTarget(options.request).host)
    : config.cookie.domain;
  // The earlier decision comes from a cookie, hostile input: decoding accepts only a lower-case
  // UUID as its id, and a time within the cookie's lifetime and a day of clock difference.
  const previous = latestConsentDecision(
    requestHeader(options.request, 'cookie'),
    config,
    options.now,
  );
  const decision = newDecision(config, { method: 'form', ...choice }, options.now, previous);
  const value = encodeConsent(decision);
  options.onRecord?.(consentRecord(decision));
  const attributes = [
    `${name}=${value}`,
    `Max-Age=${Math.round(lifetimeDays(config.cookie, decision.analytical) * 86_400)}`,
    `Path=${path}`,
    ...(domain ? [`Domain=${domain}`] : []),
    `SameSite=${sameSite[0]?.toUpperCase()}${sameSite.slice(1)}`,
    ...((secure === 'auto' ? (options.secure ?? true) : secure) ? ['Secure'] : []),
  ];
  return attributes.join('; ');
}

import type { ConsentConfig } from '../config/consent-config';
import { decodeConsent } from '../cookies/consent-cookie-format';
import { parseCookieHeader } from '../cookies/parse-cookie-header';
import { type ConsentState, consentStateFor } from '../decision/consent-state';
import { type RequestLike, requestHeader } from './request-like';

/**
 * Reads the visitor's consent from a request: the same {@link ConsentState} the browser
 * computes from the same cookie, including a `Sec-GPC: 1` header as the browser's
 * `navigator.globalPrivacyControl`. Use it to render the page as decided (no banner flash)
 * and to leave analytics out of the HTML for visitors who have not allowed it.
 *
 * @example
 * // node:http, Express: readConsent(config, req); fetch handlers: readConsent(config, request)
 * if (!readConsent(config, req).decided) html += banner;
 */
export function readConsent(
  config: ConsentConfig,
  request: RequestLike,
  options: { readonly now?: Date | number } = {},
): ConsentState {
  const cookie = parseCookieHeader(requestHeader(request, 'cookie'))[config.cookie.name];
  return consentStateFor(
    config,
    decodeConsent(cookie, config, options.now),
    requestHeader(request, 'sec-gpc')?.trim() === '1',
  );
}

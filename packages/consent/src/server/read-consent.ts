import type { ConsentConfig } from '../config/consent-config';
import { latestConsentDecision } from '../cookies/latest-consent-decision';
import { type ConsentState, consentStateFor } from '../decision/consent-state';
import { type RequestLike, requestHeader } from './request-like';

/**
 * Reads the visitor's consent from a request: the same {@link ConsentState} the browser
 * computes from the same cookie, including a `Sec-GPC: 1` header as the browser's
 * `navigator.globalPrivacyControl`, and the latest of several copies of the cookie that decodes,
 * as the browser does. Use it to render the page as decided (no banner flash)
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
  return consentStateFor(
    config,
    latestConsentDecision(requestHeader(request, 'cookie'), config, options.now),
    requestHeader(request, 'sec-gpc')?.trim() === '1',
  );
}

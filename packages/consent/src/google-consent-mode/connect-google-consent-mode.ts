import type { ConsentManager } from '../browser/create-consent';
import type { ConsentState } from '../decision/consent-state';

/** Options of {@link connectGoogleConsentMode}. */
export interface GoogleConsentModeOptions {
  /**
   * Milliseconds Google's tags wait for a `consent update` before they act on the default;
   * useful while the banner is still waiting for a choice.
   */
  readonly waitForUpdate?: number;
  /** The name of the data layer on `window`; default `dataLayer`. */
  readonly dataLayerName?: string;
}

/**
 * Connects the manager to Google Consent Mode v2 through the `dataLayer`. It queues
 * `consent default` with every type denied ahead of anything already queued (so call it
 * before loading gtag.js or Google Tag Manager), then a `consent update` now if a decision is
 * known (or analytics is on by default) and after every change: `analytics_storage` follows the analytical category;
 * `ad_storage`, `ad_user_data` and `ad_personalization` stay denied, as this SDK has no
 * advertising category. Returns a function that stops the updates.
 *
 * Entries are the `arguments` objects of a `gtag()` call, the only shape gtag.js reads as a
 * command (a plain array is ignored without an error).
 *
 * @example
 * connectGoogleConsentMode(consent, { waitForUpdate: 500 });
 */
export function connectGoogleConsentMode(
  manager: ConsentManager,
  { waitForUpdate, dataLayerName = 'dataLayer' }: GoogleConsentModeOptions = {},
): () => void {
  if (typeof window === 'undefined') return () => {};
  const host = window as unknown as Record<string, unknown[] | undefined>;
  const dataLayer = host[dataLayerName] ?? [];
  host[dataLayerName] = dataLayer;
  const denied = {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'denied',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
    security_storage: 'denied',
    ...(waitForUpdate === undefined ? {} : { wait_for_update: waitForUpdate }),
  };
  const defaults = gtagArguments('consent', 'default', denied);
  // Until gtag.js or GTM loads, `push` is the array's own and the queue is unread, so the
  // default can still go first; after that, queueing it is the most that can be done.
  if (dataLayer.push === Array.prototype.push) dataLayer.unshift(defaults);
  else dataLayer.push(defaults);

  const update = ({ analytical }: ConsentState) => {
    dataLayer.push(
      gtagArguments('consent', 'update', {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: analytical ? 'granted' : 'denied',
      }),
    );
  };
  // A decision already stored (or analytics on by default) is known now, not at the next change.
  if (manager.state.decided || manager.state.analytical) update(manager.state);
  return manager.subscribe(update);
}

/** The `arguments` object of a call, which is what Google's `gtag()` snippet pushes. */
function gtagArguments(..._command: unknown[]): IArguments {
  // biome-ignore lint/complexity/noArguments: gtag.js only reads Arguments objects from the data layer.
  return arguments;
}

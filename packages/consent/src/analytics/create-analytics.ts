import type { ConsentManager } from '../browser/create-consent';

/** Sends one event to the analytics provider. */
export type SendEvent<Event> = (event: Event) => void;

/** Options of {@link createAnalytics}. */
export interface AnalyticsOptions<Event> {
  /**
   * Loads the provider (adds its script, starts its tracker) and returns the function that
   * sends an event. Called once, and never before analytics is allowed.
   */
  readonly load: () => SendEvent<Event> | Promise<SendEvent<Event>>;
  /** How many events to hold while the visitor has not decided; later ones are dropped. Default 50. */
  readonly maxQueued?: number;
  /** Told when `load` fails; events are then dropped. Default: `console.error`. */
  readonly onError?: (error: unknown) => void;
}

/** A tiny event facade that only reaches the provider with consent. */
export interface Analytics<Event> {
  /** Sends the event if analytics is allowed, holds it while undecided, drops it if refused. */
  track(event: Event): void;
  /** Stops listening to the manager and drops anything held. */
  stop(): void;
}

/**
 * Tracks events without ever loading the provider before consent. Events tracked before the
 * visitor decides are held in memory (at most `maxQueued`, the first ones kept: they include
 * the page view), sent in order once analytics is allowed and dropped if it is refused.
 * After a withdrawal nothing more is sent.
 *
 * @example
 * const analytics = createAnalytics(consent, {
 *   load: async () => {
 *     await import('./my-analytics.js');
 *     return (event) => window.myAnalytics.send(event);
 *   },
 * });
 * analytics.track({ name: 'page_view', path: location.pathname });
 */
export function createAnalytics<Event>(
  manager: ConsentManager,
  { load, maxQueued = 50, onError = console.error }: AnalyticsOptions<Event>,
): Analytics<Event> {
  let queue: Event[] = [];
  let send: SendEvent<Event> | undefined;
  let loading = false;

  const flush = () => {
    if (!manager.state.analytical) {
      // Refused or withdrawn: whatever waited was never consented to.
      if (manager.state.decided) queue = [];
      return;
    }
    if (send) {
      const waiting = queue;
      queue = [];
      for (const event of waiting) send(event);
      return;
    }
    if (loading) return;
    loading = true;
    (async () => load())().then(
      (loaded) => {
        send = loaded;
        flush();
      },
      (error: unknown) => {
        // Without a provider there is nowhere to send: drop what waits and what comes.
        send = () => {};
        queue = [];
        onError(error);
      },
    );
  };

  const unsubscribe = manager.subscribe(flush);
  flush();
  return {
    track(event) {
      const { analytical, decided } = manager.state;
      if (analytical && send) send(event);
      else if ((analytical || !decided) && queue.length < maxQueued) queue.push(event);
    },
    stop() {
      unsubscribe();
      queue = [];
    },
  };
}

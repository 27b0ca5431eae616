/**
 * How long to wait before trying again after `attempt` failures (from 0): doubling from
 * 5 ms, at most 250 ms, so a store retries quickly after a brief lock and calmly during a
 * long one. @internal
 */
export const backoff = (attempt: number) => Math.min(5 * 2 ** attempt, 250);

/** Waits `ms` milliseconds without holding the event loop. @internal */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

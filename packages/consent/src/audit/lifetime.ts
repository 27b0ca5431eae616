const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * A cookie's lifetime in words, from now until it expires (Unix seconds; `undefined` or a
 * negative value for a session cookie): `session`, `45 minutes`, `30 hours`, `28 days`,
 * `6 months`, `2 years`, `1.1 years`.
 */
export function lifetimeInWords(expires: number | undefined, now: number): string {
  if (expires === undefined || expires < 0) return 'session';
  const seconds = Math.max(0, expires - now);
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (seconds < HOUR) return plural(Math.max(1, Math.round(seconds / 60)), 'minute');
  if (seconds < 2 * DAY) return plural(Math.round(seconds / HOUR), 'hour');
  const days = seconds / DAY;
  if (days < 90) return plural(Math.round(days), 'day');
  if (days < 360) return plural(Math.round(days / 30.44), 'month');
  const years = Math.round((days / 365.25) * 10) / 10;
  return years === 1 ? '1 year' : `${years} years`;
}

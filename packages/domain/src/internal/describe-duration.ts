import type { CalendarDuration } from '../calendar/calendar-duration';

const UNITS = ['years', 'months', 'weeks', 'days'] as const;

/**
 * A whole-day duration in words for messages: `{ months: 6 }` is "6 months",
 * `{ years: 1, days: 2 }` "1 year and 2 days". @internal
 */
export function describeDuration(duration: CalendarDuration): string {
  const parts = UNITS.flatMap((unit) => {
    const value = duration[unit];
    if (!value) return [];
    return [`${value} ${value === 1 ? unit.slice(0, -1) : unit}`];
  });
  if (parts.length === 0) return '0 days';
  const last = parts.pop();
  return parts.length ? `${parts.join(', ')} and ${last}` : (last ?? '');
}

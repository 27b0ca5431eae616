/**
 * The years for which England and Wales bank holidays are known: `first` to `last`,
 * announced up to `lastAnnounced` and projected from the standing rules after that.
 *
 * Starts in 1995, the first year of one-off changes this package records (earlier years
 * had changes it does not); ends in 2099, far enough for any deadline while keeping the
 * projection honest. Functions that need bank holidays throw an
 * {@link UnsupportedYearError} outside it.
 */
export const bankHolidayYears = { first: 1995, lastAnnounced: 2028, last: 2099 } as const;

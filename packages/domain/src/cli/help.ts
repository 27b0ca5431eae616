/** What `ddscp --help` prints: every line fits an 80-column terminal. */
export const HELP = `ddscp: check and plan a safeguarding partnership's published reviews.

Usage:
  ddscp check <catalog.json> [--today YYYY-MM-DD] [--json] [--known-names FILE]
  ddscp listing <catalog.json> [--today YYYY-MM-DD] [--format text|json|html]
  ddscp takedowns <catalog.json> [--within DAYS] [--today YYYY-MM-DD] [--json]
  ddscp deadlines <catalog.json> [--today YYYY-MM-DD] [--json]
  ddscp workdays add <YYYY-MM-DD> <n>
  ddscp workdays between <YYYY-MM-DD> <YYYY-MM-DD>
  ddscp --help | --version

Commands:
  check      Check a catalogue: its form, details that could identify a child
             or family, documents past their retention, missed deadlines.
  listing    What the review page shows on the day.
  takedowns  Documents whose last day online falls within DAYS days (30).
  deadlines  Each review's stage and the status of its statutory deadlines.
  workdays   Working days in England and Wales.

Options:
  --today YYYY-MM-DD   the day to judge; today in England if not given
  --json               output for programs (its form is in the README)
  --format FORMAT      listing as text (the default), json or html
  --within DAYS        how far ahead takedowns looks, in days (30)
  --known-names FILE   real names that must not appear, one per line

Exit status: 0 done (check: no errors), 1 check found errors, 2 the command
could not run (a usage error, or a file that cannot be read or is invalid).
The catalogue file is only ever read.
`;

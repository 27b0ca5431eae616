/** What `ddscp-consent records --help` prints: every line fits an 80-column terminal. */
export const RECORDS_CLI_HELP = `ddscp-consent records: the proof of consent a site keeps, for its data
protection officer.

Usage:
  ddscp-consent records count  (--sqlite FILE | --postgres [URL]) [--table NAME]
  ddscp-consent records export (--sqlite FILE | --postgres [URL]) [--table NAME]
                [--format csv|jsonl|iso27560] [--from DATE] [--to DATE]
                [--controller NAME --contact EMAIL|URL --notices FILE]
  ddscp-consent records purge  (--sqlite FILE | --postgres [URL]) [--table NAME]
                --before DATE [--dry-run]

Where the records are:
  --sqlite FILE      the SQLite file of openSqliteRecordStore
  --postgres [URL]   PostgreSQL (postgres://user:password@host:5432/db); without
                     a URL, the one in DATABASE_URL (keeps the password out of
                     the process list)
  --table NAME       the table, if not ddscp_consent_records

export writes to standard output, oldest first, decided from --from
(inclusive) until --to (exclusive); DATE is YYYY-MM-DD (UTC) or an ISO time.
  --format csv       one line per record, with a header line (the default)
  --format jsonl     one JSON record per line
  --format iso27560  a JSON array of ISO/IEC TS 27560 records (W3C DPV form);
                     needs --controller and --contact (the data controller)
                     and --notices FILE: a JSON array of the notices
                     (consentNotice) of every policy version exported

purge deletes the records decided before --before (never in the future):
keep them at least as long as a decision lasts. --dry-run counts them only.

Exit status: 0 done, 1 done but incomplete (records without a notice were
left out of an ISO export), 2 the command could not run.
`;

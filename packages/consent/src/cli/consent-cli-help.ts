/** What `ddscp-consent --help` prints: every line fits an 80-column terminal. */
export const CONSENT_CLI_HELP = `ddscp-consent: proof of consent and cookie audits for @ddscp/consent sites.

Usage:
  ddscp-consent records count|export|purge (--sqlite FILE | --postgres URL) ...
  ddscp-consent audit <url> [--config FILE] [--pages N] [--json] [--junit FILE]
  ddscp-consent <command> --help
  ddscp-consent --help | --version

Commands:
  records   Count, export or purge the stored proof of consent decisions.
  audit     Check a live site the way the ICO does: cookies before a choice,
            rejecting as easy as accepting, cookies after a refusal.

Exit status: 0 done (audit: every check passed), 1 the audit found failures,
2 the command could not run.
`;

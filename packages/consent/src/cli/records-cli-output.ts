import type { StoredConsentRecord } from '../records/consent-record-store';

/** The columns of a CSV export, in order, with the field each comes from. */
const COLUMNS: readonly [header: string, field: keyof StoredConsentRecord][] = [
  ['decision_id', 'decisionId'],
  ['visitor_id', 'id'],
  ['decided_at', 'decidedAt'],
  ['policy_version', 'policyVersion'],
  ['analytical', 'analytical'],
  ['method', 'method'],
  ['source', 'source'],
  ['received_at', 'receivedAt'],
];

/**
 * One CSV field (RFC 4180). Stored values are checked (UUIDs, ISO times, words), so none
 * needs quoting; quoted all the same if one ever did, and a leading `=`, `+`, `-` or `@`
 * (a formula to a spreadsheet) is escaped with a quote mark.
 */
function csvField(value: unknown): string {
  const text = String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The header line of a CSV export. @internal */
export const csvHeader = () => `${COLUMNS.map(([header]) => header).join(',')}\r\n`;

/** A record as a CSV line. @internal */
export const csvLine = (record: StoredConsentRecord) =>
  `${COLUMNS.map(([, field]) => csvField(record[field])).join(',')}\r\n`;

/** A record as a JSON line, its fields in a fixed order. @internal */
export const jsonLine = (record: StoredConsentRecord) =>
  `${JSON.stringify({
    decisionId: record.decisionId,
    id: record.id,
    decidedAt: record.decidedAt,
    policyVersion: record.policyVersion,
    necessary: true,
    analytical: record.analytical,
    method: record.method,
    source: record.source,
    receivedAt: record.receivedAt,
  })}\n`;

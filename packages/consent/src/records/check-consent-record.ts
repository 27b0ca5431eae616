import type { DecisionMethod } from '../decision/consent-decision';
import type { ConsentRecord } from '../decision/consent-record';
import { quote } from '../errors/quote';
import { ConsentRecordError } from './consent-record-errors';
import type { ConsentRecordSource, RecordTime } from './consent-record-store';

/** A lower-case UUID, as consent ids and decision ids are written. */
const UUID = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/;
const METHODS: readonly DecisionMethod[] = ['banner', 'preferences', 'form', 'api'];
const SOURCES: readonly ConsentRecordSource[] = ['form', 'beacon', 'server', 'import'];
const EXPECTED =
  '{ necessary: true, analytical: boolean, policyVersion: 1 or more, decidedAt: ISO time to the millisecond, method: banner|preferences|form|api, id: lower-case UUID, decisionId: lower-case UUID }';

const fail = (field: string, expected: string, found: unknown): never => {
  throw new ConsentRecordError(
    field,
    `Invalid consent record: ${field} must be ${expected}; found ${quote(found)}.`,
  );
};

/** Whether a value is an ISO 8601 UTC time as `Date#toISOString` writes it. */
export const isIsoTime = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length === 24 &&
  new Date(Date.parse(value)).toISOString() === value;

/**
 * Checks a consent record from anywhere (a report's JSON body, an import, a store's caller)
 * and returns a clean copy with only its own fields, or throws a {@link ConsentRecordError}
 * that names the field, quotes (60 characters of) what was found and shows the form.
 * Unknown fields are left out of the copy, not refused, so a newer browser's report still
 * reads.
 *
 * @example
 * const record = checkConsentRecord(JSON.parse(body)); // a ConsentRecord, or a ConsentRecordError
 */
export function checkConsentRecord(value: unknown): ConsentRecord {
  if (Object(value) !== value || Array.isArray(value)) fail('record', EXPECTED, value);
  const record = value as Record<string, unknown>;
  const own = (key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
  if (own('necessary') !== true) fail('necessary', 'true', own('necessary'));
  const analytical = own('analytical');
  if (typeof analytical !== 'boolean') fail('analytical', 'true or false', analytical);
  const policyVersion = own('policyVersion');
  if (
    !Number.isInteger(policyVersion) ||
    (policyVersion as number) < 1 ||
    (policyVersion as number) >= 1e9
  )
    fail('policyVersion', 'a whole number from 1', policyVersion);
  const decidedAt = own('decidedAt');
  if (!isIsoTime(decidedAt))
    fail(
      'decidedAt',
      'an ISO time to the millisecond, such as "2026-02-05T09:30:00.250Z"',
      decidedAt,
    );
  const method = own('method');
  if (!METHODS.includes(method as DecisionMethod)) fail('method', METHODS.join(' or '), method);
  for (const key of ['id', 'decisionId'])
    if (typeof own(key) !== 'string' || !UUID.test(own(key) as string))
      fail(key, 'a lower-case UUID', own(key));
  return {
    necessary: true,
    analytical: analytical as boolean,
    policyVersion: policyVersion as number,
    decidedAt: decidedAt as string,
    method: method as DecisionMethod,
    id: own('id') as string,
    decisionId: own('decisionId') as string,
  };
}

/** Checks a record's source. @internal */
export function checkSource(source: unknown): ConsentRecordSource {
  if (!SOURCES.includes(source as ConsentRecordSource))
    fail('source', SOURCES.join(' or '), source);
  return source as ConsentRecordSource;
}

/** Checks a lower-case UUID given as a visitor's id. @internal */
export function checkVisitorId(id: unknown): string {
  if (typeof id !== 'string' || !UUID.test(id)) fail('id', 'a lower-case UUID', id);
  return id as string;
}

/** A time option (`Date` or ISO string) as an ISO string, or a {@link ConsentRecordError}. @internal */
export function isoTime(value: RecordTime, field: string): string {
  const time =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'string'
        ? Date.parse(value)
        : Number.NaN;
  if (!Number.isFinite(time) || time < 0 || time > 253402300799999)
    fail(field, 'a Date or an ISO 8601 time such as "2026-02-05T09:30:00Z"', value);
  return new Date(time).toISOString();
}

/** Whether two records hold the same decision (their source and time of receipt aside). @internal */
export function sameDecision(a: ConsentRecord, b: ConsentRecord): boolean {
  return (
    a.decisionId === b.decisionId &&
    a.id === b.id &&
    a.decidedAt === b.decidedAt &&
    a.policyVersion === b.policyVersion &&
    a.analytical === b.analytical &&
    a.method === b.method
  );
}

/** The `limit` of `forVisitor`: a whole number from 1, default 100. @internal */
export function checkLimit(limit: unknown = 100): number {
  if (!Number.isInteger(limit) || (limit as number) < 1)
    fail('limit', 'a whole number from 1', limit);
  return limit as number;
}

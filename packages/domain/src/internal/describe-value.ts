const MAX_SHOWN = 40;

/**
 * Shows a value that was refused, safely, for an error message: strings quoted and
 * truncated (input can be hostile and huge), dates as their instant, objects as truncated
 * JSON, anything else by type. @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
  }
  if (value instanceof Date) {
    return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  }
  if (value === null || ['number', 'boolean', 'bigint', 'undefined'].includes(typeof value)) {
    return String(value);
  }
  if (typeof value === 'object') {
    try {
      const json = JSON.stringify(value);
      return json.length > 2 * MAX_SHOWN ? `${json.slice(0, 2 * MAX_SHOWN)}…` : json;
    } catch {
      // A cycle or a getter that throws: fall back to the type.
    }
  }
  return `a value of type ${typeof value}`;
}

// The detectors the anonymity benchmark compares, behind one interface: `detect(text)` →
// `[{ kind, offset, length }]`, kinds in our names. Ours is `checkAnonymity` with the
// family's names; the peer is a general-purpose PII detector from the registry
// (@openredaction/openredaction: zero dependencies, runs offline, UK patterns among its
// hundreds), in its default configuration, given the same names as a custom pattern, as a
// team adopting it would. Its types are mapped to our kinds where they mean the same; any
// other type it reports keeps its own name ("other: XBOX_GAMERTAG"), so that the report
// can count every alarm it raises on ordinary prose, not only those in our kinds.
import { installedVersion } from '../machine.mjs';
import { KNOWN_NAMES } from './anonymity-corpus.mjs';

/** The peer's types that mean one of our kinds. */
export const PEER_KINDS = {
  POSTCODE_UK: 'postcode',
  NHS_NUMBER: 'nhs-number',
  NATIONAL_INSURANCE_UK: 'ni-number',
  // Its nearest to a Unique Pupil Number: it has no UPN pattern of its own.
  STUDENT_ID: 'upn',
  PHONE_UK: 'phone-number',
  PHONE_UK_MOBILE: 'phone-number',
  PHONE_INTERNATIONAL: 'phone-number',
  PHONE_US: 'phone-number',
  PHONE_LINE_NUMBER: 'phone-number',
  EMAIL: 'email',
  DATE_OF_BIRTH: 'date-of-birth',
  ADDRESS_STREET: 'address',
  NAME: 'known-name',
  KNOWN_NAME: 'known-name',
};

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Our detector: `checkAnonymity` from the built package, with the family's names. */
export async function ourDetector() {
  const { checkAnonymity } = await import('@ddscp/domain');
  const options = { knownNames: KNOWN_NAMES };
  return {
    id: 'ours',
    label: `@ddscp/domain checkAnonymity`,
    version: installedVersion('@ddscp/domain'),
    detect: (text) =>
      checkAnonymity(text, options).map(({ kind, match, offset }) => ({
        kind,
        offset,
        length: match.length,
      })),
  };
}

/**
 * The general-purpose peer, or `{ id, label, error }` when it does not load here (the
 * report then says so instead of comparing).
 */
export async function peerDetector() {
  const name = '@openredaction/openredaction';
  try {
    const { OpenRedaction } = await import(name);
    const names = [...KNOWN_NAMES].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const shield = new OpenRedaction({
      customPatterns: [
        {
          type: 'KNOWN_NAME',
          regex: new RegExp(`\\b(?:${names.join('|')})\\b`, 'giu'),
          priority: 100,
          placeholder: '[KNOWN_NAME_{n}]',
          severity: 'high',
        },
      ],
    });
    return {
      id: 'peer',
      label: `${name} (default configuration, the names as a custom pattern)`,
      version: installedVersion(name),
      detect: (text) =>
        shield.detect(text).detections.map(({ type, position: [start, end] }) => ({
          kind: PEER_KINDS[type] ?? `other: ${type}`,
          offset: start,
          length: end - start,
        })),
    };
  } catch (error) {
    return { id: 'peer', label: name, error: error.message.split('\n')[0] };
  }
}

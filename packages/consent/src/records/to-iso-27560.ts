import type { DecisionMethod } from '../decision/consent-decision';
import type { ConsentRecord } from '../decision/consent-record';
import { checkConsentRecord } from './check-consent-record';
import type { ConsentNotice } from './consent-notice';
import type { StoredConsentRecord } from './consent-record-store';

/** The data controller a record names: who decides why the cookies are used. */
export interface ConsentController {
  /** Its name, such as "Derby and Derbyshire Safeguarding Children Partnership". */
  readonly name: string;
  /** How to reach it about data protection: an email address or a web address. */
  readonly contact: string;
  /** Its website. */
  readonly url?: string;
}

/** Options of {@link toIso27560}. */
export interface Iso27560Options {
  readonly controller: ConsentController;
  /**
   * The notice the visitor was shown (from `consentNotice`), or the notices of every policy
   * version: the one for the record's `policyVersion` is used.
   */
  readonly notice: ConsentNotice | readonly ConsentNotice[];
  /** ISO 3166-1 code of the jurisdiction; default `GB`, which also names the UK laws that apply. */
  readonly jurisdiction?: string;
  /**
   * The visitor's decision before this one, if any: a refusal after an acceptance under the
   * same policy version is a withdrawal (`dpv:ConsentWithdrawn`) rather than a refusal.
   */
  readonly previous?: Pick<ConsentRecord, 'analytical' | 'policyVersion'>;
}

/** A consent record in the JSON-LD form of the W3C DPV guide to ISO/IEC TS 27560:2023. */
export type Iso27560Record = Readonly<Record<string, unknown>>;

/** The JSON-LD prefixes the records use. */
const CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  dct: 'http://purl.org/dc/terms/',
  loc: 'https://w3id.org/dpv/loc#',
  tech: 'https://w3id.org/dpv/tech#',
  'legal-gb': 'https://w3id.org/dpv/legal/gb#',
  schema: 'https://schema.org/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};

const PECR = 'https://www.legislation.gov.uk/uksi/2003/2426/regulation/6';

/** How each method reads in a record's `dpv:hasIndicationMethod`. */
const METHODS: Readonly<Record<DecisionMethod, string>> = {
  banner: 'A button of the cookie banner',
  preferences: 'The form of the cookies page, with JavaScript',
  form: 'A cookie form posted without JavaScript',
  api: "The site's own code",
};

const cookies = (names: readonly string[]) =>
  names.map((name) => ({ '@type': 'tech:Cookie', 'dct:title': name }));

/**
 * Maps a consent record onto the information structure of ISO/IEC TS 27560:2023 (consent
 * record information structure), in the JSON-LD form the W3C Data Privacy Vocabulary guide
 * to TS 27560 describes (`dct:conformsTo` `https://w3id.org/dpv/schema/dpv-27560#record`):
 * record id (the decision id), pseudonymous subject id (the visitor's random id), controller,
 * the two purposes (necessary, and analytical with its declared cookies), their legal bases
 * (strictly necessary; consent, or PECR's statistical-purposes exception under
 * `mode: 'statistical-exemption'`), status (given, refused or withdrawn), method, time,
 * jurisdiction and the notice shown, by its SHA-256. The README has the field-by-field table.
 * For the server or an export: the notice comes from `consentNotice`.
 *
 * @example
 * toIso27560(record, { controller: { name: 'DDSCP', contact: 'dpo@example.gov.uk' }, notice });
 */
export function toIso27560(
  record: ConsentRecord | StoredConsentRecord,
  { controller, notice, jurisdiction = 'GB', previous }: Iso27560Options,
): Iso27560Record {
  const decision = checkConsentRecord(record);
  const shown = (Array.isArray(notice) ? notice : [notice]).find(
    (candidate: ConsentNotice) => candidate?.policyVersion === decision.policyVersion,
  ) as ConsentNotice | undefined;
  if (!shown)
    throw new RangeError(
      `toIso27560: no notice for policy version ${decision.policyVersion}; give the notice (from consentNotice) of every policy version the records were made under.`,
    );
  if (
    typeof controller?.name !== 'string' ||
    !controller.name.trim() ||
    typeof controller.contact !== 'string' ||
    !controller.contact.trim()
  )
    throw new TypeError(
      'toIso27560: controller needs a name and a contact (an email or web address).',
    );
  if (!/^[A-Z]{2}$/.test(jurisdiction))
    throw new TypeError(
      `toIso27560: jurisdiction must be an ISO 3166-1 code such as "GB"; found ${JSON.stringify(jurisdiction)}.`,
    );
  const exempt = shown.mode === 'statistical-exemption';
  const status = decision.analytical
    ? 'dpv:ConsentGiven'
    : previous?.analytical === true && previous.policyVersion === decision.policyVersion
      ? 'dpv:ConsentWithdrawn'
      : 'dpv:ConsentRefused';
  const days = decision.analytical ? shown.lifetimeDays.accepted : shown.lifetimeDays.refused;
  const controllerId = controller.url ?? `mailto:${controller.contact}`;
  const created =
    'receivedAt' in record && typeof record.receivedAt === 'string'
      ? record.receivedAt
      : decision.decidedAt;
  return {
    '@context': CONTEXT,
    '@id': `urn:uuid:${decision.decisionId}`,
    '@type': 'dpv:ConsentRecord',
    'dct:identifier': decision.decisionId,
    'dct:conformsTo': 'https://w3id.org/dpv/schema/dpv-27560#record',
    'dct:created': created,
    'dpv:hasDataSubject': {
      '@id': `urn:uuid:${decision.id}`,
      '@type': ['dpv:DataSubject', 'dpv:Visitor'],
      'dct:identifier': decision.id,
    },
    'dpv:hasDataController': {
      '@id': controllerId,
      '@type': 'dpv:DataController',
      'dpv:hasName': controller.name,
      'schema:contactPoint': {
        '@type': 'schema:ContactPoint',
        ...(controller.contact.includes('@') && !controller.contact.includes('/')
          ? { 'schema:email': controller.contact }
          : { 'schema:url': controller.contact }),
      },
      ...(controller.url !== undefined && { 'schema:url': controller.url }),
    },
    'dpv:hasJurisdiction': `loc:${jurisdiction}`,
    ...(jurisdiction === 'GB' && {
      'dpv:hasApplicableLaw': [
        'legal-gb:law-GDPR',
        'legal-gb:law-DPA',
        {
          '@type': 'dpv:Law',
          'dct:title': 'The Privacy and Electronic Communications (EC Directive) Regulations 2003',
          'dct:source': 'https://www.legislation.gov.uk/uksi/2003/2426',
        },
      ],
    }),
    'dpv:hasNotice': {
      '@type': 'dpv:ConsentNotice',
      'dct:identifier': `sha256:${shown.sha256}`,
      'dct:hasVersion': String(shown.policyVersion),
      ...(shown.language !== undefined && { 'dct:language': shown.language }),
      ...(shown.url !== undefined && { 'schema:url': shown.url }),
    },
    'dpv:hasProcess': [
      {
        '@type': 'dpv:Process',
        'dct:title': 'Necessary cookies',
        'dpv:hasPurpose': 'dpv:TechnicalServiceProvision',
        'dpv:hasNecessity': 'dpv:Required',
        'dpv:hasLegalBasis': {
          '@type': 'dpv:LegalBasis',
          'dct:title': 'Strictly necessary storage: PECR regulation 6(4)(b), no consent needed',
          'dct:source': PECR,
        },
        'dpv:isImplementedUsingTechnology': cookies(shown.cookies.necessary),
        'dpv:hasDataController': controllerId,
      },
      {
        '@type': 'dpv:Process',
        'dct:title': 'Analytical cookies',
        'dpv:hasPurpose': 'dpv:ServiceUsageAnalytics',
        'dpv:hasNecessity': 'dpv:Optional',
        'dpv:hasLegalBasis': exempt
          ? {
              '@type': 'dpv:LegalBasis',
              'dct:title':
                'Storage for statistical purposes: PECR Schedule A1 paragraph 5, with a means of objecting',
              'dct:source': PECR,
            }
          : 'dpv:ExpressedConsent',
        'dpv:isImplementedUsingTechnology': cookies(shown.cookies.analytical),
        'dpv:hasDataController': controllerId,
      },
    ],
    'dpv:hasConsentStatus': {
      '@type': status,
      'dpv:isIndicatedAtTime': decision.decidedAt,
      'dpv:isIndicatedBy': 'dpv:DataSubject',
      'dpv:hasIndicationMethod': METHODS[decision.method],
      'dpv:hasDuration': { '@type': 'dpv:TemporalDuration', 'rdf:value': `P${days}D` },
    },
  };
}

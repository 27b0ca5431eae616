import { describe, expect, it } from 'vitest';
import { partnerSchema } from './partner-schema';

const council = {
  id: 'derby-city-council',
  name: 'Derby City Council',
  kind: 'local-authority',
  role: 'statutory-partner',
  codes: { ons: 'E06000015' },
  website: 'https://www.derby.gov.uk/',
  logo: { alt: 'Derby City Council', src: '/images/partners/derby-city-council.svg' },
};

const messagesFor = (input: unknown) =>
  partnerSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('partnerSchema', () => {
  it('parses a partner, defaulting codes to none', () => {
    expect(partnerSchema.parse(council)).toEqual(council);
    const { codes: _, ...withoutCodes } = council;
    expect(partnerSchema.parse(withoutCodes).codes).toEqual({});
  });

  it('takes dates as IsoDates and refuses impossible ones', () => {
    expect(partnerSchema.parse({ ...council, validFrom: '2019-09-30' }).validFrom).toBe(
      '2019-09-30',
    );
    expect(messagesFor({ ...council, validTo: '2022-06-31' })).toEqual([
      'validTo: Invalid date "2022-06-31" (June 2022 has 30 days): expected a real calendar day written as YYYY-MM-DD, e.g. "2024-03-15".',
    ]);
  });

  it('refuses ids that are not slugs, quoting them', () => {
    expect(messagesFor({ ...council, id: 'Derby City' })).toEqual([
      'id: Expected an id of lower-case letters, digits and single hyphens, e.g. "derby-city-council"; found "Derby City".',
    ]);
  });

  it('refuses codes of the wrong form', () => {
    expect(messagesFor({ ...council, codes: { ons: 'E6000015', ods: 'rtg' } })).toEqual([
      'codes.ons: Expected an ONS code such as "E06000015".',
      'codes.ods: Expected an NHS ODS code such as "RTG" or "QJ2".',
    ]);
  });

  it('only lets a local authority, ICB, CCG or police force be a statutory partner', () => {
    expect(messagesFor({ ...council, kind: 'nhs-trust' })).toEqual([
      'role: A nhs-trust cannot be a statutory partner: only the local authority, the integrated care board (before July 2022 the CCG) and the police are; use "relevant-agency".',
    ]);
    expect(partnerSchema.safeParse({ ...council, role: 'relevant-agency' }).success).toBe(true);
  });

  it('refuses a period that ends before it starts and a partner that succeeds itself', () => {
    expect(
      messagesFor({
        ...council,
        validFrom: '2022-07-01',
        validTo: '2022-06-30',
        successorId: council.id,
      }),
    ).toEqual([
      'validTo: validTo 2022-06-30 is before validFrom 2022-07-01.',
      'successorId: A partner cannot be its own successor ("derby-city-council").',
    ]);
  });

  it('requires alt text for the logo', () => {
    expect(messagesFor({ ...council, logo: { alt: '  ' } })?.[0]).toMatch(/^logo\.alt:/);
    expect(messagesFor({ ...council, logo: {} })?.[0]).toMatch(/^logo\.alt:/);
  });

  it('accepts a logo path or https address, and refuses scripts, data and protocol-relative addresses', () => {
    for (const src of ['/images/logo.svg', 'images/logo.png', 'https://cdn.example.org/logo.svg']) {
      expect(partnerSchema.safeParse({ ...council, logo: { alt: 'x', src } }).success, src).toBe(
        true,
      );
    }
    for (const src of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/>',
      '//evil.example/logo.svg',
      'http://example.org/a.png',
      '',
    ]) {
      expect(partnerSchema.safeParse({ ...council, logo: { alt: 'x', src } }).success, src).toBe(
        false,
      );
    }
  });

  it('only links https websites', () => {
    expect(messagesFor({ ...council, website: 'http://www.derby.gov.uk/' })).toEqual([
      'website: Expected an https:// address, e.g. "https://www.derby.gov.uk/".',
    ]);
    expect(messagesFor({ ...council, website: 'javascript:alert(1)' })?.[0]).toMatch(/^website:/);
  });

  it('refuses unknown kinds and roles', () => {
    expect(messagesFor({ ...council, kind: 'council' })?.[0]).toMatch(/^kind:/);
    expect(messagesFor({ ...council, role: 'lead' })?.[0]).toMatch(/^role:/);
  });
});

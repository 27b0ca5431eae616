import { describe, expect, it } from 'vitest';
import { partnersOn } from '../partners/partners-on';
import { partnershipSchema } from '../partners/partnership-schema';
import { validatePartnership } from '../partners/validate-partnership';
import { ddscp } from './ddscp';

const idsOn = (date: `${number}-${number}-${number}`) => partnersOn(ddscp, date).map((p) => p.id);

describe('ddscp', () => {
  it('is valid data: the schema parses it to itself, and it has no issues', () => {
    expect(partnershipSchema.parse(ddscp)).toEqual(ddscp);
    expect(validatePartnership(ddscp)).toEqual([]);
  });

  it('has the name and contact details of the partnership page', () => {
    expect(ddscp).toMatchObject({
      name: 'Derby and Derbyshire Safeguarding Children Partnership',
      shortName: 'DDSCP',
      contact: {
        address: { lines: ['184 Kedleston Road', 'Derby'], postcode: 'DE22 1GT' },
        telephone: '01332 642351',
        email: 'ddscp@derby.gov.uk',
      },
      validFrom: '2019-09-30',
    });
  });

  it('has the codes of the domain facts', () => {
    const codes = Object.fromEntries(ddscp.partners.map((p) => [p.id, p.codes]));
    expect(codes).toMatchObject({
      'derby-city-council': { ons: 'E06000015' },
      'derbyshire-county-council': { ons: 'E10000007' },
      'nhs-derby-and-derbyshire-icb': { ods: 'QJ2' },
      'nhs-derby-and-derbyshire-ccg': { ods: '15M' },
      'chesterfield-royal-hospital': { ods: 'RFS' },
      'derbyshire-community-health-services': { ods: 'RY8' },
      'university-hospitals-of-derby-and-burton': { ods: 'RTG' },
      'derbyshire-healthcare': { ods: 'RXM' },
    });
  });

  it('shows the partners of the page today, with the ICB as the health statutory partner', () => {
    expect(idsOn('2024-03-01')).toEqual([
      'derby-city-council',
      'derbyshire-county-council',
      'derbyshire-constabulary',
      'nhs-derby-and-derbyshire-icb',
      'chesterfield-royal-hospital',
      'derbyshire-community-health-services',
      'university-hospitals-of-derby-and-burton',
      'derbyshire-healthcare',
      'cafcass',
      'probation-service',
    ]);
  });

  it('had the CCGs before ICBs replaced them on 1 July 2022', () => {
    expect(idsOn('2022-06-30')).toEqual(
      expect.arrayContaining(['nhs-derby-and-derbyshire-ccg', 'nhs-tameside-and-glossop-ccg']),
    );
    expect(idsOn('2022-06-30')).not.toContain('nhs-derby-and-derbyshire-icb');
    expect(idsOn('2022-07-01')).toContain('nhs-derby-and-derbyshire-icb');
    expect(idsOn('2022-07-01')).not.toContain('nhs-derby-and-derbyshire-ccg');
  });

  it('had the National Probation Service until the Probation Service took over in June 2021', () => {
    expect(idsOn('2021-06-25')).toContain('national-probation-service');
    expect(idsOn('2021-06-26')).toContain('probation-service');
    expect(idsOn('2021-06-26')).not.toContain('national-probation-service');
  });

  it('has no partners before it began on 30 September 2019', () => {
    expect(idsOn('2019-09-29')).toEqual([]);
    expect(idsOn('2019-09-30')).toHaveLength(11); // all but the ICB and the Probation Service
  });

  it('gives every partner alt text and no invented logo address', () => {
    for (const partner of ddscp.partners) {
      expect(partner.logo.alt.length).toBeGreaterThan(0);
      expect(partner.logo.src).toBeUndefined();
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(ddscp.partners)).toBe(true);
    expect(() => {
      (ddscp.partners[0] as { name: string }).name = 'Someone else';
    }).toThrow(TypeError);
  });
});

import { describe, expect, it } from 'vitest';
import { ddscp } from '../ddscp/ddscp';
import { partnershipSchema } from './partnership-schema';

const messagesFor = (input: unknown) =>
  partnershipSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('partnershipSchema', () => {
  it('refuses duplicate ids and unknown successors with their paths', () => {
    const [first, ...rest] = ddscp.partners;
    expect(messagesFor({ ...ddscp, partners: [first, ...rest, first] })).toEqual([
      'partners.13.id: partners[13] has the id "derby-city-council" of partners[0]: ids must be unique.',
    ]);
    const orphan = { ...first, id: 'orphan', successorId: 'nobody' };
    expect(messagesFor({ ...ddscp, partners: [...ddscp.partners, orphan] })).toEqual([
      'partners.13.successorId: partners[13] (orphan) names the successor "nobody", which is not a partner in this partnership.',
    ]);
  });

  it('leaves statutory gaps to validatePartnership', () => {
    const policeless = ddscp.partners.filter((p) => p.kind !== 'police');
    expect(partnershipSchema.safeParse({ ...ddscp, partners: policeless }).success).toBe(true);
  });

  it('checks the contact details', () => {
    expect(
      messagesFor({
        ...ddscp,
        contact: {
          address: { lines: [], postcode: 'de22 1gt' },
          telephone: 'call us',
          email: 'ddscp at derby',
        },
      }),
    ).toEqual([
      expect.stringMatching(/^contact\.address\.lines:/),
      'contact.address.postcode: Expected a UK postcode in capitals with one space, e.g. "DE22 1GT".',
      'contact.telephone: Expected a telephone number such as "01332 642351".',
      'contact.email: Expected an email address such as "ddscp@derby.gov.uk".',
    ]);
  });

  it('needs at least one partner', () => {
    expect(messagesFor({ ...ddscp, partners: [] })?.[0]).toMatch(/^partners:/);
  });
});

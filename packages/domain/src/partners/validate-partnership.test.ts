import { describe, expect, it } from 'vitest';
import { partnership } from '../../test/support/partnerships';
import { validatePartnership } from './validate-partnership';

describe('validatePartnership', () => {
  it('finds nothing wrong with a partnership that has its three statutory partners', () => {
    expect(validatePartnership(partnership({}))).toEqual([]);
  });

  it('reports a duplicate id at the second use', () => {
    const issues = validatePartnership(
      partnership({ partners: [{ id: 'police', kind: 'police' }] }),
    );
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'duplicate-id',
        path: ['partners', 3, 'id'],
        message: 'partners[3] has the id "police" of partners[2]: ids must be unique.',
      },
    ]);
  });

  it('reports a successor that is not a partner, or the partner itself', () => {
    const issues = validatePartnership(
      partnership({
        partners: [
          { id: 'trust-a', successorId: 'trust-b' },
          { id: 'trust-c', successorId: 'trust-c' },
        ],
      }),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid-successor', 'partners.4.successorId'],
      ['invalid-successor', 'partners.3.successorId'],
    ]);
    expect(issues[1]?.message).toBe(
      'partners[3] (trust-a) names the successor "trust-b", which is not a partner in this partnership.',
    );
  });

  it('reports a statutory role for a kind that cannot have it, and a period that ends before it starts', () => {
    const issues = validatePartnership(
      partnership({
        partners: [
          { id: 'trust', role: 'statutory-partner' },
          { id: 'school', kind: 'education', validFrom: '2024-01-01', validTo: '2023-12-31' },
        ],
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: 'invalid-role', path: ['partners', 3, 'role'] }),
      expect.objectContaining({
        code: 'invalid-period',
        path: ['partners', 4, 'validTo'],
        message: 'partners[4] (school): validTo 2023-12-31 is before validFrom 2024-01-01.',
      }),
    ]);
  });

  it('reports a statutory seat left empty, with the days it is empty', () => {
    // The ICB only from 2022-07-01, and no CCG before it.
    const p = partnership({
      validFrom: '2019-09-30',
      statutory: { icb: { validFrom: '2022-07-01' } },
    });
    expect(validatePartnership(p)).toEqual([
      {
        severity: 'error',
        code: 'missing-statutory-partner',
        path: ['partners'],
        from: '2019-09-30',
        to: '2022-06-30',
        message:
          'No statutory integrated care board (or, before July 2022, clinical commissioning group) partner from 2019-09-30 to 2022-06-30: the local authority, the integrated care board and the police are the three statutory safeguarding partners.',
      },
    ]);
  });

  it('accepts a CCG handing over to an ICB with no gap, and reports a gap of one day', () => {
    const handOver = (ccgUntil: string) =>
      partnership({
        validFrom: '2019-09-30',
        statutory: { icb: { validFrom: '2022-07-01' } },
        partners: [
          {
            id: 'ccg',
            kind: 'clinical-commissioning-group',
            role: 'statutory-partner',
            validTo: ccgUntil,
            successorId: 'icb',
          },
        ],
      });
    expect(validatePartnership(handOver('2022-06-30'))).toEqual([]);
    expect(validatePartnership(handOver('2022-06-29'))).toEqual([
      expect.objectContaining({ from: '2022-06-30', to: '2022-06-30' }),
    ]);
  });

  it('reports a seat empty from a day on, and one never filled', () => {
    const p = partnership({
      statutory: { council: { validTo: '2030-03-31' }, police: { role: 'relevant-agency' } },
    });
    const gaps = validatePartnership(p).map((i) => i.message.split(':')[0]);
    expect(gaps).toEqual([
      'No statutory local authority partner from 2030-04-01 on',
      'No statutory police partner at any time',
    ]);
  });

  it('reports a seat filled only from a day on, when the partnership has no start date', () => {
    const p = partnership({ statutory: { council: { validFrom: '2019-01-01' } } });
    expect(validatePartnership(p)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^No statutory local authority partner up to 2018-12-31:/),
        to: '2018-12-31',
      }),
    ]);
    expect(validatePartnership(p)[0]).not.toHaveProperty('from');
  });

  it('reports a seat with nobody in it at all', () => {
    expect(validatePartnership(partnership({ statutory: { police: null } }))).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^No statutory police partner at any time:/),
      }),
    ]);
  });
});

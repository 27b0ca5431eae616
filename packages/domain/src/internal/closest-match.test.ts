import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMatch } from './closest-match';

const fields = [
  'id',
  'reference',
  'pseudonym',
  'kind',
  'title',
  'summary',
  'timeline',
  'becameAware',
];
const kinds = [
  'rapid-review',
  'lcspr',
  'national-review',
  'learning-review',
  'serious-case-review',
];

describe('closestMatch', () => {
  it('finds the field or value a person meant', () => {
    expect(closestMatch('sumary', fields)).toBe('summary');
    expect(closestMatch('titel', fields)).toBe('title');
    expect(closestMatch('Summary', fields)).toBe('summary');
    expect(closestMatch('became_aware', fields)).toBe('becameAware');
    expect(closestMatch('LCSPR', kinds)).toBe('lcspr');
    expect(closestMatch('lcpsr', kinds)).toBe('lcspr');
    expect(closestMatch('scr', kinds)).toBe('serious-case-review');
    expect(closestMatch('learning review', kinds)).toBe('learning-review');
  });

  it('suggests nothing when nothing is close, or for what is not short text', () => {
    expect(closestMatch('colour', fields)).toBeUndefined();
    expect(closestMatch('x', fields)).toBeUndefined();
    expect(closestMatch('', fields)).toBeUndefined();
    expect(closestMatch(42, fields)).toBeUndefined();
    expect(closestMatch('s'.repeat(100_000), fields)).toBeUndefined();
  });

  it('only ever suggests a candidate, and a candidate for itself (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string({ minLength: 1 }), { minLength: 1 }),
        (input, candidates) => {
          const found = closestMatch(input, candidates);
          if (found !== undefined) expect(candidates).toContain(found);
          const [first] = candidates;
          if (first && /[a-z0-9]/i.test(first) && first.length <= 64) {
            expect(closestMatch(first, candidates)).toBeDefined();
          }
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatPath } from './format-path';

describe('formatPath', () => {
  it('writes paths as a person reads them', () => {
    expect(formatPath(['reviews', 0, 'documents', 2, 'published'])).toBe(
      'reviews[0].documents[2].published',
    );
    expect(formatPath([])).toBe('');
    expect(formatPath([3, 'id'])).toBe('[3].id');
  });

  it('quotes keys that are not plain names, so a hostile key cannot fake a path', () => {
    expect(formatPath(['reviews', 0, 'odd key'])).toBe('reviews[0]["odd key"]');
    expect(formatPath(['a.b[0]'])).toBe('["a.b[0]"]');
    expect(formatPath([Symbol('s')])).toBe('["Symbol(s)"]');
  });
});

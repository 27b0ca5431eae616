import { describe, expect, it } from 'vitest';
import { documentInput } from '../../test/support/reviews';
import { reviewDocumentSchema } from './review-document-schema';

const messagesFor = (input: unknown) =>
  reviewDocumentSchema
    .safeParse(input)
    .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('reviewDocumentSchema', () => {
  it('parses a document with a publication date to the year, month or day, or none', () => {
    for (const published of ['2024', '2024-03', '2024-03-15']) {
      expect(reviewDocumentSchema.parse(documentInput({ published })).published).toBe(published);
    }
    expect(reviewDocumentSchema.parse(documentInput())).not.toHaveProperty('published');
  });

  it('takes links on the site or https addresses, and nothing a page could run', () => {
    for (const link of [
      '/documents/report.pdf',
      'documents/report.pdf',
      'https://example.org/r.pdf',
    ]) {
      expect(reviewDocumentSchema.safeParse(documentInput({ link })).success).toBe(true);
    }
    for (const link of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      '//evil.example/r.pdf',
      'http://example.org/r.pdf',
      '',
    ]) {
      expect(reviewDocumentSchema.safeParse(documentInput({ link })).success, link).toBe(false);
    }
    expect(messagesFor(documentInput({ link: 'javascript:alert(1)' }))).toEqual([
      'link: Expected a path on the site such as "/documents/report.pdf", or an https:// address.',
    ]);
  });

  it('takes a format and a size in bytes, and refuses other forms', () => {
    expect(
      reviewDocumentSchema.parse(documentInput({ format: 'pdf', size: 245760 })),
    ).toMatchObject({ format: 'pdf', size: 245760 });
    expect(messagesFor(documentInput({ format: 'PDF', size: 1.5 }))).toEqual([
      'format: Expected a file format in lower case, e.g. "pdf".',
      'size: Expected the file size in bytes, a whole number such as 245760.',
    ]);
  });

  it('takes its own retention period in whole units, and refuses an empty, zero or huge one', () => {
    expect(
      reviewDocumentSchema.parse(documentInput({ retention: { keepFor: { years: 2 } } })).retention,
    ).toEqual({ keepFor: { years: 2 } });
    expect(
      reviewDocumentSchema.parse(documentInput({ retention: { keepFor: { years: 0, days: 1 } } }))
        .retention,
    ).toEqual({ keepFor: { years: 0, days: 1 } });
    for (const keepFor of [{}, { years: 0 }, { months: 0, days: 0 }]) {
      expect(messagesFor(documentInput({ retention: { keepFor } }))).toEqual([
        'retention.keepFor: Expected a period longer than zero: at least one of years, months, weeks or days above 0, e.g. { "years": 2 }.',
      ]);
    }
    expect(messagesFor(documentInput({ retention: { keepFor: { yeras: 2 } } }))).toEqual([
      'retention.keepFor: Unrecognized key: "yeras"',
    ]);
    for (const keepFor of [{ years: 101 }, { months: -1 }, { days: 0.5 }, { hours: 5 }]) {
      expect(
        reviewDocumentSchema.safeParse(documentInput({ retention: { keepFor } })).success,
      ).toBe(false);
    }
  });
});

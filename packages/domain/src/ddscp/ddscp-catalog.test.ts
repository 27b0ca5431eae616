import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../catalog/parse-catalog';
import { retentionOf } from '../retention/retention-of';
import { ddscpCatalog } from './ddscp-catalog';

const [theo] = ddscpCatalog.reviews;
const shippedJson = new URL('../../catalog/ddscp.json', import.meta.url);

describe('ddscpCatalog', () => {
  it('is a valid catalogue: parsing its JSON gives it back', () => {
    expect(parseCatalog(JSON.parse(JSON.stringify(ddscpCatalog)))).toEqual({
      ok: true,
      catalog: ddscpCatalog,
    });
  });

  it('ships as catalog/ddscp.json with exactly the same data', () => {
    // If this fails after a change to ddscp-catalog.ts, rewrite the file: npm run write:catalog
    expect(JSON.parse(readFileSync(shippedJson, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(ddscpCatalog)),
    );
  });

  it('holds the one review the page publishes: Theo (TDS20), a local review', () => {
    expect(ddscpCatalog.reviews).toHaveLength(1);
    expect(theo).toMatchObject({ reference: 'TDS20', pseudonym: 'Theo', kind: 'lcspr' });
    expect(ddscpCatalog.partnership.shortName).toBe('DDSCP');
  });

  it('dates the documents as the page does: March 2024, and July 2024 for the learning on one page', () => {
    expect(theo?.documents.map((d) => [d.kind, d.published])).toEqual([
      ['report', '2024-03'],
      ['multi-agency-progress-summary', '2024-03'],
      ['learning-on-one-page', '2024-07'],
      ['audit-findings', undefined],
      ['best-practice-guide', undefined],
    ]);
  });

  it('keeps the report live on 2025-03-31 and not on 2025-04-01, the learning on one page until 2025-07-31', () => {
    const [report, , learning] = theo?.documents ?? [];
    expect(retentionOf(report?.published ?? '2000', '2025-03-31').status).toBe('expiring');
    expect(retentionOf(report?.published ?? '2000', '2025-04-01').status).toBe('expired');
    expect(retentionOf(learning?.published ?? '2000', '2025-04-01').liveUntil).toBe('2025-07-31');
  });

  it('invents nothing the page does not say: no lifecycle days, agencies, formats or sizes', () => {
    expect(theo?.timeline).toEqual({ published: '2024-03' });
    expect(theo?.agencies).toEqual([]);
    expect(theo?.familyInvolvement).toBe('unknown');
    for (const document of theo?.documents ?? []) {
      expect(document).not.toHaveProperty('format');
      expect(document).not.toHaveProperty('size');
      expect(document.link).toMatch(/^\/documents\/theo-tds20\/[a-z-]+$/);
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(theo?.documents[0])).toBe(true);
    expect(() => {
      (ddscpCatalog.reviews as unknown[]).push({});
    }).toThrow(TypeError);
  });
});

import { describe, expect, it } from 'vitest';
import { run } from '../../test/support/cli-io';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';

const files = { 'catalog.json': JSON.stringify(ddscpCatalog, null, 2) };

describe('ddscp takedowns, documents already past their last day', () => {
  it('lists them first, marked overdue, and exits 1 so a scheduled job can alert', async () => {
    const { status, out } = await run(
      ['takedowns', 'catalog.json', '--today', '2025-05-01'],
      files,
    );
    expect(status).toBe(1);
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      'catalog.json on 2025-05-01: 2 documents are OVERDUE: past the last day online',
    );
    const rows = lines.filter((line) => /^(overdue|due) /.test(line));
    expect(rows).toEqual([
      'overdue  2025-03-31  2025-04-01  Child Safeguarding Practice Review Theo (TDS20)',
      'overdue  2025-03-31  2025-04-01  Summary of multi-agency progress in respect of',
    ]);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('puts overdue documents before those coming down soon', async () => {
    const { status, out } = await run(
      ['takedowns', 'catalog.json', '--today', '2025-07-15', '--json'],
      files,
    );
    expect(status).toBe(1);
    const { takedowns } = JSON.parse(out);
    expect(
      takedowns.map((t: { documentId: string; overdue: boolean; liveUntil: string }) => [
        t.documentId,
        t.overdue,
        t.liveUntil,
      ]),
    ).toEqual([
      ['report', true, '2025-03-31'],
      ['multi-agency-progress-summary', true, '2025-03-31'],
      ['learning-on-one-page', false, '2025-07-31'],
    ]);
    const text = await run(['takedowns', 'catalog.json', '--today', '2025-07-15'], files);
    expect(text.out.indexOf('overdue  2025-03-31')).toBeLessThan(
      text.out.indexOf('due      2025-07-31'),
    );
  });

  it('exits 0 when nothing is overdue, even with documents coming down soon', async () => {
    const { status, out } = await run(
      ['takedowns', 'catalog.json', '--today', '2025-03-15'],
      files,
    );
    expect(status).toBe(0);
    expect(out).not.toContain('overdue');
    expect(out).toMatch(/^due +2025-03-31 {2}2025-04-01 {2}Child Safeguarding Practice Review/m);
  });

  it('counts a document as overdue from the day after its last day, not on it', async () => {
    expect((await run(['takedowns', 'catalog.json', '--today', '2025-03-31'], files)).status).toBe(
      0,
    );
    expect((await run(['takedowns', 'catalog.json', '--today', '2025-04-01'], files)).status).toBe(
      1,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { run } from '../../test/support/cli-io';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { publishedListing } from '../listing/published-listing';
import { listingHtml, listingPageHtml } from '../page/render-listing';

const files = { 'catalog.json': JSON.stringify(ddscpCatalog) };

describe('ddscp listing', () => {
  it('takes --json, the same as --format json', async () => {
    const json = await run(['listing', 'catalog.json', '--json'], files);
    const format = await run(['listing', 'catalog.json', '--format', 'json'], files);
    expect(json).toEqual(format);
    expect(JSON.parse(json.out).reviews).toEqual(publishedListing(ddscpCatalog, '2025-03-31'));
  });

  it('draws the HTML with the one renderer the example sites use', async () => {
    const { out } = await run(
      ['listing', 'catalog.json', '--format', 'html', '--today', '2025-04-01'],
      files,
    );
    expect(out).toBe(listingHtml(publishedListing(ddscpCatalog, '2025-04-01')));
  });

  it('wraps it as a whole preview page with --page', async () => {
    const { status, out } = await run(
      ['listing', 'catalog.json', '--format', 'html', '--page', '--today', '2025-04-01'],
      files,
    );
    expect(status).toBe(0);
    expect(out).toBe(
      listingPageHtml(publishedListing(ddscpCatalog, '2025-04-01'), {
        today: '2025-04-01',
        title: ddscpCatalog.partnership.name,
      }),
    );
    expect(out.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(out).toContain(
      '<title>Derby and Derbyshire Safeguarding Children Partnership on 1 April 2025 (preview)</title>',
    );
    expect(out).not.toMatch(/<script|<style|style=|\son\w+=/);
  });

  it('says where the documents are once they have all come down, and no longer says they are published', async () => {
    const theo = ddscpCatalog.reviews[0] as (typeof ddscpCatalog.reviews)[number];
    const dated = JSON.stringify({
      ...ddscpCatalog,
      reviews: [{ ...theo, documents: theo.documents.filter((d) => d.published) }],
    });
    const { out } = await run(
      ['listing', 'dated.json', '--format', 'html', '--today', '2025-08-01'],
      {
        'dated.json': dated,
      },
    );
    expect(out).toContain('NSPCC national case review repository</a>');
    expect(out).toContain(
      '<li>Learning on one page LCSPR: &#39;Theo&#39; (published July 2024, on this website until 31 July 2025)</li>',
    );
    expect(out).not.toContain('have published');
    expect(out).not.toContain('review__document-link');
    const text = await run(['listing', 'dated.json', '--today', '2025-08-01'], {
      'dated.json': dated,
    });
    expect(text.out).toContain('NSPCC national case review repository');
  });

  it('lists the rows soonest to come down first, undated last', async () => {
    const { out } = await run(['listing', 'catalog.json', '--today', '2025-03-31'], files);
    const days = out
      .split('\n')
      .filter((line) => /^ {2}(\d{4}|not known)/.test(line))
      .map((line) => line.slice(13, 23).trim());
    expect(days).toEqual(['2025-03-31', '2025-03-31', '2025-07-31', 'not known', 'not known']);
  });
});

describe('ddscp deadlines', () => {
  it("lists each review's deadlines in date order", async () => {
    const review = {
      id: 'example',
      reference: 'EX1',
      kind: 'lcspr',
      title: 'An example review',
      timeline: {
        becameAware: '2024-12-20',
        notifiedPanel: '2024-12-31',
        rapidReviewCompleted: '2025-01-20',
        decisionToCommission: '2025-01-24',
        published: '2025-06-27',
      },
    };
    const file = JSON.stringify({ ...ddscpCatalog, reviews: [review] });
    const { out } = await run(['deadlines', 'e.json', '--json'], { 'e.json': file });
    const dues = JSON.parse(out).reviews[0].deadlines.map((d: { due: string }) => d.due);
    expect(dues).toEqual(['2024-12-31', '2025-01-22', '2025-06-18', '2025-07-24']);
    const text = await run(['deadlines', 'e.json'], { 'e.json': file });
    const rows = text.out.split('\n').filter((line) => /^ {2}\d{4}-/.test(line));
    expect(rows.map((row) => row.slice(2, 12))).toEqual(dues);
  });
});

describe('ddscp workdays --json', () => {
  it('gives the inputs and the answer', async () => {
    expect(JSON.parse((await run(['workdays', 'add', '2024-12-31', '-5', '--json'])).out)).toEqual({
      from: '2024-12-31',
      workingDays: -5,
      date: '2024-12-20',
    });
    expect(
      JSON.parse((await run(['workdays', 'between', '2024-12-20', '2025-01-15', '--json'])).out),
    ).toEqual({ from: '2024-12-20', to: '2025-01-15', workingDays: 15 });
  });
});

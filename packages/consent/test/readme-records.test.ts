// Runs the README's proof-of-consent examples in Node: the store it opens (a SQLite file),
// the form and the report recording through it, and the ISO/IEC TS 27560 export.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBlocks } from './readme-blocks';

const { dir, remove } = writeBlocks('.readme-blocks-records');
const folder = mkdtempSync(join(tmpdir(), 'ddscp-readme-records-'));
afterAll(() => {
  remove();
  rmSync(folder, { recursive: true, force: true });
});

const SITE = 'https://www.example.gov.uk';

describe('the README’s proof-of-consent examples', () => {
  it('record a choice from the form and the browser’s report of it once, in SQLite', async () => {
    process.env.CONSENT_DB = join(folder, 'records.sqlite');
    delete process.env.DATABASE_URL;
    const { openRecords, saveChoice, consentReport } = await import(join(dir, 'records.ts'));
    const store = await openRecords();
    try {
      const saved: Response = await saveChoice(
        new Request(`${SITE}/cookies`, {
          method: 'POST',
          body: new URLSearchParams({ analytical: 'yes' }),
        }),
        store,
      );
      expect(saved.status).toBe(303);
      const cookie = (saved.headers.get('set-cookie') as string).split(';')[0] as string;
      const [, , , time, , id, decisionId] = cookie.split('.');
      const record = {
        necessary: true,
        analytical: true,
        policyVersion: 1,
        decidedAt: new Date(Number.parseInt(time as string, 36)).toISOString(),
        method: 'form',
        id,
        decisionId,
      };
      const reported: Response = await consentReport(
        new Request(`${SITE}/consent-records`, {
          method: 'POST',
          headers: { origin: SITE, cookie, 'content-type': 'application/json' },
          body: JSON.stringify(record),
        }),
        store,
      );
      expect(reported.headers.get('consent-record')).toBe(`duplicate; decision=${decisionId}`);
      expect(await store.count()).toBe(1);
      const { asIso27560, notice } = await import(join(dir, 'proof-export.ts'));
      const [kept] = await store.forVisitor(id as string);
      const iso = asIso27560(kept);
      expect(iso['dct:identifier']).toBe(decisionId);
      expect(iso['dpv:hasNotice']['dct:identifier']).toBe(`sha256:${notice.sha256}`);
    } finally {
      await store.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { logOf, PAGE } from '../../test/audit-log';
import { auditNotes } from './judge-notes';

describe('auditNotes', () => {
  it('says which hosts were blocked and how to let them through, each address once', () => {
    const blocked = [
      { url: 'https://www.googletagmanager.com/gtag/js?id=G-1', page: PAGE },
      { url: 'https://www.google-analytics.com/g/collect', page: PAGE },
    ];
    const [note] = auditNotes([
      logOf('before-choice', { blocked }),
      logOf('after-acceptance', { blocked }),
    ]);
    expect(note).toMatchObject({ check: 'audit', severity: 'warning', code: 'requests-blocked' });
    expect(note?.urls).toEqual(blocked.map((request) => request.url));
    expect(note?.fix).toBe(
      'To include them, name their hosts: --allow-host www.googletagmanager.com --allow-host www.google-analytics.com.',
    );
  });

  it('lists each page that could not be audited once, with the reason', () => {
    const skipped = [{ url: `${PAGE}old`, reason: 'the server answered 404 for it' }];
    const notes = auditNotes([logOf('before-choice', { skipped }), logOf('gpc', { skipped })]);
    expect(notes).toEqual([
      expect.objectContaining({
        code: 'page-not-audited',
        message: `The page ${PAGE}old was not audited: the server answered 404 for it.`,
      }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { judgeRejectAsEasy } from './judge-reject-as-easy';
import type { BannerScan, ControlScan } from './scan-banner';

const control = (text: string, overrides: Partial<ControlScan> = {}): ControlScan => ({
  text,
  kind: 'button',
  box: { x: 16, y: 200, width: 200, height: 44 },
  fontSize: 16,
  color: [255, 255, 255, 1],
  backgrounds: [
    [0, 112, 60, 1],
    [243, 242, 241, 1],
  ],
  borderWidth: 0,
  borderColor: [0, 0, 0, 0],
  inViewport: true,
  covered: false,
  ...overrides,
});
const banner = (overrides: Partial<BannerScan> = {}): BannerScan => ({
  ours: false,
  found: true,
  accept: control('Accept all'),
  reject: control('Reject all'),
  settings: null,
  viewport: { width: 1280, height: 720 },
  ...overrides,
});
const page = 'https://www.example.gov.uk/';

describe('rejecting as easy as accepting (ICO check 2)', () => {
  it('passes two equal buttons visible at every size', () => {
    const check = judgeRejectAsEasy({
      page,
      bannerNeeded: true,
      looks: [
        { viewport: '1280x720', scan: banner() },
        { viewport: '320x568', scan: banner({ viewport: { width: 320, height: 568 } }) },
      ],
    });
    expect(check).toMatchObject({ id: 'reject-as-easy', status: 'passed', findings: [] });
  });

  it('fails without a banner when something needs consent, and skips when nothing does', () => {
    const none = [
      { viewport: '1280x720', scan: banner({ found: false, accept: null, reject: null }) },
    ];
    expect(
      judgeRejectAsEasy({ page, bannerNeeded: true, looks: none }).findings.map(
        (finding) => finding.code,
      ),
    ).toEqual(['banner-not-found']);
    expect(judgeRejectAsEasy({ page, bannerNeeded: false, looks: none })).toMatchObject({
      status: 'skipped',
      findings: [],
    });
  });

  it('reports a problem once, with every window size it was seen at', () => {
    const secondLayer = (viewport: string) => ({
      viewport,
      scan: banner({ reject: null, settings: control('Manage cookies') }),
    });
    const check = judgeRejectAsEasy({
      page,
      bannerNeeded: true,
      looks: [secondLayer('1280x720'), secondLayer('320x568')],
    });
    expect(check.findings).toHaveLength(1);
    expect(check.findings[0]).toMatchObject({
      code: 'reject-not-on-first-layer',
      viewports: ['1280x720', '320x568'],
    });
    expect(check.findings[0]?.message).toBe(
      'Rejecting is not on the first layer of the banner: the banner offers “Accept all”, but refusing takes “Manage cookies” first (at 1280x720 and 320x568).',
    );
  });

  it('fails when a choice needs scrolling on a small screen', () => {
    const small = banner({
      viewport: { width: 320, height: 568 },
      reject: control('Reject all', {
        inViewport: false,
        box: { x: 0, y: 560, width: 288, height: 44 },
      }),
    });
    const check = judgeRejectAsEasy({
      page,
      bannerNeeded: true,
      looks: [{ viewport: '320x568', scan: small }],
    });
    expect(check.findings.map((finding) => finding.code)).toEqual(['choice-needs-scrolling']);
    expect(check.findings[0]?.message).toContain(
      '“Reject all” is below the fold (its bottom is at 604 px; the window is 568 px tall)',
    );
  });
});

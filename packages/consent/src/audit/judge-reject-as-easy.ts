// ICO check 2: rejecting is as easy as accepting. A reject control on the banner as first
// shown, the same kind of control as accept, of comparable size and contrast, and both
// visible without scrolling at each window size.
import type { AuditCheck, AuditFinding, AuditFindingCode } from './audit-report';
import { compareChoices, needsScrolling } from './compare-choices';
import { checkOf } from './describe';
import type { BannerScan } from './scan-banner';

/** The banner as one window size showed it. */
export interface BannerLook {
  /** `320x568`. */
  readonly viewport: string;
  readonly scan: BannerScan;
}

/** What the check judges. */
export interface RejectAsEasyInput {
  readonly page: string;
  readonly looks: readonly BannerLook[];
  /** Whether the configuration declares anything that needs consent (so a banner must be there). */
  readonly bannerNeeded: boolean;
}

const FIXES: Readonly<Record<string, string>> = {
  'reject-not-on-first-layer':
    'Put a reject button on the banner itself, next to the accept button and built the same way (mountConsentBanner and the drop-in do).',
  'reject-different-kind':
    'Make the reject control the same kind of control as accept: both buttons, styled alike (this package’s banner gives both the class ddscp-button).',
  'reject-smaller': 'Give the reject control the same size and text size as the accept control.',
  'reject-lower-contrast':
    'Give the reject control the same colours as the accept control, or at least text contrast of 4.5:1 and a shape that stands out at 3:1.',
  'choice-needs-scrolling':
    'Place the banner where it shows without scrolling (at the top of the page, in the flow) and keep its text short enough that both buttons fit on a small screen.',
};

/** Judges the banner as each window size showed it. */
export function judgeRejectAsEasy({ page, looks, bannerNeeded }: RejectAsEasyInput): AuditCheck {
  if (!looks.some((look) => look.scan.found)) {
    if (!bannerNeeded)
      return checkOf(
        'reject-as-easy',
        [],
        'the configuration declares nothing that needs consent, so no banner is needed',
      );
    return checkOf('reject-as-easy', [
      {
        check: 'reject-as-easy',
        severity: 'error',
        code: 'banner-not-found',
        message: `No consent banner was found on ${page}: no element about cookies with an accept button (in English or Welsh), and no .ddscp-cookie-banner.`,
        fix: 'Show the banner on every page until the visitor chooses (mountConsentBanner, or the drop-in). A banner of your own is found by the words on its buttons, such as “Accept analytics cookies” and “Reject analytics cookies”.',
        page,
      },
    ]);
  }
  // One finding per kind of problem, listing each window size it was seen at.
  const merged = new Map<AuditFindingCode, { details: string[]; viewports: string[] }>();
  const add = (code: AuditFindingCode, viewport: string, detail: string) => {
    const entry = merged.get(code) ?? { details: [], viewports: [] };
    if (!entry.details.includes(detail)) entry.details.push(detail);
    entry.viewports.push(viewport);
    merged.set(code, entry);
  };
  for (const { viewport, scan } of looks) {
    const { accept, reject, settings } = scan;
    if (!scan.found || !accept) continue;
    if (!reject) {
      add(
        'reject-not-on-first-layer',
        viewport,
        settings
          ? `the banner offers “${accept.text}”, but refusing takes “${settings.text}” first`
          : `the banner offers “${accept.text}” and no way to refuse`,
      );
      const hidden = needsScrolling(accept, scan.viewport);
      if (hidden) add('choice-needs-scrolling', viewport, hidden);
      continue;
    }
    for (const issue of compareChoices(accept, reject)) add(issue.code, viewport, issue.detail);
    const hidden = [
      needsScrolling(accept, scan.viewport),
      needsScrolling(reject, scan.viewport),
    ].filter((reason): reason is string => reason !== null);
    if (hidden.length) add('choice-needs-scrolling', viewport, hidden.join('; '));
  }
  const findings: AuditFinding[] = [...merged].map(([code, { details, viewports }]) => ({
    check: 'reject-as-easy',
    severity: 'error',
    code,
    message: `${SUMMARIES[code as keyof typeof SUMMARIES]}: ${details.join('; ')} (at ${viewports.join(' and ')}).`,
    fix: FIXES[code] ?? '',
    page,
    viewports,
  }));
  return checkOf('reject-as-easy', findings);
}

const SUMMARIES = {
  'reject-not-on-first-layer': 'Rejecting is not on the first layer of the banner',
  'reject-different-kind': 'The reject control is not the same kind of control as accept',
  'reject-smaller': 'The reject control is smaller than the accept control',
  'reject-lower-contrast': 'The reject control stands out less than the accept control',
  'choice-needs-scrolling': 'The choice cannot be made without scrolling',
} as const;

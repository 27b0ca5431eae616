import { contrastRatio, seenBackground } from './contrast';
import type { ControlScan } from './scan-banner';

/**
 * When the reject control counts as prominent as the accept control. One table, so the
 * README, the messages and the checks say the same. Widths vary with the words on a button,
 * so size is judged by height, text size and (loosely) area.
 */
export const PROMINENCE = {
  /** The reject control's height is at least this share of the accept control's. */
  minHeightRatio: 0.75,
  /** Its text size is at least this share of the accept control's. */
  minFontSizeRatio: 0.85,
  /** Its area is at least this share of the accept control's. */
  minAreaRatio: 0.35,
  /** A background or border at least this contrast against what is behind it draws a shape. */
  shapeContrast: 1.5,
  /** WCAG 1.4.3: text contrast a control must reach (unless accept's is no better). */
  textContrast: 4.5,
  /** WCAG 1.4.11: contrast of a control's shape against what is behind it. */
  shapeContrastAa: 3,
} as const;

/** What a control looks like, for comparing two of them. */
export interface ControlLook {
  /** Contrast of its text against what is behind it. */
  readonly textContrast: number;
  /** Contrast of its background or border (the better) against what is behind the control. */
  readonly shapeContrast: number;
  /** Whether it draws a shape (a filled or outlined button) or is bare text. */
  readonly shaped: boolean;
}

/** How a control looks, from the colours the browser computed. */
export function lookOf(control: ControlScan): ControlLook {
  const [own = [0, 0, 0, 0] as const, ...behind] = control.backgrounds;
  const around = seenBackground(behind);
  const fill = own[3] > 0 ? contrastRatio(own, around) : 1;
  const border = control.borderWidth >= 1 ? contrastRatio(control.borderColor, around) : 1;
  const shapeContrast = Math.max(fill, border);
  return {
    textContrast: contrastRatio(control.color, seenBackground(control.backgrounds)),
    shapeContrast,
    shaped: shapeContrast >= PROMINENCE.shapeContrast,
  };
}

/** One way in which the reject control is less prominent than the accept control. */
export interface ProminenceIssue {
  readonly code: 'reject-different-kind' | 'reject-smaller' | 'reject-lower-contrast';
  /** What differs, with the figures, for the finding's message. */
  readonly detail: string;
}

const ratio = (value: number) => `${value.toFixed(1)}:1`;
const px = (value: number) => `${Math.round(value)} px`;

/** The ways `reject` is less prominent than `accept`: an empty list when it is as prominent. */
export function compareChoices(accept: ControlScan, reject: ControlScan): ProminenceIssue[] {
  const issues: ProminenceIssue[] = [];
  const [yes, no] = [lookOf(accept), lookOf(reject)];
  const kind = (control: ControlScan, look: ControlLook) =>
    `${control.kind === 'other' ? 'a clickable element' : `a ${control.kind}`}${look.shaped ? '' : ' that looks like plain text'}`;
  if (accept.kind !== reject.kind || yes.shaped !== no.shaped)
    issues.push({
      code: 'reject-different-kind',
      detail: `“${reject.text}” is ${kind(reject, no)}, while “${accept.text}” is ${kind(accept, yes)}`,
    });
  const small: string[] = [];
  if (reject.box.height < accept.box.height * PROMINENCE.minHeightRatio)
    small.push(`${px(reject.box.height)} tall against ${px(accept.box.height)}`);
  if (reject.fontSize < accept.fontSize * PROMINENCE.minFontSizeRatio)
    small.push(`text of ${px(reject.fontSize)} against ${px(accept.fontSize)}`);
  const area = (control: ControlScan) => control.box.width * control.box.height;
  if (area(reject) < area(accept) * PROMINENCE.minAreaRatio)
    small.push(
      `${Math.round(reject.box.width)}×${Math.round(reject.box.height)} px against ${Math.round(accept.box.width)}×${Math.round(accept.box.height)} px`,
    );
  if (small.length) issues.push({ code: 'reject-smaller', detail: small.join(', ') });
  const faint: string[] = [];
  if (no.textContrast < PROMINENCE.textContrast && no.textContrast < yes.textContrast)
    faint.push(
      `its text has a contrast of ${ratio(no.textContrast)} against ${ratio(yes.textContrast)}`,
    );
  if (
    yes.shaped &&
    no.shaped &&
    yes.shapeContrast >= PROMINENCE.shapeContrastAa &&
    no.shapeContrast < PROMINENCE.shapeContrastAa
  )
    faint.push(
      `its shape stands out from the banner at ${ratio(no.shapeContrast)} against ${ratio(yes.shapeContrast)}`,
    );
  if (faint.length) issues.push({ code: 'reject-lower-contrast', detail: faint.join(', ') });
  return issues;
}

/** Why a control cannot be used without scrolling, or `null` when it can. */
export function needsScrolling(control: ControlScan, viewport: { height: number }): string | null {
  if (control.covered) return `“${control.text}” is covered by another element`;
  if (control.inViewport) return null;
  return control.box.y + control.box.height > viewport.height
    ? `“${control.text}” is below the fold (its bottom is at ${px(control.box.y + control.box.height)}; the window is ${px(viewport.height)} tall)`
    : `“${control.text}” is outside the window`;
}

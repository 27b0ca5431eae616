import { describe, expect, it } from 'vitest';
import { compareChoices, lookOf, needsScrolling } from './compare-choices';
import type { ControlScan } from './scan-banner';

const GREY: ControlScan['backgrounds'][number] = [243, 242, 241, 1];
/** A GOV.UK-style green button on the grey banner. */
const button = (text: string, overrides: Partial<ControlScan> = {}): ControlScan => ({
  text,
  kind: 'button',
  box: { x: 16, y: 300, width: 220, height: 44 },
  fontSize: 16,
  color: [255, 255, 255, 1],
  backgrounds: [[0, 112, 60, 1], [0, 0, 0, 0], GREY, [255, 255, 255, 1]],
  borderWidth: 2,
  borderColor: [0, 0, 0, 0],
  inViewport: true,
  covered: false,
  ...overrides,
});
/** A plain text link on the grey banner. */
const link = (text: string, overrides: Partial<ControlScan> = {}): ControlScan =>
  button(text, {
    kind: 'link',
    color: [29, 112, 184, 1],
    backgrounds: [[0, 0, 0, 0], GREY, [255, 255, 255, 1]],
    borderWidth: 0,
    ...overrides,
  });

describe('compareChoices', () => {
  it('finds nothing between two buttons built alike, whatever their words', () => {
    expect(
      compareChoices(
        button('Accept analytics cookies'),
        button('Reject analytics cookies', { box: { x: 0, y: 0, width: 150, height: 44 } }),
      ),
    ).toEqual([]);
  });

  it('finds a link against a button: another kind, and smaller when it is', () => {
    const issues = compareChoices(
      button('Accept all cookies'),
      link('Reject', { box: { x: 0, y: 0, width: 40, height: 18 }, fontSize: 12 }),
    );
    expect(issues.map((issue) => issue.code)).toEqual(['reject-different-kind', 'reject-smaller']);
    expect(issues[0]?.detail).toBe(
      '“Reject” is a link that looks like plain text, while “Accept all cookies” is a button',
    );
    expect(issues[1]?.detail).toBe(
      '18 px tall against 44 px, text of 12 px against 16 px, 40×18 px against 220×44 px',
    );
  });

  it('finds a button that is a link in the markup but looks like one', () => {
    const styled = button('Reject all', { kind: 'link' });
    expect(compareChoices(button('Accept all'), styled).map((issue) => issue.code)).toEqual([
      'reject-different-kind',
    ]);
  });

  it('finds faint text and a shape that does not stand out, when accept does better', () => {
    const faint = button('Reject', {
      color: [170, 170, 170, 1],
      backgrounds: [[230, 230, 230, 1], GREY, [255, 255, 255, 1]],
      borderWidth: 1,
      borderColor: [150, 150, 150, 1],
    });
    const [issue] = compareChoices(button('Accept'), faint);
    expect(issue?.code).toBe('reject-lower-contrast');
    expect(issue?.detail).toMatch(
      /^its text has a contrast of \d\.\d:1 against 6\.2:1, its shape stands out from the banner at 2\.\d:1 against 5\.\d:1$/,
    );
  });

  it('lets two links be equal, and a reject more prominent than accept', () => {
    expect(compareChoices(link('Accept'), link('Reject'))).toEqual([]);
    expect(compareChoices(link('Accept', { fontSize: 12 }), link('Reject'))).toEqual([]);
  });
});

describe('lookOf', () => {
  it('sees a filled button as a shape and bare text as none', () => {
    expect(lookOf(button('Accept')).shaped).toBe(true);
    expect(lookOf(link('Reject')).shaped).toBe(false);
  });

  it('sees an outlined button on the banner’s colour as a shape', () => {
    const outlined = link('Reject', {
      kind: 'button',
      borderWidth: 2,
      borderColor: [11, 12, 12, 1],
    });
    expect(lookOf(outlined)).toMatchObject({ shaped: true });
  });
});

describe('needsScrolling', () => {
  it('says why a control cannot be used without scrolling', () => {
    const viewport = { height: 568 };
    expect(needsScrolling(button('Reject'), viewport)).toBeNull();
    expect(
      needsScrolling(
        button('Reject', { inViewport: false, box: { x: 0, y: 600, width: 200, height: 44 } }),
        viewport,
      ),
    ).toBe('“Reject” is below the fold (its bottom is at 644 px; the window is 568 px tall)');
    expect(needsScrolling(button('Reject', { covered: true }), viewport)).toBe(
      '“Reject” is covered by another element',
    );
  });
});

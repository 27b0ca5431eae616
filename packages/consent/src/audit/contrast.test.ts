import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, type Rgba, seenBackground } from './contrast';

const channel = fc.integer({ min: 0, max: 255 });
const opaque = fc.tuple(channel, channel, channel).map(([r, g, b]): Rgba => [r, g, b, 1]);
const any = fc
  .tuple(channel, channel, channel, fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([r, g, b, a]): Rgba => [r, g, b, a]);

describe('contrastRatio (WCAG 2)', () => {
  it('gives the known figures', () => {
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5);
    // GOV.UK's button: white on #00703c.
    expect(contrastRatio([255, 255, 255, 1], [0, 112, 60, 1])).toBeCloseTo(6.21, 2);
    // GOV.UK's link blue on white, #1d70b8.
    expect(contrastRatio([29, 112, 184, 1], [255, 255, 255, 1])).toBeCloseTo(5.17, 2);
  });

  it('is between 1 and 21, 1 for a colour on itself, and the same either way round', () => {
    fc.assert(
      fc.property(opaque, opaque, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21 + 1e-9);
        expect(contrastRatio(b, a)).toBeCloseTo(ratio, 9);
        expect(contrastRatio(a, a)).toBeCloseTo(1, 9);
      }),
    );
  });

  it('sees a transparent foreground as no contrast at all', () => {
    fc.assert(
      fc.property(opaque, opaque, (fore, back) => {
        expect(contrastRatio([fore[0], fore[1], fore[2], 0], back)).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('composite and seenBackground', () => {
  it('keep an opaque top layer as it is, and let a transparent one through', () => {
    fc.assert(
      fc.property(opaque, any, (top, bottom) => {
        expect(composite(top, bottom).slice(0, 3)).toEqual(
          top.slice(0, 3).map((value) => expect.closeTo(value, 9)),
        );
        expect(composite([0, 0, 0, 0], bottom)).toEqual(
          bottom[3] === 0 ? [0, 0, 0, 0] : bottom.map((value) => expect.closeTo(value, 9)),
        );
      }),
    );
  });

  it('paints the layers over white, the element’s own first', () => {
    expect(seenBackground([])).toEqual([255, 255, 255, 1]);
    expect(
      seenBackground([
        [0, 0, 0, 0],
        [0, 112, 60, 1],
        [255, 0, 0, 1],
      ]),
    ).toEqual([0, 112, 60, 1]);
    expect(seenBackground([[0, 0, 0, 0.5]])).toEqual([127.5, 127.5, 127.5, 1]);
  });
});

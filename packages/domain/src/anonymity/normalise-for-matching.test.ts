import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForMatching } from './normalise-for-matching';

describe('normaliseForMatching', () => {
  it('gives ASCII text back as it is, the same string', () => {
    const text = 'DE22 1GT\tand\n943-476-5919';
    expect(normaliseForMatching(text).text).toBe(text);
  });

  it('folds full-width forms, every kind of space, dash and apostrophe, and drops accents', () => {
    const fold = (text: string) => normaliseForMatching(text).text;
    expect(fold('ＤＥ２２\u3000１ＧＴ')).toBe('DE22 1GT');
    for (const space of ['\u00A0', '\u2009', '\u202F', '\u2002', '\u3000', '\u2028']) {
      expect(fold(`a${space}b`), space).toBe('a b');
    }
    for (const dash of ['\u2010', '\u2011', '\u2013', '\u2014', '\u2212', '\uFE63', '\uFF0D']) {
      expect(fold(`1${dash}2`), dash).toBe('1-2');
    }
    for (const apostrophe of ['\u2019', '\u2018', '\u02BC', '\u2032', '\uFF07', '\u00B4']) {
      expect(fold(`O${apostrophe}Brien`), apostrophe).toBe("O'Brien");
    }
    expect(fold('Zoë Zoe\u0308 ZOË Renée')).toBe('Zoe Zoe ZOE Renee');
    expect(fold('ﬁle\u00ADname\u200B')).toBe('filename');
  });

  it('maps any folded range back to whole code points of the text as written', () => {
    const { text, original } = normaliseForMatching('ﬁnd Zoe\u0308 at ＤＥ２２ １ＧＴ 😀 x');
    expect(text).toBe('find Zoe at DE22 1GT 😀 x');
    const back = (start: number, end: number) => {
      const range = original(start, end);
      return 'ﬁnd Zoe\u0308 at ＤＥ２２ １ＧＴ 😀 x'.slice(range.start, range.end);
    };
    expect(back(0, 4)).toBe('ﬁnd');
    expect(back(1, 2)).toBe('ﬁ');
    expect(back(5, 8)).toBe('Zoe\u0308');
    expect(back(12, 20)).toBe('ＤＥ２２ １ＧＴ');
    expect(back(21, 23)).toBe('😀');
    expect(back(24, 25)).toBe('x');
  });

  it('maps ranges in order and inside the text, and the whole folded text to the whole text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const { text: folded, original } = normaliseForMatching(text);
          const start = Math.min(a, b) % (folded.length + 1);
          const end = Math.max(start, Math.max(a, b) % (folded.length + 1));
          const range = original(start, end);
          expect(range.start).toBeGreaterThanOrEqual(0);
          expect(range.start).toBeLessThanOrEqual(range.end);
          expect(range.end).toBeLessThanOrEqual(text.length);
          // The whole folded text is the whole text, but for dropped marks before the first letter.
          const whole = original(0, folded.length);
          expect(whole.end).toBe(text.length);
          expect(normaliseForMatching(text.slice(0, whole.start)).text).toBe('');
          // Folding the range as written gives back at least the folded range (when the
          // range splits no surrogate pair: no pattern matches half a code point).
          const splits = (at: number) => /[\uDC00-\uDFFF]/.test(folded.charAt(at));
          if (splits(start) || splits(end)) return;
          expect(normaliseForMatching(text.slice(range.start, range.end)).text).toContain(
            folded.slice(start, end),
          );
        },
      ),
    );
  });
});

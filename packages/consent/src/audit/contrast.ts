/** A colour as the browser computed it: red, green and blue from 0 to 255, alpha from 0 to 1. */
export type Rgba = readonly [red: number, green: number, blue: number, alpha: number];

/** Paints `top` over `bottom` (source-over), as the browser composes translucent layers. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top[3] + bottom[3] * (1 - top[3]);
  if (alpha === 0) return [0, 0, 0, 0];
  const channel = (index: 0 | 1 | 2) =>
    (top[index] * top[3] + bottom[index] * bottom[3] * (1 - top[3])) / alpha;
  return [channel(0), channel(1), channel(2), alpha];
}

/**
 * The colour seen through a stack of backgrounds, from the element's own (first) to the
 * page's (last), over white where the page sets none, as browsers draw it.
 */
export function seenBackground(layers: readonly Rgba[]): Rgba {
  let seen: Rgba = [255, 255, 255, 1];
  for (let index = layers.length - 1; index >= 0; index -= 1)
    seen = composite(layers[index] as Rgba, seen);
  return seen;
}

/** WCAG 2's relative luminance of an opaque colour. */
export function relativeLuminance([red, green, blue]: Rgba): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/**
 * WCAG 2's contrast ratio between a foreground and an opaque background, from 1 (none) to
 * 21 (black on white); a translucent foreground is first painted over the background.
 */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const lighter = relativeLuminance(composite(foreground, background));
  const darker = relativeLuminance(background);
  const [high, low] = lighter > darker ? [lighter, darker] : [darker, lighter];
  return (high + 0.05) / (low + 0.05);
}

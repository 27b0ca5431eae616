// "Did you mean…?" for a misspelt field or value: the candidate a person most likely meant,
// or none when nothing is close. Bounded: long inputs are not compared at all.

/** Inputs longer than this are not compared: no field or value of a catalogue is that long. */
const MAX_LENGTH = 64;

/** Lower case without spaces, hyphens, underscores or dots: `became_aware` ~ `becameAware`. */
const loose = (text: string) => text.toLowerCase().replace(/[\s_.-]+/g, '');

/** The first letters of a hyphenated value: `serious-case-review` → `scr`. */
const initials = (text: string) =>
  text
    .split('-')
    .map((word) => word[0] ?? '')
    .join('');

/**
 * The edit distance between `a` and `b` (insertions, deletions, substitutions and swaps of
 * two neighbouring letters, each counting 1), or `limit + 1` as soon as it exceeds `limit`.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The candidate `input` most likely stands for: the same but for case, spaces, hyphens or
 * underscores (`LCSPR`, `learning on one page`, `became_aware`); the initials of a hyphenated
 * value (`scr` for `serious-case-review`); else the nearest by edit distance, if within
 * about a third of its length (`sumary` for `summary`, `titel` for `title`). `undefined`
 * when nothing is close, or for an input that is not a short string. @internal
 */
export function closestMatch(input: unknown, candidates: readonly string[]): string | undefined {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_LENGTH) {
    return undefined;
  }
  const wanted = loose(input);
  if (wanted.length === 0) return undefined;
  const same = candidates.find((candidate) => loose(candidate) === wanted);
  if (same !== undefined) return same;
  if (wanted.length >= 2) {
    const abbreviated = candidates.find(
      (candidate) => candidate.includes('-') && initials(candidate) === wanted,
    );
    if (abbreviated !== undefined) return abbreviated;
  }
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const limit = Math.max(1, Math.floor(Math.max(wanted.length, candidate.length) / 3));
    const d = distance(wanted, loose(candidate), limit);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

// A small seeded random number generator (mulberry32), so that every run of the benchmarks
// draws the same inputs and the same synthetic data.

/** A function returning numbers in [0, 1) from `seed`, the same sequence every time. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

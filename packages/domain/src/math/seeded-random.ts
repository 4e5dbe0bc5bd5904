/** A source of numbers in [0, 1): `Math.random` in the app, a seeded one in tests, training and the demo. */
export type RandomSource = () => number;

/** A seeded generator (mulberry32): the same sequence for the same seed, for reproducible samples. */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

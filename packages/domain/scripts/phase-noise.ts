/**
 * Seeded noise in the ways people type on a phone, for measuring how the phase classifier holds up beyond
 * tidy lines (scripts/phase-experiment.ts, on dev only): typos (a letter dropped, doubled, swapped or hit
 * next to it), words run together, letters stretched ("zooo"), emoji between words, vowels dropped
 * (sms style), and all of them mixed. Not used by the build.
 */
import { seededRandom } from '../src/math/seeded-random.js';

export const NOISE_KINDS = ['typos', 'merged', 'stretched', 'emoji', 'sms', 'mixed'] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];

const NEIGHBOURS: Record<string, string> = {
  a: 'sqz',
  b: 'vn',
  c: 'xv',
  d: 'sf',
  e: 'wr',
  f: 'dg',
  g: 'fh',
  h: 'gj',
  i: 'uo',
  j: 'hk',
  k: 'jl',
  l: 'k',
  m: 'n',
  n: 'bm',
  o: 'ip',
  p: 'o',
  q: 'a',
  r: 'et',
  s: 'ad',
  t: 'ry',
  u: 'yi',
  v: 'cb',
  w: 'qe',
  x: 'zc',
  y: 'tu',
  z: 'x',
};
const EMOJI = ['😭', '🙏', '❤️', '😅', '🥺', '💪', '😤', '🙄', '✨', '👍'];

function typo(word: string, r: () => number): string {
  if (word.length < 3) return word;
  const i = 1 + Math.floor(r() * (word.length - 1));
  const c = word[i] as string;
  switch (Math.floor(r() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + c + word.slice(i);
    case 2:
      return i + 1 < word.length ? word.slice(0, i) + (word[i + 1] as string) + c + word.slice(i + 2) : word;
    default: {
      const n = NEIGHBOURS[c.toLowerCase()];
      return n === undefined
        ? word
        : word.slice(0, i) + (n[Math.floor(r() * n.length)] as string) + word.slice(i + 1);
    }
  }
}

const vowelless = (w: string): string =>
  w.length > 4 ? (w[0] as string) + w.slice(1).replace(/[aeiou]/g, '') : w;
const stretch = (w: string, r: () => number): string => {
  const i = w.search(/[aeiou][^aeiou]*$/);
  return i < 0 ? w : w.slice(0, i + 1) + (w[i] as string).repeat(2 + Math.floor(r() * 3)) + w.slice(i + 1);
};

/** The text with one kind of noise, the same for the same seed. */
export function perturb(text: string, kind: NoiseKind, seed: number): string {
  const r = seededRandom(seed);
  const words = text.split(' ');
  const k =
    kind === 'mixed'
      ? (['typos', 'merged', 'stretched', 'emoji', 'sms'] as const)[Math.floor(r() * 5)]!
      : kind;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i] as string;
    const roll = r();
    if (k === 'typos' && roll < 0.2) w = typo(w, r);
    else if (k === 'sms' && roll < 0.3) w = vowelless(w);
    else if (k === 'stretched' && roll < 0.1) w = stretch(w, r);
    else if (k === 'emoji' && roll < 0.12) w = `${w} ${EMOJI[Math.floor(r() * EMOJI.length)] as string}`;
    else if (k === 'merged' && roll < 0.2 && i + 1 < words.length) w = w + (words[++i] as string);
    out.push(w);
  }
  // Phones and hurry: no capitals and no full stop at the end, for every kind.
  return out
    .join(' ')
    .toLowerCase()
    .replace(/[.!]+$/, '');
}

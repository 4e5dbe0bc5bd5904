// The hashes behind the models' features (hashed-features.ts): FNV-1a over characters, a final mix for
// word and bigram hashes. Changing any of them changes every trained weight's meaning: retrain after.

export const SEED_CHAR = 0x811c9dc5;
export const SEED_WORD = 0x01000193;
export const SEED_BIGRAM = 0x5bd1e995;
const BANG = 33;

export function fnv(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0;
}

export function avalanche(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return h >>> 0;
}

/** fnv over the characters of text[start, end), "!" first when negated. */
export function chain(h: number, text: string, start: number, end: number, negated: boolean): number {
  if (negated) h = fnv(h, BANG);
  for (let i = start; i < end; i++) h = fnv(h, text.charCodeAt(i));
  return h;
}

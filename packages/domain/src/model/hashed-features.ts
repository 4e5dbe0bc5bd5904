import { isNegator, NEGATION_SCOPE } from '../text/negation.js';
import { CLAUSE_BREAK } from '../text/normalize-text.js';
import { avalanche, chain, fnv, SEED_BIGRAM, SEED_CHAR, SEED_WORD } from './feature-hash.js';

/**
 * Sparse features of a normalised text for the linear models: hashed character n-grams (3–5, across word
 * boundaries, so "wil dood" and typos like "zelfmord" share most of their grams) plus hashed word unigrams
 * and bigrams (bigrams within a clause). A word up to three words after a negation (text/negation.ts) is marked ("niet dood"
 * → "!dood"), so a denial does not look like the wish it denies. Values are counts scaled to unit length.
 *
 * Hashing keeps the model a fixed size whatever the vocabulary; `dense` adds a few extra inputs (the
 * lexicon's scores) after the hashed buckets.
 */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
  /** For each entry, the normalised-text position of the word it came from (−1 for dense inputs). */
  readonly anchors: Int32Array;
}

export const CHAR_NGRAM_MIN = 3;
export const CHAR_NGRAM_MAX = 5;
// Scratch space reused between calls (single-threaded; every call clears what it touched).
let scratchCounts = new Int32Array(0);
let scratchAnchors = new Int32Array(0);
let touched = new Int32Array(0);

const SPACE = 32;
const DOT = CLAUSE_BREAK.charCodeAt(0);

/**
 * A text read once for feature extraction: the hash of every character n-gram of ` text ` and the words
 * with their hashes, so that the text and any number of windows of it are hashed without building a
 * string per n-gram, word or bigram. Hashes are exactly those of `hashString` over the strings the
 * features stand for (`fnv` is applied character by character either way).
 */
interface PreparedText {
  readonly text: string;
  /** grams[p * 3 + (n − 3)]: hash of the n-gram of the padded text starting at p (n = 3, 4, 5). */
  readonly grams: Uint32Array;
  /** For each position of the padded text: the start (in `text`) of its word, −1 on a space. */
  readonly wordStart: Int32Array;
  /** Word tokens: start, end (in `text`), kind (0 word, 1 negator, 2 clause break). */
  readonly tokens: Int32Array;
  readonly tokenCount: number;
  /**
   * Hashes remembered per token, as windows overlap (−1: not yet): the word plain and marked "!"
   * (t * 2 + negated), and the bigram with the token before it (t * 4 + previous negated * 2 + negated).
   */
  readonly wordHashes: Float64Array;
  readonly bigramHashes: Float64Array;
  /** The whole text's hashed features, kept once computed (the phase and the crisis model share them). */
  whole?: HashedPart;
}

interface HashedPart {
  readonly buckets: number;
  readonly indices: Int32Array;
  readonly values: Float64Array;
  readonly anchors: Int32Array;
}

/** What `logitOf` needs of a binary linear model (logistic-regression.ts). */
export interface BinaryModel {
  readonly weights: Float32Array | Float64Array;
  readonly bias: number;
}

const WORD = 0;
const NEGATOR = 1;
const BREAK = 2;

// The phase model and the crisis model read the same normalised text one after the other (the crisis
// model's text differs only where idioms or denials were masked): the last text's preparation is kept, so
// its n-grams are hashed once.
let lastPrepared: PreparedText | undefined;

function prepare(text: string): PreparedText {
  if (lastPrepared !== undefined && lastPrepared.text === text) return lastPrepared;
  return (lastPrepared = prepareText(text));
}

function prepareText(text: string): PreparedText {
  const length = text.length + 2;
  const padded = ` ${text} `;
  const code = (p: number): number => padded.charCodeAt(p);
  const grams = new Uint32Array(length * 3);
  const wordStart = new Int32Array(length);
  let current = -1;
  for (let i = 0; i < length; i++) {
    const c = code(i);
    if (c === SPACE) current = -1;
    else if (current === -1) current = i - 1;
    wordStart[i] = current;
    let h = SEED_CHAR;
    for (let k = 0; k < CHAR_NGRAM_MAX && i + k < length; k++) {
      h = fnv(h, code(i + k));
      if (k + 1 >= CHAR_NGRAM_MIN) grams[i * 3 + k + 1 - CHAR_NGRAM_MIN] = (h ^ (h >>> 16)) >>> 0;
    }
  }
  // Words: maximal runs of non-spaces, as /[^ ]+/g finds them.
  const tokens = new Int32Array(Math.ceil(text.length / 2) * 3 + 3);
  let tokenCount = 0;
  for (let i = 0; i < text.length;) {
    if (text.charCodeAt(i) === SPACE) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) !== SPACE) end++;
    const kind =
      end === i + 1 && text.charCodeAt(i) === DOT ? BREAK : isNegator(text.slice(i, end)) ? NEGATOR : WORD;
    tokens[tokenCount * 3] = i;
    tokens[tokenCount * 3 + 1] = end;
    tokens[tokenCount * 3 + 2] = kind;
    tokenCount++;
    i = end;
  }
  return {
    text,
    grams,
    wordStart,
    tokens,
    tokenCount,
    wordHashes: new Float64Array(tokenCount * 2).fill(-1),
    bigramHashes: new Float64Array(tokenCount * 4).fill(-1),
  };
}

/**
 * Counts the features of text[start, end) into the scratch arrays; returns how many buckets (`touched`).
 * `anchored`: also remember each bucket's word (for a vector; a logit does not need it).
 */
function countSlice(
  prepared: PreparedText,
  start: number,
  end: number,
  buckets: number,
  anchored = true,
): number {
  const { text, grams, wordStart, tokens, tokenCount, wordHashes, bigramHashes } = prepared;
  const mask = buckets - 1;
  if (scratchCounts.length < buckets) {
    scratchCounts = new Int32Array(buckets);
    scratchAnchors = new Int32Array(buckets);
  }
  const maxEntries = (end - start) * 4 + 16;
  if (touched.length < maxEntries) touched = new Int32Array(maxEntries);
  let distinct = 0;
  const counts = scratchCounts;
  const anchorOf = scratchAnchors;
  const seen = touched;
  // (Written out rather than through a helper: this loop is the hot path of both models.)
  // Character n-grams of " slice ", which is padded[start, end + 2).
  const length = end - start + 2;
  for (let i = 0; i + CHAR_NGRAM_MIN <= length; i++) {
    for (let n = CHAR_NGRAM_MIN; n <= CHAR_NGRAM_MAX && i + n <= length; n++) {
      const bucket = (grams[(start + i) * 3 + n - CHAR_NGRAM_MIN] as number) & mask;
      const count = counts[bucket] as number;
      if (count === 0) {
        seen[distinct++] = bucket;
        if (anchored) {
          const owner = wordStart[start + i + (n >> 1)] as number;
          anchorOf[bucket] = owner === -1 ? -1 : owner - start;
        }
      }
      counts[bucket] = count + 1;
    }
  }
  const add = (bucket: number, anchor: number): void => {
    if (counts[bucket] === 0) {
      seen[distinct++] = bucket;
      if (anchored) anchorOf[bucket] = anchor;
    }
    counts[bucket] = (counts[bucket] as number) + 1;
  };

  // Words and bigrams within a clause; a word up to three words after a negator is marked "!".
  let negatedFor = 0;
  let previous = -1;
  let previousNegated = false;
  // The first token at or after `start` (tokens are in text order): windows start far into long posts.
  let low = 0;
  for (let high = tokenCount; low < high;) {
    const mid = (low + high) >> 1;
    if ((tokens[mid * 3] as number) < start) low = mid + 1;
    else high = mid;
  }
  for (let t = low; t < tokenCount; t++) {
    const from = tokens[t * 3] as number;
    const to = tokens[t * 3 + 1] as number;
    if (to > end) break;
    const kind = tokens[t * 3 + 2] as number;
    if (kind === BREAK) {
      negatedFor = 0;
      previous = -1;
      continue;
    }
    const negated = negatedFor > 0;
    negatedFor = kind === NEGATOR ? NEGATION_SCOPE : Math.max(0, negatedFor - 1);
    const w = t * 2 + (negated ? 1 : 0);
    let word = wordHashes[w] as number;
    if (word === -1) wordHashes[w] = word = avalanche(chain(SEED_WORD, text, from, to, negated));
    add(word & mask, from - start);
    if (previous !== -1) {
      // `previous` is always the token just before (a clause break resets it).
      const b = t * 4 + (previousNegated ? 2 : 0) + (negated ? 1 : 0);
      let bigram = bigramHashes[b] as number;
      if (bigram === -1) {
        const h = chain(
          SEED_BIGRAM,
          text,
          tokens[previous * 3] as number,
          tokens[previous * 3 + 1] as number,
          previousNegated,
        );
        bigramHashes[b] = bigram = avalanche(chain(fnv(h, SPACE), text, from, to, negated));
      }
      add(bigram & mask, from - start);
    }
    previous = t;
    previousNegated = negated;
  }

  return distinct;
}

/** 1 / the length of the counts in the scratch arrays. */
function scaleOf(distinct: number): number {
  let norm = 0;
  for (let j = 0; j < distinct; j++) {
    const c = scratchCounts[touched[j] as number] as number;
    norm += c * c;
  }
  return norm > 0 ? 1 / Math.sqrt(norm) : 0;
}

/**
 * Features of text[start, end) of a prepared text, exactly as `extractFeatures` would give them for
 * that slice, provided the slice starts and ends at a word boundary (a space or the end of the text on
 * either side): then the padded slice is a substring of the padded text.
 */
function featuresOf(
  prepared: PreparedText,
  start: number,
  end: number,
  buckets: number,
  dense: readonly number[],
): SparseVector {
  const whole = start === 0 && end === prepared.text.length;
  const cached = prepared.whole;
  if (whole && cached !== undefined && cached.buckets === buckets) return withDense(cached, buckets, dense);
  const distinct = countSlice(prepared, start, end, buckets);
  const scale = scaleOf(distinct);
  const counts = scratchCounts;
  const size = distinct + dense.length;
  const indices = new Int32Array(size);
  const values = new Float64Array(size);
  const anchors = new Int32Array(size);
  for (let j = 0; j < distinct; j++) {
    const bucket = touched[j] as number;
    indices[j] = bucket;
    values[j] = (counts[bucket] as number) * scale;
    anchors[j] = scratchAnchors[bucket] as number;
    counts[bucket] = 0;
  }
  for (let d = 0; d < dense.length; d++) {
    indices[distinct + d] = buckets + d;
    values[distinct + d] = dense[d] ?? 0;
    anchors[distinct + d] = -1;
  }
  if (whole) {
    prepared.whole = {
      buckets,
      indices: indices.slice(0, distinct),
      values: values.slice(0, distinct),
      anchors: anchors.slice(0, distinct),
    };
  }
  return { indices, values, anchors };
}

/** A cached hashed part with these dense inputs after it (a fresh copy: callers own their vectors). */
function withDense(cached: HashedPart, buckets: number, dense: readonly number[]): SparseVector {
  const distinct = cached.indices.length;
  const size = distinct + dense.length;
  const indices = new Int32Array(size);
  const values = new Float64Array(size);
  const anchors = new Int32Array(size);
  indices.set(cached.indices);
  values.set(cached.values);
  anchors.set(cached.anchors);
  for (let d = 0; d < dense.length; d++) {
    indices[distinct + d] = buckets + d;
    values[distinct + d] = dense[d] ?? 0;
    anchors[distinct + d] = -1;
  }
  return { indices, values, anchors };
}

/**
 * The logit of a binary linear model on text[start, end): exactly `logits(model, featuresOf(…))[0]`, the
 * same products summed in the same order, without building the vector (a long post has a dozen windows,
 * and only the best one's vector is needed).
 */
function logitOf(
  prepared: PreparedText,
  start: number,
  end: number,
  buckets: number,
  dense: readonly number[],
  model: BinaryModel,
): number {
  const distinct = countSlice(prepared, start, end, buckets, false);
  const scale = scaleOf(distinct);
  const counts = scratchCounts;
  const weights = model.weights;
  let z = model.bias;
  for (let j = 0; j < distinct; j++) {
    const bucket = touched[j] as number;
    z += (weights[bucket] as number) * ((counts[bucket] as number) * scale);
    counts[bucket] = 0;
  }
  for (let d = 0; d < dense.length; d++) z += (weights[buckets + d] as number) * (dense[d] ?? 0);
  return z;
}

/**
 * Features of `text` (already normalised; masked spans may be "#"), hashed into `buckets` slots
 * (a power of two), followed by `dense` extra inputs at indices buckets, buckets + 1, …
 */
export function extractFeatures(text: string, buckets: number, dense: readonly number[] = []): SparseVector {
  return featuresOf(prepare(text), 0, text.length, buckets, dense);
}

const atBoundary = (text: string, start: number, end: number): boolean =>
  (start === 0 || text.charCodeAt(start - 1) === SPACE) &&
  (end === text.length || text.charCodeAt(end) === SPACE);

/**
 * Features of several slices of one text, each equal to `extractFeatures(text.slice(start, end), …)`;
 * the text is hashed once. Slices that do not start and end at a word boundary are hashed on their own.
 */
export function sliceFeatures(
  text: string,
  buckets: number,
  dense: readonly number[] = [],
): (start: number, end: number) => SparseVector {
  const prepared = prepare(text);
  return (start, end) =>
    atBoundary(text, start, end)
      ? featuresOf(prepared, start, end, buckets, dense)
      : extractFeatures(text.slice(start, end), buckets, dense);
}

export interface SliceReader {
  /** Features of text[start, end), equal to `extractFeatures(text.slice(start, end), …)`. */
  features(start: number, end: number): SparseVector;
  /** A binary model's logit on text[start, end), equal to the logit of `features(start, end)`. */
  logit(start: number, end: number, model: BinaryModel): number;
}

/** `sliceFeatures`, and the logit of a binary model per slice without building its vector. */
export function sliceReader(text: string, buckets: number, dense: readonly number[] = []): SliceReader {
  const prepared = prepare(text);
  const features = (start: number, end: number): SparseVector =>
    atBoundary(text, start, end)
      ? featuresOf(prepared, start, end, buckets, dense)
      : extractFeatures(text.slice(start, end), buckets, dense);
  return {
    features,
    logit(start, end, model) {
      if (atBoundary(text, start, end)) return logitOf(prepared, start, end, buckets, dense, model);
      const x = features(start, end);
      let z = model.bias;
      for (let j = 0; j < x.indices.length; j++) {
        z += (model.weights[x.indices[j] as number] as number) * (x.values[j] as number);
      }
      return z;
    },
  };
}

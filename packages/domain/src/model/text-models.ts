import { PHASE_IDS } from '../phases/phases.js';
import { CRISIS_CATEGORIES } from '../crisis/crisis-lexicon.js';
import { type LexiconCrisis } from '../crisis/detect-crisis-lexicon.js';
import { type PhaseLexiconReading } from '../classify/score-phase-lexicon.js';
import { CLAUSE_BREAK, type NormalizedText, originalSlice } from '../text/normalize-text.js';
import { extractFeatures, type SparseVector, sliceReader } from './hashed-features.js';
import { type LinearModel, logits, sigmoid } from './logistic-regression.js';

/**
 * The trained text models and how a text becomes their input. Shared by inference (classify-contribution,
 * detect-crisis) and training (train-text-models.ts), so both always see the same features.
 */
/**
 * 2^15 buckets for the phase model (2^14 until issue 13's third round): with ~3,000 training lines of many
 * voices, fewer buckets made unrelated n-grams share weights (lines in new voices held out of training:
 * macro-F1 94.4 → 95.2 with the lexicon dropout below; dev 96.7 → 97.7).
 */
export const PHASE_BUCKETS = 1 << 15;
export const CRISIS_BUCKETS = 1 << 15;
/** Classes of the phase model: the five phases, then "none" (logistics, small talk). */
export const PHASE_MODEL_CLASSES = [...PHASE_IDS, 'none'] as const;
export type PhaseModelClass = (typeof PHASE_MODEL_CLASSES)[number];
/** Dense inputs after the hashed buckets: the lexicon's score per phase, then its neutral score. */
export const PHASE_DENSE = PHASE_IDS.length + 1;
/**
 * Dense inputs of the crisis model: none. The model reads the text only, so the lexicon and the model are
 * two independent opinions (crisis = either). With the lexicon's verdict as inputs (three, until issue 13
 * round three) the model leaned on it — the lexicon catches most train lines — and learned less from the
 * words, which is what it is for: the lines the lexicon misses. On the dev split and in 5-fold
 * cross-validation over the train lines it caught more that way at the same false alarms.
 */
export const CRISIS_DENSE = 0;

/** Posts longer than this many words are also read in windows, so one crisis sentence is not drowned. */
export const WINDOW_FROM_WORDS = 30;
export const WINDOW_WORDS = 20;
export const WINDOW_STRIDE = 10;
/**
 * A window of a long post counts with its logit lowered by this much: twenty words out of context are
 * easier to misread than a whole message, and with a bare maximum over ten windows ordinary long posts
 * alarmed (the ordinary-message limit then held the threshold for every message). Chosen on dev and in
 * cross-validation over the train lines (0.5, 1 and 2 tried; 1 caught the most at the same false alarms).
 */
export const WINDOW_MARGIN = 1;

const capped = (score: number): number => Math.min(score, 6) / 3;

export function phaseDense(reading: PhaseLexiconReading): number[] {
  const byPhase = new Map(reading.ranked.map((r) => [r.phase, r.score]));
  return [...PHASE_IDS.map((p) => capped(byPhase.get(p) ?? 0)), capped(reading.neutralScore)];
}

export function phaseVector(normalized: NormalizedText, reading: PhaseLexiconReading): SparseVector {
  return extractFeatures(normalized.text, PHASE_BUCKETS, phaseDense(reading));
}

/** The same input with the lexicon's scores at zero (lexicon dropout in training, train-text-models.ts). */
export function phaseVectorWithoutLexicon(normalized: NormalizedText): SparseVector {
  return extractFeatures(normalized.text, PHASE_BUCKETS, new Array<number>(PHASE_DENSE).fill(0));
}

/**
 * Dense inputs of the severity model: which of the lexicon's categories it saw (one each). A burden or
 * hopelessness cue ("iedereen is beter af zonder mij") leans to concern; without them short lines were
 * read by their words alone, which the acute lines share ("iedereen", "missen").
 */
export const SEVERITY_DENSE = CRISIS_CATEGORIES.length;

export function severityDense(lexicon: LexiconCrisis): number[] {
  return CRISIS_CATEGORIES.map((c) => (lexicon.categories.includes(c) ? 1 : 0));
}

export function crisisDense(_lexicon: LexiconCrisis): number[] {
  return [];
}

/** Masked spans (idioms, denials) become one "#" so the model reads "ik wil niet dood" as a denial. */
export function crisisModelText(lexicon: LexiconCrisis): string {
  // Normalised text has no "#" of its own (normalize-text.ts): without a mask there is nothing to do.
  if (!lexicon.masked.includes('#')) return lexicon.masked;
  return lexicon.masked.replace(/#+/g, (m) => `#${' '.repeat(m.length - 1)}`);
}

/** [start, end) slices of a text: the whole text, and for long posts overlapping windows of words. */
export function crisisWindows(text: string): { start: number; end: number }[] {
  // Words (maximal runs of non-spaces) other than clause breaks and masks, as [start, end) pairs.
  const bounds: number[] = [];
  for (let i = 0; i < text.length;) {
    if (text.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) !== 32) end++;
    if (!(end === i + 1 && (text[i] === CLAUSE_BREAK || text[i] === '#'))) bounds.push(i, end);
    i = end;
  }
  const count = bounds.length / 2;
  const spans = [{ start: 0, end: text.length }];
  if (count <= WINDOW_FROM_WORDS) return spans;
  for (let i = 0; i < count; i += WINDOW_STRIDE) {
    const last = Math.min(count, i + WINDOW_WORDS) - 1;
    spans.push({ start: bounds[i * 2] as number, end: bounds[last * 2 + 1] as number });
    if (i + WINDOW_WORDS >= count) break;
  }
  return spans;
}

export interface WindowScore {
  /** P(positive) of the best-scoring slice. */
  readonly score: number;
  readonly start: number;
  readonly vector: SparseVector;
}

/**
 * The highest probability over the whole text and its windows of a binary model (the crisis model), a
 * window's logit lowered by WINDOW_MARGIN.
 */
export function scoreWindows(model: LinearModel, text: string, dense: readonly number[]): WindowScore {
  // The text is hashed once; each window reuses its n-grams. The whole text comes first. A window's score
  // is computed without building its vector (the same sums in the same order as `logits`); only the best
  // slice's vector is built, for the explanation.
  const reader = sliceReader(text, CRISIS_BUCKETS, dense);
  const [whole, ...windows] = crisisWindows(text) as [
    { start: number; end: number },
    ...{ start: number; end: number }[],
  ];
  const wholeVector = reader.features(whole.start, whole.end);
  let best = logits(model, wholeVector)[0] as number;
  let winner: { start: number; end: number } | undefined;
  // The crisis model is binary (one output): its weights are indexed by input alone.
  const binary = { weights: model.weights, bias: model.bias[0] as number };
  for (const w of windows) {
    const z = reader.logit(w.start, w.end, binary) - WINDOW_MARGIN;
    if (z > best) {
      best = z;
      winner = w;
    }
  }
  if (winner === undefined) return { score: sigmoid(best), start: whole.start, vector: wholeVector };
  return { score: sigmoid(best), start: winner.start, vector: reader.features(winner.start, winner.end) };
}

const QUIET_WORDS = new Set(
  (
    'de het een en of maar dat die dit is was zijn ben heb te van in op aan met voor om bij naar als dan ' +
    "ook nog al er je ik me mij mijn m'n zo wel nu wat niet geen meer zou wil gewoon alles allemaal da " +
    "mi ge gij zo'n the a an and or but is was to of in on at i my me it not no just"
  ).split(' '),
);

/**
 * The words that pushed the model most towards `output`, as written (at most three, strongest first):
 * each hashed input is credited to the word it came from.
 */
export function explainModel(
  model: LinearModel,
  vector: SparseVector,
  output: number,
  normalized: NormalizedText,
  text: string,
  offset = 0,
): string[] {
  const byWord = new Map<number, number>();
  for (let j = 0; j < vector.indices.length; j++) {
    const anchor = vector.anchors[j] as number;
    if (anchor < 0) continue;
    const w = model.weights[(vector.indices[j] as number) * model.outputs + output] as number;
    byWord.set(anchor, (byWord.get(anchor) ?? 0) + w * (vector.values[j] as number));
  }
  const out: string[] = [];
  for (const [anchor, weight] of [...byWord].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    // The strongest word is named even when the push came mostly from elsewhere (the lexicon's inputs,
    // the bias): a result without any reason is not explainable.
    if ((weight <= 0 && out.length > 0) || out.length === 3) break;
    const start = offset + anchor;
    const spaceAt = text.indexOf(' ', start);
    const end = spaceAt === -1 ? text.length : spaceAt;
    const word = text.slice(start, end);
    if (word === '#' || word === CLAUSE_BREAK || QUIET_WORDS.has(word)) continue;
    const shown = originalSlice(normalized, start, end);
    if (shown.length > 0 && !out.includes(shown)) out.push(shown);
  }
  return out;
}

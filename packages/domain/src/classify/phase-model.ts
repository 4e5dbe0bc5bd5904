import { PHASE_IDS, type PhaseId } from '../phases/phases.js';
import { CLAUSE_BREAK, type NormalizedText, normalizeText, originalSlice } from '../text/normalize-text.js';

/**
 * A small multinomial naive-Bayes model over words, trained at build time from the hand-written examples
 * in packages/domain/training (see scripts/train-phase-model.ts). It is the classifier's fallback for
 * paraphrases the cue lexicon did not foresee; the lexicon stays in charge whenever it has enough evidence.
 * Words seen in fewer than MIN_FEATURE_COUNT training lines are dropped, so the model keeps what the
 * phases share, not the wording of single lines.
 */
export const MODEL_CLASSES = [...PHASE_IDS, 'none'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

export interface PhaseModel {
  /** Additive (Laplace) smoothing. */
  readonly alpha: number;
  /** Training lines per class, in MODEL_CLASSES order. */
  readonly classCounts: readonly number[];
  /** word → number of training lines per class (in MODEL_CLASSES order) that contain it. */
  readonly features: Readonly<Record<string, readonly number[]>>;
}

export interface TrainingExample {
  readonly text: string;
  readonly phase: PhaseId | null;
}

export const MIN_FEATURE_COUNT = 2;

const STOPWORDS = new Set(
  (
    'de het een en of maar dat die dit deze is was zijn ben bent heb hebt heeft had hadden te van in op aan met voor om ' +
    "bij naar uit over als dan ook nog al er hier daar je jij jou u ze zij hij we wij ik me mij mijn m'n zo wel niet " +
    'geen nu toen wat wie hoe waar zat zit hebben heb hebt ga gaat gaan doe doet kan kunnen wil moet zal zou word ' +
    'wordt worden week dag keer heel echt gewoon even maar toch wel dus want omdat sinds ' +
    'the a an and or but that this is was are be to of in on at with for as ' +
    'it i you he she we they me my so too not no'
  ).split(' '),
);
export const MODEL_ALPHA = 0.3;

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const NEGATORS = new Set([
  'niet',
  'geen',
  'nooit',
  'not',
  'no',
  'never',
  "don't",
  'dont',
  "didn't",
  "isn't",
  "can't",
]);
/** Words this close after a negator are read as negated ("niet herkenbaar" → "!herkenbaar"). */
const NEGATION_SCOPE = 3;

/** Words of a normalised text; a word within three words after a negation, in the same clause, gets a "!". */
export function tokenize(normalized: NormalizedText): Token[] {
  const tokens: Token[] = [];
  let negatedFor = 0;
  for (const m of normalized.text.matchAll(/[^ ]+/g)) {
    if (m[0] === CLAUSE_BREAK) {
      negatedFor = 0;
      continue;
    }
    const word = negatedFor > 0 ? `!${m[0]}` : m[0];
    negatedFor = NEGATORS.has(m[0]) ? NEGATION_SCOPE : Math.max(0, negatedFor - 1);
    tokens.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

const classIndex = (phase: PhaseId | null): number => MODEL_CLASSES.indexOf(phase ?? 'none');
/** Index into a per-class row; rows always have one entry per class. */
const at = (row: readonly number[], c: number): number => row[c] as number;

/** Counts, per class, the training lines that contain each word (each word once per line). */
export function trainPhaseModel(examples: readonly TrainingExample[]): PhaseModel {
  const oneHot = (c: number): number[] => MODEL_CLASSES.map((_, i) => (i === c ? 1 : 0));
  const add = (a: readonly number[], b: readonly number[]): number[] => a.map((v, i) => v + at(b, i));
  let classCounts = MODEL_CLASSES.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const example of examples) {
    const hit = oneHot(classIndex(example.phase));
    classCounts = add(classCounts, hit);
    for (const word of new Set(tokenize(normalizeText(example.text)).map((t) => t.word))) {
      counts.set(word, add(counts.get(word) ?? MODEL_CLASSES.map(() => 0), hit));
    }
  }
  const features: Record<string, number[]> = {};
  for (const word of [...counts.keys()].sort()) {
    const row = counts.get(word) as number[];
    if (row.reduce((a, b) => a + b, 0) >= MIN_FEATURE_COUNT) features[word] = row;
  }
  return { alpha: MODEL_ALPHA, classCounts, features };
}

export interface ModelPrediction {
  readonly label: ModelClass;
  /** Posterior probability of `label`, 0..1. */
  readonly probability: number;
  /** The words that pulled most towards `label`, as written, strongest first (at most three). */
  readonly evidence: string[];
  /** How many known words the text contained. */
  readonly knownWords: number;
}

export function predictWithModel(model: PhaseModel, normalized: NormalizedText): ModelPrediction {
  const vocabulary = Object.keys(model.features).length;
  const totals = MODEL_CLASSES.map((_, c) =>
    Object.values(model.features).reduce((sum, row) => sum + at(row, c), 0),
  );
  const lines = model.classCounts.reduce((a, b) => a + b, 0);
  const known = tokenize(normalized).filter((t) => model.features[t.word] !== undefined);
  const seen = new Set<string>();
  const unique = known.filter((t) => !seen.has(t.word) && seen.add(t.word));

  const logLikelihood = (word: string, c: number): number =>
    Math.log(
      (at(model.features[word] as readonly number[], c) + model.alpha) /
        (at(totals, c) + model.alpha * vocabulary),
    );
  const scores = MODEL_CLASSES.map(
    (_, c) =>
      Math.log((at(model.classCounts, c) + model.alpha) / (lines + model.alpha * MODEL_CLASSES.length)) +
      unique.reduce((sum, t) => sum + logLikelihood(t.word, c), 0),
  );
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const z = exp.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let c = 1; c < MODEL_CLASSES.length; c++) if (at(exp, c) > at(exp, best)) best = c;

  // Evidence: how much more likely each word is under the winner than on average under the others.
  const evidence = unique
    .map((t) => {
      const others = MODEL_CLASSES.map((_, c) => c).filter((c) => c !== best);
      const lift =
        logLikelihood(t.word, best) -
        others.reduce((sum, c) => sum + logLikelihood(t.word, c), 0) / others.length;
      return { t, lift };
    })
    // Function words can carry weight in the model but explain nothing to a facilitator.
    .filter((e) => e.lift > 0 && !STOPWORDS.has(e.t.word))
    .sort((a, b) => b.lift - a.lift || a.t.start - b.t.start)
    .slice(0, 3)
    .map((e) => originalSlice(normalized, e.t.start, e.t.end));

  return {
    label: MODEL_CLASSES[best] as ModelClass,
    probability: at(exp, best) / z,
    evidence,
    knownWords: unique.length,
  };
}

/** Source of phase-model.generated.ts (before prettier). */
export function renderPhaseModelModule(model: PhaseModel): string {
  return [
    '// Generated by scripts/train-phase-model.ts from training/phase-examples.jsonl. Do not edit by hand.',
    "import { type PhaseModel } from './phase-model.js';",
    '',
    `export const PHASE_MODEL: PhaseModel = ${JSON.stringify(model)};`,
    '',
  ].join('\n');
}

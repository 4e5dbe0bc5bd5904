import { detectCrisisByLexicon, type LexiconCrisis } from '../crisis/detect-crisis-lexicon.js';
import { scorePhaseLexicon } from '../classify/score-phase-lexicon.js';
import { type PhaseId } from '../phases/phases.js';
import { normalizeText } from '../text/normalize-text.js';
import { decodeModel, type EncodedModel, encodeModel } from './weights-codec.js';
import {
  averageModels,
  chooseTemperature,
  type LinearModel,
  trainLogisticRegression,
  type TrainingOptions,
} from './logistic-regression.js';
import {
  CRISIS_BUCKETS,
  CRISIS_DENSE,
  crisisDense,
  crisisModelText,
  PHASE_BUCKETS,
  PHASE_DENSE,
  PHASE_MODEL_CLASSES,
  crisisWindows,
  phaseVector,
  phaseVectorWithoutLexicon,
  scoreWindows,
} from './text-models.js';
import { extractFeatures } from './hashed-features.js';
import { chooseAcuteThreshold, trainSeverityModel } from './train-severity-model.js';

export interface PhaseExample {
  readonly text: string;
  readonly phase: PhaseId | null;
}

export interface CrisisExample {
  readonly text: string;
  readonly crisis: boolean;
  readonly severity?: 'concern' | 'acute';
  /** Earlier messages by the same author, oldest first. */
  readonly context?: readonly string[];
}

/** Everything the classifier and the detector load: the models (rounded, base64) and the thresholds. */
export interface TextModels {
  readonly phase: EncodedModel;
  readonly crisis: EncodedModel;
  /** Given a crisis, P(acute) (train-severity-model.ts). */
  readonly acute: EncodedModel;
  /** Divides the phase model's logits so its confidence is calibrated (chosen on the phase dev lines). */
  readonly phaseTemperature: number;
  /** P(crisis) from which the model alone raises a crisis (chosen on the dev split, for recall). */
  readonly crisisThreshold: number;
  /** After an earlier crisis message (30 minutes), P(crisis) from which a new message is acute. */
  readonly contextThreshold: number;
  /** P(acute) from which a crisis the lexicon does not call acute is acute (chosen on the dev split). */
  readonly acuteThreshold: number;
  /** Lines the models were trained on (for the record). */
  readonly trainedOn: { readonly phase: number; readonly crisis: number; readonly crisisDev: number };
}

export const PHASE_TRAINING: TrainingOptions = { epochs: 14, learningRate: 3, l2: 1e-3, seed: 13 };
/**
 * The phase model is the mean of models trained with these shuffles (PHASE_TRAINING with each seed): one
 * linear model, so inference costs the same, but it leans less on one shuffle order (on dev, one seed's
 * macro-F1 moved by ±0.5 point between shuffles).
 */
export const PHASE_SEEDS: readonly number[] = [13, 1, 2];
/**
 * Lexicon dropout: every phase line is learned twice, with the lexicon's scores and with them at zero, so
 * the hashed words and n-grams must carry each phase on their own. Lines from other hands mostly miss the
 * lexicon's phrases (typos, slang, paraphrase, indirect wording); a model that leaned on the lexicon fell
 * back to "none" or to the wrong phase on them. Chosen on dev (macro-F1 94.4 → 96.7) and on a quarter of the
 * round-three lines held out of training as a proxy for new voices (90.4 → 94.4); the shared corpus and the
 * hold-out fixture stay ≥ 0.93. Typo augmentation and reading long posts in windows were tried and added
 * nothing on dev.
 */
export const PHASE_LEXICON_DROPOUT = true;
/**
 * l2 1e-3 (was 1e-6): the weaker decay let the model learn the grammar of the crisis lines ("ik heb net …
 * alle …") rather than their meaning, so ordinary news scored high; 1e-4, 1e-3, 3e-3 and 1e-2 were tried
 * in cross-validation over the train lines and on dev.
 */
export const CRISIS_TRAINING: TrainingOptions = { epochs: 40, learningRate: 1.5, l2: 1e-3, seed: 113 };
/**
 * The dev look-alikes may alarm this often at the chosen threshold (the issue allows 20 %). crisis14 tried
 * 0.17 after the lexicon stopped alarming on most pasts told as past and on helpers asking about someone
 * else: in 5-fold CV over the train-file lines (thresholds on dev) held-out recall went 88.3 % at 20.6 %
 * false alarms (before) → 88.2 % at 18.3 % (lexicon change, 0.15) → 89.4 % at 20.0 % (0.17); but with the
 * new train lines 0.17 let the model alone alarm on "ik ben nu bij het station" and "Bel 113 als je aan
 * zelfmoord denkt" (domain tests), so it stays 0.15.
 */
export const FALSE_ALARM_BUDGET = 0.15;
/** Ordinary messages (no crisis, no look-alike) may alarm this often at most. */
export const ORDINARY_ALARM_LIMIT = 0.02;
/** After an earlier crisis message, at most this share of ordinary messages is read as acute ("vandaag ging het wel" must not be). */
export const CONTEXT_ORDINARY_SHARE = 0.1;
/** Below the lowest-scoring dev crisis line, by this factor: unseen lines score lower than dev lines. */
export const RECALL_MARGIN = 0.8;

const round4 = (x: number): number => Number(x.toFixed(4));

function crisisInput(text: string): { lexicon: ReturnType<typeof detectCrisisByLexicon>; modelText: string } {
  const lexicon = detectCrisisByLexicon(normalizeText(text));
  return { lexicon, modelText: crisisModelText(lexicon) };
}

/** The smallest threshold at which at most `share` of the negatives score at or above it. */
function thresholdForShare(scores: readonly number[], share: number, alreadyAlarmed: number): number {
  const total = scores.length + alreadyAlarmed;
  // Where the lexicon alone already spends the share, the model may add no alarm of its own.
  const allowed = Math.max(0, Math.floor(share * total) - alreadyAlarmed);
  const sorted = [...scores].sort((a, b) => b - a);
  // Alarm on the `allowed` highest; the threshold sits just above the next one.
  const next = sorted[allowed];
  return next === undefined ? 0 : next + 1e-6;
}

/**
 * Trains the phase model (multinomial) and the crisis model (binary),
 * then chooses the thresholds on the dev lines. Pure and deterministic: same lines, same result.
 */
export function trainTextModels(
  phaseTrain: readonly PhaseExample[],
  crisisTrain: readonly CrisisExample[],
  crisisDev: readonly CrisisExample[],
  ordinaryDev: readonly string[] = [],
  phaseDev: readonly PhaseExample[] = [],
): TextModels {
  const phaseInput = (e: PhaseExample) => {
    const normalized = normalizeText(e.text);
    return {
      x: phaseVector(normalized, scorePhaseLexicon(normalized)),
      label: PHASE_MODEL_CLASSES.indexOf(e.phase ?? 'none'),
    };
  };
  const phaseExamples = phaseTrain.flatMap((e) => {
    const withLexicon = phaseInput(e);
    if (!PHASE_LEXICON_DROPOUT) return [withLexicon];
    return [withLexicon, { x: phaseVectorWithoutLexicon(normalizeText(e.text)), label: withLexicon.label }];
  });
  const phase = encodeModel(
    averageModels(
      PHASE_SEEDS.map((seed) =>
        trainLogisticRegression(phaseExamples, PHASE_BUCKETS + PHASE_DENSE, PHASE_MODEL_CLASSES.length, {
          ...PHASE_TRAINING,
          seed,
        }),
      ),
    ),
  );
  // Calibration on the dev lines, with the model as shipped (rounded).
  const phaseTemperature = chooseTemperature(decodeModel(phase), phaseDev.map(phaseInput));

  // Ordinary peer-group messages (the phase lines: none of them is a crisis) are most of what the detector
  // reads; without them the crisis model learns that anything not a look-alike is a crisis.
  const crisisLines: CrisisExample[] = [
    ...crisisTrain,
    ...phaseTrain.map((e) => ({ text: e.text, crisis: false })),
  ];
  const crisis = encodeModel(trainCrisisModel(crisisLines));
  // Thresholds on the dev lines, with the model as shipped (rounded).
  const { crisisThreshold, contextThreshold } = chooseCrisisThresholds(
    decodeModel(crisis),
    crisisDev,
    ordinaryDev,
  );
  const acute = encodeModel(trainSeverityModel(crisisTrain));
  const acuteThreshold = chooseAcuteThreshold(decodeModel(acute), crisisDev);

  return {
    phase,
    crisis,
    acute,
    phaseTemperature: round4(phaseTemperature),
    crisisThreshold,
    contextThreshold,
    acuteThreshold,
    trainedOn: { phase: phaseTrain.length, crisis: crisisLines.length, crisisDev: crisisDev.length },
  };
}

/**
 * The crisis model (binary) on the crisis lines plus ordinary messages. Inference reads long posts also in
 * windows and takes the highest score, so every window of a post without a crisis is a negative example
 * too: the windows of ordinary long posts must stay quiet. (The windows of a crisis post are not
 * positives: most of them are its ordinary sentences.) Classes are balanced: each weighs as much as the
 * other whatever the counts.
 */
export function trainCrisisModel(
  lines: readonly CrisisExample[],
  options: TrainingOptions = CRISIS_TRAINING,
): LinearModel {
  // A line that is a crisis only after the author's earlier message ("ik ga nog even een eindje rijden")
  // stays a positive: leaving them out (tried) lost plans and context lines on dev; the ordinary-message
  // limit keeps "ik ga even weg" on its own from alarming too often.
  const inputs = lines.flatMap((e) => {
    const { lexicon, modelText } = crisisInput(e.text);
    const dense = crisisDense(lexicon);
    const whole = { e, x: extractFeatures(modelText, CRISIS_BUCKETS, dense) };
    if (e.crisis) return [whole];
    return [
      whole,
      ...crisisWindows(modelText)
        .slice(1)
        .map(({ start, end }) => ({
          e,
          x: extractFeatures(modelText.slice(start, end), CRISIS_BUCKETS, dense),
        })),
    ];
  });
  const positives = inputs.filter(({ e }) => e.crisis).length;
  const share = positives / Math.max(1, inputs.length);
  const balance = (label: number): number =>
    label === 1 ? 0.5 / Math.max(share, 1e-9) : 0.5 / Math.max(1 - share, 1e-9);
  return trainLogisticRegression(
    inputs.map(({ e, x }) => ({ x, label: e.crisis ? 1 : 0 })),
    CRISIS_BUCKETS + CRISIS_DENSE,
    1,
    { ...options, exampleWeight: balance },
  );
}

/**
 * The crisis thresholds, chosen on the dev lines only. A miss is worse than a false alarm, so the model
 * may spend the false-alarm budget: the threshold is the lowest at which the lexicon and the model
 * together alarm on at most FALSE_ALARM_BUDGET of the dev look-alikes (and on at most
 * ORDINARY_ALARM_LIMIT of ordinary messages). It does not depend on which dev crisis lines the lexicon
 * happens to miss (an earlier rule took the lowest of those, so every lexicon phrase added raised the
 * threshold and lowered recall on unseen lines).
 */
export function chooseCrisisThresholds(
  crisisModel: LinearModel,
  crisisDev: readonly CrisisExample[],
  ordinaryDev: readonly string[],
): { crisisThreshold: number; contextThreshold: number } {
  const dev = crisisDev.map((e) => {
    const { lexicon, modelText } = crisisInput(e.text);
    return { e, lexicon, score: scoreWindows(crisisModel, modelText, crisisDense(lexicon)).score };
  });
  const alone = dev.filter((d) => (d.e.context ?? []).length === 0);
  const lookAlikes = alone.filter((d) => !d.e.crisis);
  const lexiconAlarms = lookAlikes.filter((d) => d.lexicon.crisis).length;
  // Look-alikes the lexicon explains (a recovered past, an accident) are never raised by the model.
  const modelScore = (d: { lexicon: LexiconCrisis; score: number }): number =>
    d.lexicon.recovered ? 0 : d.score;
  const quiet = lookAlikes.filter((d) => !d.lexicon.crisis).map(modelScore);
  const ordinary = ordinaryDev.map((text) => {
    const { lexicon, modelText } = crisisInput(text);
    return { lexicon, score: scoreWindows(crisisModel, modelText, crisisDense(lexicon)).score };
  });
  let crisisThreshold: number;
  if (lookAlikes.length === 0) {
    crisisThreshold = 0.5;
  } else {
    crisisThreshold = thresholdForShare(quiet, FALSE_ALARM_BUDGET, lexiconAlarms);
    if (ordinary.length > 0) {
      const tOrdinary = thresholdForShare(
        ordinary.filter((o) => !o.lexicon.crisis).map(modelScore),
        ORDINARY_ALARM_LIMIT,
        ordinary.filter((o) => o.lexicon.crisis).length,
      );
      crisisThreshold = Math.max(crisisThreshold, tOrdinary);
    }
  }

  // Context: lines that are acute only after an earlier crisis message — how low may the new one score?
  const inContext = dev.filter(
    (d) =>
      d.e.crisis &&
      (d.e.context ?? []).length > 0 &&
      !d.lexicon.crisis &&
      !d.lexicon.departure &&
      d.score < crisisThreshold &&
      (d.e.context ?? []).some((c) => crisisInput(c).lexicon.crisis),
  );
  // Floor: after a despairing message most ordinary messages (90 % of the phase dev lines) still pass.
  const contextFloor =
    ordinary.length === 0
      ? 0
      : thresholdForShare(
          ordinary.map((o) => o.score),
          CONTEXT_ORDINARY_SHARE,
          0,
        );
  const contextThreshold = Math.min(
    crisisThreshold,
    Math.max(
      contextFloor,
      inContext.length === 0
        ? crisisThreshold / 3
        : Math.min(...inContext.map((d) => d.score)) * RECALL_MARGIN,
    ),
  );
  return { crisisThreshold: round4(crisisThreshold), contextThreshold: round4(contextThreshold) };
}

/** Source of text-models.generated.ts. */
export function renderTextModelsModule(models: TextModels, sources: readonly string[]): string {
  const model = (name: string, m: EncodedModel): string =>
    [
      `  ${name}: {`,
      `    outputs: ${m.outputs},`,
      `    inputs: ${m.inputs},`,
      `    scale: ${m.scale},`,
      `    bias: [${m.bias.join(', ')}],`,
      `    weights:`,
      `      '${m.weights}',`,
      `  },`,
    ].join('\n');
  return [
    '// Generated by scripts/train-text-models.ts (run by the build) from',
    ...sources.map((s) => `//   ${s}`),
    '// Do not edit by hand: a test checks that it equals a fresh training.',
    "import { type TextModels } from './train-text-models.js';",
    '',
    'export const TEXT_MODELS: TextModels = {',
    model('phase', models.phase),
    model('crisis', models.crisis),
    model('acute', models.acute),
    `  phaseTemperature: ${models.phaseTemperature},`,
    `  crisisThreshold: ${models.crisisThreshold},`,
    `  contextThreshold: ${models.contextThreshold},`,
    `  acuteThreshold: ${models.acuteThreshold},`,
    `  trainedOn: { phase: ${models.trainedOn.phase}, crisis: ${models.trainedOn.crisis}, crisisDev: ${models.trainedOn.crisisDev} },`,
    '};',
    '',
  ].join('\n');
}

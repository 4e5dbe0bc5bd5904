import { type PhaseId } from '../phases/phases.js';
import { type LinearModel, predictProbabilities } from '../model/logistic-regression.js';
import { TEXT_MODELS } from '../model/text-models.generated.js';
import { explainModel, PHASE_MODEL_CLASSES, phaseVector } from '../model/text-models.js';
import { decodeModel } from '../model/weights-codec.js';
import { normalizeText } from '../text/normalize-text.js';
import { scorePhaseLexicon } from './score-phase-lexicon.js';

export interface PhaseClassification {
  /** The phase the contribution speaks from, or null for logistics, small talk and unclear text. */
  readonly phase: PhaseId | null;
  /** 0..1: the model's calibrated probability of `phase` (or of "no phase" when phase is null). */
  readonly confidence: number;
  /**
   * Why, as written (lower-cased): the lexicon's phrases for the phase or, when it had none, the words
   * that weighed most in the model. For "no phase", the practical phrases (times, places, greetings) if any.
   */
  readonly cues: string[];
}

// Decoded on first use, so merely importing the package (the web app does, for types and messages) costs
// nothing and lets bundlers drop the weights.
let decoded: LinearModel | undefined;
const phaseModel = (): LinearModel => (decoded ??= decodeModel(TEXT_MODELS.phase));

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Tags a contribution with the phase of "De ander als spiegel" it speaks from.
 *
 * How: the cue lexicon (phase-lexicon.ts, weighted phrases per phase and for logistics, with negation)
 * reads the normalised text; its score per phase and its neutral score go, together with hashed character
 * n-grams (3–5) and word unigrams and bigrams, into a multinomial logistic regression trained at build
 * time on data/phase (train-text-models.ts). The most probable class wins — one of the five phases, or
 * "none". The lexicon explains (its phrases come first in `cues`), the model catches paraphrase, typos,
 * slang and keyword traps ("de projectie van de dia's"); `confidence` is the model's probability,
 * calibrated on the dev lines (temperature scaling, train-text-models.ts).
 */
export function classifyContribution(text: string): PhaseClassification {
  const normalized = normalizeText(text);
  if (normalized.text.length === 0) return { phase: null, confidence: 1, cues: [] };
  const reading = scorePhaseLexicon(normalized);
  const vector = phaseVector(normalized, reading);
  const probabilities = predictProbabilities(phaseModel(), vector, TEXT_MODELS.phaseTemperature);
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) {
    if ((probabilities[k] as number) > (probabilities[best] as number)) best = k;
  }
  const label = PHASE_MODEL_CLASSES[best] as (typeof PHASE_MODEL_CLASSES)[number];
  const confidence = round2(probabilities[best] as number);
  if (label === 'none') {
    return { phase: null, confidence, cues: reading.neutralCues.map((c) => c.cue) };
  }
  const lexiconCues = (reading.ranked.find((r) => r.phase === label)?.cues ?? []).map((c) => c.cue);
  // The lexicon's phrases explain; when it had none for this phase, the model's strongest words do.
  const cues =
    lexiconCues.length > 0
      ? lexiconCues
      : explainModel(phaseModel(), vector, best, normalized, normalized.text);
  return { phase: label, confidence, cues };
}

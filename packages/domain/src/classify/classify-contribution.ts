import { PHASE_IDS, type PhaseId } from '../phases/phases.js';
import { compileLexicon, type CueMatch, findCues, resolveOverlaps } from '../text/match-cues.js';
import { normalizeText } from '../text/normalize-text.js';
import { NEUTRAL, PHASE_LEXICON, type PhaseCueLabel } from './phase-lexicon.js';
import { PHASE_MODEL } from './phase-model.generated.js';
import { predictWithModel, tokenize } from './phase-model.js';

export interface PhaseClassification {
  /** The phase the contribution speaks from, or null for logistics, small talk and unclear text. */
  readonly phase: PhaseId | null;
  /** 0..1: how sure the classifier is of `phase` (or of "no phase" when phase is null). */
  readonly confidence: number;
  /** The phrases that decided it, as written (lower-cased), in order of appearance. */
  readonly cues: string[];
}

/** A phase needs at least this much evidence: one clear cue (weight ≥ 2) or two supporting ones. */
export const PHASE_THRESHOLD = 1.75;
/** The fallback model decides only for messages of some substance, and only when fairly sure. */
export const MODEL_MIN_WORDS = 3;
export const MODEL_MIN_PROBABILITY = 0.5;
/** Practical cues this strong (a clear logistics phrase) keep the model out; a weekday alone does not. */
export const MODEL_MAX_NEUTRAL = 1.5;
/** A fallback decision is never presented as more than this sure. */
const MODEL_CONFIDENCE_CAP = 0.8;
/** Extra cues count, but less than the first: five weak hints do not outweigh one clear phrase. */
const EXTRA_CUE_FACTOR = 0.75;

const lexicon = compileLexicon(PHASE_LEXICON);

function score(matches: readonly CueMatch<PhaseCueLabel>[]): number {
  const weights = matches.map((m) => m.weight).sort((a, b) => b - a);
  const [first = 0, ...rest] = weights;
  return first + EXTRA_CUE_FACTOR * rest.reduce((sum, w) => sum + w, 0);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Tags a contribution with the phase of "De ander als spiegel" it speaks from.
 *
 * How: weighted cue patterns per phase (phase-lexicon.ts) are matched on normalised text; overlapping
 * cues are resolved in favour of the strongest, so specific phrases overrule generic ones, and negated
 * cues are dropped ("niet herkenbaar"). Each phase scores its strongest cue plus half of the others.
 * The best phase wins when it reaches PHASE_THRESHOLD and outscores the logistics/small-talk cues;
 * ties go to the phase with the strongest single cue, then the earlier phase in the model.
 *
 * When no phase reaches the threshold and there are no clear practical cues, a small word model trained on
 * hand-written examples (phase-model.ts) may still name a phase if it is at least 50 % sure; its cues are
 * the words that weighed most, and its confidence is capped at 0.8.
 *
 * Confidence = (1 − e^(−score/2)) × (0.5 + 0.5 × margin), margin = (best − runner-up) / best, so one
 * clear cue gives ~0.7, several agreeing cues approach 1, and competing phases pull it down.
 */
export function classifyContribution(text: string): PhaseClassification {
  const normalized = normalizeText(text);
  const matches = resolveOverlaps(findCues(normalized, lexicon));

  const byLabel = new Map<PhaseCueLabel, CueMatch<PhaseCueLabel>[]>();
  for (const m of matches) byLabel.set(m.label, [...(byLabel.get(m.label) ?? []), m]);

  const ranked = PHASE_IDS.map((phase) => {
    const cues = byLabel.get(phase) ?? [];
    return { phase, score: score(cues), strongest: Math.max(0, ...cues.map((c) => c.weight)), cues };
  }).sort((a, b) => b.score - a.score || b.strongest - a.strongest);

  // Five phases, so there is always a best and a runner-up.
  const [best, runnerUp] = ranked as [(typeof ranked)[number], (typeof ranked)[number]];
  const neutralCues = byLabel.get(NEUTRAL) ?? [];
  const neutralScore = score(neutralCues);

  if (best.score >= PHASE_THRESHOLD && best.score > neutralScore) {
    const margin = (best.score - runnerUp.score) / best.score;
    const confidence = (1 - Math.exp(-best.score / 2)) * (0.5 + 0.5 * margin);
    return { phase: best.phase, confidence: round2(confidence), cues: best.cues.map((c) => c.cue) };
  }

  // Fallback: no clear cue and nothing practical — let the word model (phase-model.ts) judge the wording.
  if (neutralScore < MODEL_MAX_NEUTRAL && tokenize(normalized).length >= MODEL_MIN_WORDS) {
    const prediction = predictWithModel(PHASE_MODEL, normalized);
    // Only when it can say which words decided it: a facilitator must be able to see why.
    if (
      prediction.label !== 'none' &&
      prediction.probability >= MODEL_MIN_PROBABILITY &&
      prediction.evidence.length > 0
    ) {
      const ruleCues = (byLabel.get(prediction.label) ?? []).map((c) => c.cue);
      return {
        phase: prediction.label,
        confidence: round2(MODEL_CONFIDENCE_CAP * prediction.probability),
        cues: [...new Set([...ruleCues, ...prediction.evidence])],
      };
    }
  }

  // No phase: confident when there is no phase evidence at all or the practical cues clearly dominate.
  const phaseDoubt = Math.min(1, best.score / PHASE_THRESHOLD);
  const confidence =
    neutralScore > 0
      ? 1 - 0.5 * phaseDoubt * (best.score / (best.score + neutralScore))
      : 1 - 0.5 * phaseDoubt;
  return { phase: null, confidence: round2(confidence), cues: neutralCues.map((c) => c.cue) };
}

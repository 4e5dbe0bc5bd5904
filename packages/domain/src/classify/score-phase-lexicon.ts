import { PHASE_IDS, type PhaseId } from '../phases/phases.js';
import { compileLexicon, type CueMatch, findCues, resolveOverlaps } from '../text/match-cues.js';
import { type NormalizedText } from '../text/normalize-text.js';
import { NEUTRAL, PHASE_LEXICON, type PhaseCueLabel } from './phase-lexicon.js';

/** Extra cues count, but less than the first: five weak hints do not outweigh one clear phrase. */
const EXTRA_CUE_FACTOR = 0.75;

const lexicon = compileLexicon(PHASE_LEXICON);

export interface PhaseLexiconScore {
  readonly phase: PhaseId;
  readonly score: number;
  readonly strongest: number;
  readonly cues: readonly CueMatch<PhaseCueLabel>[];
}

export interface PhaseLexiconReading {
  /** The five phases, best first (ties: the strongest single cue, then the earlier phase). */
  readonly ranked: readonly PhaseLexiconScore[];
  readonly neutralScore: number;
  readonly neutralCues: readonly CueMatch<PhaseCueLabel>[];
}

function score(matches: readonly CueMatch<PhaseCueLabel>[]): number {
  const weights = matches.map((m) => m.weight).sort((a, b) => b - a);
  const [first = 0, ...rest] = weights;
  return first + EXTRA_CUE_FACTOR * rest.reduce((sum, w) => sum + w, 0);
}

/**
 * The cue lexicon's reading (phase-lexicon.ts): overlapping cues resolved in favour of the strongest,
 * negated cues dropped; per phase the strongest cue plus 0.75 × the others.
 */
export function scorePhaseLexicon(normalized: NormalizedText): PhaseLexiconReading {
  const matches = resolveOverlaps(findCues(normalized, lexicon));
  const byLabel = new Map<PhaseCueLabel, CueMatch<PhaseCueLabel>[]>();
  for (const m of matches) byLabel.set(m.label, [...(byLabel.get(m.label) ?? []), m]);
  const ranked = PHASE_IDS.map((phase) => {
    const cues = byLabel.get(phase) ?? [];
    return { phase, score: score(cues), strongest: Math.max(0, ...cues.map((c) => c.weight)), cues };
  }).sort((a, b) => b.score - a.score || b.strongest - a.strongest);
  const neutralCues = byLabel.get(NEUTRAL) ?? [];
  return { ranked, neutralScore: score(neutralCues), neutralCues };
}

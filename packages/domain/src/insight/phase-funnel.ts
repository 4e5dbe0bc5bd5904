import { PHASE_IDS, type PhaseId } from '../phases/phases.js';
import { type Cell, countCell, median, PRIVACY_MIN_PEOPLE, shareCell, statCell } from './suppress-small.js';

export interface FunnelInput {
  /** Participants the funnel describes. */
  readonly participants: number;
  /** Per participant, the furthest phase reached (participantPath's rule: two pieces of evidence), or null. */
  readonly furthest: Partial<Record<PhaseId, number>>;
  /** Days from each participant's start to their first herkenning, for those who had one. */
  readonly kantelpuntDays: readonly number[];
}

export interface FunnelStep {
  readonly phase: PhaseId;
  /** Participants who reached this phase or a later one. */
  readonly reached: Cell;
  readonly share: Cell;
}

export interface PhaseFunnel {
  readonly participants: Cell;
  readonly steps: FunnelStep[];
  /** Participants without any phase reached yet. */
  readonly noPhaseYet: Cell;
  /**
   * Where most people stop: the step from `from` to `to` with the largest drop (ties: the earlier one).
   * Null when nobody drops or the group is below the privacy threshold.
   */
  readonly largestDrop: { readonly from: PhaseId; readonly to: PhaseId } | null;
  readonly kantelpunt: { readonly reached: Cell; readonly medianDays: Cell };
}

/**
 * The phase funnel: how many participants reached each phase (or a later one, so it only narrows), where
 * the largest drop is, and the time to the first herkenning. Every count goes through the "< 5" rule.
 */
export function phaseFunnel(input: FunnelInput): PhaseFunnel {
  const raw = PHASE_IDS.map((phase, i) =>
    PHASE_IDS.slice(i).reduce((sum, later) => sum + (input.furthest[later] ?? 0), 0),
  );
  const steps = PHASE_IDS.map((phase, i) => ({
    phase,
    reached: countCell(raw[i]!),
    share: shareCell(raw[i]!, input.participants),
  }));
  let largestDrop: PhaseFunnel['largestDrop'] = null;
  let largest = 0;
  if (input.participants >= PRIVACY_MIN_PEOPLE) {
    for (let i = 1; i < PHASE_IDS.length; i++) {
      const drop = raw[i - 1]! - raw[i]!;
      if (drop > largest) {
        largest = drop;
        largestDrop = { from: PHASE_IDS[i - 1]!, to: PHASE_IDS[i]! };
      }
    }
  }
  const days = input.kantelpuntDays.filter((d) => Number.isFinite(d));
  return {
    participants: countCell(input.participants),
    steps,
    noPhaseYet: countCell(Math.max(0, input.participants - raw[0]!)),
    largestDrop,
    kantelpunt: { reached: countCell(days.length), medianDays: statCell(median(days), days.length) },
  };
}

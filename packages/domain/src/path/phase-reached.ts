import { PHASE_IDS, type PhaseId } from '../phases/phases.js';

/**
 * When a phase counts as reached, and which reached phase is the furthest: THE one meaning in Spiegel.
 * participantPath (Mijn pad, the dashboard, mentor eligibility) and the evaluation report (which sums
 * evidence in SQL rather than replaying every event) both decide through these functions, so a participant
 * is never "getuigenis" in one view and "verbinding" in another.
 */

/** A phase counts as reached after this many pieces of evidence. */
export const REACH_MIN_EVIDENCE = 2;

/** Pieces of evidence per phase: contributions tagged with it; for herkenning also recognitions given. */
export type PhaseEvidence = Partial<Record<PhaseId, number>>;

/**
 * A facilitator's word on getuigenis overrules the estimate from the messages: `true` counts as reached
 * whatever the evidence, `false` as not reached whatever the evidence; `null` or absent leaves it to the
 * evidence. (The same rule as mentor eligibility.)
 */
export type GetuigenisConfirmed = boolean | null | undefined;

/** Whether `phase` counts as reached with `evidence` pieces of evidence. */
export function isPhaseReached(
  phase: PhaseId,
  evidence: number,
  getuigenisConfirmed?: GetuigenisConfirmed,
): boolean {
  if (phase === 'getuigenis' && typeof getuigenisConfirmed === 'boolean') return getuigenisConfirmed;
  return evidence >= REACH_MIN_EVIDENCE;
}

/** The reached phases, in the model's order. */
export function phasesReachedFrom(
  evidence: PhaseEvidence,
  getuigenisConfirmed?: GetuigenisConfirmed,
): PhaseId[] {
  return PHASE_IDS.filter((phase) => isPhaseReached(phase, evidence[phase] ?? 0, getuigenisConfirmed));
}

/**
 * The furthest phase reached: the last reached phase in the model's order (a later phase counts even when
 * an earlier one was never reached: recovery does not go in a straight line), or null.
 */
export function furthestPhaseReached(
  evidence: PhaseEvidence,
  getuigenisConfirmed?: GetuigenisConfirmed,
): PhaseId | null {
  return phasesReachedFrom(evidence, getuigenisConfirmed).at(-1) ?? null;
}

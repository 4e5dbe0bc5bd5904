import type { CrisisSeverity } from '../crisis/crisis-lexicon.js';

/**
 * A herkenning on a message flagged as crisis is kept (it is what the person did), but it is never
 * evidence of the kantelpunt: "ik herken dit" under a suicidal message says something about pain, not about
 * recovery. Paths, dashboards, the report, zwart-gat and mentor matching count only recognitions for which
 * this holds.
 */
export function countsAsRecognitionEvidence(crisisOfRecognisedContribution: CrisisSeverity): boolean {
  return crisisOfRecognisedContribution === 'none';
}

/** The same rule as a SQL condition on the recognised contribution's `crisis` column. */
export const RECOGNITION_EVIDENCE_SQL = (contributionAlias: string) => `${contributionAlias}.crisis = 'none'`;

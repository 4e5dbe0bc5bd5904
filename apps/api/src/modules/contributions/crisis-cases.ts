import type { CrisisSeverity } from '@spiegel/domain';

/** A contribution read like a crisis (on a send or an edit): the case the safety module opens or joins. */
export interface RaiseCrisisInput {
  organisationId: string;
  roomId: string;
  contributionId: string;
  authorId: string;
  severity: Exclude<CrisisSeverity, 'none'>;
}

/**
 * Implemented by the safety module (a global provider under CRISIS_CASES), so a send raises a crisis case
 * without the contributions module importing safety (which reads contributions). Awaited on the send path:
 * the case exists, and its alert went out, before the sender hears whether someone watches.
 */
export interface CrisisCases {
  /** Opens the contribution's case (or joins it, raising the severity) and alerts; whether someone watches. */
  raise(input: RaiseCrisisInput): Promise<{ watched: boolean }>;
  /** Whether someone of the organisation watches right now (for the answer to a retried flagged send). */
  watchedNow(organisationId: string): Promise<boolean>;
}

export const CRISIS_CASES = Symbol('CRISIS_CASES');

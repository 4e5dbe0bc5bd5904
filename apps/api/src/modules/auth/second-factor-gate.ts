import type { MembershipRole } from '../organisations/membership.entity.js';

/** A password (or an invitation) was accepted; the second-factor module decides what comes next. */
export interface PasswordAccepted {
  userId: string;
  membershipId: string;
  organisationId: string;
  role: MembershipRole;
}

export interface PendingSecondStep {
  step: 'verify' | 'enrol';
  /** For the pending cookie; only its hash is stored. */
  token: string;
}

/**
 * Implemented by the two-factor module (a global provider under SECOND_FACTOR_GATE), so the auth
 * module asks it without importing it: no session is created while a second step is owed.
 */
export interface SecondFactorGate {
  afterPassword(
    p: PasswordAccepted,
    rememberedDeviceCookie: string | undefined,
  ): Promise<PendingSecondStep | null>;
  /** A new password ends every remembered device and every log-in still waiting for its second step. */
  onPasswordChanged(userId: string): Promise<void>;
}

export const SECOND_FACTOR_GATE = Symbol('SECOND_FACTOR_GATE');

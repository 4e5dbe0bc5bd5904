/** Second factor (TOTP, RFC 6238): the rules and the wire contract shared by api and web. */

export const RECOVERY_CODE_COUNT = 10;
export const REMEMBER_DEVICE_DAYS = 30;
/** Failed second-step attempts per person per window before they must wait. */
export const SECOND_FACTOR_MAX_FAILURES = 5;
export const SECOND_FACTOR_WINDOW_MINUTES = 15;
/** A password that was right waits this long for its second step. */
export const SECOND_FACTOR_PENDING_MINUTES = 10;

export const SECOND_FACTOR_STEPS = ['verify', 'enrol'] as const;
export type SecondFactorStep = (typeof SECOND_FACTOR_STEPS)[number];

export interface SecondFactorSituation {
  /** Everyone but a participant counts as staff here: a researcher exports data, so the rule holds for them too. */
  role: 'participant' | 'facilitator' | 'admin' | 'onderzoeker';
  /** The organisation's setting: staff must use a second factor. */
  requiredForStaff: boolean;
  enrolled: boolean;
  /** A valid "remember this device" cookie of this person came with the log-in. */
  deviceRemembered: boolean;
}

/** What stands between a right password and a session: nothing, a code, or enrolling first. */
export function secondFactorStep(s: SecondFactorSituation): SecondFactorStep | null {
  if (s.enrolled) return s.deviceRemembered ? null : 'verify';
  const required = s.requiredForStaff && s.role !== 'participant';
  return required ? 'enrol' : null;
}

/** Whether someone in this role may switch their own second factor off. */
export function mayDisableSecondFactor(
  role: SecondFactorSituation['role'],
  requiredForStaff: boolean,
): boolean {
  return !(requiredForStaff && role !== 'participant');
}

/** A six-digit code as typed (spaces allowed: apps show "123 456"), or null. */
export function normaliseTotpCode(input: string): string | null {
  const code = input.replace(/\s+/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}

/** Recovery codes use an alphabet without look-alikes (no 0/O, 1/I/L). */
export const RECOVERY_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const RECOVERY_CODE_LENGTH = 10;

/** A recovery code as typed (any case, spaces or dashes), or null when it cannot be one. */
export function normaliseRecoveryCode(input: string): string | null {
  const code = input.replace(/[\s-]+/g, '').toUpperCase();
  if (code.length !== RECOVERY_CODE_LENGTH) return null;
  for (const ch of code) if (!RECOVERY_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** "ABCDE-FGHJK": how a recovery code is shown to be written down. */
export function formatRecoveryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

// ---- Wire contract ----

/** POST /api/auth/login (and register) when a second step is still needed: no session yet. */
export interface SecondFactorPendingView {
  secondFactor: { step: SecondFactorStep };
}

/** GET /api/two-factor/pending: the log-in waiting for its second step (or none). */
export interface PendingSecondFactorView {
  step: SecondFactorStep | null;
  displayName: string | null;
}

/** GET /api/two-factor/me */
export interface TwoFactorStatusView {
  enrolled: boolean;
  enrolledAt: string | null;
  recoveryCodesLeft: number;
  /** The organisation requires it for this person's role. */
  required: boolean;
}

/** POST /api/two-factor/enrolment: what the authenticator app needs. The secret is shown once per start. */
export interface TwoFactorEnrolmentView {
  secret: string;
  otpauthUrl: string;
  /** The otpauth URL as an SVG QR code. */
  qrSvg: string;
}

export interface TwoFactorCodeInput {
  code: string;
  rememberDevice?: boolean;
}

/** After enrolment: shown once, only their hashes are kept. */
export interface RecoveryCodesView {
  recoveryCodes: string[];
}

export interface TwoFactorPolicyView {
  requiredForStaff: boolean;
}

/** For admins on the members screen. */
export interface MemberTwoFactorView {
  membershipId: string;
  enrolled: boolean;
}

import { Inject, Injectable } from '@nestjs/common';
import {
  formatRecoveryCode,
  mayDisableSecondFactor,
  normaliseRecoveryCode,
  normaliseTotpCode,
  type PendingSecondFactorView,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_COUNT,
  REMEMBER_DEVICE_DAYS,
  SECOND_FACTOR_MAX_FAILURES,
  SECOND_FACTOR_PENDING_MINUTES,
  SECOND_FACTOR_WINDOW_MINUTES,
  secondFactorStep,
  type TwoFactorEnrolmentView,
  type TwoFactorStatusView,
} from '@spiegel/domain';
import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { randomToken, safeEqual, sha256Hex } from '../../common/crypto.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import type { PasswordAccepted, PendingSecondStep, SecondFactorGate } from '../auth/second-factor-gate.js';
import { SessionService } from '../auth/session.service.js';
import { MembershipsService } from '../organisations/memberships.service.js';
import { SecretBox } from './secret-box.js';
import { type PendingLoginRow, TwoFactorRepository } from './two-factor.repository.js';

const PERIOD_SECONDS = 30;
const ISSUER = 'Spiegel';

/** Who is enrolling: a person with a session (Mijn account) or a log-in waiting for its enrolment. */
export type Enroller =
  { kind: 'session'; actor: Actor } | { kind: 'pending'; pending: PendingLoginRow; pendingToken: string };

export interface SessionStarted {
  sessionToken: string;
  /** Set when the person asked to remember this device. */
  deviceCookie?: string;
}

const invalidCode = (
  message = 'Deze code klopt niet. Kijk of de tijd op je telefoon goed staat en probeer de nieuwste code.',
) => new AppError(401, 'SECOND_FACTOR_INVALID', message);
const expired = () =>
  new AppError(
    401,
    'SECOND_FACTOR_EXPIRED',
    'Deze inlogpoging is verlopen. Log opnieuw in met je wachtwoord.',
  );

/**
 * The second factor (TOTP, RFC 6238): enrolment, the second step of a log-in, recovery codes, remembered
 * devices (an admin's reset: TwoFactorAdminService). Implements the auth module's gate, so no session exists before the step.
 */
@Injectable()
export class TwoFactorService implements SecondFactorGate {
  private readonly box: SecretBox;

  constructor(
    private readonly repo: TwoFactorRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly memberships: MembershipsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SecretBox(config.totpEncryptionKey);
  }

  // ---- the gate ----

  async afterPassword(
    p: PasswordAccepted,
    deviceCookie: string | undefined,
  ): Promise<PendingSecondStep | null> {
    const factor = await this.repo.factor(p.userId);
    const enrolled = factor?.confirmedAt != null;
    const step = secondFactorStep({
      role: p.role,
      requiredForStaff: await this.repo.requiredForStaff(p.organisationId),
      enrolled,
      deviceRemembered: enrolled && (await this.deviceRemembered(p.userId, deviceCookie)),
    });
    if (!step) return null;
    const token = randomToken(32);
    const now = this.clock.now();
    await this.repo.createPending({
      id: sha256Hex(token),
      userId: p.userId,
      membershipId: p.membershipId,
      organisationId: p.organisationId,
      step,
      expiresAt: new Date(now.getTime() + SECOND_FACTOR_PENDING_MINUTES * 60_000),
    });
    return { step, token };
  }

  async onPasswordChanged(userId: string): Promise<void> {
    await this.repo.transaction(async (em) => {
      await this.repo.revokeDevices(em, userId);
      await this.repo.deletePendingForUser(em, userId);
    });
  }

  // ---- the pending log-in ----

  async pending(token: string | undefined): Promise<PendingLoginRow | null> {
    if (!token || token.length > 128) return null;
    return this.repo.pending(sha256Hex(token), this.clock.now());
  }

  async pendingView(token: string | undefined): Promise<PendingSecondFactorView> {
    const p = await this.pending(token);
    if (!p) return { step: null, displayName: null };
    const m = await this.memberships.one(p.organisationId, p.membershipId);
    return { step: p.step, displayName: m?.displayName ?? null };
  }

  async cancel(token: string | undefined): Promise<void> {
    const p = await this.pending(token);
    if (p) await this.repo.transaction((em) => this.repo.consumePending(em, p.id));
  }

  /** The second step with a code from the app; on success the session starts. */
  async verify(token: string | undefined, input: string, rememberDevice: boolean): Promise<SessionStarted> {
    const p = await this.pending(token);
    if (!p || p.step !== 'verify') throw expired();
    await this.assertNotRateLimited(p.userId);
    const actor = { organisationId: p.organisationId, membershipId: p.membershipId };
    const step = await this.matchingStep(p.userId, input);
    const ok =
      step !== null &&
      (await this.repo.transaction(async (em) => {
        if (!(await this.repo.useStep(em, p.userId, step, false))) return false;
        if (!(await this.repo.consumePending(em, p.id))) throw expired();
        await this.audit.record(actor, 'two_factor.verified', { subjectMembershipId: p.membershipId }, em);
        return true;
      }));
    if (!ok) {
      await this.fail(p, step === null ? 'wrong_code' : 'replayed_code');
      throw step === null
        ? invalidCode()
        : invalidCode('Deze code is al gebruikt. Wacht op de volgende code in je app.');
    }
    await this.repo.clearFailures(this.limitKey(p.userId), this.windowStart());
    return this.startSession(p, rememberDevice);
  }

  /** The second step with a recovery code (phone lost): each code works once. */
  async recover(token: string | undefined, input: string): Promise<SessionStarted & { left: number }> {
    const p = await this.pending(token);
    if (!p || p.step !== 'verify') throw expired();
    await this.assertNotRateLimited(p.userId);
    const code = normaliseRecoveryCode(input);
    const ok =
      code !== null &&
      (await this.repo.transaction(async (em) => {
        if (!(await this.repo.useRecoveryCode(em, p.userId, this.recoveryHash(p.userId, code)))) return false;
        if (!(await this.repo.consumePending(em, p.id))) throw expired();
        return true;
      }));
    if (!ok) {
      await this.fail(p, 'wrong_recovery_code');
      throw invalidCode('Deze herstelcode klopt niet of is al gebruikt.');
    }
    const left = await this.repo.recoveryCodesLeft(p.userId);
    await this.audit.record(
      { organisationId: p.organisationId, membershipId: p.membershipId },
      'two_factor.recovery_code_used',
      { subjectMembershipId: p.membershipId, details: { recoveryCodesLeft: left } },
    );
    await this.repo.clearFailures(this.limitKey(p.userId), this.windowStart());
    return { ...(await this.startSession(p, false)), left };
  }

  // ---- enrolment ----

  async startEnrolment(who: Enroller): Promise<TwoFactorEnrolmentView> {
    const { userId, organisationId, membershipId } = this.whoIs(who);
    const member = await this.memberships.one(organisationId, membershipId);
    if (!member) throw notFound();
    const secret = generateSecret();
    if (!(await this.repo.startEnrolment(userId, this.box.encrypt(secret, userId))))
      throw new AppError(
        409,
        'CONFLICT',
        'Je hebt al een tweede stap ingesteld. Zet die eerst uit om opnieuw te beginnen.',
      );
    const otpauthUrl = generateURI({ issuer: ISSUER, label: member.displayName, secret });
    const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, otpauthUrl, qrSvg };
  }

  /** Confirms the enrolment with a first code; returns the recovery codes (shown once) and, when pending, a session. */
  async confirmEnrolment(
    who: Enroller,
    input: string,
  ): Promise<{ recoveryCodes: string[]; session: SessionStarted | null }> {
    const { userId, organisationId, membershipId } = this.whoIs(who);
    const actor = { organisationId, membershipId };
    await this.assertNotRateLimited(userId);
    const factor = await this.repo.factor(userId);
    if (!factor || factor.confirmedAt)
      throw new AppError(
        409,
        'CONFLICT',
        'Begin opnieuw met het instellen: er is geen instelling die wacht op een code.',
      );
    const step = await this.matchingStep(userId, input, true);
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => this.newRecoveryCode());
    const ok =
      step !== null &&
      (await this.repo.transaction(async (em) => {
        if (!(await this.repo.useStep(em, userId, step, true))) return false;
        await this.repo.replaceRecoveryCodes(
          em,
          userId,
          codes.map((c) => this.recoveryHash(userId, c)),
        );
        await this.repo.revokeDevices(em, userId);
        if (who.kind === 'pending' && !(await this.repo.consumePending(em, who.pending.id))) throw expired();
        await this.audit.record(actor, 'two_factor.enrolled', { subjectMembershipId: membershipId }, em);
        return true;
      }));
    if (!ok) {
      await this.repo.recordFailure(this.limitKey(userId), this.clock.now());
      await this.audit.record(actor, 'two_factor.failed', {
        subjectMembershipId: membershipId,
        details: { during: 'enrolment' },
      });
      throw invalidCode();
    }
    await this.repo.clearFailures(this.limitKey(userId), this.windowStart());
    // Sessions begun with the password alone (perhaps someone else's, with a stolen password) end now, and
    // their sockets close: from here on only a session that passed the second step is open.
    await this.sessions.revokeAllForUser(userId, who.kind === 'session' ? who.actor.sessionId : undefined);
    const session = who.kind === 'pending' ? await this.startSession(who.pending, false) : null;
    return { recoveryCodes: codes.map(formatRecoveryCode), session };
  }

  async status(actor: Actor): Promise<TwoFactorStatusView> {
    const factor = await this.repo.factor(actor.userId);
    const required = !mayDisableSecondFactor(
      actor.role,
      await this.repo.requiredForStaff(actor.organisationId),
    );
    const enrolled = factor?.confirmedAt != null;
    return {
      enrolled,
      enrolledAt: enrolled ? factor!.confirmedAt!.toISOString() : null,
      recoveryCodesLeft: enrolled ? await this.repo.recoveryCodesLeft(actor.userId) : 0,
      required,
    };
  }

  /** Switching one's own factor off: only where it is optional, and with a current code. */
  async disable(actor: Actor, input: string): Promise<void> {
    if (!mayDisableSecondFactor(actor.role, await this.repo.requiredForStaff(actor.organisationId)))
      throw forbidden('Jouw organisatie vraagt een tweede stap voor jouw rol; uitzetten kan niet.');
    if (!(await this.repo.factor(actor.userId))?.confirmedAt)
      throw new AppError(409, 'CONFLICT', 'Je hebt geen tweede stap ingesteld.');
    await this.assertNotRateLimited(actor.userId);
    const step = await this.matchingStep(actor.userId, input);
    const ok =
      step !== null &&
      (await this.repo.transaction(async (em) => {
        if (!(await this.repo.useStep(em, actor.userId, step, false))) return false;
        await this.repo.deleteFactor(em, actor.userId);
        await this.repo.revokeDevices(em, actor.userId);
        await this.audit.record(
          actor,
          'two_factor.disabled',
          { subjectMembershipId: actor.membershipId },
          em,
        );
        return true;
      }));
    if (!ok) {
      await this.repo.recordFailure(this.limitKey(actor.userId), this.clock.now());
      await this.audit.record(actor, 'two_factor.failed', {
        subjectMembershipId: actor.membershipId,
        details: { during: 'disable' },
      });
      throw invalidCode();
    }
  }

  // ---- helpers ----

  private whoIs(who: Enroller): { userId: string; organisationId: string; membershipId: string } {
    if (who.kind === 'session') return who.actor;
    if (who.pending.step !== 'enrol') throw expired();
    return who.pending;
  }

  /** The RFC 6238 time step the code belongs to, within ±1 step of the clock; null when it matches none. */
  private async matchingStep(userId: string, input: string, unconfirmedToo = false): Promise<number | null> {
    const code = normaliseTotpCode(input);
    const factor = await this.repo.factor(userId);
    if (!code || !factor || (!factor.confirmedAt && !unconfirmedToo)) return null;
    const result = await verify({
      secret: this.box.decrypt(factor.secretEncrypted, userId),
      token: code,
      epoch: Math.floor(this.clock.now().getTime() / 1000),
      period: PERIOD_SECONDS,
      epochTolerance: PERIOD_SECONDS,
    });
    // The TOTP strategy's result carries the matched time step (used against replays).
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  }

  private async startSession(p: PendingLoginRow, rememberDevice: boolean): Promise<SessionStarted> {
    const { token } = await this.sessions.create(p.userId, p.membershipId, p.organisationId);
    // The log-in itself, as after a password alone: the access log has one 'auth.login' per session started.
    await this.audit.record(
      { organisationId: p.organisationId, membershipId: p.membershipId },
      'auth.login',
      {
        subjectMembershipId: p.membershipId,
        details: { secondFactor: true },
      },
    );
    if (!rememberDevice) return { sessionToken: token };
    const deviceToken = randomToken(32);
    const expiresAt = new Date(this.clock.now().getTime() + REMEMBER_DEVICE_DAYS * 86_400_000);
    await this.repo.rememberDevice(sha256Hex(deviceToken), p.userId, expiresAt);
    await this.audit.record(
      { organisationId: p.organisationId, membershipId: p.membershipId },
      'two_factor.device_remembered',
      { subjectMembershipId: p.membershipId, details: { days: REMEMBER_DEVICE_DAYS } },
    );
    const payload = `${p.userId}.${deviceToken}`;
    return { sessionToken: token, deviceCookie: `${payload}.${this.box.mac(payload)}` };
  }

  /** A signed cookie of this very person whose device row is neither revoked nor expired. */
  private async deviceRemembered(userId: string, cookie: string | undefined): Promise<boolean> {
    if (!cookie || cookie.length > 256) return false;
    const [cookieUser, token, signature] = cookie.split('.');
    if (!cookieUser || !token || !signature || cookieUser !== userId) return false;
    if (!safeEqual(signature, this.box.mac(`${cookieUser}.${token}`))) return false;
    return this.repo.deviceValid(sha256Hex(token), userId, this.clock.now());
  }

  private newRecoveryCode(): string {
    let code = '';
    for (let i = 0; i < 10; i++) code += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
    return code;
  }

  private recoveryHash(userId: string, code: string): string {
    return this.box.mac(`recovery:${userId}:${code}`);
  }

  private limitKey(userId: string): string {
    return `user:${userId}`;
  }

  private windowStart(): Date {
    return new Date(this.clock.now().getTime() - SECOND_FACTOR_WINDOW_MINUTES * 60_000);
  }

  private async assertNotRateLimited(userId: string): Promise<void> {
    const { n, oldest } = await this.repo.failuresSince(this.limitKey(userId), this.windowStart());
    if (n < SECOND_FACTOR_MAX_FAILURES || !oldest) return;
    const wait = Math.max(
      1,
      Math.ceil(
        (oldest.getTime() + SECOND_FACTOR_WINDOW_MINUTES * 60_000 - this.clock.now().getTime()) / 1000,
      ),
    );
    throw new AppError(
      429,
      'RATE_LIMITED',
      `Te veel pogingen. Probeer het over ${Math.ceil(wait / 60)} minuten opnieuw.`,
      {
        retryAfterSeconds: wait,
      },
    );
  }

  private async fail(p: PendingLoginRow, reason: string): Promise<void> {
    await this.repo.recordFailure(this.limitKey(p.userId), this.clock.now());
    await this.audit.record(
      { organisationId: p.organisationId, membershipId: p.membershipId },
      'two_factor.failed',
      { subjectMembershipId: p.membershipId, details: { reason } },
    );
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError } from '../../common/app-error.js';
import { sha256Hex } from '../../common/crypto.js';
import { uniqueViolation } from '../../common/pg-errors.js';
import { AuditService } from '../audit/audit.service.js';
import { InvitationsService } from '../invitations/invitations.service.js';
import { createAccount } from './create-organisation.js';
import type { Membership } from '../organisations/membership.entity.js';
import { MembershipsService } from '../organisations/memberships.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { ChangePasswordDto, LoginDto, RegisterDto, ResetPasswordDto } from './dto/auth.dto.js';
import { insertInvitedEnrolment } from '../trajecten/trajecten.repository.js';
import { PasswordResets } from './password-resets.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import type { Me } from '@spiegel/domain';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher.js';
import { PasswordReset } from './password-reset.entity.js';
import { SECOND_FACTOR_GATE, type PendingSecondStep, type SecondFactorGate } from './second-factor-gate.js';
import { SessionService } from './session.service.js';
import { User } from './user.entity.js';

/** A session, or (when the second-factor module says so) a second step owed before any session exists. */
export type LoginOutcome = { token: string; me: Me; pending?: undefined } | { pending: PendingSecondStep };

const INVALID_CREDENTIALS = () =>
  new AppError(401, 'INVALID_CREDENTIALS', 'Deze combinatie van inlognaam en wachtwoord kennen we niet.');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly memberships: MembershipsService,
    private readonly organisations: OrganisationsService,
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    private readonly passwordResets: PasswordResets,
    private readonly sessions: SessionService,
    private readonly limiter: LoginRateLimiter,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    @Inject(SECOND_FACTOR_GATE) private readonly secondFactor: SecondFactorGate,
  ) {}

  /** Same answer and about the same time for an unknown name and a wrong password. */
  async login(dto: LoginDto, ip: string, rememberedDevice?: string): Promise<LoginOutcome> {
    const keys = this.limiter.keys(dto.login, ip);
    await this.limiter.assertAllowed(keys);
    const user = await this.users.findOne({ where: { loginName: dto.login.trim().toLowerCase() } });
    const ok = user
      ? await verifyPassword(user.passwordHash, dto.password)
      : await verifyAgainstDummy(dto.password);
    const membership = ok && user ? await this.activeMembership(user.id) : null;
    if (!user || !ok || !membership) {
      await this.limiter.recordFailure(keys);
      await this.recordFailedLogin(
        user,
        ok ? 'no_active_membership' : user ? 'wrong_password' : 'unknown_login',
        ip,
      );
      throw INVALID_CREDENTIALS();
    }
    await this.limiter.clear(keys[0]!);
    const pending = await this.secondFactor.afterPassword(
      {
        userId: user.id,
        membershipId: membership.id,
        organisationId: membership.organisationId,
        role: membership.role,
      },
      rememberedDevice,
    );
    if (pending) return { pending };
    const { token } = await this.sessions.create(user.id, membership.id, membership.organisationId);
    await this.audit.record(
      { organisationId: membership.organisationId, membershipId: membership.id },
      'auth.login',
      { subjectMembershipId: membership.id, ip },
    );
    return { token, me: await this.me(membership) };
  }

  /**
   * A failed log-in in the access log: for a known name in the person's organisation (they see it under
   * "Wie heeft mijn gegevens bekeken"), for an unknown name in the platform's chain. Never the typed
   * password, and not the typed name either (people type passwords into the name field).
   */
  private async recordFailedLogin(user: User | null, reason: string, ip: string): Promise<void> {
    const membership = user ? await this.memberships.firstOfUser(user.id, false) : null;
    await this.audit.record(
      { organisationId: membership?.organisationId ?? null, membershipId: null },
      'auth.login_failed',
      { subjectMembershipId: membership?.id ?? null, details: { reason }, ip },
    );
  }

  async logout(actor: Actor, everywhere: boolean): Promise<void> {
    if (everywhere) await this.sessions.revokeAllForUser(actor.userId);
    else await this.sessions.revoke(actor.sessionId);
    await this.audit.record(actor, everywhere ? 'auth.logout_all' : 'auth.logout', {
      subjectMembershipId: actor.membershipId,
    });
  }

  async register(dto: RegisterDto): Promise<LoginOutcome> {
    try {
      const membership = await this.ds.transaction(async (em) => {
        const inv = await this.invitations.consume(em, dto.code);
        if (await em.getRepository(User).exists({ where: { loginName: dto.login.trim().toLowerCase() } })) {
          throw new AppError(409, 'LOGIN_NAME_TAKEN', 'Deze inlognaam is al in gebruik. Kies een andere.');
        }
        const taken = await this.memberships.displayNameTaken(em, inv.organisationId, dto.displayName);
        if (taken)
          throw new AppError(
            409,
            'DISPLAY_NAME_TAKEN',
            'Deze schuilnaam is al in gebruik in jouw organisatie. Kies een andere.',
          );
        const { membership } = await createAccount(em, {
          organisationId: inv.organisationId,
          loginName: dto.login,
          displayName: dto.displayName,
          email: dto.email ?? null,
          password: dto.password,
          role: inv.role,
        });
        if (inv.trajectId)
          await insertInvitedEnrolment(em, inv.trajectId, membership.id, inv.organisationId, new Date());
        return membership;
      });
      await this.audit.record(
        { organisationId: membership.organisationId, membershipId: membership.id },
        'account.register',
        { subjectMembershipId: membership.id },
      );
      // Staff invited where a second factor is required enrol it before their first session.
      const pending = await this.secondFactor.afterPassword(
        {
          userId: membership.userId,
          membershipId: membership.id,
          organisationId: membership.organisationId,
          role: membership.role,
        },
        undefined,
      );
      if (pending) return { pending };
      const { token } = await this.sessions.create(
        membership.userId,
        membership.id,
        membership.organisationId,
      );
      return { token, me: await this.me(membership) };
    } catch (err) {
      // Two people racing for the same name: the unique index decides, the answer stays friendly.
      const constraint = uniqueViolation(err);
      if (constraint === 'uq_memberships_org_display_name')
        throw new AppError(
          409,
          'DISPLAY_NAME_TAKEN',
          'Deze schuilnaam is al in gebruik in jouw organisatie. Kies een andere.',
        );
      if (constraint !== null)
        throw new AppError(409, 'LOGIN_NAME_TAKEN', 'Deze inlognaam is al in gebruik. Kies een andere.');
      throw err;
    }
  }

  async changePassword(actor: Actor, dto: ChangePasswordDto): Promise<void> {
    const user = await this.users.findOneByOrFail({ id: actor.userId });
    const ok = await this.limiter.checkOwnPassword(user.id, () =>
      verifyPassword(user.passwordHash, dto.currentPassword),
    );
    if (!ok) throw new AppError(400, 'INVALID_CREDENTIALS', 'Je huidige wachtwoord klopt niet.');
    await this.limiter.clear(this.limiter.passwordCheckKey(user.id));
    await this.users.update(
      { id: user.id },
      { passwordHash: await hashPassword(dto.newPassword), passwordChangedAt: new Date() },
    );
    await this.passwordResets.revokeOpen(actor.membershipId);
    await this.sessions.revokeAllForUser(user.id, actor.sessionId);
    await this.secondFactor.onPasswordChanged(user.id);
    await this.audit.record(actor, 'account.password_change', { subjectMembershipId: actor.membershipId });
  }

  /** Uses an admin-issued reset link; every session of that person ends. */
  async resetPassword(dto: ResetPasswordDto): Promise<void> {
    const reset = await this.resets.findOne({
      where: { tokenHash: sha256Hex(dto.token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    const invalid = () =>
      new AppError(
        400,
        'RESET_TOKEN_INVALID',
        'Deze herstellink is verlopen of al gebruikt. Vraag een nieuwe aan je beheerder.',
      );
    if (!reset) throw invalid();
    const membership = await this.memberships.byId(reset.membershipId);
    // A link issued before the member was removed opens nothing.
    if (membership.status !== 'active') throw invalid();
    await this.ds.transaction(async (em) => {
      const used = await em
        .getRepository(PasswordReset)
        .update({ id: reset.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (!used.affected) throw new AppError(400, 'RESET_TOKEN_INVALID', 'Deze herstellink is al gebruikt.');
      await em
        .getRepository(User)
        .update(
          { id: membership.userId },
          { passwordHash: await hashPassword(dto.newPassword), passwordChangedAt: new Date() },
        );
      // Other links issued for this member end with this one.
      await this.passwordResets.revokeOpen(membership.id, em);
    });
    await this.sessions.revokeAllForUser(membership.userId);
    await this.secondFactor.onPasswordChanged(membership.userId);
    await this.audit.record(
      { organisationId: membership.organisationId, membershipId: membership.id },
      'account.password_reset',
      {
        subjectMembershipId: membership.id,
      },
    );
  }

  async meFor(actor: Actor): Promise<Me> {
    return this.me(await this.memberships.byId(actor.membershipId));
  }

  private async activeMembership(userId: string): Promise<Membership | null> {
    return this.memberships.firstOfUser(userId, true);
  }

  private async me(m: Membership): Promise<Me> {
    const org = await this.organisations.byId(m.organisationId);
    return {
      userId: m.userId,
      membershipId: m.id,
      displayName: m.displayName,
      avatarColor: m.avatarColor,
      role: m.role,
      organisation: { id: org.id, name: org.name, slug: org.slug },
    };
  }
}

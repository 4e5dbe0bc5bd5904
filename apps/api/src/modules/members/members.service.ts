import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { newId, randomToken, sha256Hex } from '../../common/crypto.js';
import { scoped } from '../../common/tenant-scope.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import { PasswordReset } from '../auth/password-reset.entity.js';
import { SessionService } from '../auth/session.service.js';
import { Membership, type MembershipRole } from '../organisations/membership.entity.js';

export interface MemberView {
  membershipId: string;
  displayName: string;
  avatarColor: string;
  role: MembershipRole;
  joinedAt: string;
}

const RESET_TTL_MS = 48 * 60 * 60 * 1000;

@Injectable()
export class MembersService {
  constructor(
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** The member list with roles: an admin task, so it is audit-logged as a view of personal data. */
  async list(actor: Actor): Promise<MemberView[]> {
    const rows = await scoped(this.memberships, actor.organisationId).find(
      { status: 'active' },
      { order: { displayName: 'ASC' } },
    );
    await this.audit.record(actor, 'members.list', {
      targetType: 'organisation',
      targetId: actor.organisationId,
    });
    return rows.map((m) => ({
      membershipId: m.id,
      displayName: m.displayName,
      avatarColor: m.avatarColor,
      role: m.role,
      joinedAt: m.createdAt.toISOString(),
    }));
  }

  async changeRole(actor: Actor, membershipId: string, role: MembershipRole): Promise<void> {
    const member = await this.activeMember(actor, membershipId);
    if (member.id === actor.membershipId && role !== 'admin') {
      throw new AppError(
        409,
        'CONFLICT',
        'Je kunt je eigen beheerrol niet weghalen; vraag een andere beheerder.',
      );
    }
    await scoped(this.memberships, actor.organisationId).update({ id: member.id }, { role });
    await this.audit.record(actor, 'member.role_change', {
      subjectMembershipId: member.id,
      details: { from: member.role, to: role },
    });
  }

  /** Removes someone from the organisation: their sessions end and their sockets close. */
  async remove(actor: Actor, membershipId: string): Promise<void> {
    const member = await this.activeMember(actor, membershipId);
    if (member.id === actor.membershipId)
      throw new AppError(409, 'CONFLICT', 'Je kunt jezelf niet verwijderen.');
    await scoped(this.memberships, actor.organisationId).update({ id: member.id }, { status: 'removed' });
    await this.sessions.revokeAllForMembership(member.id);
    await this.audit.record(actor, 'member.remove', { subjectMembershipId: member.id });
  }

  /** An admin-issued reset link: no mail server needed, the admin hands it over. */
  async issuePasswordReset(
    actor: Actor,
    membershipId: string,
  ): Promise<{ url: string; token: string; expiresAt: string }> {
    const member = await this.activeMember(actor, membershipId);
    const token = randomToken(24);
    const expiresAt = new Date(Date.now() + RESET_TTL_MS);
    await this.resets.insert({
      id: newId(),
      organisationId: actor.organisationId,
      membershipId: member.id,
      tokenHash: sha256Hex(token),
      createdByMembershipId: actor.membershipId,
      expiresAt,
      usedAt: null,
    });
    await this.audit.record(actor, 'member.password_reset_issue', { subjectMembershipId: member.id });
    return {
      url: `${this.config.publicOrigin}/wachtwoord-herstellen/${token}`,
      token,
      expiresAt: expiresAt.toISOString(),
    };
  }

  private async activeMember(actor: Actor, membershipId: string): Promise<Membership> {
    const member = await scoped(this.memberships, actor.organisationId).findOne({
      id: membershipId,
      status: 'active',
    });
    if (!member) throw notFound('Dit lid bestaat niet in jouw organisatie.');
    return member;
  }
}

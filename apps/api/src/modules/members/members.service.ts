import { Inject, Injectable } from '@nestjs/common';
import type { MemberView, PasswordResetLink } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { newId, randomToken, sha256Hex } from '../../common/crypto.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import { PasswordResets } from '../auth/password-resets.js';
import { InvitationsService } from '../invitations/invitations.service.js';
import { SessionService } from '../auth/session.service.js';
import type { Membership, MembershipRole } from '../organisations/membership.entity.js';
import { MembershipsService } from '../organisations/memberships.service.js';
import { RoomMembersRepository } from '../rooms/room-members.repository.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { MembersRepository } from './members.repository.js';

const RESET_TTL_MS = 48 * 60 * 60 * 1000;

@Injectable()
export class MembersService {
  constructor(
    private readonly repo: MembersRepository,
    private readonly memberships: MembershipsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly resets: PasswordResets,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly roomMembers: RoomMembersRepository,
    private readonly realtime: RealtimeEmitter,
  ) {}

  /** The member list with roles: an admin task, so it is audit-logged as a view of personal data. */
  async list(actor: Actor): Promise<MemberView[]> {
    const rows = await this.memberships.active(actor.organisationId);
    await this.audit.record(actor, 'members.list', {
      subjectIds: rows.map((m) => m.id).filter((id) => id !== actor.membershipId),
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
    await this.repo.transaction(async (em) => {
      await this.memberships.setRole(actor.organisationId, member.id, role, em);
      // Less authority: the invitations they issued with the old role end with it.
      if (role !== member.role && role !== 'admin')
        await this.invitations.revokeIssuedBy(em, actor.organisationId, member.id);
    });
    // Their open sockets still carry the old role and staff channels: make them authenticate again.
    if (role !== member.role) this.realtime.reauthenticate(member.id);
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
    // Leaving the organisation ends every room membership too, recorded as a staff decision.
    await this.repo.transaction(async (em) => {
      await this.memberships.markRemoved(em, actor.organisationId, member.id);
      await this.roomMembers.endAllOf(em, member.id, 'organisation_removed', actor.membershipId);
      await this.resets.revokeOpen(member.id, em);
      await this.invitations.revokeIssuedBy(em, actor.organisationId, member.id);
    });
    await this.sessions.revokeAllForMembership(member.id);
    this.realtime.reauthenticate(member.id);
    await this.audit.record(actor, 'member.remove', { subjectMembershipId: member.id });
  }

  /** An admin-issued reset link: no mail server needed, the admin hands it over. */
  async issuePasswordReset(actor: Actor, membershipId: string): Promise<PasswordResetLink> {
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
    const member = await this.memberships.activeOne(actor.organisationId, membershipId);
    if (!member) throw notFound('Dit lid bestaat niet in jouw organisatie.');
    return member;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CreatedInvitation, InvitationPreview, InvitationState, InvitationView } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { newId } from '../../common/crypto.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import type { MembershipRole } from '../organisations/membership.entity.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { CreateInvitationDto } from './dto/invitation.dto.js';
import { hashInvitationCode, newInvitationCode } from './invitation-codes.js';
import type { Invitation } from './invitation.entity.js';
import { InvitationsRepository } from './invitations.repository.js';

export function invitationState(inv: Invitation, now = new Date()): InvitationState {
  if (inv.revokedAt) return 'revoked';
  if (inv.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (inv.uses >= inv.maxUses) return 'used_up';
  return 'open';
}

function toView(inv: Invitation): InvitationView {
  return {
    id: inv.id,
    codePrefix: inv.codePrefix,
    role: inv.role,
    note: inv.note,
    email: inv.email,
    expiresAt: inv.expiresAt.toISOString(),
    maxUses: inv.maxUses,
    uses: inv.uses,
    revoked: inv.revokedAt !== null,
    state: invitationState(inv),
    createdAt: inv.createdAt.toISOString(),
  };
}

@Injectable()
export class InvitationsService {
  constructor(
    private readonly repo: InvitationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationsService,
  ) {}

  async create(
    actor: Actor,
    dto: CreateInvitationDto,
    trajectId: string | null = null,
  ): Promise<CreatedInvitation> {
    const { code, hash, prefix } = newInvitationCode();
    const inv = this.repo.build({
      id: newId(),
      organisationId: actor.organisationId,
      codeHash: hash,
      codePrefix: prefix,
      role: dto.role,
      note: dto.note?.trim() || null,
      email: dto.email?.trim().toLowerCase() || null,
      trajectId,
      createdByMembershipId: actor.membershipId,
      expiresAt: new Date(Date.now() + (dto.expiresInDays ?? 14) * 86_400_000),
      maxUses: dto.maxUses ?? 1,
      uses: 0,
      revokedAt: null,
    });
    await this.repo.insert(inv);
    const saved = await this.repo.byIdOrFail(inv.id);
    await this.audit.record(actor, 'invitation.create', {
      targetType: 'invitation',
      targetId: inv.id,
      details: { role: dto.role },
    });
    return { ...toView(saved), code, url: `${this.config.publicOrigin}/uitnodiging/${code}` };
  }

  async list(actor: Actor): Promise<InvitationView[]> {
    const rows = await this.repo.list(actor.organisationId);
    return rows.map(toView);
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    const inv = await this.repo.inOrganisation(actor.organisationId, id);
    if (!inv) throw notFound('Deze uitnodiging bestaat niet.');
    await this.repo.revoke(actor.organisationId, id);
    await this.audit.record(actor, 'invitation.revoke', { targetType: 'invitation', targetId: id });
  }

  /**
   * An invitation carries the authority of who issued it. When that ends (the member is removed, or their
   * role changes to one other than admin, so from admin or facilitator to less), so do the open
   * invitations they issued: a code someone kept is no way back in, nor into a role they lost.
   */
  revokeIssuedBy(em: EntityManager, organisationId: string, membershipId: string): Promise<number> {
    return this.repo.revokeIssuedBy(em, organisationId, membershipId);
  }

  /** What the registration page may show before someone has an account. */
  async preview(code: string): Promise<InvitationPreview> {
    const inv = await this.repo.byCodeHash(hashInvitationCode(code));
    this.assertUsable(inv);
    const org = await this.organisations.byId(inv.organisationId);
    const trajectName = await this.repo.trajectName(inv.trajectId);
    return {
      organisationName: org.name,
      role: inv.role,
      expiresAt: inv.expiresAt.toISOString(),
      trajectName,
    };
  }

  /**
   * For a first log-in through the organisation's provider: locks and uses one place of the newest open
   * staff invitation an admin addressed to this (provider-verified) e-mail address, or returns null.
   */
  async consumeForEmail(
    em: EntityManager,
    organisationId: string,
    email: string,
    roles: readonly MembershipRole[],
  ): Promise<Invitation | null> {
    const candidates = await this.repo.lockedForEmail(em, organisationId, email, roles);
    const inv = candidates.find((c) => invitationState(c) === 'open');
    if (!inv) return null;
    await this.repo.use(em, inv.id);
    return inv;
  }

  /** Locks and uses one place of the invitation inside the caller's transaction. */
  async consume(em: EntityManager, code: string): Promise<Invitation> {
    const inv = await this.repo.lockedByCodeHash(em, hashInvitationCode(code));
    this.assertUsable(inv);
    await this.repo.use(em, inv.id);
    return inv;
  }

  /** Erasure: invitations the person created stay, created by the stand-in `formerId`. */
  forgetCreator(em: EntityManager, membershipId: string, formerId: string): Promise<void> {
    return this.repo.reassignCreator(em, membershipId, formerId);
  }

  private assertUsable(inv: Invitation | null): asserts inv is Invitation {
    if (!inv || inv.revokedAt)
      throw new AppError(
        404,
        'INVITATION_NOT_FOUND',
        'Deze uitnodiging bestaat niet (meer). Vraag om een nieuwe.',
      );
    const state = invitationState(inv);
    if (state === 'expired')
      throw new AppError(410, 'INVITATION_EXPIRED', 'Deze uitnodiging is verlopen. Vraag om een nieuwe.');
    if (state === 'used_up')
      throw new AppError(410, 'INVITATION_USED_UP', 'Deze uitnodiging is al gebruikt. Vraag om een nieuwe.');
  }
}

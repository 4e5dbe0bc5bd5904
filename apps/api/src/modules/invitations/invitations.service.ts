import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, type Repository } from 'typeorm';
import type { CreatedInvitation, InvitationPreview, InvitationState, InvitationView } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { newId } from '../../common/crypto.js';
import { scoped } from '../../common/tenant-scope.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import type { MembershipRole } from '../organisations/membership.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { CreateInvitationDto } from './dto/invitation.dto.js';
import { hashInvitationCode, newInvitationCode } from './invitation-codes.js';
import { Invitation } from './invitation.entity.js';

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
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async create(
    actor: Actor,
    dto: CreateInvitationDto,
    trajectId: string | null = null,
  ): Promise<CreatedInvitation> {
    const { code, hash, prefix } = newInvitationCode();
    const inv = this.invitations.create({
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
    await this.invitations.insert(inv);
    const saved = await this.invitations.findOneByOrFail({ id: inv.id });
    await this.audit.record(actor, 'invitation.create', {
      targetType: 'invitation',
      targetId: inv.id,
      details: { role: dto.role },
    });
    return { ...toView(saved), code, url: `${this.config.publicOrigin}/uitnodiging/${code}` };
  }

  async list(actor: Actor): Promise<InvitationView[]> {
    const rows = await scoped(this.invitations, actor.organisationId).find(
      {},
      { order: { createdAt: 'DESC' }, take: 200 },
    );
    return rows.map(toView);
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    const repo = scoped(this.invitations, actor.organisationId);
    const inv = await repo.findOne({ id });
    if (!inv) throw notFound('Deze uitnodiging bestaat niet.');
    await repo.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.audit.record(actor, 'invitation.revoke', { targetType: 'invitation', targetId: id });
  }

  /** What the registration page may show before someone has an account. */
  async preview(code: string): Promise<InvitationPreview> {
    const inv = await this.invitations.findOne({ where: { codeHash: hashInvitationCode(code) } });
    this.assertUsable(inv);
    const org = await this.organisations.findOneByOrFail({ id: inv.organisationId });
    const traject = inv.trajectId
      ? await this.organisations.manager.query<{ name: string }[]>(
          `SELECT name FROM trajecten WHERE id = $1`,
          [inv.trajectId],
        )
      : [];
    return {
      organisationName: org.name,
      role: inv.role,
      expiresAt: inv.expiresAt.toISOString(),
      trajectName: traject[0]?.name ?? null,
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
    const candidates = await em
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.organisation_id = :organisationId', { organisationId })
      .andWhere('lower(i.email) = lower(:email)', { email })
      .andWhere('i.role IN (:...roles)', { roles })
      .orderBy('i.created_at', 'DESC')
      .getMany();
    const inv = candidates.find((c) => invitationState(c) === 'open');
    if (!inv) return null;
    await em.getRepository(Invitation).increment({ id: inv.id }, 'uses', 1);
    return inv;
  }

  /** Locks and uses one place of the invitation inside the caller's transaction. */
  async consume(em: EntityManager, code: string): Promise<Invitation> {
    const inv = await em
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.code_hash = :hash', { hash: hashInvitationCode(code) })
      .getOne();
    this.assertUsable(inv);
    await em.getRepository(Invitation).increment({ id: inv.id }, 'uses', 1);
    return inv;
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

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, type Repository } from 'typeorm';
import { scoped } from '../../common/tenant-scope.js';
import { Invitation } from './invitation.entity.js';

/**
 * All data access on `invitations`; and, for the preview a person sees before they have an account, the
 * name of the traject they are invited to (trajecten's view `traject_facts`: read here because trajecten imports this module).
 */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectRepository(Invitation) private readonly invitations: Repository<Invitation>) {}

  build(fields: Partial<Invitation>): Invitation {
    return this.invitations.create(fields);
  }

  async insert(inv: Invitation): Promise<void> {
    await this.invitations.insert(inv);
  }

  byIdOrFail(id: string): Promise<Invitation> {
    return this.invitations.findOneByOrFail({ id });
  }

  /** The organisation's newest 200. */
  list(organisationId: string): Promise<Invitation[]> {
    return scoped(this.invitations, organisationId).find({}, { order: { createdAt: 'DESC' }, take: 200 });
  }

  inOrganisation(organisationId: string, id: string): Promise<Invitation | null> {
    return scoped(this.invitations, organisationId).findOne({ id });
  }

  async revoke(organisationId: string, id: string): Promise<void> {
    await scoped(this.invitations, organisationId).update(
      { id, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  /** Ends the open invitations a member issued; returns how many. */
  async revokeIssuedBy(em: EntityManager, organisationId: string, membershipId: string): Promise<number> {
    const [, affected] = (await em.query(
      `UPDATE invitations SET revoked_at = now()
        WHERE organisation_id = $1 AND created_by_membership_id = $2 AND revoked_at IS NULL
          AND uses < max_uses AND expires_at > now()`,
      [organisationId, membershipId],
    )) as [unknown, number];
    return affected;
  }

  byCodeHash(codeHash: string): Promise<Invitation | null> {
    return this.invitations.findOne({ where: { codeHash } });
  }

  async trajectName(trajectId: string | null): Promise<string | null> {
    const traject = trajectId
      ? await this.invitations.manager.query<{ name: string }[]>(
          `SELECT name FROM traject_facts WHERE id = $1`,
          [trajectId],
        )
      : [];
    return traject[0]?.name ?? null;
  }

  /** Locked for the caller's transaction: the staff invitations addressed to this e-mail, newest first. */
  lockedForEmail(
    em: EntityManager,
    organisationId: string,
    email: string,
    roles: readonly string[],
  ): Promise<Invitation[]> {
    return em
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.organisation_id = :organisationId', { organisationId })
      .andWhere('lower(i.email) = lower(:email)', { email })
      .andWhere('i.role IN (:...roles)', { roles })
      .orderBy('i.created_at', 'DESC')
      .getMany();
  }

  /** Locked for the caller's transaction, by its code's hash. */
  lockedByCodeHash(em: EntityManager, codeHash: string): Promise<Invitation | null> {
    return em
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.code_hash = :hash', { hash: codeHash })
      .getOne();
  }

  /** Uses one place, inside the caller's transaction. */
  async use(em: EntityManager, id: string): Promise<void> {
    await em.getRepository(Invitation).increment({ id }, 'uses', 1);
  }

  /** Invitations the person created stay, created by the stand-in `formerId` (erasure's transaction). */
  async reassignCreator(em: EntityManager, membershipId: string, formerId: string): Promise<void> {
    await em.query(
      `UPDATE invitations SET created_by_membership_id = $2 WHERE created_by_membership_id = $1`,
      [membershipId, formerId],
    );
  }
}

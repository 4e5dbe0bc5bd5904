import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { scoped } from '../../common/tenant-scope.js';
import { PasswordReset } from '../auth/password-reset.entity.js';
import { Membership, type MembershipRole } from '../organisations/membership.entity.js';

/**
 * The members module's data access, in one place: an admin's view and changes of the organisation's
 * `memberships` (whose entity lives in organisations, which has no module of its own yet) and the reset
 * links an admin issues (`password_resets`, owned by auth).
 */
@Injectable()
export class MembersRepository {
  constructor(
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /** The organisation's active members, by pseudonym. */
  active(organisationId: string): Promise<Membership[]> {
    return scoped(this.memberships, organisationId).find(
      { status: 'active' },
      { order: { displayName: 'ASC' } },
    );
  }

  activeOne(organisationId: string, membershipId: string): Promise<Membership | null> {
    return scoped(this.memberships, organisationId).findOne({ id: membershipId, status: 'active' });
  }

  async setRole(organisationId: string, membershipId: string, role: MembershipRole): Promise<void> {
    await scoped(this.memberships, organisationId).update({ id: membershipId }, { role });
  }

  /** Marks an active membership removed, inside the caller's transaction. */
  async markRemoved(em: EntityManager, organisationId: string, membershipId: string): Promise<void> {
    await em
      .getRepository(Membership)
      .update({ id: membershipId, organisationId, status: 'active' }, { status: 'removed' });
  }

  async insertPasswordReset(reset: Parameters<Repository<PasswordReset>['insert']>[0]): Promise<void> {
    await this.resets.insert(reset);
  }
}

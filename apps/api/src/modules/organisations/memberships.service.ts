import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Membership, MembershipRole } from './membership.entity.js';
import { type MemberRow, MembershipsRepository } from './memberships.repository.js';

/**
 * What other modules may ask of `memberships` (organisations owns the table): who belongs, with which role
 * and pseudonym, and the admin's changes (role, removal) the members module makes. Reads that take `em` run
 * inside the caller's transaction.
 */
@Injectable()
export class MembershipsService {
  constructor(private readonly repo: MembershipsRepository) {}

  /** Throws when there is none. */
  byId(id: string): Promise<Membership> {
    return this.repo.byId(id);
  }
  one(organisationId: string, id: string): Promise<Membership | null> {
    return this.repo.one(organisationId, id);
  }
  activeOne(organisationId: string, id: string): Promise<Membership | null> {
    return this.repo.activeOne(organisationId, id);
  }
  isActive(organisationId: string, id: string): Promise<boolean> {
    return this.repo.isActive(organisationId, id);
  }
  belongsTo(organisationId: string, id: string): Promise<boolean> {
    return this.repo.belongsTo(organisationId, id);
  }
  active(organisationId: string): Promise<Membership[]> {
    return this.repo.active(organisationId);
  }
  firstOfUser(userId: string, activeOnly: boolean): Promise<Membership | null> {
    return this.repo.firstOfUser(userId, activeOnly);
  }
  displayNameTaken(em: EntityManager, organisationId: string, displayName: string): Promise<boolean> {
    return this.repo.displayNameTaken(em, organisationId, displayName);
  }
  activeAmong(
    organisationId: string,
    ids: string[],
    staff = false,
    em?: EntityManager,
  ): Promise<{ id: string; role: MembershipRole }[]> {
    return this.repo.activeAmong(organisationId, ids, staff, em);
  }
  roles(ids: string[], em?: EntityManager): Promise<{ id: string; role: MembershipRole }[]> {
    return this.repo.roles(ids, em);
  }
  directory(organisationId: string): Promise<MemberRow[]> {
    return this.repo.directory(organisationId);
  }
  displayName(id: string, organisationId: string | null, em?: EntityManager): Promise<string | null> {
    return this.repo.displayName(id, organisationId, em);
  }
  staffIds(organisationId: string, em?: EntityManager): Promise<string[]> {
    return this.repo.staffIds(organisationId, em);
  }
  setRole(organisationId: string, id: string, role: MembershipRole, em?: EntityManager): Promise<void> {
    return this.repo.setRole(organisationId, id, role, em);
  }
  markRemoved(em: EntityManager, organisationId: string, id: string): Promise<void> {
    return this.repo.markRemoved(em, organisationId, id);
  }
}

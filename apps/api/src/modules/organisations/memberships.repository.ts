import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { scoped } from '../../common/tenant-scope.js';
import { avatarColorFor, displayNameKey, normaliseDisplayName } from './display-name.js';
import { Membership, type MembershipRole } from './membership.entity.js';

/** A member as others see them: pseudonym and avatar colour. */
export interface MemberRow {
  id: string;
  display_name: string;
  avatar_color: string;
}

/** Never produced by displayNameKey (which yields letters and digits only), so no real pseudonym collides. */
export const FORMER_KEY = '~former';

/**
 * Creates a membership inside the caller's transaction (account creation: auth creates the user, then this;
 * the caller owns the uniqueness checks).
 */
export async function insertMembership(
  em: EntityManager,
  m: { id: string; organisationId: string; userId: string; role: MembershipRole; displayName: string },
): Promise<Membership> {
  const displayName = normaliseDisplayName(m.displayName);
  const membership = em.create(Membership, {
    id: m.id,
    organisationId: m.organisationId,
    userId: m.userId,
    role: m.role,
    displayName,
    displayNameKey: displayNameKey(displayName),
    avatarColor: avatarColorFor(m.id),
    status: 'active',
  });
  await em.insert(Membership, membership);
  return membership;
}

/**
 * The organisation's stand-ins for erased accounts (privacy's "Voormalig lid"). A plain function: the audit
 * repository, which reads it, is also built outside Nest (the CLI's chain check).
 */
export async function formerMemberIds(
  db: Pick<DataSource, 'query'>,
  organisationKey: string,
): Promise<Set<string>> {
  const rows = await db.query<{ id: string }[]>(
    `SELECT id FROM memberships WHERE organisation_id::text = $1 AND display_name_key = $2`,
    [organisationKey, FORMER_KEY],
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * The SQL on `memberships`, owned by organisations: who belongs to an organisation, with which role and
 * pseudonym, and an admin's changes to that. Others reach it through `MembershipsService`. Where a read joins
 * `memberships` inside another module's statement for a pseudonym or a live check, that repository says so
 * (ARCHITECTURE.md lists them).
 */
@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(Membership);
  }

  /** The membership; throws (TypeORM's EntityNotFoundError) when there is none. */
  byId(id: string): Promise<Membership> {
    return this.repo().findOneByOrFail({ id });
  }

  /** In the organisation, whatever its status. */
  one(organisationId: string, id: string): Promise<Membership | null> {
    return scoped(this.repo(), organisationId).findOne({ id });
  }

  activeOne(organisationId: string, id: string): Promise<Membership | null> {
    return scoped(this.repo(), organisationId).findOne({ id, status: 'active' });
  }

  /** Whether the membership is active in the organisation. */
  async isActive(organisationId: string, id: string): Promise<boolean> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM memberships WHERE id = $1 AND organisation_id = $2 AND status = 'active'`,
      [id, organisationId],
    );
    return rows.length > 0;
  }

  /** Whether the membership belongs to the organisation, whatever its status. */
  async belongsTo(organisationId: string, id: string): Promise<boolean> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM memberships WHERE id = $1 AND organisation_id = $2`,
      [id, organisationId],
    );
    return rows.length > 0;
  }

  /** The organisation's active members, by pseudonym. */
  active(organisationId: string): Promise<Membership[]> {
    return scoped(this.repo(), organisationId).find({ status: 'active' }, { order: { displayName: 'ASC' } });
  }

  /** The user's first membership (`activeOnly`: their first active one). */
  firstOfUser(userId: string, activeOnly: boolean): Promise<Membership | null> {
    return this.repo().findOne({
      where: activeOnly ? { userId, status: 'active' } : { userId },
      order: { createdAt: 'ASC' },
    });
  }

  displayNameTaken(em: EntityManager, organisationId: string, displayName: string): Promise<boolean> {
    return this.repo(em).exists({ where: { organisationId, displayNameKey: displayNameKey(displayName) } });
  }

  /** Of `ids`, the organisation's active members with their role (`staff`: facilitators and admins only). */
  activeAmong(
    organisationId: string,
    ids: string[],
    staff = false,
    em?: EntityManager,
  ): Promise<{ id: string; role: MembershipRole }[]> {
    return (em ?? this.ds).query(
      `SELECT id, role FROM memberships WHERE id = ANY($1::uuid[]) AND organisation_id = $2 AND status = 'active'
          AND (NOT $3 OR role IN ('facilitator', 'admin'))`,
      [ids, organisationId, staff],
    );
  }

  /** The roles of these members as they stand, whatever their status. */
  roles(ids: string[], em?: EntityManager): Promise<{ id: string; role: MembershipRole }[]> {
    return (em ?? this.ds).query(`SELECT id, role FROM memberships WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The organisation's active members, by pseudonym (the directory one picks a 1:1 partner from). */
  directory(organisationId: string): Promise<MemberRow[]> {
    return this.ds.query(
      `SELECT id, display_name, avatar_color FROM memberships WHERE organisation_id = $1 AND status = 'active' ORDER BY display_name`,
      [organisationId],
    );
  }

  /** The pseudonym; with `organisationId`, only of a member of that organisation. */
  async displayName(id: string, organisationId: string | null, em?: EntityManager): Promise<string | null> {
    const [row] = await (em ?? this.ds).query<{ display_name: string }[]>(
      `SELECT display_name FROM memberships WHERE id = $1 AND ($2::uuid IS NULL OR organisation_id = $2)`,
      [id, organisationId],
    );
    return row?.display_name ?? null;
  }

  /** The organisation's active facilitators and admins. */
  async staffIds(organisationId: string, em?: EntityManager): Promise<string[]> {
    const rows = await (em ?? this.ds).query<{ id: string }[]>(
      `SELECT id FROM memberships WHERE organisation_id = $1 AND status = 'active' AND role IN ('facilitator', 'admin')`,
      [organisationId],
    );
    return rows.map((r) => r.id);
  }

  async setRole(organisationId: string, id: string, role: MembershipRole, em?: EntityManager): Promise<void> {
    await scoped(this.repo(em), organisationId).update({ id }, { role });
  }

  /** Marks an active membership removed, inside the caller's transaction. */
  async markRemoved(em: EntityManager, organisationId: string, id: string): Promise<void> {
    await this.repo(em).update({ id, organisationId, status: 'active' }, { status: 'removed' });
  }
}

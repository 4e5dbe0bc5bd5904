import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ErasureRef, PersonalDataPart, PersonRef } from '../privacy/personal-data-part.js';
import { FORMER_KEY } from './memberships.repository.js';

/** The pseudonym of an organisation's stand-in for people who erased their account. */
export const FORMER_MEMBER_NAME = 'Voormalig lid';

/** The membership as the export shows it, with the organisation's name. */
export interface MemberSection {
  membershipId: string;
  pseudonym: string;
  role: string;
  avatarColor: string;
  joinedAt: Date;
  organisation: string;
}

/**
 * Organisations' part of a person's data: the membership (the export's profile, with auth's login and e-mail)
 * and its removal at the end of an erasure, which cascades to what hangs on it. Also the stand-in
 * ("Voormalig lid") that auth creates for the erasure.
 */
@Injectable()
export class MembershipsPersonalData implements PersonalDataPart<{ member: MemberSection | null }> {
  readonly owner = 'organisations';
  readonly tables = ['memberships'];

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async exportFor(person: PersonRef): Promise<{ member: MemberSection | null }> {
    const [member] = await this.ds.query<MemberSection[]>(
      `SELECT m.id AS "membershipId", m.display_name AS pseudonym, m.role, m.avatar_color AS "avatarColor", m.created_at AS "joinedAt",
              o.name AS organisation
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.id = $1`,
      [person.membershipId],
    );
    return { member: member ?? null };
  }

  /** The membership itself. Cascades: sessions, password resets, room memberships, enrolments, scores,
   * self-placements, mentor profile, traject facilitation, questionnaire answers and reminders, research
   * consent and study id. */
  async eraseFor(em: EntityManager, erasure: ErasureRef): Promise<void> {
    await em.query(`DELETE FROM memberships WHERE id = $1`, [erasure.membershipId]);
  }

  /** The organisation's stand-in, if it has one yet. */
  async formerMemberId(em: EntityManager, organisationId: string): Promise<string | undefined> {
    const [existing] = await em.query<{ id: string }[]>(
      `SELECT id FROM memberships WHERE organisation_id = $1 AND display_name_key = $2`,
      [organisationId, FORMER_KEY],
    );
    return existing?.id;
  }

  async insertFormerMember(
    em: EntityManager,
    m: { id: string; organisationId: string; userId: string },
  ): Promise<void> {
    await em.query(
      `INSERT INTO memberships (id, organisation_id, user_id, role, display_name, display_name_key, avatar_color, status)
       VALUES ($1, $2, $3, 'participant', $4, $5, '#5f6368', 'removed')`,
      [m.id, m.organisationId, m.userId, FORMER_MEMBER_NAME, FORMER_KEY],
    );
  }

  /** Whether the user still has a membership (of any organisation). */
  async userHasMembership(em: EntityManager, userId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(`SELECT 1 FROM memberships WHERE user_id = $1 LIMIT 1`, [userId]);
    return rows.length > 0;
  }
}

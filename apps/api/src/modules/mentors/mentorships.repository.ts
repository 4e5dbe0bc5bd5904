import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MentorshipStatus } from '@spiegel/domain';
import type { DataSource, EntityManager } from 'typeorm';

export interface MentorshipRow {
  id: string;
  mentor_membership_id: string;
  status: MentorshipStatus;
  request_message: string;
  room_id: string | null;
  created_at: Date;
  other_id: string;
  other_name: string;
  other_color: string;
  mentee_alumnus: boolean;
}

/** SQL on `mentorships`: requests, answers, ends, and each side's list (with the other's `member_names` row). */
@Injectable()
export class MentorshipsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async hasOpenMentorship(em: EntityManager, mentorId: string, menteeId: string): Promise<boolean> {
    const [dup] = await em.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mentorships WHERE mentor_membership_id = $1 AND mentee_membership_id = $2 AND status IN ('requested', 'active')`,
      [mentorId, menteeId],
    );
    return !!dup?.n;
  }

  async insertRequest(
    em: EntityManager,
    r: { id: string; organisationId: string; mentorId: string; menteeId: string; message: string; at: Date },
  ): Promise<void> {
    await em.query(
      `INSERT INTO mentorships (id, organisation_id, mentor_membership_id, mentee_membership_id, status, request_message, created_at)
       VALUES ($1, $2, $3, $4, 'requested', $5, $6)`,
      [r.id, r.organisationId, r.mentorId, r.menteeId, r.message, r.at],
    );
  }

  async respond(id: string, status: 'active' | 'declined', at: Date, roomId: string | null): Promise<void> {
    await this.ds.query(`UPDATE mentorships SET status = $2, responded_at = $3, room_id = $4 WHERE id = $1`, [
      id,
      status,
      at,
      roomId,
    ]);
  }

  async end(id: string, status: MentorshipStatus, at: Date, by: string): Promise<void> {
    await this.ds.query(`UPDATE mentorships SET status = $2, ended_at = $3, ended_by = $4 WHERE id = $1`, [
      id,
      status,
      at,
      by,
    ]);
  }

  /** A member's mentorships as mentor or mentee, newest first, with the other person. */
  mentorshipsOf(membershipId: string, organisationId: string): Promise<MentorshipRow[]> {
    return this.ds.query<MentorshipRow[]>(
      `SELECT x.id, x.mentor_membership_id, x.status, x.request_message, x.room_id, x.created_at,
              o.id AS other_id, o.display_name AS other_name, o.avatar_color AS other_color,
              EXISTS (SELECT 1 FROM traject_enrolments e WHERE e.membership_id = x.mentee_membership_id
                         AND e.organisation_id = x.organisation_id AND e.status = 'completed') AS mentee_alumnus
         FROM mentorships x
         JOIN member_names o ON o.id = CASE WHEN x.mentor_membership_id = $1 THEN x.mentee_membership_id ELSE x.mentor_membership_id END
        WHERE (x.mentor_membership_id = $1 OR x.mentee_membership_id = $1) AND x.organisation_id = $2
        ORDER BY x.created_at DESC`,
      [membershipId, organisationId],
    );
  }

  /** A mentorship the member is part of, in their organisation. */
  async ownMentorship(
    id: string,
    organisationId: string,
    membershipId: string,
  ): Promise<{
    mentor_membership_id: string;
    mentee_membership_id: string;
    status: MentorshipStatus;
  } | null> {
    const [m] = await this.ds.query<
      { mentor_membership_id: string; mentee_membership_id: string; status: MentorshipStatus }[]
    >(
      `SELECT mentor_membership_id, mentee_membership_id, status FROM mentorships
        WHERE id = $1 AND organisation_id = $2 AND (mentor_membership_id = $3 OR mentee_membership_id = $3)`,
      [id, organisationId, membershipId],
    );
    return m ?? null;
  }
}

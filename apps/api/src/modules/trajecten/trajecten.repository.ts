import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrolmentStatus } from '@spiegel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '../../common/crypto.js';

/** A `trajecten` row as the services read it. */
export interface TrajectRow {
  id: string;
  name: string;
  description: string;
  starts_on: string;
  ends_on: string;
  room_id: string;
  closed_early_at: Date | null;
  completed_at: Date | null;
}

export interface EnrolmentRow {
  id: string;
  mid: string;
  display_name: string;
  avatar_color: string;
  status: EnrolmentStatus;
  consent_follow_up: boolean;
  invited_at: Date;
  consent_at: Date | null;
  left_at: Date | null;
  left_note: string | null;
  completed_at: Date | null;
}

export type MyEnrolmentRow = TrajectRow & {
  enrolment_id: string;
  enrolment_status: EnrolmentStatus;
  consent_follow_up: boolean;
};

/** An enrolment waiting for the person's consent; a second invitation to the same traject changes nothing. */
export async function insertInvitedEnrolment(
  em: EntityManager,
  trajectId: string,
  membershipId: string,
  organisationId: string,
  at: Date,
): Promise<boolean> {
  const rows = await em.query<{ id: string }[]>(
    `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, invited_at)
     VALUES ($1, $2, $3, $4, 'invited', $5) ON CONFLICT (traject_id, membership_id) DO NOTHING RETURNING id`,
    [newId(), trajectId, membershipId, organisationId, at],
  );
  return rows.length > 0;
}

/**
 * The SQL on the tables trajecten owns: `trajecten`, `traject_sessions`, `traject_facilitators` and
 * `enrolments`. Where a statement also reads `memberships` or writes `rooms` (the group room a traject
 * comes with, the alumni room), it says so: those tables belong to organisations and rooms.
 */
@Injectable()
export class TrajectenRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  // — Trajecten —

  async row(organisationId: string, id: string): Promise<TrajectRow | null> {
    const [t] = await this.ds.query<TrajectRow[]>(
      `SELECT * FROM trajecten WHERE id = $1 AND organisation_id = $2`,
      [id, organisationId],
    );
    return t ?? null;
  }

  /** Admins see all of the organisation's trajecten, others those they facilitate or are enrolled in. */
  list(organisationId: string, membershipId: string, admin: boolean): Promise<TrajectRow[]> {
    return this.ds.query<TrajectRow[]>(
      `SELECT t.* FROM trajecten t
        WHERE t.organisation_id = $1
          AND ($3 OR EXISTS (SELECT 1 FROM traject_facilitators f WHERE f.traject_id = t.id AND f.membership_id = $2)
                  OR EXISTS (SELECT 1 FROM enrolments e WHERE e.traject_id = t.id AND e.membership_id = $2))
        ORDER BY t.starts_on DESC, t.name`,
      [organisationId, membershipId, admin],
    );
  }

  /** A new traject with its sessions and facilitators, inside the caller's transaction (its group room exists: GroupRoomsRepository). */
  async insert(
    em: EntityManager,
    t: {
      id: string;
      roomId: string;
      organisationId: string;
      name: string;
      description: string;
      startsOn: string;
      endsOn: string;
      createdBy: string;
      sessions: { startsAt: string; title: string }[];
      facilitatorIds: string[];
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO trajecten (id, organisation_id, name, description, starts_on, ends_on, room_id, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [t.id, t.organisationId, t.name, t.description, t.startsOn, t.endsOn, t.roomId, t.createdBy],
    );
    for (const s of t.sessions) {
      await em.query(
        `INSERT INTO traject_sessions (id, traject_id, organisation_id, starts_at, title) VALUES ($1, $2, $3, $4, $5)`,
        [newId(), t.id, t.organisationId, s.startsAt, s.title],
      );
    }
    for (const f of t.facilitatorIds) {
      await em.query(
        `INSERT INTO traject_facilitators (traject_id, membership_id, organisation_id) VALUES ($1, $2, $3)`,
        [t.id, f, t.organisationId],
      );
    }
  }

  /** Changes what is given (a new name renames the group room too: GroupRoomsRepository.rename). */
  async update(
    id: string,
    change: { name: string | null; description: string | null; endsOn: string | null },
  ): Promise<void> {
    await this.ds.query(
      `UPDATE trajecten SET name = COALESCE($2, name), description = COALESCE($3, description), ends_on = COALESCE($4, ends_on) WHERE id = $1`,
      [id, change.name, change.description, change.endsOn],
    );
  }

  async closeEarly(id: string, at: Date): Promise<void> {
    await this.ds.query(`UPDATE trajecten SET closed_early_at = $2 WHERE id = $1 AND completed_at IS NULL`, [
      id,
      at,
    ]);
  }

  // — Sessions and facilitators —

  /** Start times of the organisation's sessions within `hours` of `at`. */
  async sessionStartsAround(organisationId: string, at: Date, hours: number): Promise<Date[]> {
    const rows = await this.ds.query<{ starts_at: Date }[]>(
      `SELECT s.starts_at FROM traject_sessions s
        WHERE s.organisation_id = $1 AND s.starts_at BETWEEN $2::timestamptz - make_interval(hours => $3)
                                                      AND $2::timestamptz + make_interval(hours => $3)`,
      [organisationId, at, hours],
    );
    return rows.map((r) => new Date(r.starts_at));
  }

  sessions(trajectId: string): Promise<{ id: string; starts_at: Date; title: string }[]> {
    return this.ds.query<{ id: string; starts_at: Date; title: string }[]>(
      `SELECT id, starts_at, title FROM traject_sessions WHERE traject_id = $1 ORDER BY starts_at`,
      [trajectId],
    );
  }

  /** The traject's facilitators as others see them (their `memberships` row). */
  facilitators(trajectId: string): Promise<{ id: string; display_name: string; avatar_color: string }[]> {
    return this.ds.query<{ id: string; display_name: string; avatar_color: string }[]>(
      `SELECT m.id, m.display_name, m.avatar_color FROM traject_facilitators f JOIN member_names m ON m.id = f.membership_id
        WHERE f.traject_id = $1 ORDER BY m.display_name`,
      [trajectId],
    );
  }

  async isFacilitator(trajectId: string, membershipId: string): Promise<boolean> {
    const [fac] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM traject_facilitators WHERE traject_id = $1 AND membership_id = $2`,
      [trajectId, membershipId],
    );
    return (fac?.n ?? 0) > 0;
  }

  /** Facilitator of the traject or enrolled in it (in any status). */
  async isInvolved(trajectId: string, membershipId: string): Promise<boolean> {
    const [rel] = await this.ds.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM traject_facilitators WHERE traject_id = $1 AND membership_id = $2)
            + (SELECT count(*) FROM enrolments WHERE traject_id = $1 AND membership_id = $2) AS n`,
      [trajectId, membershipId],
    );
    return !!rel && Number(rel.n) !== 0;
  }

  // — Enrolments (an invitation: insertInvitedEnrolment, above, for the auth module's transaction too) —

  async enrolmentCounts(trajectId: string): Promise<{ status: EnrolmentStatus; n: number }[]> {
    return this.ds.query<{ status: EnrolmentStatus; n: number }[]>(
      `SELECT status, count(*)::int AS n FROM enrolments WHERE traject_id = $1 GROUP BY status`,
      [trajectId],
    );
  }

  async enrolmentOf(
    trajectId: string,
    membershipId: string,
  ): Promise<{ id: string; status: EnrolmentStatus } | null> {
    const [mine] = await this.ds.query<{ id: string; status: EnrolmentStatus }[]>(
      `SELECT id, status FROM enrolments WHERE traject_id = $1 AND membership_id = $2`,
      [trajectId, membershipId],
    );
    return mine ?? null;
  }

  /** The traject's enrolments with each person's pseudonym (`memberships`), for staff. */
  enrolments(trajectId: string): Promise<EnrolmentRow[]> {
    return this.ds.query<EnrolmentRow[]>(
      `SELECT e.id, m.id AS mid, m.display_name, m.avatar_color, e.status, e.consent_follow_up, e.invited_at, e.consent_at,
              e.left_at, e.left_note, e.completed_at
         FROM enrolments e JOIN member_names m ON m.id = e.membership_id
        WHERE e.traject_id = $1 ORDER BY m.display_name`,
      [trajectId],
    );
  }

  mine(membershipId: string, organisationId: string): Promise<MyEnrolmentRow[]> {
    return this.ds.query<MyEnrolmentRow[]>(
      `SELECT t.*, e.id AS enrolment_id, e.status AS enrolment_status, e.consent_follow_up
         FROM enrolments e JOIN trajecten t ON t.id = e.traject_id
        WHERE e.membership_id = $1 AND e.organisation_id = $2 ORDER BY t.starts_on DESC`,
      [membershipId, organisationId],
    );
  }

  async ownEnrolment(
    enrolmentId: string,
    membershipId: string,
    organisationId: string,
  ): Promise<{ traject_id: string; status: EnrolmentStatus } | null> {
    const [e] = await this.ds.query<{ traject_id: string; status: EnrolmentStatus }[]>(
      `SELECT traject_id, status FROM enrolments WHERE id = $1 AND membership_id = $2 AND organisation_id = $3`,
      [enrolmentId, membershipId, organisationId],
    );
    return e ?? null;
  }

  async consent(em: EntityManager, enrolmentId: string, at: Date, followUp: boolean): Promise<void> {
    await em.query(
      `UPDATE enrolments SET status = 'active', consent_at = COALESCE(consent_at, $2), consent_follow_up = $3 WHERE id = $1`,
      [enrolmentId, at, followUp],
    );
  }

  async leave(em: EntityManager, enrolmentId: string, at: Date, note: string | null): Promise<void> {
    await em.query(`UPDATE enrolments SET status = 'left', left_at = $2, left_note = $3 WHERE id = $1`, [
      enrolmentId,
      at,
      note,
    ]);
  }

  // — Completion —

  /** Trajecten whose end has passed and that are not completed yet (optionally one organisation's). */
  due(now: Date, organisationId: string | null): Promise<(TrajectRow & { organisation_id: string })[]> {
    return this.ds.query<(TrajectRow & { organisation_id: string })[]>(
      `SELECT * FROM trajecten WHERE completed_at IS NULL AND (closed_early_at IS NOT NULL OR ends_on < ($1::timestamptz AT TIME ZONE 'UTC')::date)
          AND ($2::uuid IS NULL OR organisation_id = $2)`,
      [now, organisationId],
    );
  }

  /** Locks the traject for its completion; false when another run completed it first. */
  async lockOpen(em: EntityManager, id: string): Promise<boolean> {
    const locked = await em.query<{ id: string }[]>(
      `SELECT id FROM trajecten WHERE id = $1 AND completed_at IS NULL FOR UPDATE`,
      [id],
    );
    return locked.length > 0;
  }

  /** Active participants become alumni (completed at `end`); answers who they are. */
  async completeEnrolments(em: EntityManager, id: string, end: Date): Promise<string[]> {
    const alumni = await em.query<{ membership_id: string }[]>(
      // TypeORM answers a bare UPDATE … RETURNING with [rows, count]; a CTE makes it a plain SELECT.
      `WITH u AS (UPDATE enrolments SET status = 'completed', completed_at = $2 WHERE traject_id = $1 AND status = 'active' RETURNING membership_id)
       SELECT membership_id FROM u`,
      [id, end],
    );
    return alumni.map((a) => a.membership_id);
  }

  async facilitatorIds(em: EntityManager, id: string): Promise<string[]> {
    const rows = await em.query<{ membership_id: string }[]>(
      `SELECT membership_id FROM traject_facilitators WHERE traject_id = $1`,
      [id],
    );
    return rows.map((f) => f.membership_id);
  }

  async markCompleted(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.query(`UPDATE trajecten SET completed_at = $2 WHERE id = $1`, [id, at]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PhaseId, RoomKind } from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import type { MembershipRole } from '../organisations/membership.entity.js';
import { sessionsStartedBy } from '../trajecten/traject-reads.js';
import { CHARS, LIVE, WEEK } from './insight-sql.js';

export interface RoomRow {
  id: string;
  name: string;
  kind: RoomKind;
  created_at: Date;
  traject_id: string | null;
  traject_name: string | null;
  starts_on: string | null;
  ends_on: string | null;
}

export interface RoomMemberRow {
  id: string;
  display_name: string;
  avatar_color: string;
  role: MembershipRole;
  /** Consent to the traject of this room, or else joining the room. */
  started_at: Date;
}

export interface PhaseCountRow {
  bucket: string;
  phase: PhaseId | null;
  n: number;
}

export interface VoiceRow {
  member: string;
  n: number;
  chars: number;
}

export interface RoomPeriodRows {
  by_week: PhaseCountRow[];
  by_session: PhaseCountRow[];
  voice: VoiceRow[];
  voice_by_session: (VoiceRow & { session_id: string })[];
  replies: EdgeRow[];
  recognitions: EdgeRow[];
  themes: { member: string; themes: string[] }[];
}

export interface EdgeRow {
  from_id: string;
  to_id: string;
  n: number;
}

export interface SessionRow {
  id: string;
  starts_at: Date;
  title: string;
}

/** The facilitator dashboard's reads: a room, its members and sessions, and what was said over a period. */
@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** A room and the traject it is the group of, if any (organisation null: internal callers only). */
  async room(roomId: string, organisationId: string | null): Promise<RoomRow | null> {
    const [row] = await this.ds.query<RoomRow[]>(
      `SELECT r.id, r.name, r.kind, r.created_at, t.id AS traject_id, t.name AS traject_name,
              t.starts_on::text AS starts_on, t.ends_on::text AS ends_on
         FROM room_facts r LEFT JOIN traject_facts t ON t.room_id = r.id
        WHERE r.id = $1 AND ($2::uuid IS NULL OR r.organisation_id = $2)
        ORDER BY t.starts_on DESC NULLS LAST LIMIT 1`,
      [roomId, organisationId],
    );
    return row ?? null;
  }

  async roomMembers(roomId: string, trajectId: string | null): Promise<RoomMemberRow[]> {
    return this.ds.query<RoomMemberRow[]>(
      `SELECT m.id, m.display_name, m.avatar_color, m.role,
              COALESCE(e.consent_at, rm.joined_at) AS started_at
         FROM room_member_facts rm JOIN member_names m ON m.id = rm.membership_id
         LEFT JOIN traject_enrolments e ON e.traject_id = $2 AND e.membership_id = m.id
        WHERE rm.room_id = $1 AND rm.status = 'active' AND m.status = 'active'
        ORDER BY m.display_name, m.id`,
      [roomId, trajectId],
    );
  }

  /** Sessions of a traject that have started by `to`. */
  sessions(trajectId: string, to: Date): Promise<SessionRow[]> {
    return sessionsStartedBy(this.ds, trajectId, to);
  }

  /**
   * Everything the dashboard counts over a room's period, in one statement: the period's contributions are
   * read once (a room's history grows; five separate reads of it grew five times), then counted by week
   * and phase, by session period (from one session's start to the next: the talk between meetings belongs
   * to the session before it, so "per session date" adds up) and phase, per member (voice) overall and per
   * session, replies between members, recognitions, and each member's themes.
   */
  async roomPeriod(roomId: string, trajectId: string | null, from: Date, to: Date): Promise<RoomPeriodRows> {
    const [row] = await this.ds.query<RoomPeriodRows[]>(
      `WITH s AS (SELECT id, starts_at, row_number() OVER (ORDER BY starts_at, id) AS i
                    FROM traject_schedule WHERE traject_id = $4 AND starts_at <= $3),
       b AS (SELECT array_agg(starts_at ORDER BY i) AS starts FROM s),
       c AS MATERIALIZED (
         SELECT c.author_membership_id AS member, c.phase, ${CHARS} AS chars, c.created_at, c.reply_to_id, c.themes
           FROM contribution_facts c
          WHERE c.room_id = $1 AND c.created_at >= $2 AND c.created_at <= $3 AND ${LIVE}),
       -- One pass: per member, phase, week and session period. width_bucket finds the last session that
       -- started at or before the contribution (NULL without sessions, 0 before the first).
       g AS MATERIALIZED (
         SELECT c.member, c.phase, ${WEEK}::text AS week,
                width_bucket(c.created_at, b.starts) AS session_i, count(*)::int AS n, sum(c.chars)::int AS chars
           FROM c, b GROUP BY 1, 2, 3, 4),
       gs AS (SELECT s.id::text AS session_id, g.* FROM g JOIN s ON s.i = g.session_i)
       SELECT
         (SELECT COALESCE(json_agg(x ORDER BY x.bucket), '[]')
            FROM (SELECT week AS bucket, phase, sum(n)::int AS n FROM g GROUP BY 1, 2) x) AS by_week,
         (SELECT COALESCE(json_agg(x), '[]')
            FROM (SELECT session_id AS bucket, phase, sum(n)::int AS n FROM gs GROUP BY 1, 2) x) AS by_session,
         (SELECT COALESCE(json_agg(x), '[]')
            FROM (SELECT member, sum(n)::int AS n, sum(chars)::int AS chars FROM g GROUP BY 1) x) AS voice,
         (SELECT COALESCE(json_agg(x), '[]')
            FROM (SELECT session_id, member, sum(n)::int AS n, sum(chars)::int AS chars FROM gs GROUP BY 1, 2) x)
           AS voice_by_session,
         (SELECT COALESCE(json_agg(x), '[]')
            FROM (SELECT c.member AS from_id, p.author_membership_id AS to_id, count(*)::int AS n
                    FROM c JOIN contribution_facts p ON p.id = c.reply_to_id GROUP BY 1, 2) x) AS replies,
         (SELECT COALESCE(json_agg(x ORDER BY x.from_id, x.to_id), '[]')
            FROM (SELECT from_membership_id AS from_id, to_membership_id AS to_id, count(*)::int AS n
                    FROM recognition_evidence WHERE room_id = $1 AND created_at >= $2 AND created_at <= $3
                   GROUP BY 1, 2) x) AS recognitions,
         (SELECT COALESCE(json_agg(x), '[]')
            FROM (SELECT c.member, array_agg(DISTINCT t.theme ORDER BY t.theme) AS themes
                    FROM c CROSS JOIN LATERAL unnest(c.themes) AS t(theme) GROUP BY 1) x) AS themes`,
      [roomId, from, to, trajectId],
    );
    return row!;
  }

  /** Pairs of members who interacted in this room in either direction (recognitions, replies), ever. */
  async interactions(roomId: string): Promise<[string, string][]> {
    const rows = await this.ds.query<{ a: string; b: string }[]>(
      `SELECT DISTINCT LEAST(a, b) AS a, GREATEST(a, b) AS b FROM (
         SELECT from_membership_id::text AS a, to_membership_id::text AS b FROM recognition_evidence WHERE room_id = $1
         UNION ALL
         SELECT c.author_membership_id::text, p.author_membership_id::text
           FROM contribution_facts c JOIN contribution_facts p ON p.id = c.reply_to_id
          WHERE c.room_id = $1 AND c.reply_to_id IS NOT NULL
       ) x WHERE a <> b`,
      [roomId],
    );
    return rows.map((r) => [r.a, r.b]);
  }
}

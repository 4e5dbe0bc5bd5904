import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PhaseId, RoomKind, ZwartGatLevel } from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import type { MembershipRole } from '../organisations/membership.entity.js';

/** Characters a contribution adds to someone's share of voice (title and body; deleted ones are excluded). */
const CHARS = `char_length(coalesce(c.title, '')) + char_length(coalesce(c.body, ''))`;
/** Contributions that count: not deleted (hidden ones were still spoken). */
const LIVE = `c.deleted_at IS NULL`;
/** A session meeting, for "outside the sessions": from half an hour before the start to three hours after. */
export const SESSION_MEETING = { beforeMinutes: 30, afterHours: 3 } as const;
/** Weeks start on Monday, in Dutch time. */
const WEEK = `date_trunc('week', c.created_at AT TIME ZONE 'Europe/Amsterdam')::date`;
/** Per traject: the period it ran (from its first day, until its end or now). */
const TRAJECT_PERIOD = `
  SELECT t.id, t.room_id, t.organisation_id,
         (t.starts_on::timestamp AT TIME ZONE 'UTC') AS p_from,
         LEAST($2::timestamptz, COALESCE(t.closed_early_at, ((t.ends_on + 1)::timestamp AT TIME ZONE 'UTC'))) AS p_to
    FROM trajecten t WHERE t.id = ANY($1::uuid[])`;

/**
 * Per alumnus of the trajecten in $1: the 1-, 3- and 6-month marks (30-day months) after completion, at
 * which alumniActivity measures them; nextAlumniMark finds the next one, so both must read the same marks.
 */
const ALUMNI_MARKS = `
  SELECT e.traject_id, e.membership_id, m.month, e.completed_at + make_interval(days => 30 * m.month) AS mark
    FROM enrolments e CROSS JOIN (VALUES (1), (3), (6)) AS m(month)
   WHERE e.traject_id = ANY($1::uuid[]) AND e.status = 'completed' AND e.completed_at IS NOT NULL`;

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

export interface LivePictureRows {
  kind: RoomKind;
  session_start: Date | null;
  from_at: Date;
  members: Omit<RoomMemberRow, 'started_at'>[];
  voice: VoiceRow[];
  phases: { phase: PhaseId | null; n: number }[];
  recognitions: EdgeRow[];
  replies: EdgeRow[];
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

export interface TrajectRow {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  room_id: string;
  closed_early_at: Date | null;
  completed_at: Date | null;
}

/** One participant of one traject, with everything about them summed in the database. */
export interface ParticipantFactRow {
  traject_id: string;
  membership_id: string;
  status: 'active' | 'left' | 'completed';
  completed_at: Date | null;
  contributions: number;
  chars: number;
  /** Evidence per phase (contributions tagged with it; for herkenning also recognitions given). */
  ev_projectie: number;
  ev_herkenning: number;
  ev_gelijkwaardigheid: number;
  ev_verbinding: number;
  ev_getuigenis: number;
  tagged_early: number;
  projectie_early: number;
  tagged_late: number;
  projectie_late: number;
  gave: number;
  received: number;
  /** Days from the start (consent) to the first herkenning, if any. */
  kantelpunt_days: number | null;
  /** A facilitator's word on getuigenis (true / false), or null when none was given: it overrules the evidence. */
  getuigenis_confirmed: boolean | null;
  mentor_opted_in: boolean;
}

export interface TrajectVoiceRow {
  traject_id: string;
  member: string;
  is_facilitator: boolean;
  n: number;
  chars: number;
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/**
 * Every query behind the dashboard, the live panel and the report. Aggregates are computed here, in
 * SQL; callers get one row per member, phase, week or traject — never one per contribution.
 */
@Injectable()
export class InsightRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * An aggregate over many rows. PostgreSQL's JIT would compile such plans (their cost estimates are high),
   * which costs more than it saves for queries that run in well under a second: the app's connections have
   * it switched off (data-source.ts), so this is a plain query, without a transaction around a SET LOCAL.
   */
  private async aggregate<T>(sql: string, params: unknown[]): Promise<T> {
    return this.ds.query<T>(sql, params);
  }

  // — Rooms —

  /** A room and the traject it is the group of, if any (organisation null: internal callers only). */
  async room(roomId: string, organisationId: string | null): Promise<RoomRow | null> {
    const [row] = await this.ds.query<RoomRow[]>(
      `SELECT r.id, r.name, r.kind, r.created_at, t.id AS traject_id, t.name AS traject_name,
              t.starts_on::text AS starts_on, t.ends_on::text AS ends_on
         FROM rooms r LEFT JOIN trajecten t ON t.room_id = r.id
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
         FROM room_members rm JOIN memberships m ON m.id = rm.membership_id
         LEFT JOIN enrolments e ON e.traject_id = $2 AND e.membership_id = m.id
        WHERE rm.room_id = $1 AND rm.status = 'active' AND m.status = 'active'
        ORDER BY m.display_name, m.id`,
      [roomId, trajectId],
    );
  }

  /** Sessions of a traject that have started by `to`. */
  async sessions(trajectId: string, to: Date): Promise<SessionRow[]> {
    return this.ds.query<SessionRow[]>(
      `SELECT id, starts_at, title FROM traject_sessions WHERE traject_id = $1 AND starts_at <= $2 ORDER BY starts_at, id`,
      [trajectId, to],
    );
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
                    FROM traject_sessions WHERE traject_id = $4 AND starts_at <= $3),
       b AS (SELECT array_agg(starts_at ORDER BY i) AS starts FROM s),
       c AS MATERIALIZED (
         SELECT c.author_membership_id AS member, c.phase, ${CHARS} AS chars, c.created_at, c.reply_to_id, c.themes
           FROM contributions c
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
                    FROM c JOIN contributions p ON p.id = c.reply_to_id GROUP BY 1, 2) x) AS replies,
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
    const rows = await this.aggregate<{ a: string; b: string }[]>(
      `SELECT DISTINCT LEAST(a, b) AS a, GREATEST(a, b) AS b FROM (
         SELECT from_membership_id::text AS a, to_membership_id::text AS b FROM recognition_evidence WHERE room_id = $1
         UNION ALL
         SELECT c.author_membership_id::text, p.author_membership_id::text
           FROM contributions c JOIN contributions p ON p.id = c.reply_to_id
          WHERE c.room_id = $1 AND c.reply_to_id IS NOT NULL
       ) x WHERE a <> b`,
      [roomId],
    );
    return rows.map((r) => [r.a, r.b]);
  }

  /** Mentors of the organisation with a free place. */
  async mentorsAvailable(organisationId: string): Promise<number> {
    const [row] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mentor_profiles p JOIN memberships m ON m.id = p.membership_id AND m.status = 'active'
        WHERE p.organisation_id = $1 AND p.status = 'active'
          AND (SELECT count(*) FROM mentorships x WHERE x.mentor_membership_id = p.membership_id
                 AND x.status IN ('requested', 'active')) < p.max_mentees`,
      [organisationId],
    );
    return num(row?.n);
  }

  /** The newest self-placement of each member. */
  async selfPlacements(membershipIds: string[]): Promise<Map<string, { phase: PhaseId; at: Date }>> {
    const rows = await this.ds.query<{ membership_id: string; phase: PhaseId; created_at: Date }[]>(
      `SELECT DISTINCT ON (membership_id) membership_id, phase, created_at FROM self_placements
        WHERE membership_id = ANY($1::uuid[]) ORDER BY membership_id, created_at DESC, id DESC`,
      [membershipIds],
    );
    return new Map(rows.map((r) => [r.membership_id, { phase: r.phase, at: new Date(r.created_at) }]));
  }

  async selfPlacementHistory(membershipId: string, limit: number): Promise<{ phase: PhaseId; at: Date }[]> {
    const rows = await this.ds.query<{ phase: PhaseId; created_at: Date }[]>(
      `SELECT phase, created_at FROM self_placements WHERE membership_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [membershipId, limit],
    );
    return rows.map((r) => ({ phase: r.phase, at: new Date(r.created_at) }));
  }

  async addSelfPlacement(
    organisationId: string,
    membershipId: string,
    phase: PhaseId,
    at: Date,
  ): Promise<void> {
    await this.ds.query(
      `INSERT INTO self_placements (organisation_id, membership_id, phase, created_at) VALUES ($1, $2, $3, $4)`,
      [organisationId, membershipId, phase, at],
    );
  }

  /**
   * Everything the live session panel shows, in one statement (it runs on every burst of activity in a
   * room with hosts): the room, the session in progress (if one started in the last `hours`), the window
   * (`earlyMinutes` before that session, else the last `hours`), the members, and per window voice,
   * phases, recognitions and replies. The window's contributions are read once. Null for an unknown room.
   */
  async livePicture(
    roomId: string,
    now: Date,
    hours: number,
    earlyMinutes: number,
  ): Promise<LivePictureRows | null> {
    const [row] = await this.ds.query<LivePictureRows[]>(
      `WITH room AS (
         SELECT r.id, r.kind, t.id AS traject_id FROM rooms r LEFT JOIN trajecten t ON t.room_id = r.id
          WHERE r.id = $1 ORDER BY t.starts_on DESC NULLS LAST LIMIT 1),
       session AS (
         SELECT s.starts_at FROM traject_sessions s JOIN trajecten t ON t.id = s.traject_id
          WHERE t.room_id = $1 AND s.starts_at <= $2::timestamptz + interval '30 minutes'
            AND s.starts_at >= $2::timestamptz - make_interval(hours => $3)
          ORDER BY s.starts_at DESC LIMIT 1),
       win AS (
         SELECT COALESCE((SELECT starts_at FROM session) - make_interval(mins => $4),
                         $2::timestamptz - make_interval(hours => $3)) AS from_at),
       c AS MATERIALIZED (
         SELECT c.author_membership_id AS member, c.phase, ${CHARS} AS chars, c.reply_to_id
           FROM contributions c, win
          WHERE c.room_id = $1 AND c.created_at >= win.from_at AND c.created_at <= $2 AND ${LIVE})
       SELECT (SELECT kind FROM room) AS kind,
              (SELECT starts_at FROM session) AS session_start,
              (SELECT from_at FROM win) AS from_at,
              (SELECT COALESCE(json_agg(m ORDER BY m.display_name, m.id), '[]')
                 FROM (SELECT m.id, m.display_name, m.avatar_color, m.role
                         FROM room_members rm JOIN memberships m ON m.id = rm.membership_id
                        WHERE rm.room_id = $1 AND rm.status = 'active' AND m.status = 'active') m) AS members,
              (SELECT COALESCE(json_agg(v), '[]')
                 FROM (SELECT member, count(*)::int AS n, sum(chars)::int AS chars FROM c GROUP BY 1) v) AS voice,
              (SELECT COALESCE(json_agg(p), '[]')
                 FROM (SELECT phase, count(*)::int AS n FROM c GROUP BY 1) p) AS phases,
              (SELECT COALESCE(json_agg(e ORDER BY e.from_id, e.to_id), '[]')
                 FROM (SELECT from_membership_id AS from_id, to_membership_id AS to_id, count(*)::int AS n
                         FROM recognition_evidence, win WHERE room_id = $1 AND created_at >= win.from_at AND created_at <= $2
                        GROUP BY 1, 2) e) AS recognitions,
              (SELECT COALESCE(json_agg(e), '[]')
                 FROM (SELECT c.member AS from_id, p.author_membership_id AS to_id, count(*)::int AS n
                         FROM c JOIN contributions p ON p.id = c.reply_to_id GROUP BY 1, 2) e) AS replies`,
      [roomId, now, hours, earlyMinutes],
    );
    if (!row?.kind) return null;
    return {
      ...row,
      from_at: new Date(row.from_at),
      session_start: row.session_start && new Date(row.session_start),
    };
  }

  // — Trajecten (report) —

  /** Trajecten of the organisation the caller may report on: all for admins, their own for facilitators. */
  async trajecten(organisationId: string, facilitatorId: string | null): Promise<TrajectRow[]> {
    return this.ds.query<TrajectRow[]>(
      `SELECT t.id, t.name, t.starts_on::text AS starts_on, t.ends_on::text AS ends_on, t.room_id, t.closed_early_at, t.completed_at
         FROM trajecten t
        WHERE t.organisation_id = $1
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM traject_facilitators f WHERE f.traject_id = t.id AND f.membership_id = $2))
        ORDER BY t.starts_on DESC, t.name`,
      [organisationId, facilitatorId],
    );
  }

  async organisation(organisationId: string): Promise<{ name: string; slug: string }[]> {
    return this.ds.query<{ name: string; slug: string }[]>(
      `SELECT name, slug FROM organisations WHERE id = $1`,
      [organisationId],
    );
  }

  /** The alumni rooms of a traject's organisation: where its participants' path continues after the end. */
  async alumniRooms(trajectId: string): Promise<string[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT r.id FROM rooms r JOIN trajecten t ON t.organisation_id = r.organisation_id
        WHERE t.id = $1 AND r.kind = 'alumni' ORDER BY r.created_at`,
      [trajectId],
    );
    return rows.map((r) => r.id);
  }

  async trajectOrganisation(trajectId: string): Promise<{ organisation_id: string } | null> {
    const [row] = await this.ds.query<{ organisation_id: string }[]>(
      `SELECT organisation_id FROM trajecten WHERE id = $1`,
      [trajectId],
    );
    return row ?? null;
  }

  async isTrajectFacilitator(trajectId: string, membershipId: string): Promise<boolean> {
    const [row] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM traject_facilitators WHERE traject_id = $1 AND membership_id = $2`,
      [trajectId, membershipId],
    );
    return num(row?.n) > 0;
  }

  /**
   * One row per participant (consented: active, left or completed) of each traject. Phase evidence counts
   * contributions and recognitions in the traject's group room and the organisation's alumni rooms from
   * the traject's start until now (getuigenis often comes after the end); the projectie halves, voice and
   * silence count the group room during the traject.
   */
  async participantFacts(trajectIds: string[], now: Date): Promise<ParticipantFactRow[]> {
    if (trajectIds.length === 0) return [];
    const rows = await this.aggregate<ParticipantFactRow[]>(
      `WITH t AS (${TRAJECT_PERIOD}),
       p AS (
         SELECT e.traject_id, e.membership_id, e.status, e.completed_at, COALESCE(e.consent_at, t.p_from) AS started_at,
                t.room_id, t.p_from, t.p_to, t.p_from + (t.p_to - t.p_from) / 2 AS p_mid,
                ARRAY(SELECT r.id FROM rooms r WHERE r.organisation_id = t.organisation_id AND r.kind = 'alumni') || t.room_id AS rooms
           FROM enrolments e JOIN t ON t.id = e.traject_id
          WHERE e.status IN ('active', 'left', 'completed')
       ),
       -- One pass over the members' contributions for both the phase evidence (group and alumni rooms, from
       -- the start until now) and the traject figures (g: the group room during the traject, a subset).
       -- Only the narrow columns reach the join (title and body become their length first); the IN lets
       -- PostgreSQL use the author index for a few trajecten and one sequential scan for all of them.
       cx AS (
         SELECT p.traject_id, p.membership_id,
                count(*) FILTER (WHERE c.phase = 'projectie') AS ev_projectie,
                count(*) FILTER (WHERE c.phase = 'herkenning') AS ev_herkenning,
                count(*) FILTER (WHERE c.phase = 'gelijkwaardigheid') AS ev_gelijkwaardigheid,
                count(*) FILTER (WHERE c.phase = 'verbinding') AS ev_verbinding,
                count(*) FILTER (WHERE c.phase = 'getuigenis') AS ev_getuigenis,
                min(c.created_at) FILTER (WHERE c.phase = 'herkenning') AS first_herkenning,
                count(*) FILTER (WHERE x.g AND c.phase IS NOT NULL AND c.created_at < p.p_mid) AS tagged_early,
                count(*) FILTER (WHERE x.g AND c.phase = 'projectie' AND c.created_at < p.p_mid) AS projectie_early,
                count(*) FILTER (WHERE x.g AND c.phase IS NOT NULL AND c.created_at >= p.p_mid) AS tagged_late,
                count(*) FILTER (WHERE x.g AND c.phase = 'projectie' AND c.created_at >= p.p_mid) AS projectie_late,
                count(*) FILTER (WHERE x.g) AS contributions, sum(c.chars) FILTER (WHERE x.g) AS chars
           FROM p JOIN (SELECT c.author_membership_id, c.room_id, c.phase, c.created_at, ${CHARS} AS chars
                          FROM contributions c
                         WHERE ${LIVE} AND c.created_at <= $2 AND c.author_membership_id IN (SELECT membership_id FROM p)
                        OFFSET 0) c
                  ON c.author_membership_id = p.membership_id AND c.room_id = ANY(p.rooms) AND c.created_at >= p.p_from
           CROSS JOIN LATERAL (SELECT c.room_id = p.room_id AND c.created_at < p.p_to AS g) x
          GROUP BY 1, 2
       ),
       given AS (
         SELECT p.traject_id, p.membership_id, count(*) AS n, min(r.created_at) AS first_at
           FROM p JOIN recognition_evidence r ON r.from_membership_id = p.membership_id AND r.room_id = ANY(p.rooms)
                AND r.created_at >= p.p_from AND r.created_at <= $2
          GROUP BY 1, 2
       ),
       got AS (
         SELECT p.traject_id, p.membership_id, count(*) AS n
           FROM p JOIN recognition_evidence r ON r.to_membership_id = p.membership_id AND r.room_id = ANY(p.rooms)
                AND r.created_at >= p.p_from AND r.created_at <= $2
          GROUP BY 1, 2
       )
       SELECT p.traject_id, p.membership_id, p.status, p.completed_at,
              COALESCE(cx.contributions, 0)::int AS contributions, COALESCE(cx.chars, 0)::int AS chars,
              COALESCE(cx.ev_projectie, 0)::int AS ev_projectie,
              (COALESCE(cx.ev_herkenning, 0) + COALESCE(given.n, 0))::int AS ev_herkenning,
              COALESCE(cx.ev_gelijkwaardigheid, 0)::int AS ev_gelijkwaardigheid,
              COALESCE(cx.ev_verbinding, 0)::int AS ev_verbinding,
              COALESCE(cx.ev_getuigenis, 0)::int AS ev_getuigenis,
              COALESCE(cx.tagged_early, 0)::int AS tagged_early, COALESCE(cx.projectie_early, 0)::int AS projectie_early,
              COALESCE(cx.tagged_late, 0)::int AS tagged_late, COALESCE(cx.projectie_late, 0)::int AS projectie_late,
              COALESCE(given.n, 0)::int AS gave, COALESCE(got.n, 0)::int AS received,
              CASE WHEN COALESCE(cx.first_herkenning, given.first_at) IS NULL THEN NULL
                   ELSE GREATEST(0, EXTRACT(EPOCH FROM (LEAST(cx.first_herkenning, given.first_at) - p.started_at)) / 86400)::float8
              END AS kantelpunt_days,
              (SELECT gc.confirmed FROM getuigenis_confirmations gc WHERE gc.membership_id = p.membership_id) AS getuigenis_confirmed,
              EXISTS (SELECT 1 FROM mentor_profiles mp WHERE mp.membership_id = p.membership_id AND mp.status IN ('active', 'paused')) AS mentor_opted_in
         FROM p
         LEFT JOIN cx ON cx.traject_id = p.traject_id AND cx.membership_id = p.membership_id
         LEFT JOIN given ON given.traject_id = p.traject_id AND given.membership_id = p.membership_id
         LEFT JOIN got ON got.traject_id = p.traject_id AND got.membership_id = p.membership_id
        ORDER BY p.traject_id, p.membership_id`,
      [trajectIds, now],
    );
    return rows.map((r) => ({
      ...r,
      kantelpunt_days: r.kantelpunt_days === null ? null : Number(r.kantelpunt_days),
    }));
  }

  /**
   * Participants (traject:member keys) with no herkenning at all yet in the traject's group room and the
   * given alumni rooms: no contribution tagged herkenning and no recognition given, up to `now`. Only they
   * can be flagged 'stuck in projectie' by participantPath, so only their paths need loading.
   */
  async withoutHerkenning(trajectIds: string[], alumniRooms: string[], now: Date): Promise<Set<string>> {
    if (trajectIds.length === 0) return new Set();
    const rows = await this.aggregate<{ traject_id: string; membership_id: string }[]>(
      `SELECT e.traject_id, e.membership_id
         FROM enrolments e JOIN trajecten t ON t.id = e.traject_id
        WHERE e.traject_id = ANY($1::uuid[]) AND e.status IN ('active', 'left', 'completed')
          AND NOT EXISTS (SELECT 1 FROM contributions c
                           WHERE c.author_membership_id = e.membership_id AND c.phase = 'herkenning' AND ${LIVE}
                             AND c.room_id = ANY(t.room_id || $2::uuid[]) AND c.created_at <= $3)
          AND NOT EXISTS (SELECT 1 FROM recognition_evidence r
                           WHERE r.from_membership_id = e.membership_id
                             AND r.room_id = ANY(t.room_id || $2::uuid[]) AND r.created_at <= $3)`,
      [trajectIds, alumniRooms, now],
    );
    return new Set(rows.map((r) => `${r.traject_id}:${r.membership_id}`));
  }

  /** Voice per member (participants and the traject's facilitators, silent ones with zeros) per traject. */
  async trajectVoice(trajectIds: string[], now: Date): Promise<TrajectVoiceRow[]> {
    if (trajectIds.length === 0) return [];
    const rows = await this.aggregate<TrajectVoiceRow[]>(
      `WITH t AS (${TRAJECT_PERIOD}),
       m AS (
         SELECT e.traject_id, e.membership_id, false AS is_facilitator FROM enrolments e
          WHERE e.traject_id = ANY($1::uuid[]) AND e.status IN ('active', 'left', 'completed')
         UNION
         SELECT f.traject_id, f.membership_id, true FROM traject_facilitators f WHERE f.traject_id = ANY($1::uuid[])
       ),
       v AS (
         SELECT t.id AS traject_id, c.author_membership_id AS member, count(*) AS n, sum(${CHARS}) AS chars
           FROM t JOIN contributions c ON c.room_id = t.room_id AND c.created_at >= t.p_from AND c.created_at < t.p_to AND ${LIVE}
          GROUP BY 1, 2
       )
       SELECT m.traject_id, m.membership_id AS member, bool_or(m.is_facilitator) AS is_facilitator,
              COALESCE(max(v.n), 0)::int AS n, COALESCE(max(v.chars), 0)::int AS chars
         FROM m LEFT JOIN v ON v.traject_id = m.traject_id AND v.member = m.membership_id
        GROUP BY 1, 2`,
      [trajectIds, now],
    );
    return rows.map((r) => ({ ...r, n: num(r.n), chars: num(r.chars) }));
  }

  /** Per traject: contributions in the group during the traject, and those outside the session meetings. */
  async outsideSessions(
    trajectIds: string[],
    now: Date,
  ): Promise<{ traject_id: string; total: number; outside: number }[]> {
    if (trajectIds.length === 0) return [];
    const rows = await this.aggregate<{ traject_id: string; total: number; outside: number }[]>(
      `WITH t AS (${TRAJECT_PERIOD})
       SELECT t.id AS traject_id, count(c.id)::int AS total,
              count(c.id) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM traject_sessions s WHERE s.traject_id = t.id
                   AND c.created_at >= s.starts_at - make_interval(mins => ${SESSION_MEETING.beforeMinutes})
                   AND c.created_at < s.starts_at + make_interval(hours => ${SESSION_MEETING.afterHours})))::int AS outside
         FROM t LEFT JOIN contributions c ON c.room_id = t.room_id AND c.created_at >= t.p_from AND c.created_at < t.p_to AND ${LIVE}
        GROUP BY 1`,
      [trajectIds, now],
    );
    return rows.map((r) => ({ traject_id: r.traject_id, total: num(r.total), outside: num(r.outside) }));
  }

  /**
   * Participants with at least one two-way contact during the traject: recognitions or replies in both
   * directions in the group, or a 1:1 conversation in which both wrote, with another member of it.
   */
  async twoWay(trajectIds: string[], now: Date): Promise<{ traject_id: string; membership_id: string }[]> {
    if (trajectIds.length === 0) return [];
    return this.aggregate<{ traject_id: string; membership_id: string }[]>(
      `WITH t AS (${TRAJECT_PERIOD}),
       p AS (SELECT e.traject_id, e.membership_id FROM enrolments e
              WHERE e.traject_id = ANY($1::uuid[]) AND e.status IN ('active', 'left', 'completed')),
       e AS (
         SELECT t.id AS traject_id, r.from_membership_id AS a, r.to_membership_id AS b
           FROM t JOIN recognition_evidence r ON r.room_id = t.room_id AND r.created_at >= t.p_from AND r.created_at < t.p_to
         UNION
         SELECT t.id, c.author_membership_id, pc.author_membership_id
           FROM t JOIN contributions c ON c.room_id = t.room_id AND c.reply_to_id IS NOT NULL
                AND c.created_at >= t.p_from AND c.created_at < t.p_to
           JOIN contributions pc ON pc.id = c.reply_to_id
         UNION
         SELECT t.id, c.author_membership_id, rm.membership_id
           FROM t JOIN p pa ON pa.traject_id = t.id
           JOIN contributions c ON c.author_membership_id = pa.membership_id AND c.created_at >= t.p_from AND c.created_at < t.p_to
           JOIN rooms r ON r.id = c.room_id AND r.kind = 'direct'
           JOIN room_members rm ON rm.room_id = c.room_id AND rm.membership_id <> c.author_membership_id
       )
       SELECT DISTINCT e1.traject_id, e1.a AS membership_id
         FROM e e1 JOIN e e2 ON e2.traject_id = e1.traject_id AND e2.a = e1.b AND e2.b = e1.a
         JOIN p ON p.traject_id = e1.traject_id AND p.membership_id = e1.a
        WHERE e1.a <> e1.b`,
      [trajectIds, now],
    );
  }

  /**
   * Alumni activity at 1, 3 and 6 months after completion: active means a contribution, reaction or
   * recognition anywhere in the 30 days up to that mark; only alumni whose mark has passed are measured.
   */
  async alumniActivity(
    trajectIds: string[],
    now: Date,
  ): Promise<{ traject_id: string; month: number; alumni: number; measured: number; active: number }[]> {
    if (trajectIds.length === 0) return [];
    const rows = await this.ds.query<
      { traject_id: string; month: number; alumni: number; measured: number; active: number }[]
    >(
      `WITH a AS (${ALUMNI_MARKS})
       SELECT traject_id, month, count(*)::int AS alumni,
              count(*) FILTER (WHERE mark <= $2)::int AS measured,
              count(*) FILTER (WHERE mark <= $2 AND (
                EXISTS (SELECT 1 FROM contributions c WHERE c.author_membership_id = a.membership_id
                          AND c.created_at > a.mark - interval '30 days' AND c.created_at <= a.mark)
                OR EXISTS (SELECT 1 FROM reactions x WHERE x.membership_id = a.membership_id
                          AND x.created_at > a.mark - interval '30 days' AND x.created_at <= a.mark)
                OR EXISTS (SELECT 1 FROM recognition_evidence r WHERE r.from_membership_id = a.membership_id
                          AND r.created_at > a.mark - interval '30 days' AND r.created_at <= a.mark)))::int AS active
         FROM a GROUP BY 1, 2 ORDER BY 1, 2`,
      [trajectIds, now],
    );
    return rows.map((r) => ({
      traject_id: r.traject_id,
      month: num(r.month),
      alumni: num(r.alumni),
      measured: num(r.measured),
      active: num(r.active),
    }));
  }

  /**
   * Per traject: the next moment after `now` at which an alumnus reaches the 1-, 3- or 6-month mark of
   * alumniActivity (figures that change with time alone); trajecten without one are absent.
   */
  async nextAlumniMark(trajectIds: string[], now: Date): Promise<Map<string, Date>> {
    if (trajectIds.length === 0) return new Map();
    const rows = await this.ds.query<{ traject_id: string; at: Date }[]>(
      `WITH a AS (${ALUMNI_MARKS}) SELECT traject_id, min(mark) AS at FROM a WHERE mark > $2 GROUP BY 1`,
      [trajectIds, now],
    );
    return new Map(rows.map((r) => [r.traject_id, new Date(r.at)]));
  }

  /** Per month 1..6 after completion: each alumnus' last zwart-gat level computed in that month. */
  async zwartGatByMonth(
    trajectIds: string[],
  ): Promise<{ traject_id: string; month: number; level: ZwartGatLevel; n: number }[]> {
    if (trajectIds.length === 0) return [];
    const rows = await this.ds.query<
      { traject_id: string; month: number; level: ZwartGatLevel; n: number }[]
    >(
      `SELECT e.traject_id, m.month, z.level, count(*)::int AS n
         FROM enrolments e CROSS JOIN generate_series(1, 6) AS m(month)
         JOIN LATERAL (
           SELECT s.level FROM zwart_gat_scores s
            WHERE s.membership_id = e.membership_id AND s.traject_id = e.traject_id
              AND s.computed_at >= e.completed_at + make_interval(days => 30 * (m.month - 1))
              AND s.computed_at < e.completed_at + make_interval(days => 30 * m.month)
            ORDER BY s.computed_at DESC, s.id DESC LIMIT 1) z ON true
        WHERE e.traject_id = ANY($1::uuid[]) AND e.status = 'completed' AND e.completed_at IS NOT NULL
        GROUP BY 1, 2, 3`,
      [trajectIds],
    );
    return rows.map((r) => ({ ...r, month: num(r.month), n: num(r.n) }));
  }

  /** Per traject: alumni with a zwart-gat score, and those whose latest level is hoog. */
  async zwartGatLatest(
    trajectIds: string[],
  ): Promise<{ traject_id: string; scored: number; high: number }[]> {
    if (trajectIds.length === 0) return [];
    const rows = await this.ds.query<{ traject_id: string; scored: number; high: number }[]>(
      `SELECT traject_id, count(*)::int AS scored, count(*) FILTER (WHERE level = 'hoog')::int AS high FROM (
         SELECT DISTINCT ON (s.traject_id, s.membership_id) s.traject_id, s.level
           FROM zwart_gat_scores s JOIN enrolments e ON e.traject_id = s.traject_id AND e.membership_id = s.membership_id
          WHERE s.traject_id = ANY($1::uuid[]) AND e.status = 'completed'
          ORDER BY s.traject_id, s.membership_id, s.computed_at DESC, s.id DESC) latest
        GROUP BY 1`,
      [trajectIds],
    );
    return rows.map((r) => ({ traject_id: r.traject_id, scored: num(r.scored), high: num(r.high) }));
  }

  /**
   * Mentorships formed (accepted: active or ended) since the traject started: `withAlumnusMentor` where an
   * alumnus of the traject is the mentor, `involving` where any of its participants is mentor or mentee.
   */
  async mentorships(
    trajectIds: string[],
    now: Date,
  ): Promise<{ traject_id: string; with_alumnus_mentor: number; involving: number }[]> {
    if (trajectIds.length === 0) return [];
    const rows = await this.ds.query<
      { traject_id: string; with_alumnus_mentor: number; involving: number }[]
    >(
      `WITH t AS (${TRAJECT_PERIOD})
       SELECT t.id AS traject_id,
              count(DISTINCT x.id) FILTER (WHERE em.status = 'completed')::int AS with_alumnus_mentor,
              count(DISTINCT x.id)::int AS involving
         FROM t JOIN mentorships x ON x.organisation_id = t.organisation_id AND x.status IN ('active', 'ended')
              AND x.created_at >= t.p_from
         LEFT JOIN enrolments em ON em.traject_id = t.id AND em.membership_id = x.mentor_membership_id
         LEFT JOIN enrolments ee ON ee.traject_id = t.id AND ee.membership_id = x.mentee_membership_id
              AND ee.status IN ('active', 'left', 'completed')
        WHERE em.id IS NOT NULL AND em.status IN ('active', 'left', 'completed') OR ee.id IS NOT NULL
        GROUP BY 1`,
      [trajectIds, now],
    );
    return rows.map((r) => ({
      traject_id: r.traject_id,
      with_alumnus_mentor: num(r.with_alumnus_mentor),
      involving: num(r.involving),
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ALUMNI_MARKS, CHARS, LIVE, num, SESSION_MEETING, TRAJECT_PERIOD } from './insight-sql.js';
import { isTrajectFacilitator, trajectOrganisation } from '../trajecten/traject-reads.js';

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

/**
 * The evaluation report's reads: which trajecten a caller may report on, and per traject the facts summed
 * in the database (participants, voice, sessions, two-way contact, alumni activity). Zwart-gat and
 * mentorship figures come from their owners (NazorgRepository, MentorsRepository).
 */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Trajecten of the organisation the caller may report on: all for admins, their own for facilitators. */
  async trajecten(organisationId: string, facilitatorId: string | null): Promise<TrajectRow[]> {
    return this.ds.query<TrajectRow[]>(
      `SELECT t.id, t.name, t.starts_on::text AS starts_on, t.ends_on::text AS ends_on, t.room_id, t.closed_early_at, t.completed_at
         FROM traject_facts t
        WHERE t.organisation_id = $1
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM traject_facilitator_links f WHERE f.traject_id = t.id AND f.membership_id = $2))
        ORDER BY t.starts_on DESC, t.name`,
      [organisationId, facilitatorId],
    );
  }

  /** The alumni rooms of a traject's organisation: where its participants' path continues after the end. */
  async alumniRooms(trajectId: string): Promise<string[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT r.id FROM room_facts r JOIN traject_facts t ON t.organisation_id = r.organisation_id
        WHERE t.id = $1 AND r.kind = 'alumni' ORDER BY r.created_at`,
      [trajectId],
    );
    return rows.map((r) => r.id);
  }

  trajectOrganisation(trajectId: string): Promise<{ organisation_id: string } | null> {
    return trajectOrganisation(this.ds, trajectId);
  }

  isTrajectFacilitator(trajectId: string, membershipId: string): Promise<boolean> {
    return isTrajectFacilitator(this.ds, trajectId, membershipId);
  }

  /**
   * One row per participant (consented: active, left or completed) of each traject. Phase evidence counts
   * contributions and recognitions in the traject's group room and the organisation's alumni rooms from
   * the traject's start until now (getuigenis often comes after the end); the projectie halves, voice and
   * silence count the group room during the traject.
   */
  async participantFacts(trajectIds: string[], now: Date): Promise<ParticipantFactRow[]> {
    if (trajectIds.length === 0) return [];
    const rows = await this.ds.query<ParticipantFactRow[]>(
      `WITH t AS (${TRAJECT_PERIOD}),
       p AS (
         SELECT e.traject_id, e.membership_id, e.status, e.completed_at, COALESCE(e.consent_at, t.p_from) AS started_at,
                t.room_id, t.p_from, t.p_to, t.p_from + (t.p_to - t.p_from) / 2 AS p_mid,
                ARRAY(SELECT r.id FROM room_facts r WHERE r.organisation_id = t.organisation_id AND r.kind = 'alumni') || t.room_id AS rooms
           FROM traject_enrolments e JOIN t ON t.id = e.traject_id
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
                          FROM contribution_facts c
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
              (SELECT gc.confirmed FROM getuigenis_confirmation_facts gc WHERE gc.membership_id = p.membership_id) AS getuigenis_confirmed,
              EXISTS (SELECT 1 FROM mentor_statuses mp WHERE mp.membership_id = p.membership_id AND mp.status IN ('active', 'paused')) AS mentor_opted_in
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
    const rows = await this.ds.query<{ traject_id: string; membership_id: string }[]>(
      `SELECT e.traject_id, e.membership_id
         FROM traject_enrolments e JOIN traject_facts t ON t.id = e.traject_id
        WHERE e.traject_id = ANY($1::uuid[]) AND e.status IN ('active', 'left', 'completed')
          AND NOT EXISTS (SELECT 1 FROM contribution_facts c
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
    const rows = await this.ds.query<TrajectVoiceRow[]>(
      `WITH t AS (${TRAJECT_PERIOD}),
       m AS (
         SELECT e.traject_id, e.membership_id, false AS is_facilitator FROM traject_enrolments e
          WHERE e.traject_id = ANY($1::uuid[]) AND e.status IN ('active', 'left', 'completed')
         UNION
         SELECT f.traject_id, f.membership_id, true FROM traject_facilitator_links f WHERE f.traject_id = ANY($1::uuid[])
       ),
       v AS (
         SELECT t.id AS traject_id, c.author_membership_id AS member, count(*) AS n, sum(${CHARS}) AS chars
           FROM t JOIN contribution_facts c ON c.room_id = t.room_id AND c.created_at >= t.p_from AND c.created_at < t.p_to AND ${LIVE}
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
    const rows = await this.ds.query<{ traject_id: string; total: number; outside: number }[]>(
      `WITH t AS (${TRAJECT_PERIOD})
       SELECT t.id AS traject_id, count(c.id)::int AS total,
              count(c.id) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM traject_schedule s WHERE s.traject_id = t.id
                   AND c.created_at >= s.starts_at - make_interval(mins => ${SESSION_MEETING.beforeMinutes})
                   AND c.created_at < s.starts_at + make_interval(hours => ${SESSION_MEETING.afterHours})))::int AS outside
         FROM t LEFT JOIN contribution_facts c ON c.room_id = t.room_id AND c.created_at >= t.p_from AND c.created_at < t.p_to AND ${LIVE}
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
    return this.ds.query<{ traject_id: string; membership_id: string }[]>(
      `WITH t AS (${TRAJECT_PERIOD}),
       p AS (SELECT e.traject_id, e.membership_id FROM traject_enrolments e
              WHERE e.traject_id = ANY($1::uuid[]) AND e.status IN ('active', 'left', 'completed')),
       e AS (
         SELECT t.id AS traject_id, r.from_membership_id AS a, r.to_membership_id AS b
           FROM t JOIN recognition_evidence r ON r.room_id = t.room_id AND r.created_at >= t.p_from AND r.created_at < t.p_to
         UNION
         SELECT t.id, c.author_membership_id, pc.author_membership_id
           FROM t JOIN contribution_facts c ON c.room_id = t.room_id AND c.reply_to_id IS NOT NULL
                AND c.created_at >= t.p_from AND c.created_at < t.p_to
           JOIN contribution_facts pc ON pc.id = c.reply_to_id
         UNION
         SELECT t.id, c.author_membership_id, rm.membership_id
           FROM t JOIN p pa ON pa.traject_id = t.id
           JOIN contribution_facts c ON c.author_membership_id = pa.membership_id AND c.created_at >= t.p_from AND c.created_at < t.p_to
           JOIN room_facts r ON r.id = c.room_id AND r.kind = 'direct'
           JOIN room_member_facts rm ON rm.room_id = c.room_id AND rm.membership_id <> c.author_membership_id
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
                EXISTS (SELECT 1 FROM contribution_facts c WHERE c.author_membership_id = a.membership_id
                          AND c.created_at > a.mark - interval '30 days' AND c.created_at <= a.mark)
                OR EXISTS (SELECT 1 FROM reaction_facts x WHERE x.membership_id = a.membership_id
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
}

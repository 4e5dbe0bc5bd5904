import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FollowUpKind, Msg, ZwartGatLevel } from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import { num } from '../../common/sql-number.js';
import { trajectFacilitatorIds } from '../trajecten/traject-reads.js';

export interface AlumnusInFollowUp {
  membership_id: string;
  organisation_id: string;
  traject_id: string;
  completed_at: Date;
  consent_follow_up: boolean;
  traject_name: string;
}

export interface OverviewRow {
  membership_id: string;
  display_name: string;
  avatar_color: string;
  traject_id: string;
  traject_name: string;
  completed_at: Date;
  consent_follow_up: boolean;
}

export interface ScoreRow {
  membership_id: string;
  traject_id: string;
  computed_at: Date;
  score: number;
  level: ZwartGatLevel;
  reasons: Msg[];
  last_activity_at: Date | null;
}

export interface ActionRow {
  membership_id: string;
  kind: FollowUpKind;
  note: string | null;
  snooze_until: Date | null;
  created_at: Date;
  by_name: string;
}

export interface NewScore {
  organisationId: string;
  trajectId: string;
  membershipId: string;
  score: number;
  level: ZwartGatLevel;
  reasons: Msg[];
  lastActivityAt: Date | null;
}

/**
 * SQL on nazorg's tables (`zwart_gat_scores`, `follow_up_actions`); the report reads the scores through it.
 * Who is in follow-up is read from the views `traject_enrolments`, `traject_facts` and
 * `traject_facilitator_links` (trajecten's) and `member_names` (organisations'), and through `traject-reads.ts`.
 */
@Injectable()
export class NazorgRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  // — Who is in follow-up (trajecten's and organisations' tables) —

  /** Active alumni whose traject completed within `days` before `now` (optionally one organisation's). */
  alumniInFollowUp(now: Date, days: number, organisationId: string | null): Promise<AlumnusInFollowUp[]> {
    return this.ds.query<AlumnusInFollowUp[]>(
      `SELECT e.membership_id, e.organisation_id, e.traject_id, e.completed_at, e.consent_follow_up, t.name AS traject_name
         FROM traject_enrolments e JOIN traject_facts t ON t.id = e.traject_id JOIN member_names m ON m.id = e.membership_id
        WHERE e.status = 'completed' AND m.status = 'active'
          AND e.completed_at > $1::timestamptz - make_interval(days => $2) AND e.completed_at <= $1
          AND ($3::uuid IS NULL OR e.organisation_id = $3)`,
      [now, days, organisationId],
    );
  }

  /** The alumni a caller sees on "Na afloop": of the trajecten they facilitate (all for admins). */
  overviewRows(q: {
    organisationId: string;
    now: Date;
    days: number;
    trajectId: string | null;
    admin: boolean;
    membershipId: string;
  }): Promise<OverviewRow[]> {
    return this.ds.query<OverviewRow[]>(
      `SELECT e.membership_id, m.display_name, m.avatar_color, e.traject_id, t.name AS traject_name, e.completed_at, e.consent_follow_up
         FROM traject_enrolments e JOIN traject_facts t ON t.id = e.traject_id JOIN member_names m ON m.id = e.membership_id
        WHERE e.organisation_id = $1 AND e.status = 'completed' AND m.status = 'active'
          AND e.completed_at > $2::timestamptz - make_interval(days => $3)
          AND ($4::uuid IS NULL OR e.traject_id = $4)
          AND ($5 OR EXISTS (SELECT 1 FROM traject_facilitator_links f WHERE f.traject_id = e.traject_id AND f.membership_id = $6))`,
      [q.organisationId, q.now, q.days, q.trajectId, q.admin, q.membershipId],
    );
  }

  facilitatorIds(trajectId: string): Promise<string[]> {
    return trajectFacilitatorIds(this.ds, trajectId);
  }

  /**
   * The traject through which a caller may follow up this person: they completed it, consented to
   * follow-up, and the caller facilitates it (or is an admin); null otherwise. With `liveMembership`, the
   * person's membership must also be active: whom staff may check in on (a check-in opens a conversation).
   */
  async followableTraject(
    membershipId: string,
    organisationId: string,
    caller: { admin: boolean; membershipId: string },
    liveMembership: boolean,
  ): Promise<string | null> {
    const [row] = await this.ds.query<{ traject_id: string }[]>(
      `SELECT e.traject_id FROM traject_enrolments e
        WHERE e.membership_id = $1 AND e.organisation_id = $2 AND e.status = 'completed' AND e.consent_follow_up
          AND ($3 OR EXISTS (SELECT 1 FROM traject_facilitator_links f WHERE f.traject_id = e.traject_id AND f.membership_id = $4))
          AND (NOT $5 OR EXISTS (SELECT 1 FROM member_names m WHERE m.id = e.membership_id AND m.status = 'active'))
        ORDER BY e.completed_at DESC LIMIT 1`,
      [membershipId, organisationId, caller.admin, caller.membershipId, liveMembership],
    );
    return row?.traject_id ?? null;
  }

  // — Zwart-gat scores —

  /** The reasons of the member's latest score in the organisation; null before their first score. */
  async latestReasons(membershipId: string, organisationId: string): Promise<Msg[] | null> {
    const [latest] = await this.ds.query<{ reasons: Msg[] }[]>(
      `SELECT reasons FROM zwart_gat_scores WHERE membership_id = $1 AND organisation_id = $2
        ORDER BY computed_at DESC, id DESC LIMIT 1`,
      [membershipId, organisationId],
    );
    return latest?.reasons ?? null;
  }

  /** Each member's latest level per traject. */
  latestLevels(
    membershipIds: string[],
  ): Promise<{ membership_id: string; traject_id: string; level: ZwartGatLevel }[]> {
    return this.ds.query<{ membership_id: string; traject_id: string; level: ZwartGatLevel }[]>(
      `SELECT DISTINCT ON (membership_id, traject_id) membership_id, traject_id, level FROM zwart_gat_scores
        WHERE membership_id = ANY($1::uuid[]) ORDER BY membership_id, traject_id, computed_at DESC, id DESC`,
      [membershipIds],
    );
  }

  /** Stores a batch of scores computed at `at`: one INSERT per 5,000 (a round trip each was most of the job's time). */
  async insertScores(scores: NewScore[], at: Date): Promise<void> {
    for (let i = 0; i < scores.length; i += 5000) {
      const chunk = scores.slice(i, i + 5000);
      await this.ds.query(
        `INSERT INTO zwart_gat_scores (organisation_id, traject_id, membership_id, computed_at, score, level, reasons, last_activity_at)
         SELECT o, t, m, $4::timestamptz, s, l, r::jsonb, la
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $5::real[], $6::text[], $7::text[], $8::timestamptz[])
             AS x(o, t, m, s, l, r, la)`,
        [
          chunk.map((c) => c.organisationId),
          chunk.map((c) => c.trajectId),
          chunk.map((c) => c.membershipId),
          at,
          chunk.map((c) => c.score),
          chunk.map((c) => c.level),
          chunk.map((c) => JSON.stringify(c.reasons)),
          chunk.map((c) => c.lastActivityAt),
        ],
      );
    }
  }

  /** Every score of these members, newest first. */
  scores(membershipIds: string[]): Promise<ScoreRow[]> {
    return this.ds.query<ScoreRow[]>(
      `SELECT membership_id, traject_id, computed_at, score, level, reasons, last_activity_at FROM zwart_gat_scores
        WHERE membership_id = ANY($1::uuid[]) ORDER BY computed_at DESC, id DESC`,
      [membershipIds],
    );
  }

  async lastRunAt(organisationId: string): Promise<Date | null> {
    const [last] = await this.ds.query<{ at: Date | null }[]>(
      `SELECT max(computed_at) AS at FROM zwart_gat_scores WHERE organisation_id = $1`,
      [organisationId],
    );
    return last?.at ?? null;
  }

  // — Follow-up actions —

  /** Every action on these members, newest first, with the facilitator's pseudonym. */
  actions(membershipIds: string[]): Promise<ActionRow[]> {
    return this.ds.query<ActionRow[]>(
      `SELECT a.membership_id, a.kind, a.note, a.snooze_until, a.created_at, m.display_name AS by_name
         FROM follow_up_actions a JOIN member_names m ON m.id = a.facilitator_membership_id
        WHERE a.membership_id = ANY($1::uuid[]) ORDER BY a.created_at DESC, a.id DESC`,
      [membershipIds],
    );
  }

  async insertAction(a: {
    organisationId: string;
    trajectId: string;
    membershipId: string;
    facilitatorId: string;
    kind: FollowUpKind;
    note: string | null;
    snoozeUntil: Date | null;
    at: Date;
  }): Promise<void> {
    await this.ds.query(
      `INSERT INTO follow_up_actions (organisation_id, traject_id, membership_id, facilitator_membership_id, kind, note, snooze_until, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [a.organisationId, a.trajectId, a.membershipId, a.facilitatorId, a.kind, a.note, a.snoozeUntil, a.at],
    );
  }

  // — For the report —

  /** Per month 1..6 after completion: each alumnus' last zwart-gat level computed in that month. */
  async zwartGatByMonth(
    trajectIds: string[],
  ): Promise<{ traject_id: string; month: number; level: ZwartGatLevel; n: number }[]> {
    if (trajectIds.length === 0) return [];
    const rows = await this.ds.query<
      { traject_id: string; month: number; level: ZwartGatLevel; n: number }[]
    >(
      `SELECT e.traject_id, m.month, z.level, count(*)::int AS n
         FROM traject_enrolments e CROSS JOIN generate_series(1, 6) AS m(month)
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
           FROM zwart_gat_scores s JOIN traject_enrolments e ON e.traject_id = s.traject_id AND e.membership_id = s.membership_id
          WHERE s.traject_id = ANY($1::uuid[]) AND e.status = 'completed'
          ORDER BY s.traject_id, s.membership_id, s.computed_at DESC, s.id DESC) latest
        GROUP BY 1`,
      [trajectIds],
    );
    return rows.map((r) => ({ traject_id: r.traject_id, scored: num(r.scored), high: num(r.high) }));
  }
}

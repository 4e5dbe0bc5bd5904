import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AvailabilitySlot, MentorLanguage, MentorStatus, ThemeId } from '@spiegel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { num } from '../../common/sql-number.js';
import { TRAJECT_PERIOD } from '../trajecten/traject-period.js';
import { hasCompletedATraject } from '../trajecten/traject-reads.js';

export interface ProfileRow {
  membership_id: string;
  display_name: string;
  avatar_color: string;
  intro: string;
  themes: ThemeId[];
  languages: MentorLanguage[];
  availability: AvailabilitySlot[];
  max_mentees: number;
  status: MentorStatus;
}

export interface EligibilityFacts {
  id: string;
  completed: boolean;
  confirmed: boolean | null;
  status: MentorStatus | null;
  max_mentees: number | null;
  open: number;
  acute_at: Date | null;
  zwart_gat_high: boolean;
}

type MemberRow = { id: string; display_name: string; avatar_color: string };

/**
 * SQL on the mentors' tables (`mentor_profiles`, `mentorships`, `getuigenis_confirmations`). Some statements
 * also read other modules' tables through the views they publish, and say so: `member_names` (organisations),
 * `traject_enrolments`, `traject_facts` and `traject_facilitator_links` (trajecten), `contribution_facts` and
 * `recognition_evidence` (contributions), `zwart_gat_levels` (nazorg).
 */
@Injectable()
export class MentorsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  // — Eligibility —

  /** Per member, the inputs of the domain's mentorEligibility (their path aside). */
  eligibilityFacts(
    em: EntityManager,
    membershipIds: string[],
    now: Date,
    recentScoreDays: number,
  ): Promise<EligibilityFacts[]> {
    return em.query<EligibilityFacts[]>(
      `SELECT m.id,
              EXISTS (SELECT 1 FROM traject_enrolments e WHERE e.membership_id = m.id AND e.status = 'completed') AS completed,
              (SELECT g.confirmed FROM getuigenis_confirmations g WHERE g.membership_id = m.id) AS confirmed,
              p.status, p.max_mentees,
              (SELECT count(*) FROM mentorships x WHERE x.mentor_membership_id = m.id AND x.status IN ('requested', 'active'))::int AS open,
              (SELECT max(c.created_at) FROM contribution_facts c WHERE c.author_membership_id = m.id AND c.crisis = 'acute') AS acute_at,
              -- The latest zwart-gat level, if the daily job scored them recently (in their follow-up).
              COALESCE((SELECT s.level = 'hoog' FROM zwart_gat_levels s
                         WHERE s.membership_id = m.id AND s.computed_at > $2::timestamptz - make_interval(days => $3)
                         ORDER BY s.computed_at DESC, s.id DESC LIMIT 1), false) AS zwart_gat_high
         FROM member_names m LEFT JOIN mentor_profiles p ON p.membership_id = m.id
        WHERE m.id = ANY($1::uuid[])`,
      [membershipIds, now, recentScoreDays],
    );
  }

  completedATraject(membershipId: string): Promise<boolean> {
    return hasCompletedATraject(this.ds, membershipId);
  }

  // — Profiles —

  async profile(membershipId: string): Promise<ProfileRow | null> {
    const [p] = await this.ds.query<ProfileRow[]>(`SELECT * FROM mentor_profiles WHERE membership_id = $1`, [
      membershipId,
    ]);
    return p ?? null;
  }

  async activeMenteeCount(mentorId: string): Promise<number> {
    const [open] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mentorships WHERE mentor_membership_id = $1 AND status = 'active'`,
      [mentorId],
    );
    return open?.n ?? 0;
  }

  /** Opts in (again): a stopped profile becomes active, a paused one stays paused. */
  async saveProfile(p: {
    membershipId: string;
    organisationId: string;
    intro: string;
    themes: string[];
    languages: string[];
    availability: string[];
    maxMentees: number;
  }): Promise<void> {
    await this.ds.query(
      `INSERT INTO mentor_profiles (membership_id, organisation_id, intro, themes, languages, availability, max_mentees, status, updated_at)
       VALUES ($1, $2, $3, $4::text[], $5::text[], $6::text[], $7, 'active', now())
       ON CONFLICT (membership_id) DO UPDATE SET intro = $3, themes = $4::text[], languages = $5::text[], availability = $6::text[],
         max_mentees = $7, status = CASE WHEN mentor_profiles.status = 'stopped' THEN 'active' ELSE mentor_profiles.status END, updated_at = now()`,
      [p.membershipId, p.organisationId, p.intro, p.themes, p.languages, p.availability, p.maxMentees],
    );
  }

  /** False when the member has no profile. */
  async setStatus(membershipId: string, status: MentorStatus): Promise<boolean> {
    const res = await this.ds.query<{ membership_id: string }[]>(
      `WITH u AS (UPDATE mentor_profiles SET status = $2, updated_at = now() WHERE membership_id = $1 RETURNING membership_id) SELECT * FROM u`,
      [membershipId, status],
    );
    return res.length > 0;
  }

  /** Active mentors of the organisation a seeker could ask: not themself, not one they already asked. */
  listable(organisationId: string, seekerId: string): Promise<ProfileRow[]> {
    return this.ds.query<ProfileRow[]>(
      `SELECT p.*, m.display_name, m.avatar_color FROM mentor_profiles p JOIN member_names m ON m.id = p.membership_id
        WHERE p.organisation_id = $1 AND p.status = 'active' AND m.status = 'active' AND p.membership_id <> $2
          AND NOT EXISTS (SELECT 1 FROM mentorships x WHERE x.mentor_membership_id = p.membership_id
                            AND x.mentee_membership_id = $2 AND x.status IN ('requested', 'active'))`,
      [organisationId, seekerId],
    );
  }

  /** Who each of these members recognised (`recognition_evidence`), for matching. */
  recognitionsGiven(membershipIds: string[]): Promise<{ from_id: string; to_id: string }[]> {
    return this.ds.query<{ from_id: string; to_id: string }[]>(
      `SELECT DISTINCT from_membership_id AS from_id, to_membership_id AS to_id FROM recognition_evidence WHERE from_membership_id = ANY($1::uuid[])`,
      [membershipIds],
    );
  }

  /** The themes of a member's own contributions (`contribution_facts`), for matching. */
  async themesOf(membershipId: string): Promise<ThemeId[]> {
    const rows = await this.ds.query<{ theme: ThemeId }[]>(
      `SELECT DISTINCT unnest(themes) AS theme FROM contribution_facts WHERE author_membership_id = $1 AND deleted_at IS NULL`,
      [membershipId],
    );
    return rows.map((t) => t.theme);
  }

  /** Open (requested or active) mentorships per mentor. */
  openLoad(mentorIds: string[]): Promise<{ id: string; n: number }[]> {
    return this.ds.query<{ id: string; n: number }[]>(
      `SELECT mentor_membership_id AS id, count(*)::int AS n FROM mentorships WHERE mentor_membership_id = ANY($1::uuid[])
          AND status IN ('requested', 'active') GROUP BY mentor_membership_id`,
      [mentorIds],
    );
  }

  // — The facilitators' overview —

  mentorsWithLoad(
    organisationId: string,
  ): Promise<(ProfileRow & { active: number; requested: number; ended: number })[]> {
    return this.ds.query<(ProfileRow & { active: number; requested: number; ended: number })[]>(
      `SELECT p.*, m.display_name, m.avatar_color,
              (SELECT count(*) FROM mentorships x WHERE x.mentor_membership_id = p.membership_id AND x.status = 'active')::int AS active,
              (SELECT count(*) FROM mentorships x WHERE x.mentor_membership_id = p.membership_id AND x.status = 'requested')::int AS requested,
              (SELECT count(*) FROM mentorships x WHERE x.mentor_membership_id = p.membership_id AND x.status = 'ended')::int AS ended
         FROM mentor_profiles p JOIN member_names m ON m.id = p.membership_id
        WHERE p.organisation_id = $1 AND m.status = 'active' ORDER BY m.display_name`,
      [organisationId],
    );
  }

  /** Active alumni of the organisation without a mentor profile. */
  alumniWithoutProfile(organisationId: string): Promise<MemberRow[]> {
    return this.ds.query<MemberRow[]>(
      `SELECT DISTINCT m.id, m.display_name, m.avatar_color FROM traject_enrolments e JOIN member_names m ON m.id = e.membership_id
        WHERE e.organisation_id = $1 AND e.status = 'completed' AND m.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM mentor_profiles p WHERE p.membership_id = m.id)`,
      [organisationId],
    );
  }

  /**
   * Alumni of the trajecten a facilitator runs (all the organisation's with `facilitatorId` null), each once,
   * with their latest traject and what was recorded about their getuigenis.
   */
  alumniOf(
    organisationId: string,
    facilitatorId: string | null,
  ): Promise<(MemberRow & { traject_name: string; confirmed: boolean | null })[]> {
    return this.ds.query<(MemberRow & { traject_name: string; confirmed: boolean | null })[]>(
      `SELECT * FROM (
         SELECT DISTINCT ON (m.id) m.id, m.display_name, m.avatar_color, t.name AS traject_name,
                (SELECT g.confirmed FROM getuigenis_confirmations g WHERE g.membership_id = m.id) AS confirmed
           FROM traject_enrolments e JOIN member_names m ON m.id = e.membership_id AND m.status = 'active'
           JOIN traject_facts t ON t.id = e.traject_id
          WHERE e.organisation_id = $1 AND e.status = 'completed'
            AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM traject_facilitator_links f
                                              WHERE f.traject_id = t.id AND f.membership_id = $2))
          ORDER BY m.id, e.completed_at DESC) x
        ORDER BY display_name, id`,
      [organisationId, facilitatorId],
    );
  }

  /**
   * Records a facilitator's confirmation, in the same statement as the check that they may (a facilitator
   * of a traject the person took part in, or an admin): false, and nothing written, when not.
   */
  async confirmGetuigenis(c: {
    membershipId: string;
    organisationId: string;
    confirmed: boolean;
    by: string;
    admin: boolean;
  }): Promise<boolean> {
    const rows = await this.ds.query<{ membership_id: string }[]>(
      `WITH allowed AS (
         SELECT m.id FROM member_names m
          WHERE m.id = $1 AND m.organisation_id = $2
            AND ($5 OR EXISTS (SELECT 1 FROM traject_enrolments e JOIN traject_facilitator_links f ON f.traject_id = e.traject_id
                               WHERE e.membership_id = m.id AND e.status IN ('active', 'left', 'completed')
                                 AND f.membership_id = $4))),
       w AS (
         INSERT INTO getuigenis_confirmations (membership_id, organisation_id, confirmed, confirmed_by, at)
         SELECT id, $2, $3, $4, now() FROM allowed
         ON CONFLICT (membership_id) DO UPDATE SET confirmed = $3, confirmed_by = $4, at = now()
         RETURNING membership_id)
       SELECT membership_id FROM w`,
      [c.membershipId, c.organisationId, c.confirmed, c.by, c.admin],
    );
    return rows.length > 0;
  }

  // — Requests —

  /** Locks the mentor's profile row while places are counted. */
  async lockProfile(
    em: EntityManager,
    mentorId: string,
    organisationId: string,
  ): Promise<{ max_mentees: number; status: MentorStatus } | null> {
    const [p] = await em.query<{ max_mentees: number; status: MentorStatus }[]>(
      `SELECT max_mentees, status FROM mentor_profiles WHERE membership_id = $1 AND organisation_id = $2 FOR UPDATE`,
      [mentorId, organisationId],
    );
    return p ?? null;
  }

  // — For "Na afloop" and the report —

  /**
   * The mentee of an active mentorship of this mentor who is an alumnus (completed a traject here) with a
   * live membership: whom a mentor may check in on.
   */
  async checkinMentee(
    mentorshipId: string,
    organisationId: string,
    mentorId: string,
  ): Promise<{ id: string; display_name: string } | null> {
    const [row] = await this.ds.query<{ id: string; display_name: string }[]>(
      `SELECT m.id, m.display_name FROM mentorships ms
         JOIN member_names m ON m.id = ms.mentee_membership_id AND m.status = 'active' AND m.organisation_id = ms.organisation_id
        WHERE ms.id = $1 AND ms.organisation_id = $2 AND ms.mentor_membership_id = $3 AND ms.status = 'active'
          AND EXISTS (SELECT 1 FROM traject_enrolments e WHERE e.membership_id = ms.mentee_membership_id
                         AND e.organisation_id = ms.organisation_id AND e.status = 'completed')`,
      [mentorshipId, organisationId, mentorId],
    );
    return row ?? null;
  }

  /** Of these members, those with an active mentor (for "Na afloop"). */
  async withActiveMentor(membershipIds: string[]): Promise<Set<string>> {
    const rows = await this.ds.query<{ m: string }[]>(
      `SELECT DISTINCT mentee_membership_id AS m FROM mentorships WHERE mentee_membership_id = ANY($1::uuid[]) AND status = 'active'`,
      [membershipIds],
    );
    return new Set(rows.map((r) => r.m));
  }

  /** Whether this member of the organisation is an active mentor (a suggestion may name them). */
  async isActiveMentor(membershipId: string, organisationId: string): Promise<boolean> {
    const [mentor] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mentor_profiles WHERE membership_id = $1 AND organisation_id = $2 AND status = 'active'`,
      [membershipId, organisationId],
    );
    return !!mentor?.n;
  }

  /** Mentors of the organisation with a free place. */
  async mentorsAvailable(organisationId: string): Promise<number> {
    const [row] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mentor_profiles p JOIN member_names m ON m.id = p.membership_id AND m.status = 'active'
        WHERE p.organisation_id = $1 AND p.status = 'active'
          AND (SELECT count(*) FROM mentorships x WHERE x.mentor_membership_id = p.membership_id
                 AND x.status IN ('requested', 'active')) < p.max_mentees`,
      [organisationId],
    );
    return num(row?.n);
  }

  /**
   * Mentorships formed (accepted: active or ended) since the traject started: `withAlumnusMentor` where an
   * alumnus of the traject is the mentor, `involving` where any of its participants is mentor or mentee.
   */
  async mentorshipsFormed(
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
         LEFT JOIN traject_enrolments em ON em.traject_id = t.id AND em.membership_id = x.mentor_membership_id
         LEFT JOIN traject_enrolments ee ON ee.traject_id = t.id AND ee.membership_id = x.mentee_membership_id
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

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '../../common/crypto.js';
import { FORMER_KEY } from '../organisations/memberships.repository.js';

export const FORMER_MEMBER_NAME = 'Voormalig lid';

const q = (em: EntityManager, sql: string, params: unknown[]) => em.query(sql, params);

/**
 * The privacy module's own reads and writes for export and erasure, on tables whose owners do not yet
 * offer their part (`memberships`, `users`, `organisations`, `sessions`, `login_attempts`,
 * `password_resets`, `enrolments`, `trajecten`, `self_placements`, `zwart_gat_scores`, `mentor_profiles`,
 * `mentorships`, `follow_up_actions`, `getuigenis_confirmations`). The chat core's tables go through their
 * owners (contributions, moderation, rooms, notifications, invitations).
 */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /**
   * The organisation's stand-in for people who erased their account: what must outlive them (others'
   * received recognitions as counts, anonymised contributions, the audit trail) points here instead.
   * It has a user that can never log in.
   */
  async formerMemberId(em: EntityManager, organisationId: string): Promise<string> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`former:${organisationId}`]);
    const [existing] = await em.query<{ id: string }[]>(
      `SELECT id FROM memberships WHERE organisation_id = $1 AND display_name_key = $2`,
      [organisationId, FORMER_KEY],
    );
    if (existing) return existing.id;
    const userId = newId();
    const id = newId();
    // '!' is not an argon2 hash: verification always fails, so nobody can log in as this user.
    await em.query(
      `INSERT INTO users (id, login_name, email, password_hash, password_changed_at) VALUES ($1, $2, NULL, '!', now())`,
      [userId, `~former-${organisationId}`],
    );
    await em.query(
      `INSERT INTO memberships (id, organisation_id, user_id, role, display_name, display_name_key, avatar_color, status)
       VALUES ($1, $2, $3, 'participant', $4, $5, '#5f6368', 'removed')`,
      [id, organisationId, userId, FORMER_MEMBER_NAME, FORMER_KEY],
    );
    return id;
  }

  async profile(m: string) {
    const one = async (sql: string) => (await this.ds.query(sql, [m]))[0] ?? null;
    return one(
      `SELECT m.id AS "membershipId", m.display_name AS pseudonym, m.role, m.avatar_color AS "avatarColor", m.created_at AS "joinedAt",
              u.login_name AS login, u.email, o.name AS organisation
         FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id WHERE m.id = $1`,
    );
  }

  /** Trajecten consents, self-placements, zwart-gat scores, mentor profile and mentorships. */
  async journey(m: string) {
    const one = async (sql: string) => (await this.ds.query(sql, [m]))[0] ?? null;
    const all = (sql: string) => this.ds.query(sql, [m]);
    return {
      consents: await all(
        `SELECT t.name AS traject, e.status, e.invited_at AS "invitedAt", e.consent_at AS "consentAt", e.consent_follow_up AS "followUpAllowed",
                e.left_at AS "leftAt", e.left_note AS "leftNote", e.completed_at AS "completedAt"
           FROM enrolments e JOIN trajecten t ON t.id = e.traject_id WHERE e.membership_id = $1`,
      ),
      selfPlacements: await all(
        `SELECT phase, created_at AS "createdAt" FROM self_placements WHERE membership_id = $1 ORDER BY id`,
      ),
      zwartGatScores: await all(
        `SELECT computed_at AS "computedAt", score, level, reasons FROM zwart_gat_scores WHERE membership_id = $1 ORDER BY id`,
      ),
      mentorProfile: await one(
        `SELECT intro, themes, languages, availability, max_mentees AS "maxMentees", status, created_at AS "createdAt" FROM mentor_profiles WHERE membership_id = $1`,
      ),
      mentorships: await all(
        `SELECT CASE WHEN x.mentor_membership_id = $1 THEN 'mentor' ELSE 'mentee' END AS role, o.display_name AS other, x.status,
                CASE WHEN x.mentee_membership_id = $1 THEN x.request_message END AS "yourRequest", x.created_at AS "createdAt", x.ended_at AS "endedAt"
           FROM mentorships x JOIN memberships o ON o.id = CASE WHEN x.mentor_membership_id = $1 THEN x.mentee_membership_id ELSE x.mentor_membership_id END
          WHERE x.mentor_membership_id = $1 OR x.mentee_membership_id = $1`,
      ),
    };
  }

  async credentials(userId: string): Promise<{ password_hash: string; login_name: string } | undefined> {
    const [user] = await this.ds.query<{ password_hash: string; login_name: string }[]>(
      `SELECT password_hash, login_name FROM users WHERE id = $1`,
      [userId],
    );
    return user;
  }

  async sessionIds(userId: string): Promise<string[]> {
    return (
      await this.ds.query<{ id: string }[]>(`SELECT id FROM sessions WHERE user_id = $1`, [userId])
    ).map((s) => s.id);
  }

  /** Mentorships, follow-up actions and getuigenis confirmations let go of the person (`P`: the stand-in). */
  async forgetJourney(em: EntityManager, X: string, P: string): Promise<void> {
    await q(
      em,
      `UPDATE mentorships SET status = CASE WHEN status IN ('requested', 'active') THEN 'ended' ELSE status END,
              ended_at = COALESCE(ended_at, now()), request_message = ''
        WHERE mentor_membership_id = $1 OR mentee_membership_id = $1`,
      [X],
    );
    await q(em, `UPDATE mentorships SET mentor_membership_id = $2 WHERE mentor_membership_id = $1`, [X, P]);
    await q(em, `UPDATE mentorships SET mentee_membership_id = $2 WHERE mentee_membership_id = $1`, [X, P]);
    await q(em, `UPDATE mentorships SET ended_by = $2 WHERE ended_by = $1`, [X, P]);
    await q(em, `DELETE FROM follow_up_actions WHERE membership_id = $1`, [X]);
    await q(
      em,
      `UPDATE follow_up_actions SET facilitator_membership_id = $2 WHERE facilitator_membership_id = $1`,
      [X, P],
    );
    await q(em, `DELETE FROM getuigenis_confirmations WHERE membership_id = $1`, [X]);
    await q(em, `UPDATE getuigenis_confirmations SET confirmed_by = $2 WHERE confirmed_by = $1`, [X, P]);
  }

  async forgetResetsCreated(em: EntityManager, X: string, P: string): Promise<void> {
    await q(
      em,
      `UPDATE password_resets SET created_by_membership_id = $2 WHERE created_by_membership_id = $1`,
      [X, P],
    );
  }

  async forgetTrajectenCreated(em: EntityManager, X: string): Promise<void> {
    await q(em, `UPDATE trajecten SET created_by = NULL WHERE created_by = $1`, [X]);
  }

  /** The login attempts, the membership (cascading to what hangs on it) and, when it has no other, the user. */
  async deleteAccount(em: EntityManager, X: string, userId: string, loginKey: string): Promise<void> {
    await q(em, `DELETE FROM login_attempts WHERE key = $1`, [loginKey]);
    // Cascades: sessions, password resets, room memberships, enrolments, scores, self-placements,
    // mentor profile, traject facilitation, questionnaire answers and reminders, research consent and study id.
    await q(em, `DELETE FROM memberships WHERE id = $1`, [X]);
    await q(
      em,
      `DELETE FROM users u WHERE u.id = $1 AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id)`,
      [userId],
    );
  }
}

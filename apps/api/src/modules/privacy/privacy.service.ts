import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError } from '../../common/app-error.js';
import { sha256Hex } from '../../common/crypto.js';
import { verifyPassword } from '../auth/password-hasher.js';
import { SessionRevocations } from '../auth/session-revocations.js';
import { formerMemberId } from './former-member.js';
import { OutreachService } from '../outreach/outreach.service.js';
import { AccessLogService } from '../audit/access-log.service.js';
import { AuditService } from '../audit/audit.service.js';
import { ResearchRepository } from '../research/research.repository.js';
import { SafetyService } from '../safety/safety.service.js';

const q = (em: EntityManager, sql: string, params: unknown[]) => em.query(sql, params);

/** AVG/GDPR rights: a copy of everything about you, erasure, and the log of who looked at your data. */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly revocations: SessionRevocations,
    private readonly outreach: OutreachService,
    private readonly audit: AuditService,
    private readonly accessLog: AccessLogService,
    private readonly research: ResearchRepository,
    private readonly safety: SafetyService,
  ) {}

  /** Everything Spiegel holds about the caller, as JSON (Art. 15 and 20 AVG). */
  async export(actor: Actor) {
    const m = actor.membershipId;
    const one = async (sql: string) => (await this.ds.query(sql, [m]))[0] ?? null;
    const all = (sql: string) => this.ds.query(sql, [m]);
    return {
      exportedAt: new Date().toISOString(),
      profile: await one(
        `SELECT m.id AS "membershipId", m.display_name AS pseudonym, m.role, m.avatar_color AS "avatarColor", m.created_at AS "joinedAt",
                u.login_name AS login, u.email, o.name AS organisation
           FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id WHERE m.id = $1`,
      ),
      contributions: await all(
        `SELECT c.id, r.name AS room, c.kind, c.title, c.body, c.reply_to_id AS "replyToId", c.phase, c.phase_suggested AS "phaseSuggested",
                c.phase_set_by AS "phaseSetBy", c.themes, c.created_at AS "createdAt", c.edited_at AS "editedAt", c.deleted_at AS "deletedAt"
           FROM contributions c JOIN rooms r ON r.id = c.room_id WHERE c.author_membership_id = $1 ORDER BY c.id`,
      ),
      phaseChanges: await all(
        `SELECT contribution_id AS "contributionId", from_phase AS "from", to_phase AS "to", at FROM phase_changes WHERE changed_by = $1 ORDER BY at`,
      ),
      reactions: await all(
        `SELECT contribution_id AS "contributionId", kind, created_at AS "createdAt" FROM reactions WHERE membership_id = $1 ORDER BY id`,
      ),
      recognitionsGiven: await all(
        `SELECT r.contribution_id AS "contributionId", m.display_name AS "to", r.created_at AS "createdAt"
           FROM recognitions r JOIN memberships m ON m.id = r.to_membership_id WHERE r.from_membership_id = $1 ORDER BY r.id`,
      ),
      recognitionsReceived: await all(
        `SELECT r.contribution_id AS "contributionId", m.display_name AS "from", r.created_at AS "createdAt"
           FROM recognitions r JOIN memberships m ON m.id = r.from_membership_id WHERE r.to_membership_id = $1 ORDER BY r.id`,
      ),
      reportsMade: await all(
        `SELECT contribution_id AS "contributionId", reason, created_at AS "createdAt", resolution FROM reports WHERE reporter_membership_id = $1`,
      ),
      rooms: await all(
        `SELECT r.name, r.kind, rm.status, rm.end_reason AS "endReason", rm.joined_at AS "joinedAt", rm.left_at AS "leftAt" FROM room_members rm JOIN rooms r ON r.id = rm.room_id WHERE rm.membership_id = $1`,
      ),
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
      notifications: await all(
        `SELECT kind, room_id AS "roomId", created_at AS "createdAt", read_at AS "readAt" FROM notifications WHERE recipient_membership_id = $1 ORDER BY id`,
      ),
      mutes: await all(
        `SELECT m.display_name AS muted FROM mutes x JOIN memberships m ON m.id = x.muted_membership_id WHERE x.membership_id = $1`,
      ),
      whoViewedYourData: (await this.accessLog.aboutMe(actor, { limit: 5000 })).entries.map(
        ({ id: _id, actorId: _a, subjectId: _s, ...e }) => e,
      ),
      // Questionnaire answers are theirs; research consent with its letter version and study id.
      questionnaireAnswers: await this.research.exportOwn(m),
      researchConsent: await this.research.exportOwnConsent(m),
      // Crisis cases about your messages (that one existed, when, state, outcome label; not staff's note) and
      // staff's marks on detection for your messages (ids and labels).
      ...(await this.safety.exportOwn(m)),
    };
  }

  /**
   * Erases the caller's account. Their contributions are deleted or anonymised as they choose; what
   * others need (recognitions they received, reactions as counts, the audit trail) is kept without
   * any link to the person. Every session ends and every socket closes.
   */
  async erase(actor: Actor, password: string, mode: 'delete' | 'anonymise'): Promise<void> {
    const [user] = await this.ds.query<{ password_hash: string; login_name: string }[]>(
      `SELECT password_hash, login_name FROM users WHERE id = $1`,
      [actor.userId],
    );
    if (!user || !(await verifyPassword(user.password_hash, password))) {
      throw new AppError(400, 'INVALID_CREDENTIALS', 'Je wachtwoord klopt niet. Er is niets verwijderd.');
    }
    const sessionIds = (
      await this.ds.query<{ id: string }[]>(`SELECT id FROM sessions WHERE user_id = $1`, [actor.userId])
    ).map((s) => s.id);
    await this.ds.transaction(async (em) => {
      const X = actor.membershipId;
      const P = await formerMemberId(em, actor.organisationId);
      if (mode === 'delete') {
        await q(
          em,
          `UPDATE contributions SET title = NULL, body = NULL, phase_cues = '[]'::jsonb, themes = '{}', deleted_at = COALESCE(deleted_at, now())
            WHERE author_membership_id = $1`,
          [X],
        );
      }
      await q(em, `UPDATE contributions SET author_membership_id = $2 WHERE author_membership_id = $1`, [
        X,
        P,
      ]);
      await q(
        em,
        `UPDATE contributions SET hidden_by_membership_id = $2 WHERE hidden_by_membership_id = $1`,
        [X, P],
      );
      await q(em, `UPDATE phase_changes SET changed_by = $2 WHERE changed_by = $1`, [X, P]);
      // Counts stay: reactions and recognitions move to the stand-in (one per contribution and kind).
      await q(
        em,
        `DELETE FROM reactions r WHERE r.membership_id = $1 AND EXISTS (SELECT 1 FROM reactions s WHERE s.contribution_id = r.contribution_id AND s.kind = r.kind AND s.membership_id = $2)`,
        [X, P],
      );
      await q(em, `UPDATE reactions SET membership_id = $2 WHERE membership_id = $1`, [X, P]);
      await q(
        em,
        `DELETE FROM recognitions r WHERE r.from_membership_id = $1 AND EXISTS (SELECT 1 FROM recognitions s WHERE s.contribution_id = r.contribution_id AND s.from_membership_id = $2)`,
        [X, P],
      );
      await q(em, `UPDATE recognitions SET from_membership_id = $2 WHERE from_membership_id = $1`, [X, P]);
      await q(em, `UPDATE recognitions SET to_membership_id = $2 WHERE to_membership_id = $1`, [X, P]);
      await q(
        em,
        `DELETE FROM reports r WHERE r.reporter_membership_id = $1 AND EXISTS (SELECT 1 FROM reports s WHERE s.contribution_id = r.contribution_id AND s.reporter_membership_id = $2)`,
        [X, P],
      );
      await q(
        em,
        `UPDATE reports SET reporter_membership_id = $2, reason = '' WHERE reporter_membership_id = $1`,
        [X, P],
      );
      await q(em, `UPDATE reports SET resolved_by = $2 WHERE resolved_by = $1`, [X, P]);
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
      await q(
        em,
        `UPDATE invitations SET created_by_membership_id = $2 WHERE created_by_membership_id = $1`,
        [X, P],
      );
      await q(
        em,
        `UPDATE password_resets SET created_by_membership_id = $2 WHERE created_by_membership_id = $1`,
        [X, P],
      );
      await q(em, `DELETE FROM notifications WHERE recipient_membership_id = $1`, [X]);
      await this.outreach.forget(em, X);
      await this.safety.forget(em, X, P);
      await q(em, `UPDATE notifications SET actor_membership_id = NULL WHERE actor_membership_id = $1`, [X]);
      await q(em, `DELETE FROM mutes WHERE membership_id = $1 OR muted_membership_id = $1`, [X]);
      // Who ended or restored someone else's room membership stays a staff decision, by a former member.
      await q(em, `UPDATE room_members SET ended_by = $2 WHERE ended_by = $1 AND membership_id <> $1`, [
        X,
        P,
      ]);
      await q(em, `UPDATE room_members SET restored_by = $2 WHERE restored_by = $1 AND membership_id <> $1`, [
        X,
        P,
      ]);
      await q(em, `UPDATE rooms SET created_by = NULL WHERE created_by = $1`, [X]);
      await q(em, `UPDATE rooms SET agreements_updated_by = NULL WHERE agreements_updated_by = $1`, [X]);
      await q(em, `UPDATE trajecten SET created_by = NULL WHERE created_by = $1`, [X]);
      await this.audit.forget(em, actor.organisationId, X, P);
      await q(em, `DELETE FROM login_attempts WHERE key = $1`, [`login:${sha256Hex(user.login_name)}`]);
      // Cascades: sessions, password resets, room memberships, enrolments, scores, self-placements,
      // mentor profile, traject facilitation, questionnaire answers and reminders, research consent and study id.
      await q(em, `DELETE FROM memberships WHERE id = $1`, [X]);
      await q(
        em,
        `DELETE FROM users u WHERE u.id = $1 AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id)`,
        [actor.userId],
      );
      // The erasure entry names the one-way reference it replaced, so the chain still verifies.
      await this.audit.record(
        { organisationId: actor.organisationId, membershipId: P },
        'account.erase',
        { subjectMembershipId: P, details: { contributions: mode, ...this.audit.erasedRef(X) } },
        em,
      );
    });
    this.revocations.publish(sessionIds);
  }
}

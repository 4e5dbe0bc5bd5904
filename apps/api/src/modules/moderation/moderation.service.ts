import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OpenReport } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { ContributionsService } from '../contributions/contributions.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RoomAccessService } from '../rooms/room-access.service.js';

/** Reports from this many different members hide a contribution until a facilitator looks at it. */
export const REPORTS_TO_HIDE = 3;

@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: RoomAccessService,
    private readonly contributions: ContributionsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async report(actor: Actor, contributionId: string, reason: string): Promise<{ hidden: boolean }> {
    const c = await this.contributions.one(actor, contributionId);
    if (c.deleted) throw new AppError(409, 'CONFLICT', 'Dit bericht is al verwijderd.');
    if (c.author.membershipId === actor.membershipId)
      throw new AppError(400, 'VALIDATION_FAILED', 'Je kunt je eigen bericht niet melden.');
    const inserted = await this.ds.query<{ id: string }[]>(
      `INSERT INTO reports (organisation_id, room_id, contribution_id, reporter_membership_id, reason)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (contribution_id, reporter_membership_id) DO NOTHING RETURNING id`,
      [actor.organisationId, c.roomId, contributionId, actor.membershipId, reason.trim()],
    );
    if (!inserted.length) throw new AppError(409, 'CONFLICT', 'Je hebt dit bericht al gemeld.');
    await this.audit.record(actor, 'moderation.report', {
      targetType: 'contribution',
      targetId: contributionId,
      subjectMembershipId: c.author.membershipId,
    });
    const [{ n } = { n: 0 }] = await this.ds.query<{ n: number }[]>(
      `SELECT count(DISTINCT reporter_membership_id)::int AS n FROM reports WHERE contribution_id = $1 AND resolved_at IS NULL`,
      [contributionId],
    );
    let hidden = false;
    if (n >= REPORTS_TO_HIDE && !c.hidden) {
      await this.ds.query(
        `UPDATE contributions SET hidden_at = now(), hidden_by = 'reports', hidden_reason = $2, hidden_by_membership_id = NULL
          WHERE id = $1 AND hidden_at IS NULL`,
        [contributionId, 'meerdere meldingen, een begeleider kijkt ernaar'],
      );
      hidden = true;
      await this.audit.record(
        { organisationId: actor.organisationId, membershipId: actor.membershipId },
        'moderation.auto_hide',
        {
          targetType: 'contribution',
          targetId: contributionId,
          details: { reports: n },
        },
      );
      this.contributions.broadcast('contribution:updated', await this.contributions.row(contributionId));
    }
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: await this.access.hostIds(c.roomId),
      kind: 'report',
      roomId: c.roomId,
      contributionId,
      data: { reports: n, hidden },
    });
    return { hidden };
  }

  /** A facilitator hides a contribution; the group sees that it happened and why. */
  async hide(actor: Actor, contributionId: string, reason: string): Promise<void> {
    const c = await this.contributions.one(actor, contributionId);
    // Checked inside the write's transaction, with the host's membership row locked.
    await this.ds.transaction(async (em) => {
      await this.access.host(actor, c.roomId, em);
      if (c.deleted) throw new AppError(409, 'CONFLICT', 'Dit bericht is al verwijderd.');
      await em.query(
        `UPDATE contributions SET hidden_at = now(), hidden_by = 'facilitator', hidden_reason = $2, hidden_by_membership_id = $3 WHERE id = $1`,
        [contributionId, reason.trim(), actor.membershipId],
      );
      await em.query(
        `UPDATE reports SET resolved_at = now(), resolved_by = $2, resolution = 'hidden' WHERE contribution_id = $1 AND resolved_at IS NULL`,
        [contributionId, actor.membershipId],
      );
    });
    await this.audit.record(actor, 'moderation.hide', {
      targetType: 'contribution',
      targetId: contributionId,
      subjectMembershipId: c.author.membershipId,
      details: { reason: reason.trim() },
    });
    this.contributions.broadcast('contribution:updated', await this.contributions.row(contributionId));
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [c.author.membershipId],
      kind: 'hidden',
      roomId: c.roomId,
      contributionId,
      actorMembershipId: actor.membershipId,
    });
  }

  async unhide(actor: Actor, contributionId: string): Promise<void> {
    const c = await this.contributions.one(actor, contributionId);
    await this.ds.transaction(async (em) => {
      await this.access.host(actor, c.roomId, em);
      await em.query(
        `UPDATE contributions SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL, hidden_by_membership_id = NULL WHERE id = $1`,
        [contributionId],
      );
      await em.query(
        `UPDATE reports SET resolved_at = now(), resolved_by = $2, resolution = 'kept' WHERE contribution_id = $1 AND resolved_at IS NULL`,
        [contributionId, actor.membershipId],
      );
    });
    await this.audit.record(actor, 'moderation.unhide', {
      targetType: 'contribution',
      targetId: contributionId,
      subjectMembershipId: c.author.membershipId,
    });
    this.contributions.broadcast('contribution:updated', await this.contributions.row(contributionId));
  }

  /** Open reports in a room, for its facilitators. Who reported stays private; the reasons do not. */
  async openReports(actor: Actor, roomId: string): Promise<OpenReport[]> {
    await this.access.host(actor, roomId);
    await this.audit.record(actor, 'moderation.view_reports', { targetType: 'room', targetId: roomId });
    const rows = await this.ds.query<
      {
        contribution_id: string;
        author_id: string;
        author_name: string;
        author_color: string;
        reasons: string[];
        n: number;
        hidden: boolean;
        first_at: Date;
      }[]
    >(
      `SELECT r.contribution_id, m.id AS author_id, m.display_name AS author_name, m.avatar_color AS author_color,
              array_agg(r.reason ORDER BY r.created_at) AS reasons, count(*)::int AS n,
              bool_or(c.hidden_at IS NOT NULL) AS hidden, min(r.created_at) AS first_at
         FROM reports r JOIN contributions c ON c.id = r.contribution_id JOIN memberships m ON m.id = c.author_membership_id
        WHERE r.room_id = $1 AND r.resolved_at IS NULL
        GROUP BY r.contribution_id, m.id ORDER BY first_at`,
      [roomId],
    );
    return rows.map((r) => ({
      contributionId: String(r.contribution_id),
      author: { membershipId: r.author_id, displayName: r.author_name, avatarColor: r.author_color },
      reasons: r.reasons,
      count: r.n,
      hidden: r.hidden,
      firstReportedAt: new Date(r.first_at).toISOString(),
    }));
  }

  async resolve(
    actor: Actor,
    contributionId: string,
    decision: 'keep' | 'hide',
    reason: string,
  ): Promise<void> {
    if (decision === 'hide') {
      if (reason.trim().length < 3)
        throw new AppError(400, 'VALIDATION_FAILED', 'Geef een reden die de groep te zien krijgt.');
      return this.hide(actor, contributionId, reason);
    }
    return this.unhide(actor, contributionId);
  }

  async mute(actor: Actor, membershipId: string): Promise<void> {
    if (membershipId === actor.membershipId)
      throw new AppError(400, 'VALIDATION_FAILED', 'Je kunt jezelf niet dempen.');
    const [m] = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM memberships WHERE id = $1 AND organisation_id = $2`,
      [membershipId, actor.organisationId],
    );
    if (!m) throw notFound('Dit lid bestaat niet in jouw organisatie.');
    await this.ds.query(
      `INSERT INTO mutes (membership_id, muted_membership_id, organisation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [actor.membershipId, membershipId, actor.organisationId],
    );
  }

  async unmute(actor: Actor, membershipId: string): Promise<void> {
    await this.ds.query(`DELETE FROM mutes WHERE membership_id = $1 AND muted_membership_id = $2`, [
      actor.membershipId,
      membershipId,
    ]);
  }

  async mutes(actor: Actor): Promise<string[]> {
    const rows = await this.ds.query<{ muted_membership_id: string }[]>(
      `SELECT muted_membership_id FROM mutes WHERE membership_id = $1`,
      [actor.membershipId],
    );
    return rows.map((r) => r.muted_membership_id);
  }
}

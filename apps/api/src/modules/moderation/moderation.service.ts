import { Injectable } from '@nestjs/common';
import type { OpenReport } from '@spiegel/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { ContributionReadsService } from '../contributions/contribution-reads.service.js';
import { ContributionsService } from '../contributions/contributions.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RoomAccessService } from '../rooms/room-access.service.js';
import { ModerationRepository } from './moderation.repository.js';
import { MembershipsService } from '../organisations/memberships.service.js';

/** Reports from this many different members hide a contribution until a facilitator looks at it. */
export const REPORTS_TO_HIDE = 3;

@Injectable()
export class ModerationService {
  constructor(
    private readonly repo: ModerationRepository,
    private readonly memberships: MembershipsService,
    private readonly access: RoomAccessService,
    private readonly contributions: ContributionsService,
    private readonly reads: ContributionReadsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async report(actor: Actor, contributionId: string, reason: string): Promise<{ hidden: boolean }> {
    const c = await this.reads.one(actor, contributionId);
    if (c.deleted) throw new AppError(409, 'CONFLICT', 'Dit bericht is al verwijderd.');
    if (c.author.membershipId === actor.membershipId)
      throw new AppError(400, 'VALIDATION_FAILED', 'Je kunt je eigen bericht niet melden.');
    const inserted = await this.repo.addReport(
      actor.organisationId,
      c.roomId,
      contributionId,
      actor.membershipId,
      reason.trim(),
    );
    if (!inserted) throw new AppError(409, 'CONFLICT', 'Je hebt dit bericht al gemeld.');
    await this.audit.record(actor, 'moderation.report', {
      targetType: 'contribution',
      targetId: contributionId,
      subjectMembershipId: c.author.membershipId,
    });
    const n = await this.repo.openReporters(contributionId);
    let hidden = false;
    if (n >= REPORTS_TO_HIDE && !c.hidden) {
      await this.contributions.hideAfterReports(
        contributionId,
        'meerdere meldingen, een begeleider kijkt ernaar',
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
      await this.contributions.announceUpdate(contributionId);
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
    const c = await this.reads.one(actor, contributionId);
    // Checked inside the write's transaction, with the host's membership row locked.
    await this.repo.transaction(async (em) => {
      await this.access.host(actor, c.roomId, em);
      if (c.deleted) throw new AppError(409, 'CONFLICT', 'Dit bericht is al verwijderd.');
      await this.contributions.setHidden(em, contributionId, {
        reason: reason.trim(),
        by: actor.membershipId,
      });
      await this.repo.resolveOpen(em, contributionId, actor.membershipId, 'hidden');
    });
    await this.audit.record(actor, 'moderation.hide', {
      targetType: 'contribution',
      targetId: contributionId,
      subjectMembershipId: c.author.membershipId,
      details: { reason: reason.trim() },
    });
    await this.contributions.announceUpdate(contributionId);
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
    const c = await this.reads.one(actor, contributionId);
    await this.repo.transaction(async (em) => {
      await this.access.host(actor, c.roomId, em);
      await this.contributions.setHidden(em, contributionId, null);
      await this.repo.resolveOpen(em, contributionId, actor.membershipId, 'kept');
    });
    await this.audit.record(actor, 'moderation.unhide', {
      targetType: 'contribution',
      targetId: contributionId,
      subjectMembershipId: c.author.membershipId,
    });
    await this.contributions.announceUpdate(contributionId);
  }

  /** Open reports in a room, for its facilitators. Who reported stays private; the reasons do not. */
  async openReports(actor: Actor, roomId: string): Promise<OpenReport[]> {
    await this.access.host(actor, roomId);
    await this.audit.record(actor, 'moderation.view_reports', { targetType: 'room', targetId: roomId });
    const rows = await this.repo.openInRoom(roomId);
    const about = await this.reads.authorsOf(rows.map((r) => String(r.contribution_id)));
    return rows.flatMap((r) => {
      const c = about.get(String(r.contribution_id));
      if (!c) return [];
      return [
        {
          contributionId: String(r.contribution_id),
          author: c.author,
          reasons: r.reasons,
          count: r.n,
          hidden: c.hidden,
          firstReportedAt: new Date(r.first_at).toISOString(),
        },
      ];
    });
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
    if (!(await this.memberships.belongsTo(actor.organisationId, membershipId)))
      throw notFound('Dit lid bestaat niet in jouw organisatie.');
    await this.repo.addMute(actor.organisationId, actor.membershipId, membershipId);
  }

  async unmute(actor: Actor, membershipId: string): Promise<void> {
    await this.repo.removeMute(actor.membershipId, membershipId);
  }

  async mutes(actor: Actor): Promise<string[]> {
    return this.repo.mutedBy(actor.membershipId);
  }

  // ---- privacy (export and erasure, inside the erasure's transaction) ----

  /** The reports the person made and whom they muted. */
  exportOwn(membershipId: string) {
    return this.repo.exportOwn(membershipId);
  }

  forgetReports(em: EntityManager, membershipId: string, formerId: string): Promise<void> {
    return this.repo.forgetReports(em, membershipId, formerId);
  }

  forgetMutes(em: EntityManager, membershipId: string): Promise<void> {
    return this.repo.forgetMutes(em, membershipId);
  }
}

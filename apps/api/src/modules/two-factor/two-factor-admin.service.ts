import { Injectable } from '@nestjs/common';
import type { MemberTwoFactorView, TwoFactorPolicyView } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { SessionService } from '../auth/session.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { MembershipsService } from '../organisations/memberships.service.js';
import { TwoFactorRepository } from './two-factor.repository.js';

/** An admin's side of the second factor: the organisation's policy, who enrolled, and a reset. */
@Injectable()
export class TwoFactorAdminService {
  constructor(
    private readonly repo: TwoFactorRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly memberships: MembershipsService,
  ) {}

  // ---- administration ----

  async policy(actor: Actor): Promise<TwoFactorPolicyView> {
    return { requiredForStaff: await this.repo.requiredForStaff(actor.organisationId) };
  }

  async setPolicy(actor: Actor, requiredForStaff: boolean): Promise<TwoFactorPolicyView> {
    await this.repo.transaction(async (em) => {
      await this.repo.setRequiredForStaff(em, actor.organisationId, requiredForStaff);
      await this.audit.record(actor, 'two_factor.policy_changed', { details: { requiredForStaff } }, em);
    });
    return { requiredForStaff };
  }

  async members(actor: Actor): Promise<MemberTwoFactorView[]> {
    const rows = await this.memberships.active(actor.organisationId);
    const enrolled = await this.repo.enrolledUsers(rows.map((r) => r.userId));
    return rows.map((r) => ({ membershipId: r.id, enrolled: enrolled.has(r.userId) }));
  }

  /**
   * Recovery through an admin: the person's factor, recovery codes and remembered devices go, their
   * sessions end, and they enrol again at their next log-in. Never one's own (a second admin decides).
   */
  async reset(actor: Actor, membershipId: string): Promise<void> {
    const member = await this.memberships.one(actor.organisationId, membershipId);
    if (!member || member.status !== 'active')
      throw notFound('Deze persoon vinden we niet in jouw organisatie.');
    if (member.id === actor.membershipId)
      throw forbidden('Je eigen tweede stap kan alleen een andere beheerder opnieuw instellen.');
    const had = await this.repo.transaction(async (em) => {
      const deleted = await this.repo.deleteFactor(em, member.userId);
      if (!deleted) return false;
      await this.repo.revokeDevices(em, member.userId);
      await this.repo.deletePendingForUser(em, member.userId);
      await this.audit.record(actor, 'two_factor.reset_by_admin', { subjectMembershipId: member.id }, em);
      return true;
    });
    if (!had) throw new AppError(409, 'CONFLICT', 'Deze persoon heeft geen tweede stap ingesteld.');
    await this.sessions.revokeAllForUser(member.userId);
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [member.id],
      kind: 'two_factor_reset',
      actorMembershipId: actor.membershipId,
    });
  }
}

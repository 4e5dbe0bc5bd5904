import { Inject, Injectable } from '@nestjs/common';
import {
  type CaseEventKind,
  type CaseState,
  type CaseStep,
  type CrisisCaseView,
  decideCaseStep,
  isCaseDueForEscalation,
  isStaffedAt,
  NO_STAFFED_HOURS,
  type StaffedHours,
  validateStaffedHours,
} from '@spiegel/domain';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { isUuid } from '../../common/ids.js';
import { LOGGER } from '../../common/logger.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import type { CrisisCases, RaiseCrisisInput } from '../contributions/crisis-cases.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { MembershipsService } from '../organisations/memberships.service.js';
import { RoomAccessService } from '../rooms/room-access.service.js';
import { RoomsService } from '../rooms/rooms.service.js';
import { TrajectenService } from '../trajecten/trajecten.service.js';
import { type CaseListFilter, type CaseViewer, SafetyRepository } from './safety.repository.js';

const viewerOf = (actor: Actor): CaseViewer => ({
  membershipId: actor.membershipId,
  organisationId: actor.organisationId,
  role: actor.role,
});

const ESCALATION_BATCH = 20;

const STEP_EVENTS: Record<CaseStep['kind'], CaseEventKind> = {
  pick_up: 'picked_up',
  release: 'released',
  close: 'closed',
};

/**
 * Crisis alerts as cases with an owner, staffed hours, and staff's marks on detection. `raise` and
 * `escalateDue` are the two moments an alert goes out; delivery outside the app (e-mail, push) hooks in there.
 */
@Injectable()
export class SafetyService implements CrisisCases {
  constructor(
    private readonly repo: SafetyRepository,
    private readonly access: RoomAccessService,
    private readonly rooms: RoomsService,
    private readonly trajecten: TrajectenService,
    private readonly memberships: MembershipsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly realtime: RealtimeEmitter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * A contribution reads like a crisis: opens its case (one per contribution; a later flag on the same one
   * joins it), alerts the room's hosts (or who stands in for them) in the app, and says whether someone
   * watches right now. Out-of-app delivery of the alert belongs right after the notify below.
   */
  async raise(input: RaiseCrisisInput): Promise<{ watched: boolean }> {
    const alerted = await this.access.crisisContacts(input.roomId, input.authorId);
    const caseId = await this.repo.transaction(async (em) => {
      const id = await this.repo.insertCase(em, { ...input, alerted });
      if (!id) {
        await this.repo.raiseSeverity(em, input.contributionId, input.severity);
        return null;
      }
      await this.audit.record(
        { organisationId: input.organisationId, membershipId: null },
        'crisis_case.raise',
        {
          subjectMembershipId: input.authorId,
          targetType: 'crisis_case',
          targetId: id,
          details: {
            roomId: input.roomId,
            contributionId: input.contributionId,
            severity: input.severity,
            alerted: alerted.length,
          },
        },
        em,
      );
      return id;
    });
    if (caseId)
      await this.notifications.notify({
        organisationId: input.organisationId,
        recipients: alerted,
        kind: 'crisis_alert',
        roomId: input.roomId,
        contributionId: input.contributionId,
        actorMembershipId: input.authorId,
        data: { severity: input.severity, caseId },
      });
    if (caseId) await this.announce(caseId, 'opened', 'open');
    return { watched: await this.watchedNow(input.organisationId) };
  }

  /** Whether someone of the organisation watches right now (its staffed hours and, if counted, sessions). */
  async watchedNow(organisationId: string): Promise<boolean> {
    const hours = (await this.repo.staffedHours(organisationId)) ?? NO_STAFFED_HOURS;
    const now = this.clock.now();
    const sessions = hours.countSessions ? await this.trajecten.sessionStartsAround(organisationId, now) : [];
    return isStaffedAt(hours, sessions, now);
  }

  async status(actor: Actor): Promise<{ staffed: boolean }> {
    return { staffed: await this.watchedNow(actor.organisationId) };
  }

  async list(actor: Actor, filter: CaseListFilter = 'active'): Promise<CrisisCaseView[]> {
    const views = await this.repo.list(viewerOf(actor), filter, 200);
    await this.audit.record(actor, 'crisis_case.list', {
      subjectIds: views.map((v) => v.author.membershipId),
      targetType: 'organisation',
      targetId: actor.organisationId,
      details: { filter, cases: views.length },
    });
    return views;
  }

  async one(actor: Actor, id: string): Promise<CrisisCaseView> {
    const view = isUuid(id) ? await this.repo.view(viewerOf(actor), id) : null;
    if (!view) throw notFound('Deze melding bestaat niet.');
    await this.audit.record(actor, 'crisis_case.view', {
      subjectMembershipId: view.author.membershipId,
      targetType: 'crisis_case',
      targetId: id,
    });
    return view;
  }

  /**
   * One step on a case, decided under the case row's lock: of two people picking up at once, the second
   * waits for the first's commit and is told who has it. The audit row commits with the step.
   */
  async step(actor: Actor, id: string, step: CaseStep): Promise<CrisisCaseView> {
    const viewer = viewerOf(actor);
    const view = await this.repo.transaction(async (em) => {
      const row = isUuid(id) ? await this.repo.lockVisible(em, viewer, id) : null;
      if (!row) throw notFound('Deze melding bestaat niet.');
      const decided = decideCaseStep(
        { state: row.state, ownerMembershipId: row.owner_membership_id, ownerName: row.owner_name },
        step,
        actor.membershipId,
      );
      if (!decided.ok) throw new AppError(409, 'CONFLICT', decided.message, { reason: decided.reason });
      const note = step.kind === 'close' ? step.note.trim() : undefined;
      await this.repo.updateCase(em, id, {
        state: decided.state,
        owner: decided.ownerMembershipId,
        outcome: step.kind === 'close' ? step.outcome : undefined,
        note: note || undefined,
      });
      await this.audit.record(
        actor,
        `crisis_case.${step.kind}`,
        {
          subjectMembershipId: row.author_membership_id,
          targetType: 'crisis_case',
          targetId: id,
          // The outcome is a label; the note is staff's own words and stays in the case, not the log.
          details: step.kind === 'close' ? { outcome: step.outcome } : {},
        },
        em,
      );
      return (await this.repo.view(viewer, id, em))!;
    });
    await this.announce(id, STEP_EVENTS[step.kind], view.state);
    return view;
  }

  /**
   * "Contact opnemen": opens (or reuses) the 1:1 conversation with the author. An open case is picked up
   * by whoever reaches out, in the same transaction; a case someone else has is refused with their name.
   */
  async contact(actor: Actor, id: string): Promise<{ roomId: string }> {
    const viewer = viewerOf(actor);
    let pickedUp = false;
    const authorId = await this.repo.transaction(async (em) => {
      const row = isUuid(id) ? await this.repo.lockVisible(em, viewer, id) : null;
      if (!row) throw notFound('Deze melding bestaat niet.');
      if (row.state === 'open') {
        pickedUp = true;
        await this.repo.updateCase(em, id, { state: 'opgepakt', owner: actor.membershipId });
        await this.audit.record(
          actor,
          'crisis_case.pick_up',
          { subjectMembershipId: row.author_membership_id, targetType: 'crisis_case', targetId: id },
          em,
        );
      } else if (row.owner_membership_id !== actor.membershipId) {
        const decided = decideCaseStep(
          { state: row.state, ownerMembershipId: row.owner_membership_id, ownerName: row.owner_name },
          { kind: 'pick_up' },
          actor.membershipId,
        );
        throw new AppError(409, 'CONFLICT', decided.ok ? 'Dit kan nu niet.' : decided.message);
      }
      await this.audit.record(
        actor,
        'crisis_case.contact',
        { subjectMembershipId: row.author_membership_id, targetType: 'crisis_case', targetId: id },
        em,
      );
      return row.author_membership_id;
    });
    if (pickedUp) await this.announce(id, 'picked_up', 'opgepakt');
    if (authorId === actor.membershipId) throw new AppError(409, 'CONFLICT', 'Dit is je eigen bericht.');
    const roomId = await this.rooms.openDirectBetween(actor.organisationId, actor.membershipId, authorId);
    return { roomId };
  }

  /**
   * Open cases nobody picked up within the configured time go to the organisation's other facilitators
   * and admins. Safe with several instances: each due case is locked by one (SKIP LOCKED), notified, marked
   * and committed; a crash before the commit leaves it due, so an alert may repeat but is never lost.
   */
  async escalateDue(): Promise<number> {
    let escalated = 0;
    const announced: string[] = [];
    for (;;) {
      const n = await this.repo.transaction(async (em) => {
        const { rows, now } = await this.repo.lockDueForEscalation(
          em,
          this.config.alertEscalationMs,
          ESCALATION_BATCH,
        );
        for (const row of rows) {
          const due = isCaseDueForEscalation(
            { state: row.state, raisedAt: new Date(row.raised_at), escalatedAt: row.escalated_at },
            now,
            this.config.alertEscalationMs,
          );
          if (!due) continue;
          const staff = await this.memberships.staffIds(row.organisation_id, em);
          const recipients = staff.filter((m) => !row.alerted.includes(m) && m !== row.author_membership_id);
          // Out-of-app delivery of an escalation belongs beside this notify.
          await this.notifications.notify({
            organisationId: row.organisation_id,
            recipients,
            kind: 'crisis_escalated',
            roomId: row.room_id,
            contributionId: String(row.contribution_id),
            actorMembershipId: row.author_membership_id,
            data: { severity: row.severity, caseId: row.id },
          });
          await this.repo.markEscalated(em, row.id);
          announced.push(row.id);
          await this.audit.record(
            { organisationId: row.organisation_id, membershipId: null },
            'crisis_case.escalate',
            {
              subjectMembershipId: row.author_membership_id,
              targetType: 'crisis_case',
              targetId: row.id,
              details: { recipients: recipients.length },
            },
            em,
          );
        }
        return rows.length;
      });
      escalated += n;
      // After the commit: the watchers now include everyone the escalation reached.
      for (const caseId of announced.splice(0)) await this.announce(caseId, 'escalated', 'open');
      if (n < ESCALATION_BATCH) break;
    }
    if (escalated) this.logger.info({ escalated }, 'safety: open crisis cases escalated');
    return escalated;
  }

  /**
   * Tells everyone who may see the case now that it changed, on every instance (the emitter goes through the
   * adapter), after the change committed. Recipients are read afresh each time, so a demoted or removed staff
   * member is no longer among them; participants and researchers never are. Ids and state only.
   */
  private async announce(caseId: string, kind: CaseEventKind, state: CaseState): Promise<void> {
    try {
      const watchers = await this.repo.watchers(caseId);
      const at = this.clock.now().toISOString();
      this.realtime.toMembers(watchers, 'case:changed', { caseId, kind, state, at });
    } catch (err) {
      // The change is committed; the page's slow poll picks it up if the live event could not go out.
      this.logger.warn({ err, caseId, kind }, 'safety: case event not sent');
    }
  }

  /** The cases about a person's own messages and staff's marks on them, for their own export. */
  exportOwn(membershipId: string) {
    return this.repo.exportOwn(membershipId);
  }

  /** Erasure: cases and marks stay for the organisation without a link to the person (see the repository). */
  forget(em: EntityManager, membershipId: string, formerMemberId: string): Promise<void> {
    return this.repo.forget(em, membershipId, formerMemberId);
  }

  async staffedHours(actor: Actor): Promise<StaffedHours> {
    return (await this.repo.staffedHours(actor.organisationId)) ?? NO_STAFFED_HOURS;
  }

  async setStaffedHours(actor: Actor, input: unknown): Promise<StaffedHours> {
    const checked = validateStaffedHours(input);
    if (!checked.ok) throw new AppError(400, 'VALIDATION_FAILED', checked.message);
    await this.repo.transaction(async (em) => {
      await this.repo.saveStaffedHours(em, actor.organisationId, checked.value, actor.membershipId);
      await this.audit.record(
        actor,
        'staffed_hours.update',
        {
          targetType: 'organisation',
          targetId: actor.organisationId,
          details: { ranges: checked.value.ranges.length },
        },
        em,
      );
    });
    return checked.value;
  }
}

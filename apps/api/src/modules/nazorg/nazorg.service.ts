import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AlumnusRow, type FollowUpKind, type NazorgOverview, zwartGatRisk } from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { isUuid } from '../../common/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { MentorsRepository } from '../mentors/mentors.repository.js';
import { RoomsService } from '../rooms/rooms.service.js';
import { NazorgRepository } from './nazorg.repository.js';
import { type Alumnus, loadZwartGatInputs } from './zwart-gat-inputs.js';

/** Alumni are watched for this long after their traject ended. */
export const FOLLOW_UP_DAYS = 183;

@Injectable()
export class NazorgService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: NazorgRepository,
    private readonly mentors: MentorsRepository,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    private readonly rooms: RoomsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Computes and stores zwart-gat risk for every alumnus in their first six months after the end
   * (optionally one organisation). A rise to `hoog` notifies the traject's facilitators, without content.
   */
  async computeAll(organisationId?: string): Promise<{ computed: number; raisedToHoog: number }> {
    const now = this.clock.now();
    const alumni = await this.repo.alumniInFollowUp(now, FOLLOW_UP_DAYS, organisationId ?? null);
    const batch: Alumnus[] = alumni.map((a) => ({
      membershipId: a.membership_id,
      organisationId: a.organisation_id,
      trajectId: a.traject_id,
      endedAt: new Date(a.completed_at),
    }));
    const inputs = await loadZwartGatInputs(this.ds, batch, now);
    const previous = await this.repo.latestLevels(batch.map((b) => b.membershipId));
    const before = new Map(previous.map((p) => [`${p.traject_id}:${p.membership_id}`, p.level]));
    const scored = alumni.map((a) => {
      const key = `${a.traject_id}:${a.membership_id}`;
      const input = inputs.get(key)!;
      const risk = zwartGatRisk(input, now);
      const last = input.activity.last;
      return { a, key, risk, last };
    });
    await this.repo.insertScores(
      scored.map(({ a, risk, last }) => ({
        organisationId: a.organisation_id,
        trajectId: a.traject_id,
        membershipId: a.membership_id,
        score: risk.score,
        level: risk.level,
        reasons: risk.reasons,
        lastActivityAt: last,
      })),
      now,
    );
    let raised = 0;
    for (const { a, key, risk } of scored) {
      if (risk.level === 'hoog' && before.get(key) !== 'hoog' && a.consent_follow_up) {
        raised++;
        await this.notifications.notify({
          organisationId: a.organisation_id,
          recipients: await this.repo.facilitatorIds(a.traject_id),
          kind: 'zwart_gat_high',
          actorMembershipId: a.membership_id,
          data: { trajectId: a.traject_id, trajectName: a.traject_name, level: 'hoog' },
        });
      }
    }
    return { computed: alumni.length, raisedToHoog: raised };
  }

  /** The "Na afloop" page: alumni of the caller's trajecten (all trajecten for admins). */
  async overview(actor: Actor, trajectId?: string): Promise<NazorgOverview> {
    if (actor.role === 'participant') throw forbidden('Dit overzicht is voor begeleiders.');
    const now = this.clock.now();
    const rows = await this.repo.overviewRows({
      organisationId: actor.organisationId,
      now,
      days: FOLLOW_UP_DAYS,
      trajectId: trajectId ?? null,
      admin: actor.role === 'admin',
      membershipId: actor.membershipId,
    });
    const ids = rows.map((r) => r.membership_id);
    const scores = await this.repo.scores(ids);
    const actions = await this.repo.actions(ids);
    const mentored = await this.mentors.withActiveMentor(ids);
    const byLevel: NazorgOverview['totals']['byLevel'] = { laag: 0, midden: 0, hoog: 0, onbekend: 0 };
    const listed: AlumnusRow[] = [];
    for (const r of rows) {
      const mine = scores.filter((s) => s.membership_id === r.membership_id && s.traject_id === r.traject_id);
      const latest = mine[0];
      // Someone who did not consent is neither listed nor counted by level: the levels add up to the
      // cards shown (and a non-consenting person's risk is not told even as a number).
      if (!r.consent_follow_up) continue;
      byLevel[latest?.level ?? 'onbekend']++;
      const acts = actions.filter((a) => a.membership_id === r.membership_id);
      const contact = acts.find((a) => a.kind !== 'snooze');
      const snooze = acts.find(
        (a) => a.kind === 'snooze' && a.snooze_until && new Date(a.snooze_until) > now,
      );
      listed.push({
        member: { membershipId: r.membership_id, displayName: r.display_name, avatarColor: r.avatar_color },
        trajectId: r.traject_id,
        trajectName: r.traject_name,
        completedAt: new Date(r.completed_at).toISOString(),
        score: latest?.score ?? null,
        level: latest?.level ?? null,
        reasons: latest?.reasons ?? [],
        computedAt: latest ? new Date(latest.computed_at).toISOString() : null,
        lastActivityAt: latest?.last_activity_at ? new Date(latest.last_activity_at).toISOString() : null,
        history: mine
          .slice(0, 30)
          .reverse()
          .map((s) => ({
            computedAt: new Date(s.computed_at).toISOString(),
            score: s.score,
            level: s.level,
          })),
        lastContact: contact
          ? {
              at: new Date(contact.created_at).toISOString(),
              kind: contact.kind,
              by: contact.by_name,
              note: contact.note,
            }
          : null,
        snoozedUntil: snooze?.snooze_until ? new Date(snooze.snooze_until).toISOString() : null,
        hasMentor: mentored.has(r.membership_id),
      });
    }
    listed.sort(
      (a, b) =>
        Number(a.snoozedUntil !== null) - Number(b.snoozedUntil !== null) ||
        (b.score ?? -1) - (a.score ?? -1),
    );
    const lastRun = await this.repo.lastRunAt(actor.organisationId);
    await this.audit.record(actor, 'nazorg.view', {
      subjectIds: listed.map((a) => a.member.membershipId),
      targetType: 'traject',
      targetId: trajectId ?? 'all',
      details: { listed: listed.length },
    });
    return {
      totals: { alumni: rows.length, consented: rows.filter((r) => r.consent_follow_up).length, byLevel },
      alumni: listed,
      lastRunAt: lastRun ? new Date(lastRun).toISOString() : null,
    };
  }

  /** Opens (or reuses) a 1:1 conversation with an alumnus who agreed to be contacted. */
  async message(actor: Actor, membershipId: string): Promise<{ roomId: string }> {
    const trajectId = await this.followable(actor, membershipId);
    const roomId = await this.rooms.openDirectBetween(actor.organisationId, actor.membershipId, membershipId);
    await this.record(actor, membershipId, trajectId, 'message', null, null);
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [membershipId],
      kind: 'followup_message',
      roomId,
      actorMembershipId: actor.membershipId,
    });
    return { roomId };
  }

  async contact(actor: Actor, membershipId: string, note?: string): Promise<void> {
    const trajectId = await this.followable(actor, membershipId);
    await this.record(actor, membershipId, trajectId, 'contact_gehad', note?.trim() || null, null);
  }

  async snooze(actor: Actor, membershipId: string, days: number): Promise<void> {
    const trajectId = await this.followable(actor, membershipId);
    await this.record(
      actor,
      membershipId,
      trajectId,
      'snooze',
      null,
      new Date(this.clock.now().getTime() + days * 86_400_000),
    );
  }

  async suggestMentor(actor: Actor, membershipId: string, mentorId: string): Promise<void> {
    const trajectId = await this.followable(actor, membershipId);
    if (!(await this.mentors.isActiveMentor(mentorId, actor.organisationId)))
      throw notFound('Deze mentor bestaat niet of is niet beschikbaar.');
    await this.record(actor, membershipId, trajectId, 'mentor_suggested', null, null);
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [membershipId],
      kind: 'mentor_suggested',
      actorMembershipId: actor.membershipId,
      data: { mentorMembershipId: mentorId },
    });
  }

  /**
   * The traject through which the caller may follow up this person: they completed it, consented to
   * follow-up, and the caller facilitates it (or is an admin). Otherwise the person is not listed: 404.
   */
  private async followable(actor: Actor, membershipId: string): Promise<string> {
    if (actor.role === 'participant') throw forbidden('Dit is voor begeleiders.');
    if (!isUuid(membershipId)) throw notFound();
    const trajectId = await this.repo.followableTraject(
      membershipId,
      actor.organisationId,
      { admin: actor.role === 'admin', membershipId: actor.membershipId },
      false,
    );
    if (!trajectId) throw new AppError(404, 'NOT_FOUND', 'Deze oud-deelnemer staat niet in jouw overzicht.');
    return trajectId;
  }

  private async record(
    actor: Actor,
    membershipId: string,
    trajectId: string,
    kind: FollowUpKind,
    note: string | null,
    snoozeUntil: Date | null,
  ) {
    await this.repo.insertAction({
      organisationId: actor.organisationId,
      trajectId,
      membershipId,
      facilitatorId: actor.membershipId,
      kind,
      note,
      snoozeUntil,
      at: this.clock.now(),
    });
    await this.audit.record(actor, `nazorg.${kind}`, {
      subjectMembershipId: membershipId,
      targetType: 'traject',
      targetId: trajectId,
    });
  }
}

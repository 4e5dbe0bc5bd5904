import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrolmentStatus, MyEnrolment, TrajectDetail } from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { isUuid } from '../../common/ids.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { AuditService } from '../audit/audit.service.js';
import { InvitationsService } from '../invitations/invitations.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RoomMembersRepository } from '../rooms/room-members.repository.js';
import type { ConsentDto, TrajectInvitationDto } from './dto/traject.dto.js';
import { trajectStatus } from './traject-status.js';
import { dateOnly, toStatusInput } from './traject-view.js';
import { insertInvitedEnrolment, TrajectenRepository } from './trajecten.repository.js';
import { TrajectenService } from './trajecten.service.js';
import { MembershipsService } from '../organisations/memberships.service.js';

/** Taking part: invitations, enrolment by staff, the person's consent, leaving, and one's own list. */
@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: TrajectenRepository,
    private readonly memberships: MembershipsService,
    private readonly trajecten: TrajectenService,
    private readonly clock: Clock,
    private readonly realtime: RealtimeEmitter,
    private readonly notifications: NotificationsService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly roomMembers: RoomMembersRepository,
  ) {}

  /** An invitation link that registers a new person and offers them this traject (with consent). */
  async invitation(actor: Actor, id: string, dto: TrajectInvitationDto) {
    await this.trajecten.managed(actor, id);
    return this.invitations.create(
      actor,
      { role: 'participant', expiresInDays: dto.expiresInDays, maxUses: dto.maxUses ?? 20 },
      id,
    );
  }

  /** Invites existing members; they take part once they have read and accepted the consent screen. */
  async enrol(actor: Actor, id: string, membershipIds: string[]): Promise<TrajectDetail> {
    const t = await this.trajecten.managed(actor, id);
    if (trajectStatus(toStatusInput(t), this.clock.now()) === 'afgerond')
      throw new AppError(409, 'CONFLICT', 'Dit traject is afgerond.');
    const unique = [...new Set(membershipIds)];
    const valid = await this.memberships.activeAmong(actor.organisationId, unique);
    if (valid.length !== unique.length) throw notFound('Een of meer leden bestaan niet in jouw organisatie.');
    const fresh: string[] = [];
    for (const m of unique) {
      if (await insertInvitedEnrolment(this.ds.manager, id, m, actor.organisationId, this.clock.now()))
        fresh.push(m);
    }
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: fresh,
      kind: 'enrolment_invite',
      actorMembershipId: actor.membershipId,
      data: { trajectId: id, trajectName: t.name },
    });
    return this.trajecten.detail(actor, id);
  }

  async mine(actor: Actor): Promise<MyEnrolment[]> {
    const rows = await this.repo.mine(actor.membershipId, actor.organisationId);
    const now = this.clock.now();
    return rows.map((r) => ({
      id: r.enrolment_id,
      status: r.enrolment_status,
      consentFollowUp: r.consent_follow_up,
      traject: {
        id: r.id,
        name: r.name,
        description: r.description,
        startsOn: dateOnly(r.starts_on),
        endsOn: dateOnly(r.ends_on),
        status: trajectStatus(toStatusInput(r), now),
        roomId: r.room_id,
      },
    }));
  }

  /** The person agrees to take part (and says whether facilitators may reach out afterwards). */
  async consent(actor: Actor, enrolmentId: string, dto: ConsentDto): Promise<MyEnrolment> {
    if (!dto.agree)
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        'Je doet alleen mee als je akkoord gaat; je kunt ook niet meedoen.',
      );
    const e = await this.ownEnrolment(actor, enrolmentId);
    const t = await this.trajecten.row(actor.organisationId, e.traject_id);
    if (trajectStatus(toStatusInput(t), this.clock.now()) === 'afgerond')
      throw new AppError(409, 'CONFLICT', 'Dit traject is al afgerond.');
    if (e.status !== 'invited' && e.status !== 'active')
      throw new AppError(409, 'CONFLICT', 'Je doet niet (meer) mee aan dit traject.');
    // Consent is the person's own choice and is recorded; it never undoes a removal from the group by
    // staff (the room membership stays ended until staff restore it).
    const inRoom = await this.ds.transaction(async (em) => {
      await this.repo.consent(em, enrolmentId, this.clock.now(), dto.followUp);
      return this.roomMembers.activate(em, t.room_id, actor.membershipId, actor.organisationId, {
        by: 'self',
      });
    });
    if (inRoom) {
      this.realtime.joinRoom(actor.membershipId, t.room_id, actor.role !== 'participant');
      this.realtime.toRoom(t.room_id, 'room:changed', { roomId: t.room_id });
    }
    await this.audit.record(actor, 'traject.consent', {
      targetType: 'traject',
      targetId: t.id,
      details: { followUp: dto.followUp },
    });
    return (await this.mine(actor)).find((m) => m.id === enrolmentId)!;
  }

  async leave(actor: Actor, enrolmentId: string, note?: string): Promise<void> {
    const e = await this.ownEnrolment(actor, enrolmentId);
    if (e.status === 'left' || e.status === 'completed')
      throw new AppError(409, 'CONFLICT', 'Je doet al niet meer mee aan dit traject.');
    const t = await this.trajecten.row(actor.organisationId, e.traject_id);
    await this.ds.transaction(async (em) => {
      await this.repo.leave(em, enrolmentId, this.clock.now(), note?.trim() || null);
      await this.roomMembers.end(em, t.room_id, actor.membershipId, 'left', actor.membershipId);
    });
    this.realtime.leaveRoom(actor.membershipId, t.room_id);
    this.realtime.toMember(actor.membershipId, 'room:removed', { roomId: t.room_id });
    this.realtime.toRoom(t.room_id, 'room:changed', { roomId: t.room_id });
  }

  private async ownEnrolment(
    actor: Actor,
    enrolmentId: string,
  ): Promise<{ traject_id: string; status: EnrolmentStatus }> {
    if (!isUuid(enrolmentId)) throw notFound('Deze inschrijving bestaat niet.');
    const e = await this.repo.ownEnrolment(enrolmentId, actor.membershipId, actor.organisationId);
    if (!e) throw notFound('Deze inschrijving bestaat niet.');
    return e;
  }
}

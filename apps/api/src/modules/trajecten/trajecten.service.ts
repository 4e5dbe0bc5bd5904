import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrolmentStatus, EnrolmentView, TrajectDetail, TrajectSummary } from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { newId } from '../../common/crypto.js';
import { isUuid } from '../../common/ids.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { AuditService } from '../audit/audit.service.js';
import { memberView as view } from '../organisations/member-view.js';
import { GroupRoomsRepository } from '../rooms/group-rooms.repository.js';
import { RoomMembersRepository } from '../rooms/room-members.repository.js';
import type { CreateTrajectDto, UpdateTrajectDto } from './dto/traject.dto.js';
import { TrajectCompletionService } from './traject-completion.service.js';
import { trajectStatus } from './traject-status.js';
import { dateOnly, toStatusInput } from './traject-view.js';
import { type TrajectRow, TrajectenRepository } from './trajecten.repository.js';
import { MembershipsService } from '../organisations/memberships.service.js';

/** Trajecten themselves: create, list, show, edit and close; and who may see or manage one. */
@Injectable()
export class TrajectenService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: TrajectenRepository,
    private readonly memberships: MembershipsService,
    private readonly clock: Clock,
    private readonly realtime: RealtimeEmitter,
    private readonly audit: AuditService,
    private readonly roomMembers: RoomMembersRepository,
    private readonly completion: TrajectCompletionService,
    private readonly groupRooms: GroupRoomsRepository,
  ) {}

  async create(actor: Actor, dto: CreateTrajectDto): Promise<TrajectDetail> {
    if (dto.endsOn < dto.startsOn)
      throw new AppError(400, 'VALIDATION_FAILED', 'De einddatum ligt vóór de startdatum.');
    const facilitatorIds = [...new Set(dto.facilitatorIds)];
    const valid = await this.memberships.activeAmong(actor.organisationId, facilitatorIds, true);
    if (valid.length !== facilitatorIds.length)
      throw notFound('Een of meer begeleiders bestaan niet in jouw organisatie.');
    const id = newId();
    const roomId = newId();
    await this.ds.transaction(async (em) => {
      await this.groupRooms.insertGroup(em, {
        id: roomId,
        organisationId: actor.organisationId,
        name: dto.name.trim(),
        description: dto.description?.trim() ?? '',
        createdBy: actor.membershipId,
      });
      await this.repo.insert(em, {
        id,
        roomId,
        organisationId: actor.organisationId,
        name: dto.name.trim(),
        description: dto.description?.trim() ?? '',
        startsOn: dto.startsOn,
        endsOn: dto.endsOn,
        createdBy: actor.membershipId,
        sessions: dto.sessions.map((s) => ({ startsAt: s.startsAt, title: s.title?.trim() ?? '' })),
        facilitatorIds,
      });
      for (const f of facilitatorIds)
        await this.roomMembers.activate(em, roomId, f, actor.organisationId, {
          by: 'staff',
          staffId: actor.membershipId,
        });
    });
    for (const f of facilitatorIds) this.realtime.joinRoom(f, roomId, true);
    await this.audit.record(actor, 'traject.create', { targetType: 'traject', targetId: id });
    return this.detail(actor, id);
  }

  async list(actor: Actor): Promise<TrajectSummary[]> {
    const rows = await this.repo.list(actor.organisationId, actor.membershipId, actor.role === 'admin');
    return Promise.all(rows.map((r) => this.summary(actor, r)));
  }

  /** Start times of the organisation's sessions within `hours` of `at`: for staffed hours. */
  sessionStartsAround(organisationId: string, at: Date, hours = 6): Promise<Date[]> {
    return this.repo.sessionStartsAround(organisationId, at, hours);
  }

  async detail(actor: Actor, id: string): Promise<TrajectDetail> {
    const t = await this.visible(actor, id);
    const summary = await this.summary(actor, t);
    const sessions = await this.repo.sessions(id);
    const facilitators = await this.repo.facilitators(id);
    let enrolments: EnrolmentView[] | null = null;
    if (summary.you.admin || summary.you.facilitator) {
      const rows = await this.repo.enrolments(id);
      const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
      enrolments = rows.map((r) => ({
        id: r.id,
        member: view(r.mid, r.display_name, r.avatar_color),
        status: r.status,
        consentFollowUp: r.consent_follow_up,
        invitedAt: new Date(r.invited_at).toISOString(),
        consentAt: iso(r.consent_at),
        leftAt: iso(r.left_at),
        leftNote: r.left_note,
        completedAt: iso(r.completed_at),
      }));
      await this.audit.record(actor, 'traject.view_enrolments', { targetType: 'traject', targetId: id });
    }
    return {
      ...summary,
      sessions: sessions.map((s) => ({
        id: s.id,
        startsAt: new Date(s.starts_at).toISOString(),
        title: s.title,
        cancelled: t.closed_early_at !== null && new Date(s.starts_at) >= new Date(t.closed_early_at),
      })),
      facilitators: facilitators.map((f) => view(f.id, f.display_name, f.avatar_color)),
      enrolments,
    };
  }

  async update(actor: Actor, id: string, dto: UpdateTrajectDto): Promise<TrajectDetail> {
    const t = await this.managed(actor, id);
    if (dto.endsOn && dto.endsOn < dateOnly(t.starts_on))
      throw new AppError(400, 'VALIDATION_FAILED', 'De einddatum ligt vóór de startdatum.');
    // Once completed, its participants are alumni and the after-care counts from the end: it stays put.
    if (
      dto.endsOn &&
      dto.endsOn !== dateOnly(t.ends_on) &&
      trajectStatus(toStatusInput(t), this.clock.now()) === 'afgerond'
    )
      throw new AppError(409, 'CONFLICT', 'Dit traject is afgerond; de einddatum ligt vast.');
    await this.repo.update(id, {
      name: dto.name?.trim() ?? null,
      description: dto.description?.trim() ?? null,
      endsOn: dto.endsOn ?? null,
    });
    if (dto.name) await this.groupRooms.rename(t.room_id, dto.name.trim());
    return this.detail(actor, id);
  }

  /** An admin ends a traject before its end date; completion runs at once. */
  async close(actor: Actor, id: string): Promise<TrajectDetail> {
    if (actor.role !== 'admin') throw forbidden('Alleen een beheerder sluit een traject af.');
    const t = await this.row(actor.organisationId, id);
    if (t.completed_at) throw new AppError(409, 'CONFLICT', 'Dit traject is al afgerond.');
    await this.repo.closeEarly(id, this.clock.now());
    await this.completion.completeDue(actor.organisationId);
    await this.audit.record(actor, 'traject.close', { targetType: 'traject', targetId: id });
    return this.detail(actor, id);
  }

  private async summary(actor: Actor, t: TrajectRow): Promise<TrajectSummary> {
    const counts = await this.repo.enrolmentCounts(t.id);
    const facilitator = await this.repo.isFacilitator(t.id, actor.membershipId);
    const mine = await this.repo.enrolmentOf(t.id, actor.membershipId);
    const byStatus: Record<EnrolmentStatus, number> = { invited: 0, active: 0, left: 0, completed: 0 };
    for (const c of counts) byStatus[c.status] = c.n;
    return {
      id: t.id,
      name: t.name,
      description: t.description,
      startsOn: dateOnly(t.starts_on),
      endsOn: dateOnly(t.ends_on),
      status: trajectStatus(toStatusInput(t), this.clock.now()),
      roomId: t.room_id,
      closedEarly: t.closed_early_at !== null,
      counts: byStatus,
      you: { facilitator, admin: actor.role === 'admin', enrolment: mine },
    };
  }

  /** The organisation's traject, or 404. */
  async row(organisationId: string, id: string): Promise<TrajectRow> {
    if (!isUuid(id)) throw notFound('Dit traject bestaat niet.');
    const t = await this.repo.row(organisationId, id);
    if (!t) throw notFound('Dit traject bestaat niet.');
    return t;
  }

  /** Admins, the traject's facilitators and its (invited) participants may see it; others get 404. */
  private async visible(actor: Actor, id: string): Promise<TrajectRow> {
    const t = await this.row(actor.organisationId, id);
    if (actor.role === 'admin') return t;
    if (!(await this.repo.isInvolved(id, actor.membershipId))) throw notFound('Dit traject bestaat niet.');
    return t;
  }

  /** Admins and the traject's own facilitators manage it. */
  async managed(actor: Actor, id: string): Promise<TrajectRow> {
    const t = await this.visible(actor, id);
    if (actor.role === 'admin') return t;
    if (!(await this.repo.isFacilitator(id, actor.membershipId)))
      throw forbidden('Dit kan alleen een begeleider van dit traject of een beheerder.');
    return t;
  }
}

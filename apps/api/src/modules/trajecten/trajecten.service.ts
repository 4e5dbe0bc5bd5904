import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EnrolmentStatus,
  EnrolmentView,
  MyEnrolment,
  RoomMemberView,
  TrajectDetail,
  TrajectSummary,
} from '@spiegel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { newId } from '../../common/crypto.js';
import { isUuid } from '../../common/ids.js';
import { RealtimeEmitter, socketRooms } from '../../realtime/realtime-emitter.js';
import { AuditService } from '../audit/audit.service.js';
import { InvitationsService } from '../invitations/invitations.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { type RoomMemberActivation, RoomMembersRepository } from '../rooms/room-members.repository.js';
import type {
  ConsentDto,
  CreateTrajectDto,
  TrajectInvitationDto,
  UpdateTrajectDto,
} from './dto/traject.dto.js';
import { insertInvitedEnrolment } from './invite-enrolment.js';
import { effectiveEnd, trajectStatus } from './traject-status.js';

interface TrajectRow {
  id: string;
  name: string;
  description: string;
  starts_on: string;
  ends_on: string;
  room_id: string;
  closed_early_at: Date | null;
  completed_at: Date | null;
}

const ALUMNI_ROOM_NAME = 'Alumni';
const view = (id: string, name: string, color: string): RoomMemberView => ({
  membershipId: id,
  displayName: name,
  avatarColor: color,
});
const dateOnly = (d: string | Date): string =>
  typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);
const toStatusInput = (t: TrajectRow) => ({
  startsOn: dateOnly(t.starts_on),
  endsOn: dateOnly(t.ends_on),
  closedEarlyAt: t.closed_early_at,
  completedAt: t.completed_at,
});

@Injectable()
export class TrajectenService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly realtime: RealtimeEmitter,
    private readonly notifications: NotificationsService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly roomMembers: RoomMembersRepository,
  ) {}

  async create(actor: Actor, dto: CreateTrajectDto): Promise<TrajectDetail> {
    if (dto.endsOn < dto.startsOn)
      throw new AppError(400, 'VALIDATION_FAILED', 'De einddatum ligt vóór de startdatum.');
    const facilitatorIds = [...new Set(dto.facilitatorIds)];
    const valid = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM memberships WHERE id = ANY($1::uuid[]) AND organisation_id = $2 AND status = 'active' AND role IN ('facilitator', 'admin')`,
      [facilitatorIds, actor.organisationId],
    );
    if (valid.length !== facilitatorIds.length)
      throw notFound('Een of meer begeleiders bestaan niet in jouw organisatie.');
    const id = newId();
    const roomId = newId();
    await this.ds.transaction(async (em) => {
      await em.query(
        `INSERT INTO rooms (id, organisation_id, kind, name, description, created_by) VALUES ($1, $2, 'group', $3, $4, $5)`,
        [roomId, actor.organisationId, dto.name.trim(), dto.description?.trim() ?? '', actor.membershipId],
      );
      await em.query(
        `INSERT INTO trajecten (id, organisation_id, name, description, starts_on, ends_on, room_id, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          id,
          actor.organisationId,
          dto.name.trim(),
          dto.description?.trim() ?? '',
          dto.startsOn,
          dto.endsOn,
          roomId,
          actor.membershipId,
        ],
      );
      for (const s of dto.sessions) {
        await em.query(
          `INSERT INTO traject_sessions (id, traject_id, organisation_id, starts_at, title) VALUES ($1, $2, $3, $4, $5)`,
          [newId(), id, actor.organisationId, s.startsAt, s.title?.trim() ?? ''],
        );
      }
      for (const f of facilitatorIds) {
        await em.query(
          `INSERT INTO traject_facilitators (traject_id, membership_id, organisation_id) VALUES ($1, $2, $3)`,
          [id, f, actor.organisationId],
        );
        await this.addToRoom(em, roomId, f, actor.organisationId, {
          by: 'staff',
          staffId: actor.membershipId,
        });
      }
    });
    for (const f of facilitatorIds) this.realtime.joinRoom(f, roomId, true);
    await this.audit.record(actor, 'traject.create', { targetType: 'traject', targetId: id });
    return this.detail(actor, id);
  }

  async list(actor: Actor): Promise<TrajectSummary[]> {
    const rows = await this.ds.query<TrajectRow[]>(
      `SELECT t.* FROM trajecten t
        WHERE t.organisation_id = $1
          AND ($3 OR EXISTS (SELECT 1 FROM traject_facilitators f WHERE f.traject_id = t.id AND f.membership_id = $2)
                  OR EXISTS (SELECT 1 FROM enrolments e WHERE e.traject_id = t.id AND e.membership_id = $2))
        ORDER BY t.starts_on DESC, t.name`,
      [actor.organisationId, actor.membershipId, actor.role === 'admin'],
    );
    return Promise.all(rows.map((r) => this.summary(actor, r)));
  }

  /** Start times of the organisation's sessions within `hours` of `at`: for staffed hours. */
  async sessionStartsAround(organisationId: string, at: Date, hours = 6): Promise<Date[]> {
    const rows = await this.ds.query<{ starts_at: Date }[]>(
      `SELECT s.starts_at FROM traject_sessions s
        WHERE s.organisation_id = $1 AND s.starts_at BETWEEN $2::timestamptz - make_interval(hours => $3)
                                                      AND $2::timestamptz + make_interval(hours => $3)`,
      [organisationId, at, hours],
    );
    return rows.map((r) => new Date(r.starts_at));
  }

  async detail(actor: Actor, id: string): Promise<TrajectDetail> {
    const t = await this.visible(actor, id);
    const summary = await this.summary(actor, t);
    const sessions = await this.ds.query<{ id: string; starts_at: Date; title: string }[]>(
      `SELECT id, starts_at, title FROM traject_sessions WHERE traject_id = $1 ORDER BY starts_at`,
      [id],
    );
    const facilitators = await this.ds.query<{ id: string; display_name: string; avatar_color: string }[]>(
      `SELECT m.id, m.display_name, m.avatar_color FROM traject_facilitators f JOIN memberships m ON m.id = f.membership_id
        WHERE f.traject_id = $1 ORDER BY m.display_name`,
      [id],
    );
    let enrolments: EnrolmentView[] | null = null;
    if (summary.you.admin || summary.you.facilitator) {
      const rows = await this.ds.query<
        {
          id: string;
          mid: string;
          display_name: string;
          avatar_color: string;
          status: EnrolmentStatus;
          consent_follow_up: boolean;
          invited_at: Date;
          consent_at: Date | null;
          left_at: Date | null;
          left_note: string | null;
          completed_at: Date | null;
        }[]
      >(
        `SELECT e.id, m.id AS mid, m.display_name, m.avatar_color, e.status, e.consent_follow_up, e.invited_at, e.consent_at,
                e.left_at, e.left_note, e.completed_at
           FROM enrolments e JOIN memberships m ON m.id = e.membership_id
          WHERE e.traject_id = $1 ORDER BY m.display_name`,
        [id],
      );
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
    await this.ds.query(
      `UPDATE trajecten SET name = COALESCE($2, name), description = COALESCE($3, description), ends_on = COALESCE($4, ends_on) WHERE id = $1`,
      [id, dto.name?.trim() ?? null, dto.description?.trim() ?? null, dto.endsOn ?? null],
    );
    if (dto.name)
      await this.ds.query(`UPDATE rooms SET name = $2 WHERE id = $1`, [t.room_id, dto.name.trim()]);
    return this.detail(actor, id);
  }

  /** An invitation link that registers a new person and offers them this traject (with consent). */
  async invitation(actor: Actor, id: string, dto: TrajectInvitationDto) {
    await this.managed(actor, id);
    return this.invitations.create(
      actor,
      { role: 'participant', expiresInDays: dto.expiresInDays, maxUses: dto.maxUses ?? 20 },
      id,
    );
  }

  /** Invites existing members; they take part once they have read and accepted the consent screen. */
  async enrol(actor: Actor, id: string, membershipIds: string[]): Promise<TrajectDetail> {
    const t = await this.managed(actor, id);
    if (trajectStatus(toStatusInput(t), this.clock.now()) === 'afgerond')
      throw new AppError(409, 'CONFLICT', 'Dit traject is afgerond.');
    const unique = [...new Set(membershipIds)];
    const valid = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM memberships WHERE id = ANY($1::uuid[]) AND organisation_id = $2 AND status = 'active'`,
      [unique, actor.organisationId],
    );
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
    return this.detail(actor, id);
  }

  async mine(actor: Actor): Promise<MyEnrolment[]> {
    const rows = await this.ds.query<
      (TrajectRow & { enrolment_id: string; enrolment_status: EnrolmentStatus; consent_follow_up: boolean })[]
    >(
      `SELECT t.*, e.id AS enrolment_id, e.status AS enrolment_status, e.consent_follow_up
         FROM enrolments e JOIN trajecten t ON t.id = e.traject_id
        WHERE e.membership_id = $1 AND e.organisation_id = $2 ORDER BY t.starts_on DESC`,
      [actor.membershipId, actor.organisationId],
    );
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
    const t = await this.trajectRow(actor.organisationId, e.traject_id);
    if (trajectStatus(toStatusInput(t), this.clock.now()) === 'afgerond')
      throw new AppError(409, 'CONFLICT', 'Dit traject is al afgerond.');
    if (e.status !== 'invited' && e.status !== 'active')
      throw new AppError(409, 'CONFLICT', 'Je doet niet (meer) mee aan dit traject.');
    // Consent is the person's own choice and is recorded; it never undoes a removal from the group by
    // staff (the room membership stays ended until staff restore it).
    const inRoom = await this.ds.transaction(async (em) => {
      await em.query(
        `UPDATE enrolments SET status = 'active', consent_at = COALESCE(consent_at, $2), consent_follow_up = $3 WHERE id = $1`,
        [enrolmentId, this.clock.now(), dto.followUp],
      );
      return this.addToRoom(em, t.room_id, actor.membershipId, actor.organisationId, { by: 'self' });
    });
    if (inRoom) {
      this.realtime.joinRoom(actor.membershipId, t.room_id, actor.role !== 'participant');
      this.realtime.toRooms([socketRooms.room(t.room_id)], 'room:changed', { roomId: t.room_id });
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
    const t = await this.trajectRow(actor.organisationId, e.traject_id);
    await this.ds.transaction(async (em) => {
      await em.query(`UPDATE enrolments SET status = 'left', left_at = $2, left_note = $3 WHERE id = $1`, [
        enrolmentId,
        this.clock.now(),
        note?.trim() || null,
      ]);
      await this.roomMembers.end(em, t.room_id, actor.membershipId, 'left', actor.membershipId);
    });
    this.realtime.leaveRoom(actor.membershipId, t.room_id);
    this.realtime.toMember(actor.membershipId, 'room:removed', { roomId: t.room_id });
    this.realtime.toRooms([socketRooms.room(t.room_id)], 'room:changed', { roomId: t.room_id });
  }

  /** An admin ends a traject before its end date; completion runs at once. */
  async close(actor: Actor, id: string): Promise<TrajectDetail> {
    if (actor.role !== 'admin') throw forbidden('Alleen een beheerder sluit een traject af.');
    const t = await this.trajectRow(actor.organisationId, id);
    if (t.completed_at) throw new AppError(409, 'CONFLICT', 'Dit traject is al afgerond.');
    await this.ds.query(`UPDATE trajecten SET closed_early_at = $2 WHERE id = $1 AND completed_at IS NULL`, [
      id,
      this.clock.now(),
    ]);
    await this.completeDue(actor.organisationId);
    await this.audit.record(actor, 'traject.close', { targetType: 'traject', targetId: id });
    return this.detail(actor, id);
  }

  /**
   * Completes every traject whose end has passed: active participants become alumni, the group room
   * stays open, and they (with the traject's facilitators) join the organisation's alumni room.
   * With `organisationId`, only that organisation's: what an admin starts never touches another's.
   */
  async completeDue(organisationId?: string): Promise<number> {
    const now = this.clock.now();
    const due = await this.ds.query<TrajectRow & { organisation_id: string }[]>(
      `SELECT * FROM trajecten WHERE completed_at IS NULL AND (closed_early_at IS NOT NULL OR ends_on < ($1::timestamptz AT TIME ZONE 'UTC')::date)
          AND ($2::uuid IS NULL OR organisation_id = $2)`,
      [now, organisationId ?? null],
    );
    for (const t of due as unknown as (TrajectRow & { organisation_id: string })[]) {
      const end = effectiveEnd({ endsOn: dateOnly(t.ends_on), closedEarlyAt: t.closed_early_at });
      const joined: { id: string; role: string }[] = [];
      let alumniRoomId = '';
      await this.ds.transaction(async (em) => {
        const locked = await em.query<{ id: string }[]>(
          `SELECT id FROM trajecten WHERE id = $1 AND completed_at IS NULL FOR UPDATE`,
          [t.id],
        );
        if (!locked.length) return;
        const alumni = await em.query<{ membership_id: string }[]>(
          // TypeORM answers a bare UPDATE … RETURNING with [rows, count]; a CTE makes it a plain SELECT.
          `WITH u AS (UPDATE enrolments SET status = 'completed', completed_at = $2 WHERE traject_id = $1 AND status = 'active' RETURNING membership_id)
           SELECT membership_id FROM u`,
          [t.id, end],
        );
        alumniRoomId = await this.alumniRoom(em, t.organisation_id);
        const facilitators = await em.query<{ membership_id: string }[]>(
          `SELECT membership_id FROM traject_facilitators WHERE traject_id = $1`,
          [t.id],
        );
        const people = [...alumni.map((a) => a.membership_id), ...facilitators.map((f) => f.membership_id)];
        const inRoom: string[] = [];
        for (const m of people)
          if (await this.addToRoom(em, alumniRoomId, m, t.organisation_id, { by: 'system' })) inRoom.push(m);
        const roles = await em.query<{ id: string; role: string }[]>(
          `SELECT id, role FROM memberships WHERE id = ANY($1::uuid[])`,
          [inRoom],
        );
        joined.push(...roles);
        await em.query(`UPDATE trajecten SET completed_at = $2 WHERE id = $1`, [t.id, now]);
      });
      for (const m of joined) this.realtime.joinRoom(m.id, alumniRoomId, m.role !== 'participant');
      await this.notifications.notify({
        organisationId: t.organisation_id,
        recipients: joined.map((m) => m.id),
        kind: 'traject_completed',
        roomId: alumniRoomId,
        data: { trajectId: t.id, trajectName: t.name },
      });
    }
    return due.length;
  }

  /** The organisation's alumni room, created the first time someone completes a traject. */
  private async alumniRoom(em: EntityManager, organisationId: string): Promise<string> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`alumni:${organisationId}`]);
    const [existing] = await em.query<{ id: string }[]>(
      `SELECT id FROM rooms WHERE organisation_id = $1 AND kind = 'alumni' ORDER BY created_at LIMIT 1`,
      [organisationId],
    );
    if (existing) return existing.id;
    const id = newId();
    await em.query(
      `INSERT INTO rooms (id, organisation_id, kind, name, description) VALUES ($1, $2, 'alumni', $3, $4)`,
      [
        id,
        organisationId,
        ALUMNI_ROOM_NAME,
        'Voor iedereen die een traject heeft afgerond: blijf in contact, ook na de laatste bijeenkomst.',
      ],
    );
    return id;
  }

  /** Whether the person is an active member afterwards: a removal by staff stays unless `how` is staff. */
  private addToRoom(
    em: EntityManager,
    roomId: string,
    membershipId: string,
    organisationId: string,
    how: RoomMemberActivation,
  ): Promise<boolean> {
    return this.roomMembers.activate(em, roomId, membershipId, organisationId, how);
  }

  private async summary(actor: Actor, t: TrajectRow): Promise<TrajectSummary> {
    const counts = await this.ds.query<{ status: EnrolmentStatus; n: number }[]>(
      `SELECT status, count(*)::int AS n FROM enrolments WHERE traject_id = $1 GROUP BY status`,
      [t.id],
    );
    const [fac] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM traject_facilitators WHERE traject_id = $1 AND membership_id = $2`,
      [t.id, actor.membershipId],
    );
    const [mine] = await this.ds.query<{ id: string; status: EnrolmentStatus }[]>(
      `SELECT id, status FROM enrolments WHERE traject_id = $1 AND membership_id = $2`,
      [t.id, actor.membershipId],
    );
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
      you: { facilitator: (fac?.n ?? 0) > 0, admin: actor.role === 'admin', enrolment: mine ?? null },
    };
  }

  private async trajectRow(organisationId: string, id: string): Promise<TrajectRow> {
    if (!isUuid(id)) throw notFound('Dit traject bestaat niet.');
    const [t] = await this.ds.query<TrajectRow[]>(
      `SELECT * FROM trajecten WHERE id = $1 AND organisation_id = $2`,
      [id, organisationId],
    );
    if (!t) throw notFound('Dit traject bestaat niet.');
    return t;
  }

  /** Admins, the traject's facilitators and its (invited) participants may see it; others get 404. */
  private async visible(actor: Actor, id: string): Promise<TrajectRow> {
    const t = await this.trajectRow(actor.organisationId, id);
    if (actor.role === 'admin') return t;
    const [rel] = await this.ds.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM traject_facilitators WHERE traject_id = $1 AND membership_id = $2)
            + (SELECT count(*) FROM enrolments WHERE traject_id = $1 AND membership_id = $2) AS n`,
      [id, actor.membershipId],
    );
    if (!rel || Number(rel.n) === 0) throw notFound('Dit traject bestaat niet.');
    return t;
  }

  /** Admins and the traject's own facilitators manage it. */
  async managed(actor: Actor, id: string): Promise<TrajectRow> {
    const t = await this.visible(actor, id);
    if (actor.role === 'admin') return t;
    const [fac] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM traject_facilitators WHERE traject_id = $1 AND membership_id = $2`,
      [id, actor.membershipId],
    );
    if (!fac?.n) throw forbidden('Dit kan alleen een begeleider van dit traject of een beheerder.');
    return t;
  }

  private async ownEnrolment(
    actor: Actor,
    enrolmentId: string,
  ): Promise<{ traject_id: string; status: EnrolmentStatus }> {
    if (!isUuid(enrolmentId)) throw notFound('Deze inschrijving bestaat niet.');
    const [e] = await this.ds.query<{ traject_id: string; status: EnrolmentStatus }[]>(
      `SELECT traject_id, status FROM enrolments WHERE id = $1 AND membership_id = $2 AND organisation_id = $3`,
      [enrolmentId, actor.membershipId, actor.organisationId],
    );
    if (!e) throw notFound('Deze inschrijving bestaat niet.');
    return e;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  DirectRequest,
  DirectStart,
  DiscoverableRoom,
  RoomDetail,
  RoomKind,
  RoomMemberView,
  RoomSummary,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { newId } from '../../common/crypto.js';
import { RealtimeEmitter, socketRooms } from '../../realtime/realtime-emitter.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { AddMembersDto, CreateRoomDto, UpdateRoomDto } from './dto/room.dto.js';
import { type RoomAccess, RoomAccessService } from './room-access.service.js';
import { RoomMember } from './room-member.entity.js';
import { type RoomMemberActivation, RoomMembersRepository } from './room-members.repository.js';
import { Room } from './room.entity.js';

interface SummaryRow {
  id: string;
  kind: RoomKind;
  name: string;
  description: string;
  last_seq: string;
  last_read_seq: string;
  unread: number;
  last_activity_at: Date | null;
  other_id: string | null;
  other_name: string | null;
  other_color: string | null;
}

const memberView = (id: string, name: string, color: string): RoomMemberView => ({
  membershipId: id,
  displayName: name,
  avatarColor: color,
});

@Injectable()
export class RoomsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: RoomAccessService,
    private readonly realtime: RealtimeEmitter,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly roomMembers: RoomMembersRepository,
  ) {}

  /** The caller's rooms (or just `onlyRoomId`), most recently active first, with unread counts. */
  async list(actor: Actor, onlyRoomId?: string): Promise<RoomSummary[]> {
    const rows = await this.ds.query<SummaryRow[]>(
      `SELECT r.id, r.kind, r.name, r.description, r.last_seq, rm.last_read_seq,
              (SELECT count(*) FROM contributions c
                WHERE c.room_id = r.id AND c.seq > rm.last_read_seq
                  AND c.author_membership_id <> $1 AND c.deleted_at IS NULL)::int AS unread,
              (SELECT c.created_at FROM contributions c WHERE c.room_id = r.id ORDER BY c.seq DESC LIMIT 1) AS last_activity_at,
              o.id AS other_id, o.display_name AS other_name, o.avatar_color AS other_color
         FROM room_members rm
         JOIN rooms r ON r.id = rm.room_id
         LEFT JOIN LATERAL (
           SELECT m.id, m.display_name, m.avatar_color FROM room_members rm2 JOIN memberships m ON m.id = rm2.membership_id
            WHERE r.kind = 'direct' AND rm2.room_id = r.id AND rm2.membership_id <> $1 LIMIT 1
         ) o ON true
        WHERE rm.membership_id = $1 AND rm.status = 'active' AND r.organisation_id = $2
          AND ($3::uuid IS NULL OR r.id = $3)
        ORDER BY last_activity_at DESC NULLS LAST, r.name`,
      [actor.membershipId, actor.organisationId, onlyRoomId ?? null],
    );
    return rows.map((r) => this.toSummary(r));
  }

  async get(actor: Actor, roomId: string): Promise<RoomDetail> {
    return this.detail(actor, roomId, await this.access.member(actor, roomId));
  }

  /**
   * The room as `acc` allows the caller to see it. An admin who manages a group room without being in it
   * sees its members and agreements (to manage them), never its contributions.
   */
  private async detail(actor: Actor, roomId: string, acc: RoomAccess): Promise<RoomDetail> {
    const room = await this.ds
      .getRepository(Room)
      .findOneByOrFail({ id: roomId, organisationId: actor.organisationId });
    // Only this room's summary: the unread counts of all the caller's rooms cost a count each.
    const summary = (await this.list(actor, roomId)).find((r) => r.id === roomId) ?? {
      id: room.id,
      kind: room.kind,
      name: room.name,
      description: room.description,
      lastSeq: Number(room.lastSeq),
      lastReadSeq: 0,
      unread: 0,
      lastActivityAt: null,
      other: null,
    };
    const members = await this.members(roomId);
    const updatedBy = room.agreementsUpdatedBy
      ? (members.find((m) => m.membershipId === room.agreementsUpdatedBy) ?? null)
      : null;
    return {
      ...summary,
      agreements: room.agreements,
      agreementsUpdatedAt: room.agreementsUpdatedAt?.toISOString() ?? null,
      agreementsUpdatedBy: updatedBy,
      members,
      you: {
        membershipId: actor.membershipId,
        isHost: acc.isHost,
        canManage: acc.kind !== 'direct' && (acc.isHost || actor.role === 'admin'),
      },
      archived: acc.archived,
    };
  }

  /** Everyone shown the same way: pseudonym and colour, no roles. */
  async members(roomId: string): Promise<RoomMemberView[]> {
    const rows = await this.ds.query<{ id: string; display_name: string; avatar_color: string }[]>(
      `SELECT m.id, m.display_name, m.avatar_color FROM room_members rm JOIN memberships m ON m.id = rm.membership_id
        WHERE rm.room_id = $1 AND rm.status = 'active' AND m.status = 'active' ORDER BY m.display_name`,
      [roomId],
    );
    return rows.map((r) => memberView(r.id, r.display_name, r.avatar_color));
  }

  async create(actor: Actor, dto: CreateRoomDto): Promise<RoomDetail> {
    if (actor.role === 'participant')
      throw new AppError(403, 'FORBIDDEN', 'Alleen begeleiders en beheerders maken ruimtes aan.');
    if (dto.kind === 'alumni' && actor.role !== 'admin')
      throw new AppError(403, 'FORBIDDEN', 'Alleen een beheerder maakt een alumniruimte aan.');
    const roomId = newId();
    const added = await this.ds.transaction(async (em) => {
      await em.getRepository(Room).insert({
        id: roomId,
        organisationId: actor.organisationId,
        kind: dto.kind,
        name: dto.name.trim(),
        description: dto.description?.trim() ?? '',
        createdBy: actor.membershipId,
      });
      return this.addMembersIn(em, actor, roomId, [actor.membershipId, ...(dto.memberIds ?? [])], {
        by: 'staff',
        staffId: actor.membershipId,
      });
    });
    await this.afterMembersAdded(actor, roomId, added);
    await this.audit.record(actor, 'room.create', {
      targetType: 'room',
      targetId: roomId,
      details: { kind: dto.kind },
    });
    return this.get(actor, roomId);
  }

  async update(actor: Actor, roomId: string, dto: UpdateRoomDto): Promise<RoomDetail> {
    const acc = await this.ds.transaction(async (em) => {
      const acc = await this.access.manager(actor, roomId, em);
      const patch: Partial<Room> = {};
      if (dto.name !== undefined) patch.name = dto.name.trim();
      if (dto.description !== undefined) patch.description = dto.description.trim();
      if (Object.keys(patch).length)
        await em.getRepository(Room).update({ id: roomId, organisationId: actor.organisationId }, patch);
      return acc;
    });
    this.realtime.toRooms([socketRooms.room(roomId)], 'room:changed', { roomId });
    return this.detail(actor, roomId, acc);
  }

  /** Groepsafspraken belong to the whole group: every member may edit, and everyone sees who did. */
  async setAgreements(actor: Actor, roomId: string, text: string): Promise<RoomDetail> {
    await this.ds.transaction(async (em) => {
      const acc = await this.access.member(actor, roomId, em);
      if (acc.kind === 'direct')
        throw new AppError(409, 'CONFLICT', 'Een gesprek met twee heeft geen groepsafspraken.');
      await em.getRepository(Room).update(
        { id: roomId, organisationId: actor.organisationId },
        {
          agreements: text.trim(),
          agreementsUpdatedAt: new Date(),
          agreementsUpdatedBy: actor.membershipId,
        },
      );
    });
    await this.audit.record(actor, 'room.agreements_update', { targetType: 'room', targetId: roomId });
    this.realtime.toRooms([socketRooms.room(roomId)], 'room:changed', { roomId });
    return this.get(actor, roomId);
  }

  /** Staff add people (and may restore someone staff removed): checked and written in one transaction. */
  async addMembers(actor: Actor, roomId: string, dto: AddMembersDto): Promise<RoomDetail> {
    const { acc, added } = await this.ds.transaction(async (em) => {
      const acc = await this.access.manager(actor, roomId, em);
      const added = await this.addMembersIn(em, actor, roomId, dto.memberIds, {
        by: 'staff',
        staffId: actor.membershipId,
      });
      return { acc, added };
    });
    await this.afterMembersAdded(actor, roomId, added);
    return this.detail(actor, roomId, acc);
  }

  /**
   * Takes someone out of a room, recorded as a staff decision: only staff restore it. Their open
   * sockets on every instance stop receiving the room at once.
   */
  async removeMember(actor: Actor, roomId: string, membershipId: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      await this.access.manager(actor, roomId, em);
      if (!(await this.roomMembers.end(em, roomId, membershipId, 'removed', actor.membershipId)))
        throw notFound('Dit lid zit niet in deze ruimte.');
    });
    this.realtime.leaveRoom(membershipId, roomId);
    this.realtime.toMember(membershipId, 'room:removed', { roomId });
    this.realtime.toRooms([socketRooms.room(roomId)], 'room:changed', { roomId });
    await this.audit.record(actor, 'room.member_remove', {
      targetType: 'room',
      targetId: roomId,
      subjectMembershipId: membershipId,
    });
  }

  async leave(actor: Actor, roomId: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      await this.access.member(actor, roomId, em);
      await this.roomMembers.end(em, roomId, actor.membershipId, 'left', actor.membershipId);
    });
    this.realtime.leaveRoom(actor.membershipId, roomId);
    this.realtime.toMember(actor.membershipId, 'room:removed', { roomId });
    this.realtime.toRooms([socketRooms.room(roomId)], 'room:changed', { roomId });
  }

  /** Open community rooms of the organisation that the caller can join (not those staff took them out of). */
  async discover(actor: Actor): Promise<DiscoverableRoom[]> {
    return this.ds.query(
      `SELECT r.id, r.name, r.description,
              (SELECT count(*) FROM room_members x WHERE x.room_id = r.id AND x.status = 'active')::int AS "memberCount"
         FROM rooms r
        WHERE r.organisation_id = $1 AND r.kind = 'community' AND r.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = r.id AND rm.membership_id = $2
                             AND rm.status IN ('active', 'removed'))
        ORDER BY r.name`,
      [actor.organisationId, actor.membershipId],
    );
  }

  async join(actor: Actor, roomId: string): Promise<RoomDetail> {
    const room = await this.ds
      .getRepository(Room)
      .findOneBy({ id: roomId, organisationId: actor.organisationId, kind: 'community' });
    if (!room) throw notFound('Deze ruimte bestaat niet of is niet open.');
    // Joining an open room is self-service: it never undoes a removal by staff.
    const added = await this.ds.transaction((em) =>
      this.addMembersIn(em, actor, roomId, [actor.membershipId], { by: 'self' }),
    );
    if (!added.length && !(await this.access.member(actor, roomId).catch(() => null)))
      throw forbidden(
        'Een begeleider heeft je uit deze ruimte gehaald. Wil je terug? Vraag het een begeleider of beheerder.',
      );
    await this.afterMembersAdded(actor, roomId, added, false);
    return this.get(actor, roomId);
  }

  /** Starts (or reopens) a 1:1 conversation; it opens only when the other person accepts. */
  async startDirect(actor: Actor, otherId: string): Promise<DirectStart> {
    if (otherId === actor.membershipId)
      throw new AppError(400, 'VALIDATION_FAILED', 'Je kunt geen gesprek met jezelf beginnen.');
    const other = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM memberships WHERE id = $1 AND organisation_id = $2 AND status = 'active'`,
      [otherId, actor.organisationId],
    );
    if (!other[0]) throw notFound('Dit lid bestaat niet in jouw organisatie.');
    const existing = await this.ds.query<{ room_id: string; status: string }[]>(
      `SELECT r.id AS room_id, theirs.status FROM rooms r
         JOIN room_members mine ON mine.room_id = r.id AND mine.membership_id = $1
         JOIN room_members theirs ON theirs.room_id = r.id AND theirs.membership_id = $2
        WHERE r.kind = 'direct' AND r.organisation_id = $3 AND theirs.status IN ('active', 'invited')
        LIMIT 1`,
      [actor.membershipId, otherId, actor.organisationId],
    );
    if (existing[0])
      return { roomId: existing[0].room_id, status: existing[0].status === 'active' ? 'active' : 'invited' };
    const roomId = newId();
    await this.ds.transaction(async (em) => {
      await em.getRepository(Room).insert({
        id: roomId,
        organisationId: actor.organisationId,
        kind: 'direct',
        name: '',
        createdBy: actor.membershipId,
      });
      await em.getRepository(RoomMember).insert([
        { roomId, membershipId: actor.membershipId, organisationId: actor.organisationId, status: 'active' },
        { roomId, membershipId: otherId, organisationId: actor.organisationId, status: 'invited' },
      ]);
    });
    this.realtime.joinRoom(actor.membershipId, roomId, false);
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: [otherId],
      kind: 'direct_request',
      roomId,
      actorMembershipId: actor.membershipId,
    });
    return { roomId, status: 'invited' };
  }

  /**
   * A 1:1 conversation that is open for both at once: used where the other person already agreed,
   * e.g. an accepted mentorship or an alumnus who consented to follow-up. Reuses an existing one.
   */
  async openDirectBetween(organisationId: string, aId: string, bId: string): Promise<string> {
    const existing = await this.ds.query<{ id: string }[]>(
      `SELECT r.id FROM rooms r
         JOIN room_members x ON x.room_id = r.id AND x.membership_id = $1
         JOIN room_members y ON y.room_id = r.id AND y.membership_id = $2
        WHERE r.kind = 'direct' AND r.organisation_id = $3
        ORDER BY r.created_at DESC LIMIT 1`,
      [aId, bId, organisationId],
    );
    let roomId = existing[0]?.id;
    if (roomId) {
      const id = roomId;
      // Both agreed to this contact (an accepted mentorship, consent to follow-up): a system path, so it
      // reopens what either of them left, never what staff ended.
      await this.ds.transaction(async (em) => {
        for (const m of [aId, bId])
          await this.roomMembers.activate(em, id, m, organisationId, { by: 'system' });
      });
    } else {
      roomId = newId();
      const id = roomId;
      await this.ds.transaction(async (em) => {
        await em.getRepository(Room).insert({ id, organisationId, kind: 'direct', name: '', createdBy: aId });
        await em.getRepository(RoomMember).insert([
          { roomId: id, membershipId: aId, organisationId, status: 'active' },
          { roomId: id, membershipId: bId, organisationId, status: 'active' },
        ]);
      });
    }
    this.realtime.joinRoom(aId, roomId, false);
    this.realtime.joinRoom(bId, roomId, false);
    return roomId;
  }

  async directRequests(actor: Actor): Promise<DirectRequest[]> {
    const rows = await this.ds.query<
      { room_id: string; id: string; display_name: string; avatar_color: string; created_at: Date }[]
    >(
      `SELECT r.id AS room_id, m.id, m.display_name, m.avatar_color, r.created_at
         FROM room_members me JOIN rooms r ON r.id = me.room_id
         JOIN room_members them ON them.room_id = r.id AND them.membership_id <> me.membership_id
         JOIN memberships m ON m.id = them.membership_id
        WHERE me.membership_id = $1 AND me.status = 'invited' AND r.kind = 'direct' AND r.organisation_id = $2
        ORDER BY r.created_at DESC`,
      [actor.membershipId, actor.organisationId],
    );
    return rows.map((r) => ({
      roomId: r.room_id,
      from: memberView(r.id, r.display_name, r.avatar_color),
      createdAt: new Date(r.created_at).toISOString(),
    }));
  }

  async answerDirect(actor: Actor, roomId: string, accept: boolean): Promise<void> {
    const answered = await this.ds.transaction((em) =>
      accept
        ? this.roomMembers.acceptInvitation(em, roomId, actor.membershipId, actor.organisationId)
        : this.roomMembers.end(em, roomId, actor.membershipId, 'declined', actor.membershipId, ['invited']),
    );
    if (!answered) throw notFound('Dit verzoek bestaat niet (meer).');
    if (!accept) return;
    this.realtime.joinRoom(actor.membershipId, roomId, false);
    const others = (await this.members(roomId))
      .filter((m) => m.membershipId !== actor.membershipId)
      .map((m) => m.membershipId);
    await this.notifications.notify({
      organisationId: actor.organisationId,
      recipients: others,
      kind: 'direct_accepted',
      roomId,
      actorMembershipId: actor.membershipId,
    });
    this.realtime.toRooms([socketRooms.room(roomId)], 'room:changed', { roomId });
  }

  /** Org members anyone may see: pseudonym and colour, for adding to rooms or starting a 1:1. */
  async directory(actor: Actor): Promise<RoomMemberView[]> {
    const rows = await this.ds.query<{ id: string; display_name: string; avatar_color: string }[]>(
      `SELECT id, display_name, avatar_color FROM memberships WHERE organisation_id = $1 AND status = 'active' ORDER BY display_name`,
      [actor.organisationId],
    );
    return rows.map((r) => memberView(r.id, r.display_name, r.avatar_color));
  }

  private async addMembersIn(
    em: EntityManager,
    actor: Actor,
    roomId: string,
    ids: string[],
    how: RoomMemberActivation,
  ): Promise<{ id: string; role: string }[]> {
    const unique = [...new Set(ids)];
    const valid = await em.query<{ id: string; role: string }[]>(
      `SELECT id, role FROM memberships WHERE id = ANY($1::uuid[]) AND organisation_id = $2 AND status = 'active'`,
      [unique, actor.organisationId],
    );
    if (valid.length !== unique.length) throw notFound('Een of meer leden bestaan niet in jouw organisatie.');
    const already = await em.query<{ membership_id: string }[]>(
      `SELECT membership_id FROM room_members WHERE room_id = $1 AND status = 'active' AND membership_id = ANY($2::uuid[])`,
      [roomId, unique],
    );
    const skip = new Set(already.map((a) => a.membership_id));
    const added: { id: string; role: string }[] = [];
    for (const m of valid.filter((v) => !skip.has(v.id))) {
      if (await this.roomMembers.activate(em, roomId, m.id, actor.organisationId, how)) added.push(m);
    }
    return added;
  }

  private async afterMembersAdded(
    actor: Actor,
    roomId: string,
    added: { id: string; role: string }[],
    notify = true,
  ): Promise<void> {
    const kind = (await this.ds.getRepository(Room).findOneByOrFail({ id: roomId })).kind;
    for (const m of added)
      this.realtime.joinRoom(
        m.id,
        roomId,
        kind !== 'direct' && (m.role === 'facilitator' || m.role === 'admin'),
      );
    if (notify) {
      await this.notifications.notify({
        organisationId: actor.organisationId,
        recipients: added.map((m) => m.id),
        kind: 'room_added',
        roomId,
        actorMembershipId: actor.membershipId,
      });
    }
    if (added.length) this.realtime.toRooms([socketRooms.room(roomId)], 'room:changed', { roomId });
  }

  private toSummary(r: SummaryRow): RoomSummary {
    const other = r.other_id ? memberView(r.other_id, r.other_name ?? '', r.other_color ?? '') : null;
    return {
      id: r.id,
      kind: r.kind,
      name: r.kind === 'direct' && other ? other.displayName : r.name,
      description: r.description,
      lastSeq: Number(r.last_seq),
      lastReadSeq: Number(r.last_read_seq),
      unread: r.unread,
      lastActivityAt: r.last_activity_at ? new Date(r.last_activity_at).toISOString() : null,
      other,
    };
  }
}

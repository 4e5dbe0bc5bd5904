import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  DirectRequest,
  DirectStart,
  DiscoverableRoom,
  RoomDetail,
  RoomMemberView,
  RoomSummary,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { newId } from '../../common/crypto.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { AddMembersDto, CreateRoomDto, UpdateRoomDto } from './dto/room.dto.js';
import { type RoomAccess, RoomAccessService } from './room-access.service.js';
import { type RoomMemberActivation, RoomMembersRepository } from './room-members.repository.js';
import type { Room } from './room.entity.js';
import { RoomsRepository, type SummaryRow } from './rooms.repository.js';
import { MembershipsService } from '../organisations/memberships.service.js';

const memberView = (id: string, name: string, color: string): RoomMemberView => ({
  membershipId: id,
  displayName: name,
  avatarColor: color,
});

@Injectable()
export class RoomsService {
  constructor(
    private readonly repo: RoomsRepository,
    private readonly memberships: MembershipsService,
    private readonly access: RoomAccessService,
    private readonly realtime: RealtimeEmitter,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly roomMembers: RoomMembersRepository,
  ) {}

  /** The caller's rooms (or just `onlyRoomId`), most recently active first, with unread counts. */
  async list(actor: Actor, onlyRoomId?: string): Promise<RoomSummary[]> {
    const rows = await this.repo.summaries(actor.membershipId, actor.organisationId, onlyRoomId);
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
    const room = await this.repo.roomOrFail(roomId, actor.organisationId);
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
    const rows = await this.repo.activeMembers(roomId);
    return rows.map((r) => memberView(r.id, r.display_name, r.avatar_color));
  }

  async create(actor: Actor, dto: CreateRoomDto): Promise<RoomDetail> {
    if (actor.role === 'participant')
      throw new AppError(403, 'FORBIDDEN', 'Alleen begeleiders en beheerders maken ruimtes aan.');
    if (dto.kind === 'alumni' && actor.role !== 'admin')
      throw new AppError(403, 'FORBIDDEN', 'Alleen een beheerder maakt een alumniruimte aan.');
    const roomId = newId();
    const added = await this.repo.transaction(async (em) => {
      await this.repo.insertRoom(em, {
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
    const acc = await this.repo.transaction(async (em) => {
      const acc = await this.access.manager(actor, roomId, em);
      const patch: Partial<Room> = {};
      if (dto.name !== undefined) patch.name = dto.name.trim();
      if (dto.description !== undefined) patch.description = dto.description.trim();
      if (Object.keys(patch).length) await this.repo.updateRoom(em, actor.organisationId, roomId, patch);
      return acc;
    });
    this.realtime.toRoom(roomId, 'room:changed', { roomId });
    return this.detail(actor, roomId, acc);
  }

  /** Groepsafspraken belong to the whole group: every member may edit, and everyone sees who did. */
  async setAgreements(actor: Actor, roomId: string, text: string): Promise<RoomDetail> {
    await this.repo.transaction(async (em) => {
      const acc = await this.access.member(actor, roomId, em);
      if (acc.kind === 'direct')
        throw new AppError(409, 'CONFLICT', 'Een gesprek met twee heeft geen groepsafspraken.');
      await this.repo.updateRoom(em, actor.organisationId, roomId, {
        agreements: text.trim(),
        agreementsUpdatedAt: new Date(),
        agreementsUpdatedBy: actor.membershipId,
      });
    });
    await this.audit.record(actor, 'room.agreements_update', { targetType: 'room', targetId: roomId });
    this.realtime.toRoom(roomId, 'room:changed', { roomId });
    return this.get(actor, roomId);
  }

  /** Staff add people (and may restore someone staff removed): checked and written in one transaction. */
  async addMembers(actor: Actor, roomId: string, dto: AddMembersDto): Promise<RoomDetail> {
    const { acc, added } = await this.repo.transaction(async (em) => {
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
    await this.repo.transaction(async (em) => {
      await this.access.manager(actor, roomId, em);
      if (!(await this.roomMembers.end(em, roomId, membershipId, 'removed', actor.membershipId)))
        throw notFound('Dit lid zit niet in deze ruimte.');
    });
    this.realtime.leaveRoom(membershipId, roomId);
    this.realtime.toMember(membershipId, 'room:removed', { roomId });
    this.realtime.toRoom(roomId, 'room:changed', { roomId });
    await this.audit.record(actor, 'room.member_remove', {
      targetType: 'room',
      targetId: roomId,
      subjectMembershipId: membershipId,
    });
  }

  async leave(actor: Actor, roomId: string): Promise<void> {
    await this.repo.transaction(async (em) => {
      await this.access.member(actor, roomId, em);
      await this.roomMembers.end(em, roomId, actor.membershipId, 'left', actor.membershipId);
    });
    this.realtime.leaveRoom(actor.membershipId, roomId);
    this.realtime.toMember(actor.membershipId, 'room:removed', { roomId });
    this.realtime.toRoom(roomId, 'room:changed', { roomId });
  }

  /** Open community rooms of the organisation that the caller can join (not those staff took them out of). */
  async discover(actor: Actor): Promise<DiscoverableRoom[]> {
    return this.repo.discoverable(actor.organisationId, actor.membershipId);
  }

  async join(actor: Actor, roomId: string): Promise<RoomDetail> {
    const room = await this.repo.findCommunity(actor.organisationId, roomId);
    if (!room) throw notFound('Deze ruimte bestaat niet of is niet open.');
    // Joining an open room is self-service: it never undoes a removal by staff.
    const added = await this.repo.transaction((em) =>
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
    if (!(await this.memberships.isActive(actor.organisationId, otherId)))
      throw notFound('Dit lid bestaat niet in jouw organisatie.');
    const existing = await this.repo.openDirectRequest(actor.organisationId, actor.membershipId, otherId);
    if (existing)
      return { roomId: existing.room_id, status: existing.status === 'active' ? 'active' : 'invited' };
    const roomId = newId();
    await this.repo.transaction(async (em) => {
      await this.repo.insertRoom(em, {
        id: roomId,
        organisationId: actor.organisationId,
        kind: 'direct',
        name: '',
        createdBy: actor.membershipId,
      });
      await this.repo.insertMembers(em, [
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
    let roomId = await this.repo.latestDirectBetween(organisationId, aId, bId);
    if (roomId) {
      const id = roomId;
      // Both agreed to this contact (an accepted mentorship, consent to follow-up): a system path, so it
      // reopens what either of them left, never what staff ended.
      await this.repo.transaction(async (em) => {
        for (const m of [aId, bId])
          await this.roomMembers.activate(em, id, m, organisationId, { by: 'system' });
      });
    } else {
      roomId = newId();
      const id = roomId;
      await this.repo.transaction(async (em) => {
        await this.repo.insertRoom(em, { id, organisationId, kind: 'direct', name: '', createdBy: aId });
        await this.repo.insertMembers(em, [
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
    const rows = await this.repo.directRequests(actor.membershipId, actor.organisationId);
    return rows.map((r) => ({
      roomId: r.room_id,
      from: memberView(r.id, r.display_name, r.avatar_color),
      createdAt: new Date(r.created_at).toISOString(),
    }));
  }

  async answerDirect(actor: Actor, roomId: string, accept: boolean): Promise<void> {
    const answered = await this.repo.transaction((em) =>
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
    this.realtime.toRoom(roomId, 'room:changed', { roomId });
  }

  /** Org members anyone may see: pseudonym and colour, for adding to rooms or starting a 1:1. */
  async directory(actor: Actor): Promise<RoomMemberView[]> {
    const rows = await this.memberships.directory(actor.organisationId);
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
    const valid = await this.memberships.activeAmong(actor.organisationId, unique, false, em);
    if (valid.length !== unique.length) throw notFound('Een of meer leden bestaan niet in jouw organisatie.');
    const skip = new Set(await this.repo.alreadyIn(em, roomId, unique));
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
    const kind = (await this.repo.roomOrFail(roomId)).kind;
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
    if (added.length) this.realtime.toRoom(roomId, 'room:changed', { roomId });
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

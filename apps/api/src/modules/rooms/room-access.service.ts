import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { forbidden, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import type { RoomKind } from '@spiegel/domain';
import { RoomsRepository } from './rooms.repository.js';

export interface RoomAccess {
  roomId: string;
  kind: RoomKind;
  organisationId: string;
  /** A facilitator or admin of the organisation who is a member of this room. */
  isHost: boolean;
  archived: boolean;
}

const NOT_FOUND = 'Deze ruimte bestaat niet, of je bent er geen lid van.';

/** In a 1:1 conversation nobody is a host: both people are simply there. */
export const isRoomHost = (kind: RoomKind, role: Actor['role']): boolean =>
  kind !== 'direct' && (role === 'facilitator' || role === 'admin');

const accessOf = (actor: Actor, roomId: string, row: { kind: RoomKind; archived: boolean }): RoomAccess => ({
  roomId,
  kind: row.kind,
  organisationId: actor.organisationId,
  isHost: isRoomHost(row.kind, actor.role),
  archived: row.archived,
});

/**
 * The one place that decides who may see or do what in a room. A non-member gets the same 404 as
 * for a room that does not exist, so membership checks leak nothing.
 */
@Injectable()
export class RoomAccessService {
  constructor(private readonly repo: RoomsRepository) {}

  /**
   * An active member of the room. Inside a write's transaction pass its manager: the membership row is
   * then locked (FOR SHARE), so it cannot end between this check and the write.
   */
  async member(actor: Actor, roomId: string, em: EntityManager = this.repo.manager): Promise<RoomAccess> {
    const access = await this.find(actor, roomId, em);
    if (!access) throw notFound(NOT_FOUND);
    return access;
  }

  /** Members who are facilitators or admins: tags, reports, hiding. */
  async host(actor: Actor, roomId: string, em: EntityManager = this.repo.manager): Promise<RoomAccess> {
    const access = await this.member(actor, roomId, em);
    if (!access.isHost) throw forbidden('Dit kan alleen een begeleider van deze groep.');
    return access;
  }

  /**
   * Adding and removing members, editing the room: its hosts, or any admin of the organisation. A 1:1
   * conversation belongs to its two people: nobody manages it, admins included (an admin who is not in
   * it learns nothing: 404). Call it inside the write's transaction: it locks the room row.
   */
  async manager(actor: Actor, roomId: string, em: EntityManager): Promise<RoomAccess> {
    if (!isUuid(roomId)) throw notFound(NOT_FOUND);
    const room = await this.repo.lockRoom(em, actor.organisationId, roomId);
    if (!room) throw notFound(NOT_FOUND);
    const member = await this.find(actor, roomId, em);
    if (room.kind === 'direct') {
      if (!member) throw notFound(NOT_FOUND);
      throw forbidden('Een gesprek met twee is van hen samen: niemand voegt iemand toe of past het aan.');
    }
    if (actor.role === 'admin')
      return {
        roomId,
        kind: room.kind,
        organisationId: actor.organisationId,
        isHost: member?.isHost ?? false,
        archived: room.archived,
      };
    if (!member) throw notFound(NOT_FOUND);
    if (!member.isHost) throw forbidden('Dit kan alleen een begeleider van deze groep.');
    return member;
  }

  /**
   * For a read that tested the membership inside its own statement (`roomSql.memberAccess`, with the
   * actor's organisation and membership): the access its row grants, or the 404 of any room without one.
   * Call it only for a `roomId` that `isUuid` accepts (the statement never ran for another).
   */
  granted(actor: Actor, roomId: string, row: { kind: RoomKind; archived: boolean } | null): RoomAccess {
    if (!row) throw notFound(NOT_FOUND);
    return accessOf(actor, roomId, row);
  }

  private async find(actor: Actor, roomId: string, em: EntityManager): Promise<RoomAccess | null> {
    if (!isUuid(roomId)) return null;
    const row = await this.repo.activeMembership(em, actor, roomId);
    return row ? accessOf(actor, roomId, row) : null;
  }

  /** Active members of a room who are facilitators or admins: who gets crisis alerts and reports. */
  hostIds(roomId: string): Promise<string[]> {
    return this.repo.hostIds(roomId);
  }

  /**
   * Who is alerted when someone writes crisis language: the room's hosts; where a room has none (a 1:1
   * conversation, an alumni room without facilitators), the facilitators of the author's trajecten;
   * failing that, the organisation's facilitators. Never the author.
   */
  async crisisContacts(roomId: string, authorId: string): Promise<string[]> {
    const hosts = (await this.hostIds(roomId)).filter((id) => id !== authorId);
    if (hosts.length) return hosts;
    const ofTrajecten = await this.repo.facilitatorsOfTrajectenOf(authorId);
    if (ofTrajecten.length) return ofTrajecten;
    return this.repo.facilitatorsOfOrganisationOf(roomId, authorId);
  }

  /**
   * The member's current role (null when no longer an active member) and the rooms they are active in,
   * with whether they host each: for socket subscriptions. Role and rooms come from one statement, so a
   * socket never combines an old role with new rooms.
   */
  async roomsOf(
    membershipId: string,
  ): Promise<{ role: Actor['role'] | null; rooms: { roomId: string; isHost: boolean }[] }> {
    const rows = await this.repo.roomsOf(membershipId);
    const role = rows[0]?.role ?? null;
    const hostRole = role === 'facilitator' || role === 'admin';
    return {
      role,
      rooms: rows
        .filter((r) => r.room_id !== null)
        .map((r) => ({ roomId: r.room_id!, isHost: hostRole && r.kind !== 'direct' })),
    };
  }
}

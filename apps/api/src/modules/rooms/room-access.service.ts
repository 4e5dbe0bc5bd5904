import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { forbidden, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import type { RoomKind } from '@spiegel/domain';

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

/**
 * The one place that decides who may see or do what in a room. A non-member gets the same 404 as
 * for a room that does not exist, so membership checks leak nothing.
 */
@Injectable()
export class RoomAccessService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async member(actor: Actor, roomId: string, em: EntityManager = this.ds.manager): Promise<RoomAccess> {
    const access = await this.find(actor, roomId, em);
    if (!access) throw notFound(NOT_FOUND);
    return access;
  }

  /** Members who are facilitators or admins: tags, reports, hiding. */
  async host(actor: Actor, roomId: string): Promise<RoomAccess> {
    const access = await this.member(actor, roomId);
    if (!access.isHost) throw forbidden('Dit kan alleen een begeleider van deze groep.');
    return access;
  }

  /** Adding and removing members, editing the room: its hosts, or any admin of the organisation. */
  async manager(actor: Actor, roomId: string): Promise<RoomAccess> {
    if (actor.role === 'admin') {
      const row = await this.ds.query<{ kind: RoomKind; archived: boolean }[]>(
        `SELECT kind, archived_at IS NOT NULL AS archived FROM rooms WHERE id = $1 AND organisation_id = $2`,
        [roomId, actor.organisationId],
      );
      if (!row[0]) throw notFound(NOT_FOUND);
      const member = await this.find(actor, roomId, this.ds.manager);
      return {
        roomId,
        kind: row[0].kind,
        organisationId: actor.organisationId,
        isHost: member?.isHost ?? false,
        archived: row[0].archived,
      };
    }
    const access = await this.member(actor, roomId);
    if (!access.isHost || access.kind === 'direct')
      throw forbidden('Dit kan alleen een begeleider van deze groep.');
    return access;
  }

  private async find(actor: Actor, roomId: string, em: EntityManager): Promise<RoomAccess | null> {
    if (!isUuid(roomId)) return null;
    const rows = await em.query<{ kind: RoomKind; archived: boolean }[]>(
      `SELECT r.kind, r.archived_at IS NOT NULL AS archived
         FROM rooms r JOIN room_members rm ON rm.room_id = r.id
        WHERE r.id = $1 AND r.organisation_id = $2 AND rm.membership_id = $3 AND rm.status = 'active'`,
      [roomId, actor.organisationId, actor.membershipId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      roomId,
      kind: row.kind,
      organisationId: actor.organisationId,
      isHost: isRoomHost(row.kind, actor.role),
      archived: row.archived,
    };
  }

  /** Active members of a room who are facilitators or admins: who gets crisis alerts and reports. */
  async hostIds(roomId: string): Promise<string[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT m.id FROM room_members rm JOIN memberships m ON m.id = rm.membership_id
         JOIN rooms r ON r.id = rm.room_id
        WHERE rm.room_id = $1 AND rm.status = 'active' AND m.status = 'active' AND m.role IN ('facilitator', 'admin')
          AND r.kind <> 'direct'`,
      [roomId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Who is alerted when someone writes crisis language: the room's hosts; where a room has none (a 1:1
   * conversation, an alumni room without facilitators), the facilitators of the author's trajecten;
   * failing that, the organisation's facilitators. Never the author.
   */
  async crisisContacts(roomId: string, authorId: string): Promise<string[]> {
    const hosts = (await this.hostIds(roomId)).filter((id) => id !== authorId);
    if (hosts.length) return hosts;
    const ofTrajecten = await this.ds.query<{ id: string }[]>(
      `SELECT DISTINCT f.membership_id AS id FROM enrolments e
         JOIN traject_facilitators f ON f.traject_id = e.traject_id
         JOIN memberships m ON m.id = f.membership_id AND m.status = 'active'
        WHERE e.membership_id = $1 AND e.status IN ('invited', 'active', 'completed') AND f.membership_id <> $1`,
      [authorId],
    );
    if (ofTrajecten.length) return ofTrajecten.map((r) => r.id);
    const all = await this.ds.query<{ id: string }[]>(
      `SELECT m.id FROM memberships m JOIN rooms r ON r.organisation_id = m.organisation_id
        WHERE r.id = $1 AND m.status = 'active' AND m.role = 'facilitator' AND m.id <> $2`,
      [roomId, authorId],
    );
    return all.map((r) => r.id);
  }

  /** Rooms a member is active in, with whether they host each: for socket subscriptions. */
  async roomsOf(membershipId: string, role: Actor['role']): Promise<{ roomId: string; isHost: boolean }[]> {
    const rows = await this.ds.query<{ room_id: string; kind: RoomKind }[]>(
      `SELECT rm.room_id, r.kind FROM room_members rm JOIN rooms r ON r.id = rm.room_id
        WHERE rm.membership_id = $1 AND rm.status = 'active'`,
      [membershipId],
    );
    const hostRole = role === 'facilitator' || role === 'admin';
    return rows.map((r) => ({ roomId: r.room_id, isHost: hostRole && r.kind !== 'direct' }));
  }
}

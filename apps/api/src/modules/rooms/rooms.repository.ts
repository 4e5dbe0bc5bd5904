import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import type { RoomKind } from '@spiegel/domain';
import { RoomMember } from './room-member.entity.js';
import { Room } from './room.entity.js';
import { roomSql } from './room-sql.js';

export interface SummaryRow {
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

export interface MemberRow {
  id: string;
  display_name: string;
  avatar_color: string;
}

/**
 * All SQL on `rooms` and `room_members` but the membership status writes (RoomMembersRepository). Reads
 * pseudonyms from `member_names` (organisations' view) and, for the room list, counts from
 * the contributions module's view `contribution_facts` in the same statement.
 */
@Injectable()
export class RoomsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Outside a transaction: for checks that pass an `em` when they run inside one. */
  get manager(): EntityManager {
    return this.ds.manager;
  }

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /** The caller's rooms (or just `onlyRoomId`), most recently active first, with unread counts. */
  summaries(membershipId: string, organisationId: string, onlyRoomId?: string): Promise<SummaryRow[]> {
    return this.ds.query<SummaryRow[]>(
      `SELECT r.id, r.kind, r.name, r.description, r.last_seq, rm.last_read_seq,
              (SELECT count(*) FROM contribution_facts c
                WHERE c.room_id = r.id AND c.seq > rm.last_read_seq
                  AND c.author_membership_id <> $1 AND c.deleted_at IS NULL)::int AS unread,
              (SELECT c.created_at FROM contribution_facts c WHERE c.room_id = r.id ORDER BY c.seq DESC LIMIT 1) AS last_activity_at,
              o.id AS other_id, o.display_name AS other_name, o.avatar_color AS other_color
         FROM room_members rm
         JOIN rooms r ON r.id = rm.room_id
         LEFT JOIN LATERAL (
           SELECT m.id, m.display_name, m.avatar_color FROM room_members rm2 JOIN member_names m ON m.id = rm2.membership_id
            WHERE r.kind = 'direct' AND rm2.room_id = r.id AND rm2.membership_id <> $1 LIMIT 1
         ) o ON true
        WHERE rm.membership_id = $1 AND rm.status = 'active' AND r.organisation_id = $2
          AND ($3::uuid IS NULL OR r.id = $3)
        ORDER BY last_activity_at DESC NULLS LAST, r.name`,
      [membershipId, organisationId, onlyRoomId ?? null],
    );
  }

  roomOrFail(roomId: string, organisationId?: string): Promise<Room> {
    return this.ds
      .getRepository(Room)
      .findOneByOrFail(organisationId === undefined ? { id: roomId } : { id: roomId, organisationId });
  }

  findCommunity(organisationId: string, roomId: string): Promise<Room | null> {
    return this.ds.getRepository(Room).findOneBy({ id: roomId, organisationId, kind: 'community' });
  }

  insertRoom(em: EntityManager, room: Partial<Room>): Promise<unknown> {
    return em.getRepository(Room).insert(room);
  }

  updateRoom(
    em: EntityManager,
    organisationId: string,
    roomId: string,
    patch: Partial<Room>,
  ): Promise<unknown> {
    return em.getRepository(Room).update({ id: roomId, organisationId }, patch);
  }

  /** New memberships of a new 1:1 conversation. */
  insertMembers(em: EntityManager, rows: Partial<RoomMember>[]): Promise<unknown> {
    return em.getRepository(RoomMember).insert(rows);
  }

  /** Active members who are still active in the organisation, by pseudonym. */
  activeMembers(roomId: string): Promise<MemberRow[]> {
    return this.ds.query(
      `SELECT m.id, m.display_name, m.avatar_color FROM room_members rm JOIN member_names m ON m.id = rm.membership_id
        WHERE rm.room_id = $1 AND rm.status = 'active' AND m.status = 'active' ORDER BY m.display_name`,
      [roomId],
    );
  }

  /** Open community rooms of the organisation the member is not in and was not taken out of. */
  discoverable(
    organisationId: string,
    membershipId: string,
  ): Promise<{ id: string; name: string; description: string; memberCount: number }[]> {
    return this.ds.query(
      `SELECT r.id, r.name, r.description,
              (SELECT count(*) FROM room_members x WHERE x.room_id = r.id AND x.status = 'active')::int AS "memberCount"
         FROM rooms r
        WHERE r.organisation_id = $1 AND r.kind = 'community' AND r.archived_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = r.id AND rm.membership_id = $2
                             AND rm.status IN ('active', 'removed'))
        ORDER BY r.name`,
      [organisationId, membershipId],
    );
  }

  /** Of `ids`, those already active in the room. */
  async alreadyIn(em: EntityManager, roomId: string, ids: string[]): Promise<string[]> {
    const rows = await em.query<{ membership_id: string }[]>(
      `SELECT membership_id FROM room_members WHERE room_id = $1 AND status = 'active' AND membership_id = ANY($2::uuid[])`,
      [roomId, ids],
    );
    return rows.map((r) => r.membership_id);
  }

  /** A 1:1 conversation `mine` started with `theirs` that they have not left or declined. */
  async openDirectRequest(
    organisationId: string,
    mine: string,
    theirs: string,
  ): Promise<{ room_id: string; status: string } | undefined> {
    const [row] = await this.ds.query<{ room_id: string; status: string }[]>(
      `SELECT r.id AS room_id, theirs.status FROM rooms r
         JOIN room_members mine ON mine.room_id = r.id AND mine.membership_id = $1
         JOIN room_members theirs ON theirs.room_id = r.id AND theirs.membership_id = $2
        WHERE r.kind = 'direct' AND r.organisation_id = $3 AND theirs.status IN ('active', 'invited')
        LIMIT 1`,
      [mine, theirs, organisationId],
    );
    return row;
  }

  /** The newest 1:1 conversation between the two, whatever their status in it. */
  async latestDirectBetween(organisationId: string, aId: string, bId: string): Promise<string | undefined> {
    const [row] = await this.ds.query<{ id: string }[]>(
      `SELECT r.id FROM rooms r
         JOIN room_members x ON x.room_id = r.id AND x.membership_id = $1
         JOIN room_members y ON y.room_id = r.id AND y.membership_id = $2
        WHERE r.kind = 'direct' AND r.organisation_id = $3
        ORDER BY r.created_at DESC LIMIT 1`,
      [aId, bId, organisationId],
    );
    return row?.id;
  }

  /** 1:1 conversations the member is invited to, with who asked. */
  directRequests(
    membershipId: string,
    organisationId: string,
  ): Promise<(MemberRow & { room_id: string; created_at: Date })[]> {
    return this.ds.query(
      `SELECT r.id AS room_id, m.id, m.display_name, m.avatar_color, r.created_at
         FROM room_members me JOIN rooms r ON r.id = me.room_id
         JOIN room_members them ON them.room_id = r.id AND them.membership_id <> me.membership_id
         JOIN member_names m ON m.id = them.membership_id
        WHERE me.membership_id = $1 AND me.status = 'invited' AND r.kind = 'direct' AND r.organisation_id = $2
        ORDER BY r.created_at DESC`,
      [membershipId, organisationId],
    );
  }

  // ---- access (RoomAccessService) ----

  /** The room's kind and archived state, its row locked for the caller's transaction (`em`). */
  async lockRoom(
    em: EntityManager,
    organisationId: string,
    roomId: string,
  ): Promise<{ kind: RoomKind; archived: boolean } | undefined> {
    const [room] = await em.query<{ kind: RoomKind; archived: boolean }[]>(
      `SELECT kind, archived_at IS NOT NULL AS archived FROM rooms WHERE id = $1 AND organisation_id = $2 FOR UPDATE`,
      [roomId, organisationId],
    );
    return room;
  }

  /**
   * The room's kind and archived state when the member is active in it; inside a transaction the
   * membership row is locked (FOR SHARE) so it cannot end before the transaction's write.
   */
  async activeMembership(
    em: EntityManager,
    actor: Actor,
    roomId: string,
  ): Promise<{ kind: RoomKind; archived: boolean } | undefined> {
    const rows = await em.query<{ kind: RoomKind; archived: boolean }[]>(
      `${roomSql.memberAccess('$2', '$1', '$3')} ${em.queryRunner?.isTransactionActive ? 'FOR SHARE OF rm' : ''}`,
      [roomId, actor.organisationId, actor.membershipId],
    );
    return rows[0];
  }

  /** Active members of a (not 1:1) room who are facilitators or admins. */
  async hostIds(roomId: string): Promise<string[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT m.id FROM room_members rm JOIN member_names m ON m.id = rm.membership_id
         JOIN rooms r ON r.id = rm.room_id
        WHERE rm.room_id = $1 AND rm.status = 'active' AND m.status = 'active' AND m.role IN ('facilitator', 'admin')
          AND r.kind <> 'direct'`,
      [roomId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Active facilitators of the author's trajecten (reads trajecten's views `traject_enrolments` and
   * `traject_facilitator_links`: trajecten imports this module).
   */
  async facilitatorsOfTrajectenOf(authorId: string): Promise<string[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT DISTINCT f.membership_id AS id FROM traject_enrolments e
         JOIN traject_facilitator_links f ON f.traject_id = e.traject_id
         JOIN member_names m ON m.id = f.membership_id AND m.status = 'active'
        WHERE e.membership_id = $1 AND e.status IN ('invited', 'active', 'completed') AND f.membership_id <> $1`,
      [authorId],
    );
    return rows.map((r) => r.id);
  }

  /** Active facilitators of the room's organisation but `except`. */
  async facilitatorsOfOrganisationOf(roomId: string, except: string): Promise<string[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT m.id FROM member_names m JOIN rooms r ON r.organisation_id = m.organisation_id
        WHERE r.id = $1 AND m.status = 'active' AND m.role = 'facilitator' AND m.id <> $2`,
      [roomId, except],
    );
    return rows.map((r) => r.id);
  }

  /** The member's current role (no rows when not active) with each room they are active in. */
  roomsOf(
    membershipId: string,
  ): Promise<{ role: Actor['role']; room_id: string | null; kind: RoomKind | null }[]> {
    return this.ds.query(
      `SELECT m.role, rm.room_id, r.kind FROM member_names m
         LEFT JOIN room_members rm ON rm.membership_id = m.id AND rm.status = 'active'
         LEFT JOIN rooms r ON r.id = rm.room_id
        WHERE m.id = $1 AND m.status = 'active'`,
      [membershipId],
    );
  }

  // ---- privacy (RoomsPrivacyService) ----

  /** The rooms the person is or was in, with their status there. */
  exportOwn(membershipId: string) {
    return this.ds.query(
      `SELECT r.name, r.kind, rm.status, rm.end_reason AS "endReason", rm.joined_at AS "joinedAt", rm.left_at AS "leftAt" FROM room_members rm JOIN rooms r ON r.id = rm.room_id WHERE rm.membership_id = $1`,
      [membershipId],
    );
  }

  /**
   * Who ended or restored someone else's room membership stays a staff decision, by the stand-in `P`;
   * rooms they created or whose agreements they edited lose the link.
   */
  async forget(em: EntityManager, X: string, P: string): Promise<void> {
    await em.query(`UPDATE room_members SET ended_by = $2 WHERE ended_by = $1 AND membership_id <> $1`, [
      X,
      P,
    ]);
    await em.query(
      `UPDATE room_members SET restored_by = $2 WHERE restored_by = $1 AND membership_id <> $1`,
      [X, P],
    );
    await em.query(`UPDATE rooms SET created_by = NULL WHERE created_by = $1`, [X]);
    await em.query(`UPDATE rooms SET agreements_updated_by = NULL WHERE agreements_updated_by = $1`, [X]);
  }
}

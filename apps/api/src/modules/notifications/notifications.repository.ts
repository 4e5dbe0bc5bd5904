import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationView } from '@spiegel/domain';
import { stillReachable } from '../outreach/reachable-sql.js';
import { Notification } from './notification.entity.js';

export interface NotificationRow {
  id: string;
  recipient_membership_id: string;
  kind: NotificationView['kind'];
  room_id: string | null;
  contribution_id: string | null;
  data: NotificationView['data'];
  created_at: Date;
  read_at: Date | null;
  actor_id: string | null;
  actor_name: string | null;
  actor_color: string | null;
}

const SELECT = `SELECT n.id, n.recipient_membership_id, n.kind, n.room_id, n.contribution_id, n.data, n.created_at, n.read_at,
                       a.id AS actor_id, a.display_name AS actor_name, a.avatar_color AS actor_color
                  FROM notifications n LEFT JOIN member_names a ON a.id = n.actor_membership_id`;

/** All SQL on `notifications` (with the actor's pseudonym from `member_names`, organisations' view). */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** One row per recipient; returns the new ids. */
  async insert(
    rows: Pick<
      Notification,
      | 'organisationId'
      | 'recipientMembershipId'
      | 'kind'
      | 'roomId'
      | 'contributionId'
      | 'actorMembershipId'
      | 'data'
    >[],
  ): Promise<string[]> {
    const inserted = await this.ds
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(rows)
      .returning(['id'])
      .execute();
    return (inserted.raw as { id: string }[]).map((r) => r.id);
  }

  /**
   * Of `ids`, those who may still hear of something in this organisation: active members of it and, when
   * `roomId` is given, active (or invited) members of that room (`stillReachable`). One statement.
   */
  async reachable(organisationId: string, ids: string[], roomId: string | null): Promise<string[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT x.id FROM unnest($2::uuid[]) AS x(id) WHERE ${stillReachable('x.id', '$1', '$3')}`,
      [organisationId, ids, roomId],
    );
    return rows.map((r) => r.id);
  }

  byIds(ids: string[]): Promise<NotificationRow[]> {
    return this.ds.query(`${SELECT} WHERE n.id = ANY($1::bigint[])`, [ids]);
  }

  /** The recipient's notifications, newest first, before an id when given. */
  page(
    membershipId: string,
    organisationId: string,
    before: string | undefined,
    limit: number,
  ): Promise<NotificationRow[]> {
    const params: unknown[] = [membershipId, organisationId, limit];
    let where = 'n.recipient_membership_id = $1 AND n.organisation_id = $2';
    if (before) {
      params.push(before);
      where += ` AND n.id < $4`;
    }
    return this.ds.query(`${SELECT} WHERE ${where} ORDER BY n.id DESC LIMIT $3`, params);
  }

  async unreadCount(membershipId: string): Promise<number> {
    const [row] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_membership_id = $1 AND read_at IS NULL`,
      [membershipId],
    );
    return row?.n ?? 0;
  }

  /** Marks one (or, without an id, all unread) of the recipient's notifications read; returns how many matched. */
  async markRead(membershipId: string, id?: string): Promise<number> {
    const params: unknown[] = [membershipId];
    let sql = `UPDATE notifications SET read_at = now() WHERE recipient_membership_id = $1 AND read_at IS NULL`;
    if (id !== undefined) {
      params.push(id);
      sql = `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE recipient_membership_id = $1 AND id = $2`;
    }
    const [, affected] = (await this.ds.query(`${sql}`, params)) as [unknown, number];
    return affected;
  }

  // ---- privacy ----

  exportOwn(membershipId: string) {
    return this.ds.query(
      `SELECT kind, room_id AS "roomId", created_at AS "createdAt", read_at AS "readAt" FROM notifications WHERE recipient_membership_id = $1 ORDER BY id`,
      [membershipId],
    );
  }

  async deleteFor(em: EntityManager, recipientId: string): Promise<void> {
    await em.query(`DELETE FROM notifications WHERE recipient_membership_id = $1`, [recipientId]);
  }

  async unlinkActor(em: EntityManager, actorId: string): Promise<void> {
    await em.query(`UPDATE notifications SET actor_membership_id = NULL WHERE actor_membership_id = $1`, [
      actorId,
    ]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotificationView } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { Notification } from './notification.entity.js';
import { OutreachService } from '../outreach/outreach.service.js';

export interface NewNotification {
  organisationId: string;
  recipients: string[];
  kind: NotificationView['kind'];
  roomId?: string | null;
  contributionId?: string | null;
  actorMembershipId?: string | null;
  /** Identifiers and labels only. Never message content. */
  data?: NotificationView['data'];
}

interface NotificationRow {
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
                  FROM notifications n LEFT JOIN memberships a ON a.id = n.actor_membership_id`;

function toView(r: NotificationRow): NotificationView {
  return {
    id: String(r.id),
    kind: r.kind,
    roomId: r.room_id,
    contributionId: r.contribution_id === null ? null : String(r.contribution_id),
    actor: r.actor_id
      ? { membershipId: r.actor_id, displayName: r.actor_name ?? '', avatarColor: r.actor_color ?? '' }
      : null,
    data: r.data,
    createdAt: new Date(r.created_at).toISOString(),
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
  };
}

/** The notification centre that every feature reuses for its alerts, delivered live over the socket. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly realtime: RealtimeEmitter,
    private readonly outreach: OutreachService,
  ) {}

  async notify(n: NewNotification): Promise<void> {
    const recipients = [...new Set(n.recipients)].filter((r) => r !== n.actorMembershipId);
    if (recipients.length === 0) return;
    const inserted = await this.ds
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(
        recipients.map((recipientMembershipId) => ({
          organisationId: n.organisationId,
          recipientMembershipId,
          kind: n.kind,
          roomId: n.roomId ?? null,
          contributionId: n.contributionId ?? null,
          actorMembershipId: n.actorMembershipId ?? null,
          data: n.data ?? {},
        })),
      )
      .returning(['id'])
      .execute();
    const ids = (inserted.raw as { id: string }[]).map((r) => r.id);
    const rows = await this.ds.query<NotificationRow[]>(`${SELECT} WHERE n.id = ANY($1::bigint[])`, [ids]);
    for (const row of rows) {
      const recipient = row.recipient_membership_id;
      this.realtime.toMember(recipient, 'notification:new', toView(row));
      this.realtime.toMember(recipient, 'notification:count', { unread: await this.unreadCount(recipient) });
    }
    // Outside the app (e-mail, push) where each person chose so; queued durably, delivered at most once.
    await this.outreach.dispatch(
      rows.map((r) => ({
        notificationId: String(r.id),
        organisationId: n.organisationId,
        recipientMembershipId: r.recipient_membership_id,
        kind: r.kind,
        roomId: r.room_id,
        actorMembershipId: n.actorMembershipId ?? null,
      })),
    );
  }

  async list(actor: Actor, before?: string, limit = 30): Promise<NotificationView[]> {
    const params: unknown[] = [actor.membershipId, actor.organisationId, Math.min(Math.max(limit, 1), 100)];
    let where = 'n.recipient_membership_id = $1 AND n.organisation_id = $2';
    if (before) {
      params.push(before);
      where += ` AND n.id < $4`;
    }
    const rows = await this.ds.query<NotificationRow[]>(
      `${SELECT} WHERE ${where} ORDER BY n.id DESC LIMIT $3`,
      params,
    );
    return rows.map(toView);
  }

  async unreadCount(membershipId: string): Promise<number> {
    const [row] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_membership_id = $1 AND read_at IS NULL`,
      [membershipId],
    );
    return row?.n ?? 0;
  }

  /** Marks one (or, without an id, all) of the caller's own notifications read. Returns whether one matched. */
  async markRead(actor: Actor, id?: string): Promise<boolean> {
    const params: unknown[] = [actor.membershipId];
    let sql = `UPDATE notifications SET read_at = now() WHERE recipient_membership_id = $1 AND read_at IS NULL`;
    if (id !== undefined) {
      params.push(id);
      sql = `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE recipient_membership_id = $1 AND id = $2`;
    }
    const [, affected] = (await this.ds.query(`${sql}`, params)) as [unknown, number];
    this.realtime.toMember(actor.membershipId, 'notification:count', {
      unread: await this.unreadCount(actor.membershipId),
    });
    return id === undefined || affected > 0;
  }
}

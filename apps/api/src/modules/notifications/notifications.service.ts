import { Injectable } from '@nestjs/common';
import { membersOnlyRoom, type NotificationView } from '@spiegel/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { type NotificationRow, NotificationsRepository } from './notifications.repository.js';
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
    private readonly repo: NotificationsRepository,
    private readonly realtime: RealtimeEmitter,
    private readonly outreach: OutreachService,
  ) {}

  async notify(n: NewNotification): Promise<void> {
    const wanted = [...new Set(n.recipients)].filter((r) => r !== n.actorMembershipId);
    if (wanted.length === 0) return;
    // Only people still there: a removed member hears nothing more, nor someone who left the room it is about.
    const recipients = await this.repo.reachable(n.organisationId, wanted, membersOnlyRoom(n));
    if (recipients.length === 0) return;
    const ids = await this.repo.insert(
      recipients.map((recipientMembershipId) => ({
        organisationId: n.organisationId,
        recipientMembershipId,
        kind: n.kind,
        roomId: n.roomId ?? null,
        contributionId: n.contributionId ?? null,
        actorMembershipId: n.actorMembershipId ?? null,
        data: n.data ?? {},
      })),
    );
    const rows = await this.repo.byIds(ids);
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
    const rows = await this.repo.page(
      actor.membershipId,
      actor.organisationId,
      before,
      Math.min(Math.max(limit, 1), 100),
    );
    return rows.map(toView);
  }

  unreadCount(membershipId: string): Promise<number> {
    return this.repo.unreadCount(membershipId);
  }

  /** Marks one (or, without an id, all) of the caller's own notifications read. Returns whether one matched. */
  async markRead(actor: Actor, id?: string): Promise<boolean> {
    const affected = await this.repo.markRead(actor.membershipId, id);
    this.realtime.toMember(actor.membershipId, 'notification:count', {
      unread: await this.unreadCount(actor.membershipId),
    });
    return id === undefined || affected > 0;
  }

  // ---- privacy (export and erasure, inside the erasure's transaction) ----

  /** The person's notifications: kinds, rooms and times, never content. */
  exportOwn(membershipId: string) {
    return this.repo.exportOwn(membershipId);
  }

  /** Their own notifications go. */
  forgetRecipient(em: EntityManager, membershipId: string): Promise<void> {
    return this.repo.deleteFor(em, membershipId);
  }

  /** Others' notifications about what they did stay, without who. */
  forgetActor(em: EntityManager, membershipId: string): Promise<void> {
    return this.repo.unlinkActor(em, membershipId);
  }
}

import { Inject, Injectable, Optional } from '@nestjs/common';
import type { ReactionKind, ReactionSummary } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError } from '../../common/app-error.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { RoomActivity } from '../../common/room-activity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { RoomAccessService } from '../rooms/room-access.service.js';
import { RoomMembersRepository } from '../rooms/room-members.repository.js';
import { ContributionReadsService } from './contribution-reads.service.js';
import { reactionSummaries } from './contribution-views.js';
import { ContributionsRepository } from './contributions.repository.js';
import { ContributionRateLimits } from './send-limits.js';

/** What members do with others' contributions: react, recognise, and mark a room read. */
@Injectable()
export class ReactionsService {
  constructor(
    private readonly repo: ContributionsRepository,
    private readonly reads: ContributionReadsService,
    private readonly access: RoomAccessService,
    private readonly roomMembers: RoomMembersRepository,
    private readonly limits: ContributionRateLimits,
    private readonly realtime: RealtimeEmitter,
    private readonly notifications: NotificationsService,
    /** Tells Insight's live session panel that the room's picture changed. */
    @Optional() @Inject(RoomActivity) private readonly activity?: RoomActivity,
  ) {}

  /** Herkenning is recorded as a recognition between two members; the others are plain reactions. */
  async setReaction(
    actor: Actor,
    contributionId: string,
    kind: ReactionKind,
    on: boolean,
  ): Promise<{ reactions: ReactionSummary[] }> {
    this.limits.assertReaction(actor.membershipId, contributionId);
    const { row } = await this.reads.visible(actor, contributionId);
    if (row.deleted_at || row.hidden_at)
      throw new AppError(409, 'CONFLICT', 'Op dit bericht kun je niet meer reageren.');
    if (kind === 'herkenning') {
      if (row.author_membership_id === actor.membershipId) {
        throw new AppError(400, 'VALIDATION_FAILED', 'Herkenning geef je aan een ander, niet aan jezelf.');
      }
      if (on) {
        const inserted = await this.repo.addRecognition(
          actor.organisationId,
          row.room_id,
          contributionId,
          actor.membershipId,
          row.author_membership_id,
        );
        // Evidence (what the live panel counts) only on a contribution without a crisis flag.
        if (inserted && row.author_membership_id && row.crisis === 'none')
          this.activity?.recognised(
            row.room_id,
            String(row.id),
            actor.membershipId,
            row.author_membership_id,
            new Date(),
          );
        else if (inserted) this.activity?.changed(row.room_id);
        // The kantelpunt comes back to the person who shared: a count, never who (the reactor stays unnamed).
        if (inserted && row.author_membership_id) {
          await this.notifications.notify({
            organisationId: actor.organisationId,
            recipients: [row.author_membership_id],
            kind: 'herkenning_received',
            roomId: row.room_id,
            contributionId,
            actorMembershipId: null,
          });
        }
      } else {
        await this.repo.removeRecognition(contributionId, actor.membershipId);
        this.activity?.changed(row.room_id);
      }
    } else if (on) {
      await this.repo.addReaction(
        actor.organisationId,
        row.room_id,
        contributionId,
        actor.membershipId,
        kind,
      );
    } else {
      await this.repo.removeReaction(contributionId, actor.membershipId, kind);
    }
    const counts = await this.repo.reactionCounts([contributionId], actor.membershipId);
    const reactions = reactionSummaries(counts, contributionId);
    this.realtime.toRoom(row.room_id, 'reaction:changed', {
      contributionId,
      roomId: row.room_id,
      reactions: reactions.map(({ kind: k, count }) => ({ kind: k, count })),
    });
    return { reactions };
  }

  async markRead(actor: Actor, roomId: string, seq: number): Promise<{ unread: number }> {
    await this.access.member(actor, roomId);
    await this.roomMembers.markRead(roomId, actor.membershipId, seq);
    return { unread: await this.repo.unreadIn(roomId, actor.membershipId) };
  }
}

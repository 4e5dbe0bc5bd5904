import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { equalityMeter, type InsightSessionPicture } from '@spiegel/domain';
import type { Logger } from 'pino';
import type { Subscription } from 'rxjs';
import type { Actor } from '../../common/actor.js';
import { notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { LOGGER } from '../../common/logger.js';
import { RealtimeEmitter, socketRooms } from '../../realtime/realtime-emitter.js';
import { AuditService } from '../audit/audit.service.js';
import { RoomAccessService } from '../rooms/room-access.service.js';
import { isFacilitatorRole, memberView } from './dashboard.service.js';
import { LivePictureRepository } from './live-picture.repository.js';
import { RoomActivity } from '../../common/room-activity.js';

/** Without a session in progress, "the current session" is the last few hours. */
export const LIVE_WINDOW_HOURS = 3;
/** A session's window opens a little before its start, when people come in. */
const EARLY_MINUTES = 30;
/** At most one recomputation per room in this interval; a burst of messages gives one update. */
export const LIVE_THROTTLE_MS = 250;

/**
 * The live picture of the current session for a room's facilitators: on every contribution, recognition
 * or phase change in a room, recompute it in SQL and push it to the room's host sockets only.
 */
@Injectable()
export class LiveSessionService implements OnModuleInit, OnModuleDestroy {
  private subscription?: Subscription;
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly repo: LivePictureRepository,
    private readonly access: RoomAccessService,
    private readonly activity: RoomActivity,
    private readonly realtime: RealtimeEmitter,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.subscription = this.activity.events$.subscribe(({ roomId }) => this.schedule(roomId));
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  /** For the panel when it opens (and after a reconnect): the same picture the socket pushes. */
  async view(actor: Actor, roomId: string): Promise<InsightSessionPicture> {
    await this.access.host(actor, roomId);
    const picture = await this.picture(roomId);
    if (!picture) throw notFound();
    await this.audit.record(actor, 'insight.session_view', { targetType: 'room', targetId: roomId });
    return picture;
  }

  private schedule(roomId: string): void {
    if (this.pending.has(roomId)) return;
    this.pending.set(
      roomId,
      setTimeout(() => {
        this.pending.delete(roomId);
        this.push(roomId).catch((err: Error) =>
          this.logger.warn({ err: { message: err.message }, roomId }, 'live session picture failed'),
        );
      }, LIVE_THROTTLE_MS),
    );
  }

  private async push(roomId: string): Promise<void> {
    const picture = await this.picture(roomId);
    if (picture) this.realtime.toRooms([socketRooms.roomHosts(roomId)], 'insight:session', picture);
  }

  /** Null for a room that does not exist or is a 1:1 conversation (which has no hosts and no picture). */
  async picture(roomId: string): Promise<InsightSessionPicture | null> {
    const now = this.clock.now();
    const rows = await this.repo.livePicture(roomId, now, LIVE_WINDOW_HOURS, EARLY_MINUTES);
    if (!rows || rows.kind === 'direct') return null;
    const { members, voice, phases, recognitions, replies } = rows;
    const from = rows.from_at;
    const sessionStart = rows.session_start;
    const voiceOf = new Map(voice.map((v) => [v.member, v]));
    const known = new Set(members.map((m) => m.id));
    const meter = equalityMeter(
      members.map((m) => ({
        memberId: m.id,
        isFacilitator: isFacilitatorRole(m.role),
        contributions: voiceOf.get(m.id)?.n ?? 0,
        characters: voiceOf.get(m.id)?.chars ?? 0,
      })),
      replies
        .filter((r) => known.has(r.from_id) && known.has(r.to_id))
        .map((r) => ({ fromMemberId: r.from_id, toMemberId: r.to_id, count: r.n })),
    );
    const shareOf = new Map(meter.members.map((m) => [m.memberId, m.shareOfVoice]));
    return {
      roomId,
      from: from.toISOString(),
      to: now.toISOString(),
      sessionStartsAt: sessionStart ? sessionStart.toISOString() : null,
      contributions: meter.contributionCount,
      phases: phases.map((p) => ({ phase: p.phase, count: p.n })),
      recognitions: {
        count: recognitions.reduce((s, e) => s + e.n, 0),
        edges: recognitions.map((e) => ({ fromMemberId: e.from_id, toMemberId: e.to_id, count: e.n })),
      },
      members: members.map((m) => ({
        member: memberView(m),
        isFacilitator: isFacilitatorRole(m.role),
        contributions: voiceOf.get(m.id)?.n ?? 0,
        shareOfVoice: shareOf.get(m.id) ?? 0,
      })),
      notYetSpoken: members.filter((m) => !isFacilitatorRole(m.role) && !voiceOf.has(m.id)).map(memberView),
      equality: {
        gini: meter.gini,
        facilitatorShareOfVoice: meter.facilitators.shareOfVoice,
        facilitatorShareOfMembers: meter.facilitators.shareOfMembers,
        advice: meter.advice.map((a) => ({ key: a.key, params: { ...a.params } })),
      },
    };
  }
}

import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { InsightSessionPicture } from '@spiegel/domain';
import type { Logger } from 'pino';
import type { Subscription } from 'rxjs';
import type { Actor } from '../../common/actor.js';
import { notFound } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { LOGGER } from '../../common/logger.js';
import { RoomActivity, type RoomActivityEvent, type RoomActivityFact } from '../../common/room-activity.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { AuditService } from '../audit/audit.service.js';
import { RoomAccessService } from '../rooms/room-access.service.js';
import { LiveCounters } from './live-counters.js';
import { buildLivePicture } from './live-picture.js';
import { type LivePictureRows, LivePictureRepository } from './live-picture.repository.js';

/** Without a session in progress, "the current session" is the last few hours. */
export const LIVE_WINDOW_HOURS = 3;
/** A session's window opens a little before its start, when people come in. */
const EARLY_MINUTES = 30;
/**
 * At most one push per room in this interval: the first change after a quiet interval goes out at once, a
 * burst's further changes in one update at the interval's end. A second keeps the
 * panel current for a facilitator's eye (and calmer than four redraws a second), and bounds its cost: a
 * busy room pushes once a second whatever its message rate (at 250 ms this was ≈ 8 % of the API's CPU at
 * saturation, docs/performance.md round eleven).
 */
export const LIVE_THROTTLE_MS = 1000;
/** The counters are checked against the database this often while hosts watch (and when the window moves). */
export const LIVE_RECONCILE_MS = 30_000;
/** Once more soon after a room is first watched: facts sent before the other instances heard of it. */
const FIRST_RECONCILE_MS = 2_000;
/** Each instance repeats which rooms its host sockets watch this often; the others forget after the TTL. */
const ANNOUNCE_MS = 10_000;
const WATCH_TTL_MS = 30_000;
const TICK_MS = 1_000;
const RETRY_MS = 5_000;

/** A room with host sockets on this instance: its counters, and what waits while they are recomputed. */
interface Watch {
  counters: LiveCounters | null;
  /** The counters may be wrong: recompute from the database before the next push. */
  stale: boolean;
  recomputing: boolean;
  /** Facts that arrived during a recomputation, applied after it (those it counted are skipped). */
  buffer: RoomActivityFact[];
  timer?: NodeJS.Timeout;
  recomputeAt: number;
  /** When the last picture went out (the throttle's clock: the next may go LIVE_THROTTLE_MS later). */
  lastPushAt: number;
  /** The recomputation's statement while it is in flight (`picture` answers from it too). */
  loading?: Promise<Loaded>;
}

/** The picture's rows from the database, and the moment they describe. */
interface Loaded {
  rows: LivePictureRows | null;
  now: Date;
}

/**
 * The live picture of the current session for a room's facilitators. Computed only on the instances where
 * a host socket of the room is connected (joined to the room's host channel), and there kept as counters
 * from the room's activity facts: one SQL picture when the first host socket arrives, then one every
 * LIVE_RECONCILE_MS, when the session window moves, and after anything the counters cannot apply (a
 * deletion, an edit). Activity handled on an instance without hosts of the room travels to the instances
 * that have them (each says which rooms it watches, repeated with a TTL); for a room whose hosts are
 * nowhere connected, nothing is sent and nothing is computed. Each instance pushes to its own host sockets.
 */
@Injectable()
export class LiveSessionService implements OnModuleInit, OnModuleDestroy {
  private subscription?: Subscription;
  private readonly watched = new Map<string, Watch>();
  /** Rooms whose hosts are connected to another instance, until when that was last said. */
  private readonly watchedElsewhere = new Map<string, number>();
  private ticker?: NodeJS.Timeout;
  private lastAnnounce = 0;

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
    this.subscription = this.activity.events$.subscribe((e) => this.onActivity(e));
    this.realtime.onOtherInstances('live:fact', (e) => this.apply(e));
    this.realtime.onOtherInstances('live:watching', (roomIds) => {
      const until = Date.now() + WATCH_TTL_MS;
      for (const id of roomIds) this.watchedElsewhere.set(id, until);
    });
    this.realtime.onLocalHosts((roomId, present) => (present ? this.watch(roomId) : this.unwatch(roomId)));
    this.ticker = setInterval(() => this.tick(), TICK_MS);
    this.ticker.unref();
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
    clearInterval(this.ticker);
    for (const w of this.watched.values()) clearTimeout(w.timer);
    this.watched.clear();
  }

  /** For the panel when it opens (and after a reconnect): the same picture the socket pushes. */
  async view(actor: Actor, roomId: string): Promise<InsightSessionPicture> {
    await this.access.host(actor, roomId);
    const picture = await this.picture(roomId);
    if (!picture) throw notFound();
    await this.audit.record(actor, 'insight.session_view', { targetType: 'room', targetId: roomId });
    return picture;
  }

  /** Null for a room that does not exist or is a 1:1 conversation (which has no hosts and no picture). */
  async picture(roomId: string): Promise<InsightSessionPicture | null> {
    // The panel opens as its host socket arrives, which starts a recomputation of the room here: answer
    // from that statement rather than run the same one twice.
    const { rows, now } = await (this.watched.get(roomId)?.loading ?? this.load(roomId));
    if (!rows || rows.kind === 'direct') return null;
    return buildLivePicture(roomId, rows, now);
  }

  /** The one statement behind every picture (a recomputation's and the panel's `view`). */
  private async load(roomId: string): Promise<Loaded> {
    const now = this.clock.now();
    return { rows: await this.repo.livePicture(roomId, now, LIVE_WINDOW_HOURS, EARLY_MINUTES), now };
  }

  /** Whether this instance computes the room's picture (a host socket of it is connected here). */
  watches(roomId: string): boolean {
    return this.watched.has(roomId);
  }

  /** Whether a host socket of the room is connected to this instance or (as far as it heard) another. */
  watchedAnywhere(roomId: string): boolean {
    return this.watched.has(roomId) || (this.watchedElsewhere.get(roomId) ?? 0) > Date.now();
  }

  private onActivity(event: RoomActivityEvent): void {
    if ((this.watchedElsewhere.get(event.roomId) ?? 0) > Date.now())
      this.realtime.toOtherInstances('live:fact', event);
    this.apply(event);
  }

  private apply({ roomId, fact }: RoomActivityEvent): void {
    const w = this.watched.get(roomId);
    if (!w) return;
    if (w.recomputing) w.buffer.push(fact);
    else if (!w.counters?.apply(fact, this.clock.now())) w.stale = true;
    this.schedule(roomId, w);
  }

  private watch(roomId: string): void {
    if (this.watched.has(roomId)) return;
    const w: Watch = {
      counters: null,
      stale: true,
      recomputing: false,
      buffer: [],
      recomputeAt: 0,
      lastPushAt: 0,
    };
    this.watched.set(roomId, w);
    this.realtime.toOtherInstances('live:watching', [roomId]);
    this.schedule(roomId, w, 0);
  }

  private unwatch(roomId: string): void {
    const w = this.watched.get(roomId);
    if (!w) return;
    clearTimeout(w.timer);
    this.watched.delete(roomId);
  }

  private schedule(
    roomId: string,
    w: Watch,
    delay = Math.max(0, w.lastPushAt + LIVE_THROTTLE_MS - Date.now()),
  ): void {
    if (w.timer) return;
    w.timer = setTimeout(() => {
      w.timer = undefined;
      this.push(roomId, w).catch((err: Error) =>
        this.logger.warn({ err: { message: err.message }, roomId }, 'live session picture failed'),
      );
    }, delay);
  }

  private async push(roomId: string, w: Watch): Promise<void> {
    if (w.recomputing) return; // the recomputation schedules the next push
    if (w.stale || !w.counters) await this.recompute(roomId, w);
    if (this.watched.get(roomId) !== w || !w.counters) return;
    w.lastPushAt = Date.now();
    this.realtime.toLocalHosts(
      roomId,
      'insight:session',
      buildLivePicture(roomId, w.counters.rows(), this.clock.now()),
    );
  }

  private async recompute(roomId: string, w: Watch): Promise<void> {
    w.recomputing = true;
    w.stale = false;
    w.buffer = [];
    const first = !w.counters;
    try {
      // Started after `recomputing` was set: every fact from here on is buffered, every earlier one counted.
      w.loading = this.load(roomId);
      const { rows, now } = await w.loading;
      w.counters = rows && rows.kind !== 'direct' ? new LiveCounters(rows) : null;
      const moves = w.counters?.movesAt(LIVE_WINDOW_HOURS, EARLY_MINUTES)?.getTime() ?? Infinity;
      const next = Date.now() + (first ? FIRST_RECONCILE_MS : LIVE_RECONCILE_MS);
      // The window's move is on the panel's clock; the timers run on real time.
      w.recomputeAt = Math.min(next, Date.now() + Math.max(0, moves - now.getTime()));
      const at = this.clock.now();
      for (const fact of w.buffer) if (w.counters && !w.counters.apply(fact, at)) w.stale = true;
    } catch (err) {
      w.stale = true;
      w.recomputeAt = Date.now() + RETRY_MS; // the ticker tries again (and so does the next activity)
      throw err;
    } finally {
      w.recomputing = false;
      w.buffer = [];
      w.loading = undefined;
    }
    if (w.stale) this.schedule(roomId, w);
  }

  /** Says which rooms this instance watches, forgets what others stopped saying, recomputes what is due. */
  private tick(): void {
    const now = Date.now();
    if (now - this.lastAnnounce >= ANNOUNCE_MS) {
      this.lastAnnounce = now;
      if (this.watched.size) this.realtime.toOtherInstances('live:watching', [...this.watched.keys()]);
    }
    for (const [id, until] of this.watchedElsewhere) if (until <= now) this.watchedElsewhere.delete(id);
    for (const [roomId, w] of this.watched) {
      if (w.recomputeAt > now || w.recomputing || w.timer) continue;
      w.stale = true;
      this.schedule(roomId, w, 0);
    }
  }
}

import { forwardRef, Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  classifyContribution,
  CRISIS_CONTEXT_MESSAGES,
  CRISIS_CONTEXT_MINUTES,
  crisisContextMatters,
  detectCrisis,
  extractThemes,
  type CatchUpRequest,
  type CatchUpResult,
  type HistoryPage,
  type PhaseChangeView,
  type ContributionView,
  type PhaseId,
  type PhaseTag,
  type ReactionKind,
  type ReactionSummary,
  type RoomKind,
  type SendContributionInput,
  type SendContributionResult,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { uniqueViolation } from '../../common/pg-errors.js';
import { RealtimeEmitter, socketRooms } from '../../realtime/realtime-emitter.js';
import { AuditService } from '../audit/audit.service.js';
import { RoomActivity } from '../../common/room-activity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SafetyService } from '../safety/safety.service.js';
import { isRoomHost, RoomAccessService } from '../rooms/room-access.service.js';
import {
  CONTRIBUTION_COLUMNS,
  CONTRIBUTION_SELECT,
  type ContributionRow,
  loadReactionCounts,
  reactionSummaries,
  toContributionView,
  type Viewer,
} from './contribution-views.js';

const CATCHUP_DEFAULT = 200;
const CATCHUP_MAX = 500;

/**
 * The caller (parameter `p`) is still an active member of contribution `c`'s room: part of the write
 * statement itself, so a membership that ends between the access check and the write stops the write.
 */
const stillMember = (c: string, p: string) =>
  `EXISTS (SELECT 1 FROM room_members sm WHERE sm.room_id = ${c}.room_id AND sm.membership_id = ${p} AND sm.status = 'active')`;
const affected = (result: unknown): number => (Array.isArray(result) ? Number(result[1] ?? 0) : 0);
const GONE = 'Dit bericht bestaat niet.';

/** Title and body together are what the domain functions read. */
const textOf = (title: string | null | undefined, body: string) => (title ? `${title}\n\n${body}` : body);

@Injectable()
export class ContributionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: RoomAccessService,
    private readonly realtime: RealtimeEmitter,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    /** Crisis cases (a global module that imports rooms, hence the forward reference). */
    @Inject(forwardRef(() => SafetyService)) private readonly safety: SafetyService,
    /** Tells Insight's live session panel that the room's picture changed. */
    @Optional() @Inject(RoomActivity) private readonly activity?: RoomActivity,
  ) {}

  /**
   * Stores a contribution once per client id, whatever the number of retries, and broadcasts it
   * after commit. The per-room sequence is taken under the room row's lock, so seq order is commit order.
   */
  async send(
    actor: Actor,
    input: SendContributionInput,
    reserve: () => () => void = () => () => undefined,
  ): Promise<SendContributionResult> {
    if (!isUuid(input.roomId)) await this.access.member(actor, input.roomId); // throws the 404 of any room
    let release: () => void;
    try {
      release = reserve(); // e.g. the rate limit, given back below when this turns out to be a retry
    } catch (limited) {
      // Over the limit: a non-member still hears "not found" first, and a retry of something already
      // stored is still answered (retries are never rate-limited).
      const [acc, existing] = await Promise.all([
        this.access.member(actor, input.roomId),
        this.findByClientId(actor, input.clientId),
      ]);
      if (existing) return this.duplicate(actor, existing, input.roomId, acc.isHost);
      throw limited;
    }

    const title = input.kind === 'story' ? (input.title ?? '').trim() : null;
    const body = input.body.replace(/\r\n?/g, '\n').trim();
    const text = textOf(title, body);
    const classification = classifyContribution(text);
    const crisis = await this.detectCrisisInContext(actor, input.roomId, text);
    const themes = extractThemes(text);

    let row: (ContributionRow & { room_kind: RoomKind }) | undefined;
    try {
      // One statement, one round trip: it checks membership, that the room is not archived, that the
      // client id is new and that a reply's story can take replies, then takes the room's next seq and
      // inserts. The room row's lock (taken by the UPDATE) is held only until this statement commits, so seq
      // order is commit order. A retry that committed first makes the INSERT fail on
      // uq_contributions_author_client, which rolls the seq back too and is answered below. When a check
      // fails nothing is written and `explainRefusal` says why.
      [row] = await this.ds.query<(ContributionRow & { room_kind: RoomKind })[]>(
        `WITH a AS (
           SELECT r.kind FROM rooms r JOIN room_members rm ON rm.room_id = r.id
            WHERE r.id = $2 AND r.organisation_id = $1 AND rm.membership_id = $3 AND rm.status = 'active'
              AND r.archived_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM contributions d WHERE d.author_membership_id = $3 AND d.client_id = $4)
              AND ($8::bigint IS NULL OR EXISTS (
                SELECT 1 FROM contributions p
                 WHERE p.id = $8 AND p.room_id = $2 AND p.kind = 'story' AND p.reply_to_id IS NULL
                   AND p.deleted_at IS NULL))
         ),
         r AS (UPDATE rooms SET last_seq = last_seq + 1 WHERE id = $2 AND EXISTS (SELECT 1 FROM a) RETURNING last_seq),
         c AS (
           INSERT INTO contributions
             (organisation_id, room_id, seq, author_membership_id, client_id, kind, title, body, reply_to_id,
              phase, phase_suggested, phase_confidence, phase_cues, phase_set_by, themes, crisis)
           SELECT $1, $2, r.last_seq, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11::jsonb, 'classifier', $12::text[], $13
             FROM r
           RETURNING *
         )
         ${CONTRIBUTION_COLUMNS('c', '0')}, a.kind AS room_kind
           FROM c JOIN memberships m ON m.id = c.author_membership_id CROSS JOIN a`,
        [
          actor.organisationId,
          input.roomId,
          actor.membershipId,
          input.clientId,
          input.kind,
          title,
          body,
          input.replyToId ?? null,
          classification.phase,
          classification.confidence,
          JSON.stringify(classification.cues),
          themes,
          crisis.severity,
        ],
      );
    } catch (err) {
      release(); // nothing was stored
      if (uniqueViolation(err) !== 'uq_contributions_author_client') throw err;
      return this.explainRefusal(actor, input); // a retry that committed first
    }
    if (!row) {
      release();
      return this.explainRefusal(actor, input);
    }
    const id = String(row.id);
    const isHost = isRoomHost(row.room_kind, actor.role);

    this.broadcast('contribution:new', row);
    this.activity?.changed(input.roomId);
    if (input.replyToId) {
      const [parent] = await this.ds.query<{ author_membership_id: string | null }[]>(
        `SELECT author_membership_id FROM contributions WHERE id = $1 AND room_id = $2`,
        [input.replyToId, input.roomId],
      );
      if (parent?.author_membership_id)
        await this.notifications.notify({
          organisationId: actor.organisationId,
          recipients: [parent.author_membership_id],
          kind: 'reply_received',
          roomId: input.roomId,
          contributionId: input.replyToId,
          actorMembershipId: actor.membershipId,
        });
    }
    const view = toContributionView(row, { membershipId: actor.membershipId, isHost }, new Map());
    if (crisis.severity === 'none') return { contribution: view, duplicate: false, crisis: crisis.severity };
    const { watched } = await this.safety.raise({
      organisationId: actor.organisationId,
      roomId: input.roomId,
      contributionId: id,
      authorId: actor.membershipId,
      severity: crisis.severity,
    });
    return { contribution: view, duplicate: false, crisis: crisis.severity, watched };
  }

  /**
   * Crisis detection with the author's own recent messages in this room: a plan after a despairing
   * message is acute. Only a message that could be read differently in context costs the extra (indexed:
   * author, created_at) query, so an ordinary send stays one round trip. The rows are scoped to the
   * caller's organisation, membership and room; deleted messages are left out.
   */
  private async detectCrisisInContext(actor: Actor, roomId: string, text: string) {
    const alone = detectCrisis(text);
    if (!crisisContextMatters(alone) || !isUuid(roomId)) return alone;
    const recent = await this.ds.query<{ title: string | null; body: string }[]>(
      `SELECT title, body FROM contributions
        WHERE author_membership_id = $1 AND organisation_id = $2 AND room_id = $3
          AND deleted_at IS NULL AND body IS NOT NULL
          AND created_at > now() - make_interval(mins => $4)
        ORDER BY created_at DESC LIMIT $5`,
      [actor.membershipId, actor.organisationId, roomId, CRISIS_CONTEXT_MINUTES, CRISIS_CONTEXT_MESSAGES],
    );
    if (recent.length === 0) return alone;
    return detectCrisis(text, { recent: recent.map((r) => textOf(r.title, r.body)) });
  }

  /**
   * Why the send statement wrote nothing, checked in the order a person should hear it: not a member
   * (the same 404 as a room that does not exist), a retry of something already stored (answered with
   * it), an archived room (read-only), a reply to something that cannot take replies.
   */
  private async explainRefusal(actor: Actor, input: SendContributionInput): Promise<SendContributionResult> {
    const [acc, existing] = await Promise.all([
      this.access.member(actor, input.roomId),
      this.findByClientId(actor, input.clientId),
    ]);
    if (existing) return this.duplicate(actor, existing, input.roomId, acc.isHost);
    if (acc.archived)
      throw new AppError(
        409,
        'CONFLICT',
        'Deze ruimte is gearchiveerd: je kunt alles teruglezen, maar er niet meer in schrijven.',
      );
    if (input.replyToId) await this.assertReplyTarget(this.ds.manager, input.roomId, input.replyToId);
    // Each check passed a moment later: something changed in between (a membership, a story deleted).
    throw new AppError(409, 'CONFLICT', 'Er veranderde net iets in deze ruimte. Probeer het opnieuw.');
  }

  /** Newest first, `limit` per page, before a sequence number (exclusive). */
  async history(
    actor: Actor,
    roomId: string,
    before: number | undefined,
    limit: number,
  ): Promise<HistoryPage> {
    const acc = await this.access.member(actor, roomId);
    const params: unknown[] = [roomId, limit];
    let where = 'c.room_id = $1';
    if (before !== undefined) {
      params.push(before);
      where += ' AND c.seq < $3';
    }
    const rows = await this.ds.query<ContributionRow[]>(
      `${CONTRIBUTION_SELECT} WHERE ${where} ORDER BY c.seq DESC LIMIT $2`,
      params,
    );
    const items = await this.views(rows, { membershipId: actor.membershipId, isHost: acc.isHost });
    const last = rows[rows.length - 1];
    return {
      items,
      nextBefore: rows.length === limit && last && Number(last.seq) > 1 ? Number(last.seq) : null,
    };
  }

  /** Everything after each room's last seen sequence number, oldest first, from the database. */
  async catchUp(actor: Actor, req: CatchUpRequest): Promise<CatchUpResult> {
    const limit = Math.min(Math.max(req.limit ?? CATCHUP_DEFAULT, 1), CATCHUP_MAX);
    const out: CatchUpResult['rooms'] = [];
    for (const { roomId, afterSeq } of req.rooms) {
      let acc;
      try {
        acc = await this.access.member(actor, roomId);
      } catch {
        continue; // not (or no longer) a member: nothing, not even an error that confirms the room exists
      }
      const rows = await this.ds.query<ContributionRow[]>(
        `${CONTRIBUTION_SELECT} WHERE c.room_id = $1 AND c.seq > $2 ORDER BY c.seq ASC LIMIT $3`,
        [roomId, afterSeq, limit + 1],
      );
      const hasMore = rows.length > limit;
      const page = rows.slice(0, limit);
      const items = await this.views(page, { membershipId: actor.membershipId, isHost: acc.isHost });
      out.push({ roomId, items, hasMore, lastSeq: items.length ? items[items.length - 1]!.seq : afterSeq });
    }
    return { rooms: out };
  }

  async replies(actor: Actor, contributionId: string): Promise<ContributionView[]> {
    const parent = await this.visible(actor, contributionId);
    const rows = await this.ds.query<ContributionRow[]>(
      `${CONTRIBUTION_SELECT} WHERE c.reply_to_id = $1 ORDER BY c.seq ASC LIMIT 500`,
      [contributionId],
    );
    return this.views(rows, { membershipId: actor.membershipId, isHost: parent.isHost });
  }

  async one(actor: Actor, contributionId: string): Promise<ContributionView> {
    const { row, isHost } = await this.visible(actor, contributionId);
    return (await this.views([row], { membershipId: actor.membershipId, isHost }))[0]!;
  }

  async edit(actor: Actor, id: string, body: string, title?: string): Promise<ContributionView> {
    const { row, isHost } = await this.ownLive(actor, id);
    const newTitle = row.kind === 'story' ? (title ?? row.title ?? '').trim() : null;
    const newBody = body.replace(/\r\n?/g, '\n').trim();
    const text = textOf(newTitle, newBody);
    const classification = classifyContribution(text);
    const crisis = detectCrisis(text);
    const edited = await this.ds.query(
      `UPDATE contributions SET title = $2, body = $3, edited_at = now(), phase_suggested = $4, phase_confidence = $5,
              phase_cues = $6::jsonb, themes = $7::text[], crisis = $8,
              phase = CASE WHEN phase_set_by = 'classifier' THEN $4 ELSE phase END
        WHERE id = $1 AND author_membership_id = $9 AND deleted_at IS NULL AND ${stillMember('contributions', '$9')}`,
      [
        id,
        newTitle,
        newBody,
        classification.phase,
        classification.confidence,
        JSON.stringify(classification.cues),
        extractThemes(text),
        crisis.severity,
        actor.membershipId,
      ],
    );
    if (!affected(edited)) throw notFound(GONE);
    const updated = await this.row(id);
    this.broadcast('contribution:updated', updated);
    if (crisis.severity !== 'none') {
      // A first flag opens the case; a flag on an edit of a flagged message joins (and may raise) it.
      await this.safety.raise({
        organisationId: actor.organisationId,
        roomId: row.room_id,
        contributionId: id,
        authorId: actor.membershipId,
        severity: crisis.severity,
      });
    }
    return (await this.views([updated], { membershipId: actor.membershipId, isHost }))[0]!;
  }

  /** Deletion keeps a tombstone (who, when, where) without content, for the audit trail. */
  async remove(actor: Actor, id: string): Promise<void> {
    const { row } = await this.ownLive(actor, id);
    const removed = await this.ds.query(
      `UPDATE contributions SET title = NULL, body = NULL, phase_cues = '[]'::jsonb, themes = '{}', deleted_at = now()
        WHERE id = $1 AND author_membership_id = $2 AND deleted_at IS NULL AND ${stillMember('contributions', '$2')}`,
      [id, actor.membershipId],
    );
    if (!affected(removed)) throw notFound(GONE);
    await this.audit.record(actor, 'contribution.delete', {
      targetType: 'contribution',
      targetId: id,
      details: { roomId: row.room_id },
    });
    this.broadcast('contribution:updated', await this.row(id));
    this.activity?.changed(row.room_id);
  }

  /** Only the author sets or clears the phase of their own contribution; every change is kept. */
  async setPhase(actor: Actor, id: string, phase: PhaseId | null): Promise<PhaseTag> {
    const { row, isHost } = await this.ownLive(actor, id);
    await this.ds.transaction(async (em) => {
      const set = await em.query(
        `UPDATE contributions SET phase = $2, phase_set_by = 'author'
          WHERE id = $1 AND author_membership_id = $3 AND deleted_at IS NULL AND ${stillMember('contributions', '$3')}`,
        [id, phase, actor.membershipId],
      );
      if (!affected(set)) throw notFound(GONE);
      await em.query(
        `INSERT INTO phase_changes (organisation_id, contribution_id, changed_by, from_phase, to_phase) VALUES ($1, $2, $3, $4, $5)`,
        [actor.organisationId, id, actor.membershipId, row.phase, phase],
      );
    });
    const updated = await this.row(id);
    // Only the author's and the hosts' sockets: nobody else ever receives a phase label.
    const view = toContributionView(
      updated,
      { membershipId: actor.membershipId, isHost: true },
      await loadReactionCounts(this.ds.manager, [id], null),
    );
    this.realtime.toRooms(
      [socketRooms.roomHosts(row.room_id), socketRooms.member(actor.membershipId)],
      'contribution:updated',
      view,
    );
    this.activity?.changed(row.room_id);
    return (await this.views([updated], { membershipId: actor.membershipId, isHost }))[0]!.phaseTag!;
  }

  async phaseHistory(actor: Actor, id: string): Promise<PhaseChangeView[]> {
    const { row, isHost } = await this.visible(actor, id);
    if (!isHost && row.author_membership_id !== actor.membershipId) throw forbidden();
    const rows = await this.ds.query<
      { from_phase: PhaseId | null; to_phase: PhaseId | null; at: Date; changed_by: string }[]
    >(
      `SELECT from_phase, to_phase, at, changed_by FROM phase_changes WHERE contribution_id = $1 ORDER BY at`,
      [id],
    );
    return rows.map((r) => ({
      fromPhase: r.from_phase,
      toPhase: r.to_phase,
      at: new Date(r.at).toISOString(),
      byAuthor: r.changed_by === row.author_membership_id,
    }));
  }

  /** Herkenning is recorded as a recognition between two members; the others are plain reactions. */
  async setReaction(
    actor: Actor,
    contributionId: string,
    kind: ReactionKind,
    on: boolean,
  ): Promise<{ reactions: ReactionSummary[] }> {
    const { row } = await this.visible(actor, contributionId);
    if (row.deleted_at || row.hidden_at)
      throw new AppError(409, 'CONFLICT', 'Op dit bericht kun je niet meer reageren.');
    if (kind === 'herkenning') {
      if (row.author_membership_id === actor.membershipId) {
        throw new AppError(400, 'VALIDATION_FAILED', 'Herkenning geef je aan een ander, niet aan jezelf.');
      }
      if (on) {
        const inserted = await this.ds.query<unknown[]>(
          `INSERT INTO recognitions (organisation_id, room_id, contribution_id, from_membership_id, to_membership_id)
           SELECT $1, $2, $3, $4, $5 FROM (SELECT $2::uuid AS room_id) x WHERE ${stillMember('x', '$4')}
           ON CONFLICT (contribution_id, from_membership_id) DO NOTHING RETURNING 1`,
          [actor.organisationId, row.room_id, contributionId, actor.membershipId, row.author_membership_id],
        );
        // The kantelpunt comes back to the person who shared: a count, never who (the reactor stays unnamed).
        if (inserted.length > 0 && row.author_membership_id) {
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
        await this.ds.query(
          `DELETE FROM recognitions WHERE contribution_id = $1 AND from_membership_id = $2 AND ${stillMember('recognitions', '$2')}`,
          [contributionId, actor.membershipId],
        );
      }
    } else if (on) {
      await this.ds.query(
        `INSERT INTO reactions (organisation_id, room_id, contribution_id, membership_id, kind)
         SELECT $1, $2, $3, $4, $5 FROM (SELECT $2::uuid AS room_id) x WHERE ${stillMember('x', '$4')}
         ON CONFLICT (contribution_id, membership_id, kind) DO NOTHING`,
        [actor.organisationId, row.room_id, contributionId, actor.membershipId, kind],
      );
    } else {
      await this.ds.query(
        `DELETE FROM reactions WHERE contribution_id = $1 AND membership_id = $2 AND kind = $3 AND ${stillMember('reactions', '$2')}`,
        [contributionId, actor.membershipId, kind],
      );
    }
    const counts = await loadReactionCounts(this.ds.manager, [contributionId], actor.membershipId);
    const reactions = reactionSummaries(counts, contributionId);
    if (kind === 'herkenning') this.activity?.changed(row.room_id);
    this.realtime.toRooms([socketRooms.room(row.room_id)], 'reaction:changed', {
      contributionId,
      roomId: row.room_id,
      reactions: reactions.map(({ kind: k, count }) => ({ kind: k, count })),
    });
    return { reactions };
  }

  async markRead(actor: Actor, roomId: string, seq: number): Promise<{ unread: number }> {
    await this.access.member(actor, roomId);
    await this.ds.query(
      `UPDATE room_members SET last_read_seq = GREATEST(last_read_seq, LEAST($3::bigint, (SELECT last_seq FROM rooms WHERE id = $1)))
        WHERE room_id = $1 AND membership_id = $2 AND status = 'active'`,
      [roomId, actor.membershipId, seq],
    );
    const [row] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM contributions c JOIN room_members rm ON rm.room_id = c.room_id AND rm.membership_id = $2
        WHERE c.room_id = $1 AND c.seq > rm.last_read_seq AND c.author_membership_id <> $2 AND c.deleted_at IS NULL`,
      [roomId, actor.membershipId],
    );
    return { unread: row?.n ?? 0 };
  }

  /** Sends each viewer the version they may see: hosts and the author get tags, the rest do not. */
  broadcast(event: 'contribution:new' | 'contribution:updated', row: ContributionRow): void {
    const roomId = row.room_id;
    const privileged = [socketRooms.roomHosts(roomId), socketRooms.member(row.author_membership_id)];
    const empty = new Map();
    const publicView = toContributionView(row, null, empty);
    const privateView = toContributionView(
      row,
      { membershipId: row.author_membership_id, isHost: true },
      empty,
    );
    if (event === 'contribution:updated') {
      // Updates carry current reaction counts; new contributions have none yet.
      void loadReactionCounts(this.ds.manager, [String(row.id)], null).then((counts) => {
        const reactions = reactionSummaries(counts, String(row.id));
        this.realtime.toRoomsExcept([socketRooms.room(roomId)], privileged, event, {
          ...publicView,
          reactions,
        });
        this.realtime.toRooms(privileged, event, { ...privateView, reactions });
      });
      return;
    }
    this.realtime.toRoomsExcept([socketRooms.room(roomId)], privileged, event, publicView);
    this.realtime.toRooms(privileged, event, privateView);
  }

  async row(id: string, em: EntityManager = this.ds.manager): Promise<ContributionRow> {
    const [row] = await em.query<ContributionRow[]>(`${CONTRIBUTION_SELECT} WHERE c.id = $1`, [id]);
    if (!row) throw notFound('Dit bericht bestaat niet.');
    return row;
  }

  private async views(rows: ContributionRow[], viewer: Viewer): Promise<ContributionView[]> {
    const counts = await loadReactionCounts(
      this.ds.manager,
      rows.map((r) => String(r.id)),
      viewer.membershipId,
    );
    return rows.map((r) => toContributionView(r, viewer, counts));
  }

  /** A contribution in a room the caller is an active member of; otherwise 404, like a room. */
  /** Where a contribution is and what detection said, for someone who may see it (404 otherwise). */
  async locate(
    actor: Actor,
    id: string,
  ): Promise<{ roomId: string; crisis: ContributionRow['crisis']; isHost: boolean }> {
    const { row, isHost } = await this.visible(actor, id);
    if (row.deleted_at !== null) throw notFound('Dit bericht bestaat niet.');
    return { roomId: row.room_id, crisis: row.crisis, isHost };
  }

  private async visible(actor: Actor, id: string): Promise<{ row: ContributionRow; isHost: boolean }> {
    if (!/^\d{1,18}$/.test(id)) throw notFound('Dit bericht bestaat niet.');
    const [row] = await this.ds.query<ContributionRow[]>(
      `${CONTRIBUTION_SELECT} WHERE c.id = $1 AND c.organisation_id = $2`,
      [id, actor.organisationId],
    );
    if (!row) throw notFound('Dit bericht bestaat niet.');
    const acc = await this.access.member(actor, row.room_id).catch(() => null);
    if (!acc) throw notFound('Dit bericht bestaat niet.');
    return { row, isHost: acc.isHost };
  }

  private async ownLive(actor: Actor, id: string): Promise<{ row: ContributionRow; isHost: boolean }> {
    const found = await this.visible(actor, id);
    if (found.row.author_membership_id !== actor.membershipId)
      throw forbidden('Je kunt alleen je eigen berichten aanpassen.');
    if (found.row.deleted_at) throw new AppError(409, 'CONFLICT', 'Dit bericht is verwijderd.');
    return found;
  }

  private async findByClientId(
    actor: Actor,
    clientId: string,
    em: EntityManager = this.ds.manager,
  ): Promise<string | null> {
    const [row] = await em.query<{ id: string }[]>(
      `SELECT id FROM contributions WHERE author_membership_id = $1 AND client_id = $2`,
      [actor.membershipId, clientId],
    );
    return row ? String(row.id) : null;
  }

  private async duplicate(
    actor: Actor,
    id: string,
    roomId: string,
    isHost: boolean,
  ): Promise<SendContributionResult> {
    const row = await this.row(id);
    if (row.room_id !== roomId)
      throw new AppError(409, 'CONFLICT', 'Deze clientId hoort bij een ander bericht.');
    const [view] = await this.views([row], { membershipId: actor.membershipId, isHost });
    if (row.crisis === 'none') return { contribution: view!, duplicate: true, crisis: row.crisis };
    const watched = await this.safety.watchedNow(actor.organisationId);
    return { contribution: view!, duplicate: true, crisis: row.crisis, watched };
  }

  private async assertReplyTarget(em: EntityManager, roomId: string, replyToId: string): Promise<void> {
    const [parent] = await em.query<{ kind: string; reply_to_id: string | null; deleted_at: Date | null }[]>(
      `SELECT kind, reply_to_id, deleted_at FROM contributions WHERE id = $1 AND room_id = $2`,
      [replyToId, roomId],
    );
    if (!parent) throw notFound('Het verhaal waarop je reageert bestaat niet (meer).');
    if (parent.kind !== 'story' || parent.reply_to_id !== null) {
      throw new AppError(400, 'VALIDATION_FAILED', 'Je kunt alleen op een verhaal reageren.');
    }
    if (parent.deleted_at) throw new AppError(409, 'CONFLICT', 'Dit verhaal is verwijderd.');
  }
}

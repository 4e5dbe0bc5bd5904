import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CRISIS_CONTEXT_MESSAGES,
  CRISIS_CONTEXT_MINUTES,
  crisisContextMatters,
  detectCrisis,
  type ContributionView,
  type CrisisDetection,
  type PhaseId,
  type PhaseTag,
  type RoomKind,
  type SendContributionInput,
  type SendContributionResult,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { uniqueViolation } from '../../common/pg-errors.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { AuditService } from '../audit/audit.service.js';
import { RoomActivity } from '../../common/room-activity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { isRoomHost, RoomAccessService } from '../rooms/room-access.service.js';
import { assertContributionShape } from './contribution-limits.js';
import { type ContributionRow, reactionSummaries, toContributionView } from './contribution-views.js';
import { ContributionReadsService } from './contribution-reads.service.js';
import { ContributionsRepository } from './contributions.repository.js';
import { CRISIS_CASES, type CrisisCases } from './crisis-cases.js';
import { SendBatcher } from './send-batcher.js';
import { ContributionRateLimits } from './send-limits.js';
import { TextReader } from './text-reader.js';

const GONE = 'Dit bericht bestaat niet.';

/** Title and body together are what the domain functions read. */
const textOf = (title: string | null | undefined, body: string) => (title ? `${title}\n\n${body}` : body);

@Injectable()
export class ContributionsService {
  constructor(
    private readonly repo: ContributionsRepository,
    private readonly sends: SendBatcher,
    private readonly reads: ContributionReadsService,
    private readonly access: RoomAccessService,
    private readonly limits: ContributionRateLimits,
    private readonly reader: TextReader,
    private readonly realtime: RealtimeEmitter,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    /** Crisis cases: the safety module provides them (it reads contributions, so it is not imported here). */
    @Inject(CRISIS_CASES) private readonly safety: CrisisCases,
    /** Tells Insight's live session panel that the room's picture changed. */
    @Optional() @Inject(RoomActivity) private readonly activity?: RoomActivity,
  ) {}

  /**
   * What a member writes, from the socket event or the REST route alike: the size rules per kind, the
   * flood limit (a retry of something already stored is answered, never rate-limited), then `store`.
   */
  async submit(actor: Actor, input: SendContributionInput): Promise<SendContributionResult> {
    assertContributionShape(input.kind, input.body, input.title);
    return this.store(actor, input, () => this.limits.reserveSend(actor.membershipId, input.roomId));
  }

  /**
   * A message the API composes on someone's behalf (a check-in they wrote through a form): stored like
   * any contribution, without the flood limit.
   */
  send(actor: Actor, input: SendContributionInput): Promise<SendContributionResult> {
    return this.store(actor, input, () => () => undefined);
  }

  /**
   * Stores a contribution once per client id, whatever the number of retries, and broadcasts it
   * after commit. The per-room sequence is taken under the room row's lock, so seq order is commit order.
   */
  private async store(
    actor: Actor,
    input: SendContributionInput,
    reserve: () => () => void,
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
    // Phase, crisis signs and themes, on the text reader's thread (the send's largest CPU cost).
    const { classification, crisis: alone, themes } = await this.reader.read(text);
    const crisis = await this.detectCrisisInContext(actor, input.roomId, text, alone);

    let row: (ContributionRow & { room_kind: RoomKind }) | undefined;
    try {
      // Checked and written in one statement, with the other sends of this moment (group commit, see
      // SendBatcher); settles after that commit. When a check fails nothing is written for this send
      // and `explainRefusal` says why.
      row = await this.sends.insert({
        organisationId: actor.organisationId,
        roomId: input.roomId,
        authorId: actor.membershipId,
        clientId: input.clientId,
        kind: input.kind,
        title,
        body,
        replyToId: input.replyToId ?? null,
        phase: classification.phase,
        confidence: classification.confidence,
        cues: classification.cues,
        themes,
        crisis: crisis.severity,
      });
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
    this.activity?.contributed(row);
    if (input.replyToId) {
      const parentAuthor = await this.repo.authorOf(input.replyToId, input.roomId);
      if (parentAuthor)
        await this.notifications.notify({
          organisationId: actor.organisationId,
          recipients: [parentAuthor],
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
  private async detectCrisisInContext(actor: Actor, roomId: string, text: string, alone: CrisisDetection) {
    if (!crisisContextMatters(alone) || !isUuid(roomId)) return alone;
    const recent = await this.repo.recentTexts(
      actor.membershipId,
      actor.organisationId,
      roomId,
      CRISIS_CONTEXT_MINUTES,
      CRISIS_CONTEXT_MESSAGES,
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
    if (input.replyToId) await this.assertReplyTarget(input.roomId, input.replyToId);
    // Each check passed a moment later: something changed in between (a membership, a story deleted).
    throw new AppError(409, 'CONFLICT', 'Er veranderde net iets in deze ruimte. Probeer het opnieuw.');
  }

  /** The author's edit; the size rules are those of the contribution's kind. */
  async edit(actor: Actor, id: string, body: string, title?: string): Promise<ContributionView> {
    const current = await this.reads.one(actor, id);
    assertContributionShape(current.kind, body, current.kind === 'story' ? (title ?? current.title) : title);
    const { row, isHost } = await this.ownLive(actor, id);
    const newTitle = row.kind === 'story' ? (title ?? row.title ?? '').trim() : null;
    const newBody = body.replace(/\r\n?/g, '\n').trim();
    const text = textOf(newTitle, newBody);
    // Read as a new contribution's text is (on the reader's thread when it runs), with the same functions.
    const { classification, crisis, themes } = await this.reader.read(text);
    const edited = await this.repo.updateText(id, actor.membershipId, {
      title: newTitle,
      body: newBody,
      phase: classification.phase,
      confidence: classification.confidence,
      cues: classification.cues,
      themes,
      crisis: crisis.severity,
    });
    if (!edited) throw notFound(GONE);
    const updated = await this.reads.row(id);
    this.broadcast('contribution:updated', updated);
    this.activity?.changed(row.room_id); // characters and phase may both have moved
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
    return (await this.reads.views([updated], { membershipId: actor.membershipId, isHost }))[0]!;
  }

  /** Deletion keeps a tombstone (who, when, where) without content, for the audit trail. */
  async remove(actor: Actor, id: string): Promise<void> {
    const { row } = await this.ownLive(actor, id);
    if (!(await this.repo.tombstone(id, actor.membershipId))) throw notFound(GONE);
    await this.audit.record(actor, 'contribution.delete', {
      targetType: 'contribution',
      targetId: id,
      details: { roomId: row.room_id },
    });
    this.broadcast('contribution:updated', await this.reads.row(id));
    this.activity?.changed(row.room_id);
  }

  /** Only the author sets or clears the phase of their own contribution; every change is kept. */
  async setPhase(actor: Actor, id: string, phase: PhaseId | null): Promise<PhaseTag> {
    const { row, isHost } = await this.ownLive(actor, id);
    if (!(await this.repo.setPhase(actor.organisationId, id, actor.membershipId, row.phase, phase)))
      throw notFound(GONE);
    const updated = await this.reads.row(id);
    // Only the author's and the hosts' sockets: nobody else ever receives a phase label.
    const view = toContributionView(
      updated,
      { membershipId: actor.membershipId, isHost: true },
      await this.repo.reactionCounts([id], null),
    );
    this.realtime.toRoomStaff(row.room_id, [actor.membershipId], 'contribution:updated', view);
    this.activity?.phaseSet(row.room_id, id, row.phase, phase);
    return (await this.reads.views([updated], { membershipId: actor.membershipId, isHost }))[0]!.phaseTag!;
  }

  /** Sends each viewer the version they may see: hosts and the author get tags, the rest do not. */
  broadcast(event: 'contribution:new' | 'contribution:updated', row: ContributionRow): void {
    const roomId = row.room_id;
    const empty = new Map();
    const publicView = toContributionView(row, null, empty);
    const privateView = toContributionView(
      row,
      { membershipId: row.author_membership_id, isHost: true },
      empty,
    );
    if (event === 'contribution:updated') {
      // Updates carry current reaction counts; new contributions have none yet.
      void this.repo.reactionCounts([String(row.id)], null).then((counts) => {
        const reactions = reactionSummaries(counts, String(row.id));
        this.realtime.toRoomViewers(
          roomId,
          row.author_membership_id,
          event,
          { ...publicView, reactions },
          { ...privateView, reactions },
        );
      });
      return;
    }
    this.realtime.toRoomViewers(roomId, row.author_membership_id, event, publicView, privateView);
  }

  /** Hidden after reports from several members (unless hidden already); announced by the caller. */
  hideAfterReports(id: string, reason: string): Promise<void> {
    return this.repo.hideByReports(id, reason);
  }

  /** A host's decision, inside the caller's transaction (`em`), after its host check there. */
  setHidden(em: EntityManager, id: string, hidden: { reason: string; by: string } | null): Promise<void> {
    return hidden ? this.repo.hideByFacilitator(em, id, hidden.reason, hidden.by) : this.repo.unhide(em, id);
  }

  /** Sends everyone in the room the contribution as it is now, each the version they may see. */
  async announceUpdate(id: string): Promise<void> {
    this.broadcast('contribution:updated', await this.reads.row(id));
  }

  private async ownLive(actor: Actor, id: string): Promise<{ row: ContributionRow; isHost: boolean }> {
    const found = await this.reads.visible(actor, id);
    if (found.row.author_membership_id !== actor.membershipId)
      throw forbidden('Je kunt alleen je eigen berichten aanpassen.');
    if (found.row.deleted_at) throw new AppError(409, 'CONFLICT', 'Dit bericht is verwijderd.');
    return found;
  }

  private findByClientId(actor: Actor, clientId: string): Promise<string | null> {
    return this.repo.idByClientId(actor.membershipId, clientId);
  }

  private async duplicate(
    actor: Actor,
    id: string,
    roomId: string,
    isHost: boolean,
  ): Promise<SendContributionResult> {
    const row = await this.reads.row(id);
    if (row.room_id !== roomId)
      throw new AppError(409, 'CONFLICT', 'Deze clientId hoort bij een ander bericht.');
    const [view] = await this.reads.views([row], { membershipId: actor.membershipId, isHost });
    if (row.crisis === 'none') return { contribution: view!, duplicate: true, crisis: row.crisis };
    const watched = await this.safety.watchedNow(actor.organisationId);
    return { contribution: view!, duplicate: true, crisis: row.crisis, watched };
  }

  private async assertReplyTarget(roomId: string, replyToId: string): Promise<void> {
    const parent = await this.repo.replyTarget(roomId, replyToId);
    if (!parent) throw notFound('Het verhaal waarop je reageert bestaat niet (meer).');
    if (parent.kind !== 'story' || parent.reply_to_id !== null) {
      throw new AppError(400, 'VALIDATION_FAILED', 'Je kunt alleen op een verhaal reageren.');
    }
    if (parent.deleted_at) throw new AppError(409, 'CONFLICT', 'Dit verhaal is verwijderd.');
  }
}

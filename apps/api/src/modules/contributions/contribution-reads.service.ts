import { Injectable } from '@nestjs/common';
import type {
  CatchUpRequest,
  CatchUpResult,
  ContributionView,
  HistoryPage,
  PhaseChangeView,
  RoomMemberView,
} from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { type RoomAccess, RoomAccessService } from '../rooms/room-access.service.js';
import {
  type ContributionRow,
  countsOfRows,
  type PagedRow,
  toContributionView,
  type Viewer,
} from './contribution-views.js';
import { ContributionsRepository } from './contributions.repository.js';

const CATCHUP_DEFAULT = 200;
const CATCHUP_MAX = 500;

/**
 * Reading contributions, each as the caller may see it: a room's history and catch-up, replies, one
 * contribution, its phase history. Every read checks room membership first (404 like a room otherwise).
 */
@Injectable()
export class ContributionReadsService {
  constructor(
    private readonly repo: ContributionsRepository,
    private readonly access: RoomAccessService,
  ) {}

  /** Newest first, `limit` per page, before a sequence number (exclusive). */
  async history(
    actor: Actor,
    roomId: string,
    before: number | undefined,
    limit: number,
  ): Promise<HistoryPage> {
    const { acc, rows } = await this.page(actor, roomId, { before }, limit);
    const items = this.pageViews(rows, { membershipId: actor.membershipId, isHost: acc.isHost });
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
      let acc, rows;
      try {
        ({ acc, rows } = await this.page(actor, roomId, { after: afterSeq }, limit + 1));
      } catch (err) {
        // Not (or no longer) a member: nothing, not even an error that confirms the room exists.
        if (err instanceof AppError && err.getStatus() === 404) continue;
        throw err;
      }
      const hasMore = rows.length > limit;
      const page = rows.slice(0, limit);
      const items = this.pageViews(page, { membershipId: actor.membershipId, isHost: acc.isHost });
      out.push({ roomId, items, hasMore, lastSeq: items.length ? items[items.length - 1]!.seq : afterSeq });
    }
    return { rooms: out };
  }

  async replies(actor: Actor, contributionId: string): Promise<ContributionView[]> {
    const parent = await this.visible(actor, contributionId);
    const rows = await this.repo.replies(contributionId);
    return this.views(rows, { membershipId: actor.membershipId, isHost: parent.isHost });
  }

  async one(actor: Actor, contributionId: string): Promise<ContributionView> {
    const { row, isHost } = await this.visible(actor, contributionId);
    return (await this.views([row], { membershipId: actor.membershipId, isHost }))[0]!;
  }

  async phaseHistory(actor: Actor, id: string): Promise<PhaseChangeView[]> {
    const { row, isHost } = await this.visible(actor, id);
    if (!isHost && row.author_membership_id !== actor.membershipId) throw forbidden();
    const rows = await this.repo.phaseChanges(id);
    return rows.map((r) => ({
      fromPhase: r.from_phase,
      toPhase: r.to_phase,
      at: new Date(r.at).toISOString(),
      byAuthor: r.changed_by === row.author_membership_id,
    }));
  }

  /** For moderation's list of reports (staff only): each contribution's author and whether it is hidden. */
  async authorsOf(ids: string[]): Promise<Map<string, { author: RoomMemberView; hidden: boolean }>> {
    const rows = ids.length ? await this.repo.authorsOf(ids) : [];
    return new Map(
      rows.map((r) => [
        String(r.id),
        {
          author: { membershipId: r.author_id, displayName: r.author_name, avatarColor: r.author_color },
          hidden: r.hidden,
        },
      ]),
    );
  }

  async row(id: string): Promise<ContributionRow> {
    const row = await this.repo.byId(id);
    if (!row) throw notFound('Dit bericht bestaat niet.');
    return row;
  }

  /**
   * A page of the room for an active member, with the membership check, the page and its reactions in one
   * statement (one round trip instead of three); the 404 of any room for anyone else.
   */
  private async page(
    actor: Actor,
    roomId: string,
    range: { before?: number } | { after: number },
    limit: number,
  ): Promise<{ acc: RoomAccess; rows: PagedRow[] }> {
    if (!isUuid(roomId)) await this.access.member(actor, roomId); // throws the 404 of any room
    const { access, rows } = await this.repo.pageWithAccess(actor, roomId, range, limit);
    return { acc: this.access.granted(actor, roomId, access), rows };
  }

  private pageViews(rows: PagedRow[], viewer: Viewer): ContributionView[] {
    const counts = countsOfRows(rows);
    return rows.map((r) => toContributionView(r, viewer, counts));
  }

  /** Rows as this viewer may see them, with reaction counts. */
  async views(rows: ContributionRow[], viewer: Viewer): Promise<ContributionView[]> {
    const counts = await this.repo.reactionCounts(
      rows.map((r) => String(r.id)),
      viewer.membershipId,
    );
    return rows.map((r) => toContributionView(r, viewer, counts));
  }

  /** Where a contribution is and what detection said, for someone who may see it (404 otherwise). */
  async locate(
    actor: Actor,
    id: string,
  ): Promise<{ roomId: string; crisis: ContributionRow['crisis']; isHost: boolean }> {
    const { row, isHost } = await this.visible(actor, id);
    if (row.deleted_at !== null) throw notFound('Dit bericht bestaat niet.');
    return { roomId: row.room_id, crisis: row.crisis, isHost };
  }

  /** A contribution in a room the caller is an active member of; otherwise 404, like a room. */
  async visible(actor: Actor, id: string): Promise<{ row: ContributionRow; isHost: boolean }> {
    if (!/^\d{1,18}$/.test(id)) throw notFound('Dit bericht bestaat niet.');
    const row = await this.repo.byIdIn(actor.organisationId, id);
    if (!row) throw notFound('Dit bericht bestaat niet.');
    const acc = await this.access.member(actor, row.room_id).catch(() => null);
    if (!acc) throw notFound('Dit bericht bestaat niet.');
    return { row, isHost: acc.isHost };
  }
}

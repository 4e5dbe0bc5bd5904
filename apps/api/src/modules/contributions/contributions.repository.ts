import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CrisisSeverity, PhaseId, ReactionKind, RoomKind } from '@spiegel/domain';
import { poolQuery } from '../../database/pool-query.js';
import { roomSql } from '../rooms/room-sql.js';
import type { ContributionRow, PagedRow, ReactionCounts } from './contribution-views.js';

/**
 * The columns of a ContributionRow from contributions `c` joined with the author's membership `m`;
 * `replyCount` is the SQL for reply_count (a new contribution has none yet, so its insert passes 0).
 */
export const CONTRIBUTION_COLUMNS = (c: string, replyCount: string) => `
  SELECT ${c}.id, ${c}.room_id, ${c}.seq, ${c}.client_id, ${c}.kind, ${c}.author_membership_id,
         m.display_name AS author_name, m.avatar_color AS author_color,
         ${c}.title, ${c}.body, ${c}.reply_to_id,
         (${replyCount})::int AS reply_count,
         ${c}.phase, ${c}.phase_suggested, ${c}.phase_confidence, ${c}.phase_cues, ${c}.phase_set_by, ${c}.crisis,
         ${c}.created_at, ${c}.edited_at, ${c}.deleted_at, ${c}.hidden_at, ${c}.hidden_reason, ${c}.hidden_by`;

/** The SELECT every contribution read goes through, with `extra` columns; callers add WHERE / ORDER / LIMIT. */
const CONTRIBUTION_SELECT_WITH = (extra?: string) => `${CONTRIBUTION_COLUMNS(
  'c',
  'SELECT count(*) FROM contributions r WHERE r.reply_to_id = c.id AND r.deleted_at IS NULL',
)}${extra ? `, ${extra}` : ''}
    FROM contributions c JOIN member_names m ON m.id = c.author_membership_id`;
const CONTRIBUTION_SELECT = CONTRIBUTION_SELECT_WITH();

/**
 * The reactions and herkenningen of the contribution of row alias `c`, as `[kind, count, mine]` per kind
 * (mine: viewer parameter `viewer` is one of them), the same figures as `reactionCounts`; both branches are
 * index-only scans of the unique indexes (contribution, member, kind) and (contribution, giver).
 */
const REACTIONS_OF = (c: string, viewer: string) =>
  `(SELECT json_agg(json_build_array(x.kind, x.n, x.mine)) FROM (
      SELECT kind::text AS kind, count(*)::int AS n, bool_or(membership_id = ${viewer}) AS mine
        FROM reactions WHERE contribution_id = ${c}.id GROUP BY kind
      UNION ALL
      SELECT 'herkenning', count(*)::int, bool_or(from_membership_id = ${viewer})
        FROM recognitions WHERE contribution_id = ${c}.id HAVING count(*) > 0) x)`;

/** The caller (parameter `p`) is still an active member of the room of row alias `c`. */
const stillMember = (c: string, p: string) => roomSql.isActiveMember(`${c}.room_id`, p);

/**
 * The statement of `pageWithAccess` for each kind of page: $1 room, $2 organisation, $3 viewer, $4 limit,
 * $5 the sequence number the page starts after or ends before. Fixed texts, so each is prepared once per
 * connection (its text neither sent nor parsed again); PostgreSQL still plans each run for its values.
 */
const PAGE_SQL = (() => {
  const sql = (where: string, order: 'ASC' | 'DESC') =>
    `SELECT a.kind AS access_kind, a.archived AS access_archived, p.*
       FROM (${roomSql.memberAccess('$2', '$1', '$3')}) a
       LEFT JOIN LATERAL (${CONTRIBUTION_SELECT_WITH(`${REACTIONS_OF('c', '$3')} AS reactions`)}
                           WHERE ${where} ORDER BY c.seq ${order} LIMIT $4) p ON true
      ORDER BY p.seq ${order}`;
  return {
    latest: sql('c.room_id = $1', 'DESC'),
    before: sql('c.room_id = $1 AND c.seq < $5', 'DESC'),
    after: sql('c.room_id = $1 AND c.seq > $5', 'ASC'),
  } as const;
})();
const affected = (result: unknown): number => (Array.isArray(result) ? Number(result[1] ?? 0) : 0);

export interface ContributionText {
  title: string | null;
  body: string;
  phase: PhaseId | null;
  confidence: number;
  cues: string[];
  themes: string[];
  crisis: CrisisSeverity;
}

/**
 * All SQL on `contributions`, `phase_changes`, `reactions` and `recognitions`. Writes that a member makes
 * carry the membership check inside the statement (`roomSql.isActiveMember`), so a membership that ends
 * between the service's access check and the write stops the write.
 */
@Injectable()
export class ContributionsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The author's own recent, not deleted texts in a room (indexed: author, created_at), newest first. */
  recentTexts(
    authorId: string,
    organisationId: string,
    roomId: string,
    minutes: number,
    limit: number,
  ): Promise<{ title: string | null; body: string }[]> {
    return this.ds.query(
      `SELECT title, body FROM contributions
        WHERE author_membership_id = $1 AND organisation_id = $2 AND room_id = $3
          AND deleted_at IS NULL AND body IS NOT NULL
          AND created_at > now() - make_interval(mins => $4)
        ORDER BY created_at DESC LIMIT $5`,
      [authorId, organisationId, roomId, minutes, limit],
    );
  }

  async authorOf(id: string, roomId: string): Promise<string | null> {
    const [parent] = await this.ds.query<{ author_membership_id: string | null }[]>(
      `SELECT author_membership_id FROM contributions WHERE id = $1 AND room_id = $2`,
      [id, roomId],
    );
    return parent?.author_membership_id ?? null;
  }

  async replyTarget(
    roomId: string,
    id: string,
  ): Promise<{ kind: string; reply_to_id: string | null; deleted_at: Date | null } | undefined> {
    const [parent] = await this.ds.query<
      { kind: string; reply_to_id: string | null; deleted_at: Date | null }[]
    >(`SELECT kind, reply_to_id, deleted_at FROM contributions WHERE id = $1 AND room_id = $2`, [id, roomId]);
    return parent;
  }

  async idByClientId(authorId: string, clientId: string): Promise<string | null> {
    const [row] = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM contributions WHERE author_membership_id = $1 AND client_id = $2`,
      [authorId, clientId],
    );
    return row ? String(row.id) : null;
  }

  /**
   * A page of a room's conversation for a member's read, in one statement: whether `viewer` is an active
   * member of the room of organisation `org` (`roomSql.memberAccess`: no rows when not), the page (newest
   * first before a sequence number, or oldest first after one) and each row's reactions. A member of a room
   * whose page is empty gets one row with only the access columns (`id` null).
   */
  async pageWithAccess(
    viewer: { organisationId: string; membershipId: string },
    roomId: string,
    range: { before?: number } | { after: number },
    limit: number,
  ): Promise<{ access: { kind: RoomKind; archived: boolean } | null; rows: PagedRow[] }> {
    const params: unknown[] = [roomId, viewer.organisationId, viewer.membershipId, limit];
    const variant = 'after' in range ? 'after' : range.before !== undefined ? 'before' : 'latest';
    if (variant !== 'latest') params.push('after' in range ? range.after : range.before);
    const rows = await poolQuery<PagedRow & { access_kind: RoomKind; access_archived: boolean }>(
      this.ds,
      PAGE_SQL[variant],
      params,
      `contributions_page_${variant}`,
    );
    const first = rows[0];
    if (!first) return { access: null, rows: [] };
    return {
      access: { kind: first.access_kind, archived: first.access_archived },
      rows: first.id === null ? [] : rows,
    };
  }

  replies(id: string): Promise<ContributionRow[]> {
    return this.ds.query(`${CONTRIBUTION_SELECT} WHERE c.reply_to_id = $1 ORDER BY c.seq ASC LIMIT 500`, [
      id,
    ]);
  }

  async byId(id: string): Promise<ContributionRow | undefined> {
    const [row] = await this.ds.query<ContributionRow[]>(`${CONTRIBUTION_SELECT} WHERE c.id = $1`, [id]);
    return row;
  }

  async byIdIn(organisationId: string, id: string): Promise<ContributionRow | undefined> {
    const [row] = await this.ds.query<ContributionRow[]>(
      `${CONTRIBUTION_SELECT} WHERE c.id = $1 AND c.organisation_id = $2`,
      [id, organisationId],
    );
    return row;
  }

  /** The author's edit, while they are still in the room; returns whether it was written. */
  async updateText(id: string, authorId: string, t: ContributionText): Promise<boolean> {
    const edited = await this.ds.query(
      `UPDATE contributions SET title = $2, body = $3, edited_at = now(), phase_suggested = $4, phase_confidence = $5,
              phase_cues = $6::jsonb, themes = $7::text[], crisis = $8,
              phase = CASE WHEN phase_set_by = 'classifier' THEN $4 ELSE phase END
        WHERE id = $1 AND author_membership_id = $9 AND deleted_at IS NULL AND ${stillMember('contributions', '$9')}`,
      [id, t.title, t.body, t.phase, t.confidence, JSON.stringify(t.cues), t.themes, t.crisis, authorId],
    );
    return affected(edited) > 0;
  }

  /** The author's deletion: a tombstone without content; returns whether it was written. */
  async tombstone(id: string, authorId: string): Promise<boolean> {
    const removed = await this.ds.query(
      `UPDATE contributions SET title = NULL, body = NULL, phase_cues = '[]'::jsonb, themes = '{}', deleted_at = now()
        WHERE id = $1 AND author_membership_id = $2 AND deleted_at IS NULL AND ${stillMember('contributions', '$2')}`,
      [id, authorId],
    );
    return affected(removed) > 0;
  }

  /** The author sets the phase and the change is kept, in one transaction; returns whether it was written. */
  setPhase(
    organisationId: string,
    id: string,
    authorId: string,
    from: PhaseId | null,
    to: PhaseId | null,
  ): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const set = await em.query(
        `UPDATE contributions SET phase = $2, phase_set_by = 'author'
          WHERE id = $1 AND author_membership_id = $3 AND deleted_at IS NULL AND ${stillMember('contributions', '$3')}`,
        [id, to, authorId],
      );
      if (!affected(set)) return false;
      await em.query(
        `INSERT INTO phase_changes (organisation_id, contribution_id, changed_by, from_phase, to_phase) VALUES ($1, $2, $3, $4, $5)`,
        [organisationId, id, authorId, from, to],
      );
      return true;
    });
  }

  phaseChanges(
    id: string,
  ): Promise<{ from_phase: PhaseId | null; to_phase: PhaseId | null; at: Date; changed_by: string }[]> {
    return this.ds.query(
      `SELECT from_phase, to_phase, at, changed_by FROM phase_changes WHERE contribution_id = $1 ORDER BY at`,
      [id],
    );
  }

  /** Returns whether a recognition was added (not already there, and the giver still in the room). */
  async addRecognition(
    organisationId: string,
    roomId: string,
    contributionId: string,
    from: string,
    to: string,
  ): Promise<boolean> {
    const inserted = await this.ds.query<unknown[]>(
      `INSERT INTO recognitions (organisation_id, room_id, contribution_id, from_membership_id, to_membership_id)
       SELECT $1, $2, $3, $4, $5 FROM (SELECT $2::uuid AS room_id) x WHERE ${stillMember('x', '$4')}
       ON CONFLICT (contribution_id, from_membership_id) DO NOTHING RETURNING 1`,
      [organisationId, roomId, contributionId, from, to],
    );
    return inserted.length > 0;
  }

  async removeRecognition(contributionId: string, from: string): Promise<void> {
    await this.ds.query(
      `DELETE FROM recognitions WHERE contribution_id = $1 AND from_membership_id = $2 AND ${stillMember('recognitions', '$2')}`,
      [contributionId, from],
    );
  }

  async addReaction(
    organisationId: string,
    roomId: string,
    contributionId: string,
    membershipId: string,
    kind: ReactionKind,
  ): Promise<void> {
    await this.ds.query(
      `INSERT INTO reactions (organisation_id, room_id, contribution_id, membership_id, kind)
       SELECT $1, $2, $3, $4, $5 FROM (SELECT $2::uuid AS room_id) x WHERE ${stillMember('x', '$4')}
       ON CONFLICT (contribution_id, membership_id, kind) DO NOTHING`,
      [organisationId, roomId, contributionId, membershipId, kind],
    );
  }

  async removeReaction(contributionId: string, membershipId: string, kind: ReactionKind): Promise<void> {
    await this.ds.query(
      `DELETE FROM reactions WHERE contribution_id = $1 AND membership_id = $2 AND kind = $3 AND ${stillMember('reactions', '$2')}`,
      [contributionId, membershipId, kind],
    );
  }

  /** Reaction and recognition counts of the contributions, with whether `viewerId` is among them. */
  async reactionCounts(ids: string[], viewerId: string | null): Promise<ReactionCounts> {
    const out: ReactionCounts = new Map();
    if (ids.length === 0) return out;
    const rows = await this.ds.query<
      { contribution_id: string; kind: ReactionKind; n: number; mine: boolean }[]
    >(
      `SELECT contribution_id, kind, count(*)::int AS n, bool_or(membership_id = $2) AS mine
         FROM reactions WHERE contribution_id = ANY($1::bigint[]) GROUP BY contribution_id, kind
       UNION ALL
       SELECT contribution_id, 'herkenning' AS kind, count(*)::int AS n, bool_or(from_membership_id = $2) AS mine
         FROM recognitions WHERE contribution_id = ANY($1::bigint[]) GROUP BY contribution_id`,
      [ids, viewerId],
    );
    for (const r of rows) {
      const key = String(r.contribution_id);
      const map = out.get(key) ?? new Map();
      map.set(r.kind, { count: r.n, mine: Boolean(r.mine) });
      out.set(key, map);
    }
    return out;
  }

  /** Others' live contributions in the room after the member's last read sequence number. */
  async unreadIn(roomId: string, membershipId: string): Promise<number> {
    const [row] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM contributions c ${roomSql.lastReadJoin('c.room_id', '$2')}
        WHERE c.room_id = $1 AND c.seq > rm.last_read_seq AND c.author_membership_id <> $2 AND c.deleted_at IS NULL`,
      [roomId, membershipId],
    );
    return row?.n ?? 0;
  }

  /** Author (pseudonym and colour) and whether it is hidden, per contribution id. */
  authorsOf(
    ids: string[],
  ): Promise<
    { id: string; author_id: string; author_name: string; author_color: string; hidden: boolean }[]
  > {
    return this.ds.query(
      `SELECT c.id, m.id AS author_id, m.display_name AS author_name, m.avatar_color AS author_color,
              c.hidden_at IS NOT NULL AS hidden
         FROM contributions c JOIN member_names m ON m.id = c.author_membership_id WHERE c.id = ANY($1::bigint[])`,
      [ids],
    );
  }

  /** Hidden after reports from several members, unless it is hidden already. */
  async hideByReports(id: string, reason: string): Promise<void> {
    await this.ds.query(
      `UPDATE contributions SET hidden_at = now(), hidden_by = 'reports', hidden_reason = $2, hidden_by_membership_id = NULL
        WHERE id = $1 AND hidden_at IS NULL`,
      [id, reason],
    );
  }

  /** Hidden by a facilitator, inside the caller's transaction (`em`). */
  async hideByFacilitator(em: EntityManager, id: string, reason: string, by: string): Promise<void> {
    await em.query(
      `UPDATE contributions SET hidden_at = now(), hidden_by = 'facilitator', hidden_reason = $2, hidden_by_membership_id = $3 WHERE id = $1`,
      [id, reason, by],
    );
  }

  /** Shown again, inside the caller's transaction (`em`). */
  async unhide(em: EntityManager, id: string): Promise<void> {
    await em.query(
      `UPDATE contributions SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL, hidden_by_membership_id = NULL WHERE id = $1`,
      [id],
    );
  }
}

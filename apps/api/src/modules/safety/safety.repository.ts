import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseOutcome, CaseState, CrisisCaseView, CrisisSeverity, StaffedHours } from '@spiegel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '../../common/crypto.js';

/** Who looks: their membership, organisation and role. Visibility of cases is decided in SQL from this. */
export interface CaseViewer {
  membershipId: string;
  organisationId: string;
  role: 'participant' | 'facilitator' | 'admin' | 'onderzoeker';
}

export interface CaseRow {
  id: string;
  organisation_id: string;
  room_id: string;
  contribution_id: string;
  author_membership_id: string;
  severity: CrisisSeverity;
  state: CaseState;
  owner_membership_id: string | null;
  owner_name: string | null;
  outcome: CaseOutcome | null;
  note: string | null;
  alerted: string[];
  raised_at: Date;
  picked_up_at: Date | null;
  closed_at: Date | null;
  escalated_at: Date | null;
}

interface CaseViewRow extends CaseRow {
  room_name: string;
  room_kind: string;
  author_name: string;
  author_color: string;
  owner_color: string | null;
}

/**
 * Who may see a case: the organisation's admins; facilitators who were alerted, who host its room now, who own
 * it, or any facilitator once it escalated. Participants never. Written once over three SQL expressions (the
 * viewer's membership, organisation and role), so the list and the live events follow the same rule.
 */
const visibleTo = (who: string, org: string, role: string) => `k.organisation_id = ${org} AND (
    ${role} = 'admin'
    OR (${role} = 'facilitator' AND (
         ${who} = ANY(k.alerted) OR k.owner_membership_id = ${who} OR k.escalated_at IS NOT NULL
         OR EXISTS (SELECT 1 FROM room_member_facts rm JOIN room_facts r ON r.id = rm.room_id
                     WHERE rm.room_id = k.room_id AND rm.membership_id = ${who} AND rm.status = 'active'
                       AND r.kind <> 'direct'))))`;

/** $1 = viewer, $2 = organisation, $3 = role. */
const VISIBLE = visibleTo('$1', '$2', '$3');

const VIEW_SELECT = `
  SELECT k.*, r.name AS room_name, r.kind AS room_kind,
         a.display_name AS author_name, a.avatar_color AS author_color,
         o.display_name AS owner_name, o.avatar_color AS owner_color
    FROM crisis_cases k
    JOIN room_facts r ON r.id = k.room_id
    JOIN member_names a ON a.id = k.author_membership_id
    LEFT JOIN member_names o ON o.id = k.owner_membership_id`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function toView(r: CaseViewRow): CrisisCaseView {
  return {
    id: r.id,
    state: r.state,
    severity: r.severity,
    roomId: r.room_id,
    roomName: r.room_kind === 'direct' ? '' : r.room_name,
    contributionId: String(r.contribution_id),
    author: { membershipId: r.author_membership_id, displayName: r.author_name, avatarColor: r.author_color },
    owner: r.owner_membership_id
      ? {
          membershipId: r.owner_membership_id,
          displayName: r.owner_name ?? '',
          avatarColor: r.owner_color ?? '',
        }
      : null,
    outcome: r.outcome,
    note: r.note,
    raisedAt: new Date(r.raised_at).toISOString(),
    pickedUpAt: iso(r.picked_up_at),
    closedAt: iso(r.closed_at),
    escalatedAt: iso(r.escalated_at),
  };
}

export const CASE_LIST_FILTERS = ['active', 'closed', 'all'] as const;
export type CaseListFilter = (typeof CASE_LIST_FILTERS)[number];

/** The SQL on `crisis_cases` and `staffed_hours` (`signal_marks`: SignalMarksRepository, beside it). */
@Injectable()
export class SafetyRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  /** One case per contribution; null when the contribution already has one. */
  async insertCase(
    em: EntityManager,
    c: {
      organisationId: string;
      roomId: string;
      contributionId: string;
      authorId: string;
      severity: CrisisSeverity;
      alerted: string[];
    },
  ): Promise<string | null> {
    const rows = await em.query<{ id: string }[]>(
      `INSERT INTO crisis_cases (id, organisation_id, room_id, contribution_id, author_membership_id, severity, alerted)
       VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[])
       ON CONFLICT (contribution_id) DO NOTHING RETURNING id`,
      [newId(), c.organisationId, c.roomId, c.contributionId, c.authorId, c.severity, c.alerted],
    );
    return rows[0]?.id ?? null;
  }

  /** Raises the severity of an existing, unfinished case (an edit that made it worse). */
  async raiseSeverity(em: EntityManager, contributionId: string, severity: CrisisSeverity): Promise<void> {
    if (severity !== 'acute') return;
    await em.query(
      `UPDATE crisis_cases SET severity = 'acute' WHERE contribution_id = $1 AND state <> 'afgerond'`,
      [contributionId],
    );
  }

  /** The case, locked for this transaction, if the viewer may see it. */
  async lockVisible(em: EntityManager, viewer: CaseViewer, id: string): Promise<CaseRow | null> {
    const rows = await em.query<CaseRow[]>(
      `SELECT k.* FROM crisis_cases k WHERE k.id = $4 AND ${VISIBLE} FOR UPDATE`,
      [viewer.membershipId, viewer.organisationId, viewer.role, id],
    );
    const row = rows[0];
    if (!row) return null;
    // Read after the lock: a join in the locking statement would show the owner from before the wait.
    const [owner] = row.owner_membership_id
      ? await em.query<{ display_name: string }[]>(`SELECT display_name FROM member_names WHERE id = $1`, [
          row.owner_membership_id,
        ])
      : [];
    return { ...row, owner_name: owner?.display_name ?? null };
  }

  async updateCase(
    em: EntityManager,
    id: string,
    patch: { state: CaseState; owner: string | null; outcome?: CaseOutcome; note?: string },
  ): Promise<void> {
    await em.query(
      `UPDATE crisis_cases SET state = $2, owner_membership_id = $3,
              picked_up_at = CASE WHEN $2 = 'opgepakt' THEN now() WHEN $2 = 'open' THEN NULL ELSE picked_up_at END,
              closed_at = CASE WHEN $2 = 'afgerond' THEN now() ELSE NULL END,
              outcome = $4, note = $5
        WHERE id = $1`,
      [id, patch.state, patch.owner, patch.outcome ?? null, patch.note ?? null],
    );
  }

  async view(
    viewer: CaseViewer,
    id: string,
    em: EntityManager = this.ds.manager,
  ): Promise<CrisisCaseView | null> {
    const rows = await em.query<CaseViewRow[]>(`${VIEW_SELECT} WHERE k.id = $4 AND ${VISIBLE}`, [
      viewer.membershipId,
      viewer.organisationId,
      viewer.role,
      id,
    ]);
    return rows[0] ? toView(rows[0]) : null;
  }

  async list(viewer: CaseViewer, filter: CaseListFilter, limit: number): Promise<CrisisCaseView[]> {
    const state =
      filter === 'active'
        ? `AND k.state <> 'afgerond'`
        : filter === 'closed'
          ? `AND k.state = 'afgerond'`
          : '';
    const rows = await this.ds.query<CaseViewRow[]>(
      `${VIEW_SELECT} WHERE ${VISIBLE} ${state}
        ORDER BY (k.state = 'open') DESC, k.raised_at DESC LIMIT $4`,
      [viewer.membershipId, viewer.organisationId, viewer.role, limit],
    );
    return rows.map(toView);
  }

  /**
   * Open cases due to escalate, locked so that of several instances each case is taken by one; others skip
   * it. Returns the database's clock with them, so every instance judges "due" by the same time.
   */
  async lockDueForEscalation(
    em: EntityManager,
    afterMs: number,
    limit: number,
  ): Promise<{ rows: CaseRow[]; now: Date }> {
    const rows = await em.query<(CaseRow & { db_now: Date })[]>(
      `SELECT k.*, now() AS db_now FROM crisis_cases k
        WHERE k.state = 'open' AND k.escalated_at IS NULL
          AND k.raised_at <= now() - make_interval(secs => $1::double precision / 1000)
        ORDER BY k.raised_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [afterMs, limit],
    );
    return { rows, now: rows[0] ? new Date(rows[0].db_now) : new Date() };
  }

  /**
   * Everyone who may see the case right now: active staff of its organisation for whom the visibility rule
   * holds, with their role as it stands (a demoted or removed member is not among them).
   */
  async watchers(id: string, em: EntityManager = this.ds.manager): Promise<string[]> {
    const rows = await em.query<{ id: string }[]>(
      `SELECT m.id FROM crisis_cases k
         JOIN member_names m ON m.organisation_id = k.organisation_id AND m.status = 'active'
                           AND m.role IN ('facilitator', 'admin')
        WHERE k.id = $1 AND ${visibleTo('m.id', 'm.organisation_id', 'm.role')}`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  async markEscalated(em: EntityManager, id: string): Promise<void> {
    await em.query(`UPDATE crisis_cases SET escalated_at = now() WHERE id = $1`, [id]);
  }

  async staffedHours(organisationId: string): Promise<StaffedHours | null> {
    const rows = await this.ds.query<{ ranges: StaffedHours['ranges']; count_sessions: boolean }[]>(
      `SELECT ranges, count_sessions FROM staffed_hours WHERE organisation_id = $1`,
      [organisationId],
    );
    return rows[0] ? { ranges: rows[0].ranges, countSessions: rows[0].count_sessions } : null;
  }

  async saveStaffedHours(
    em: EntityManager,
    organisationId: string,
    hours: StaffedHours,
    by: string,
  ): Promise<void> {
    await em.query(
      `INSERT INTO staffed_hours (organisation_id, ranges, count_sessions, updated_by, updated_at)
       VALUES ($1, $2::jsonb, $3, $4, now())
       ON CONFLICT (organisation_id) DO UPDATE
         SET ranges = EXCLUDED.ranges, count_sessions = EXCLUDED.count_sessions,
             updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [organisationId, JSON.stringify(hours.ranges), hours.countSessions, by],
    );
  }

  /**
   * For a person's own export: the cases about their messages and staff's marks on them. That a case existed,
   * when, its state, severity and outcome label are theirs; staff's note is a working note of the person who
   * reached out (it may name others) and stays with the organisation: the export says whether there is one.
   * Who owned the case or made a mark is staff's data, not theirs.
   */
  async exportOwn(membershipId: string): Promise<{
    crisisCases: Record<string, unknown>[];
    signalMarks: Record<string, unknown>[];
  }> {
    const crisisCases = await this.ds.query<Record<string, unknown>[]>(
      `SELECT k.contribution_id AS "contributionId", k.severity, k.state, k.outcome, (k.note IS NOT NULL) AS "noteRecorded",
              k.raised_at AS "raisedAt", k.picked_up_at AS "pickedUpAt", k.escalated_at AS "escalatedAt", k.closed_at AS "closedAt"
         FROM crisis_cases k WHERE k.author_membership_id = $1 ORDER BY k.raised_at`,
      [membershipId],
    );
    const signalMarks = await this.ds.query<Record<string, unknown>[]>(
      `SELECT s.contribution_id AS "contributionId", s.label, s.detected, s.marked_at AS "markedAt"
         FROM signal_marks s JOIN contribution_facts c ON c.id = s.contribution_id
        WHERE c.author_membership_id = $1 ORDER BY s.id`,
      [membershipId],
    );
    return { crisisCases, signalMarks };
  }

  /**
   * Erasure of member X (P is the organisation's former-member stand-in), in the erasure's transaction.
   * Cases about X stay as the organisation's safety record, without the person: the author becomes P and
   * staff's note about them goes; state, times and outcome label stay (they feed the figures in the field).
   * Where X was staff, ownership, alerts and marks move to P (a mark P already has on that message wins).
   */
  async forget(em: EntityManager, x: string, p: string): Promise<void> {
    await em.query(
      `UPDATE crisis_cases SET author_membership_id = $2, note = NULL WHERE author_membership_id = $1`,
      [x, p],
    );
    await em.query(`UPDATE crisis_cases SET owner_membership_id = $2 WHERE owner_membership_id = $1`, [x, p]);
    await em.query(
      `UPDATE crisis_cases SET alerted = array_replace(alerted, $1::uuid, $2::uuid) WHERE $1::uuid = ANY(alerted)`,
      [x, p],
    );
    await em.query(
      `DELETE FROM signal_marks s WHERE s.marked_by = $1
          AND EXISTS (SELECT 1 FROM signal_marks t WHERE t.contribution_id = s.contribution_id AND t.marked_by = $2)`,
      [x, p],
    );
    await em.query(`UPDATE signal_marks SET marked_by = $2 WHERE marked_by = $1`, [x, p]);
    await em.query(`UPDATE staffed_hours SET updated_by = $2 WHERE updated_by = $1`, [x, p]);
  }

  /** Cases raised in the organisation and, of them, closed as vals alarm: for the figures in the field. */
  async caseCounts(organisationId: string): Promise<{ raised: number; closedFalse: string[] }> {
    const rows = await this.ds.query<{ contribution_id: string; outcome: CaseOutcome | null }[]>(
      `SELECT contribution_id, outcome FROM crisis_cases WHERE organisation_id = $1`,
      [organisationId],
    );
    return {
      raised: rows.length,
      closedFalse: rows.filter((r) => r.outcome === 'vals_alarm').map((r) => String(r.contribution_id)),
    };
  }
}

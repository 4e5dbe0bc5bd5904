import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface OpenReportRow {
  contribution_id: string;
  reasons: string[];
  n: number;
  first_at: Date;
}

/** All SQL on `reports` and `mutes`. */
@Injectable()
export class ModerationRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Runs `fn` in one transaction (a host check, the contribution's hiding and the reports' resolution). */
  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /** Returns whether the report was new (one per member and contribution). */
  async addReport(
    organisationId: string,
    roomId: string,
    contributionId: string,
    reporterId: string,
    reason: string,
  ): Promise<boolean> {
    const inserted = await this.ds.query<{ id: string }[]>(
      `INSERT INTO reports (organisation_id, room_id, contribution_id, reporter_membership_id, reason)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (contribution_id, reporter_membership_id) DO NOTHING RETURNING id`,
      [organisationId, roomId, contributionId, reporterId, reason],
    );
    return inserted.length > 0;
  }

  /** How many different members have an open report on the contribution. */
  async openReporters(contributionId: string): Promise<number> {
    const [{ n } = { n: 0 }] = await this.ds.query<{ n: number }[]>(
      `SELECT count(DISTINCT reporter_membership_id)::int AS n FROM reports WHERE contribution_id = $1 AND resolved_at IS NULL`,
      [contributionId],
    );
    return n;
  }

  /** Closes the contribution's open reports with a decision, inside the caller's transaction. */
  async resolveOpen(
    em: EntityManager,
    contributionId: string,
    by: string,
    resolution: 'hidden' | 'kept',
  ): Promise<void> {
    await em.query(
      `UPDATE reports SET resolved_at = now(), resolved_by = $2, resolution = $3 WHERE contribution_id = $1 AND resolved_at IS NULL`,
      [contributionId, by, resolution],
    );
  }

  /** Open reports in a room per contribution, first reported first; never who reported. */
  openInRoom(roomId: string): Promise<OpenReportRow[]> {
    return this.ds.query(
      `SELECT contribution_id, array_agg(reason ORDER BY created_at) AS reasons, count(*)::int AS n,
              min(created_at) AS first_at
         FROM reports WHERE room_id = $1 AND resolved_at IS NULL
        GROUP BY contribution_id ORDER BY first_at`,
      [roomId],
    );
  }

  async addMute(organisationId: string, membershipId: string, mutedId: string): Promise<void> {
    await this.ds.query(
      `INSERT INTO mutes (membership_id, muted_membership_id, organisation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [membershipId, mutedId, organisationId],
    );
  }

  async removeMute(membershipId: string, mutedId: string): Promise<void> {
    await this.ds.query(`DELETE FROM mutes WHERE membership_id = $1 AND muted_membership_id = $2`, [
      membershipId,
      mutedId,
    ]);
  }

  async mutedBy(membershipId: string): Promise<string[]> {
    const rows = await this.ds.query<{ muted_membership_id: string }[]>(
      `SELECT muted_membership_id FROM mutes WHERE membership_id = $1`,
      [membershipId],
    );
    return rows.map((r) => r.muted_membership_id);
  }

  // ---- privacy ----

  async exportOwn(m: string) {
    return {
      reportsMade: await this.ds.query(
        `SELECT contribution_id AS "contributionId", reason, created_at AS "createdAt", resolution FROM reports WHERE reporter_membership_id = $1`,
        [m],
      ),
      mutes: await this.ds.query(
        `SELECT m.display_name AS muted FROM mutes x JOIN member_names m ON m.id = x.muted_membership_id WHERE x.membership_id = $1`,
        [m],
      ),
    };
  }

  /** The person's reports go to the stand-in `P` without their reason; their decisions on reports too. */
  async forgetReports(em: EntityManager, X: string, P: string): Promise<void> {
    await em.query(
      `DELETE FROM reports r WHERE r.reporter_membership_id = $1 AND EXISTS (SELECT 1 FROM reports s WHERE s.contribution_id = r.contribution_id AND s.reporter_membership_id = $2)`,
      [X, P],
    );
    await em.query(
      `UPDATE reports SET reporter_membership_id = $2, reason = '' WHERE reporter_membership_id = $1`,
      [X, P],
    );
    await em.query(`UPDATE reports SET resolved_by = $2 WHERE resolved_by = $1`, [X, P]);
  }

  async forgetMutes(em: EntityManager, X: string): Promise<void> {
    await em.query(`DELETE FROM mutes WHERE membership_id = $1 OR muted_membership_id = $1`, [X]);
  }
}

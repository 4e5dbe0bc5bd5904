import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { roomSql } from '../rooms/room-sql.js';

/** The SQL of export, erasure and retention on `contributions`, `phase_changes`, `reactions`, `recognitions`. */
@Injectable()
export class ContributionsPrivacyRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async exportOwn(m: string) {
    const all = (sql: string) => this.ds.query(sql, [m]);
    return {
      contributions: await all(
        `SELECT c.id, ${roomSql.nameOf('c.room_id')} AS room, c.kind, c.title, c.body, c.reply_to_id AS "replyToId", c.phase, c.phase_suggested AS "phaseSuggested",
                c.phase_set_by AS "phaseSetBy", c.themes, c.created_at AS "createdAt", c.edited_at AS "editedAt", c.deleted_at AS "deletedAt"
           FROM contributions c WHERE c.author_membership_id = $1 ORDER BY c.id`,
      ),
      phaseChanges: await all(
        `SELECT contribution_id AS "contributionId", from_phase AS "from", to_phase AS "to", at FROM phase_changes WHERE changed_by = $1 ORDER BY at`,
      ),
      reactions: await all(
        `SELECT contribution_id AS "contributionId", kind, created_at AS "createdAt" FROM reactions WHERE membership_id = $1 ORDER BY id`,
      ),
      recognitionsGiven: await all(
        `SELECT r.contribution_id AS "contributionId", m.display_name AS "to", r.created_at AS "createdAt"
           FROM recognitions r JOIN member_names m ON m.id = r.to_membership_id WHERE r.from_membership_id = $1 ORDER BY r.id`,
      ),
      recognitionsReceived: await all(
        `SELECT r.contribution_id AS "contributionId", m.display_name AS "from", r.created_at AS "createdAt"
           FROM recognitions r JOIN member_names m ON m.id = r.from_membership_id WHERE r.to_membership_id = $1 ORDER BY r.id`,
      ),
    };
  }

  async forget(em: EntityManager, X: string, P: string, mode: 'delete' | 'anonymise'): Promise<void> {
    if (mode === 'delete') {
      await em.query(
        `UPDATE contributions SET title = NULL, body = NULL, phase_cues = '[]'::jsonb, themes = '{}', deleted_at = COALESCE(deleted_at, now())
          WHERE author_membership_id = $1`,
        [X],
      );
    }
    await em.query(`UPDATE contributions SET author_membership_id = $2 WHERE author_membership_id = $1`, [
      X,
      P,
    ]);
    await em.query(
      `UPDATE contributions SET hidden_by_membership_id = $2 WHERE hidden_by_membership_id = $1`,
      [X, P],
    );
    await em.query(`UPDATE phase_changes SET changed_by = $2 WHERE changed_by = $1`, [X, P]);
    // Counts stay: reactions and recognitions move to the stand-in (one per contribution and kind).
    await em.query(
      `DELETE FROM reactions r WHERE r.membership_id = $1 AND EXISTS (SELECT 1 FROM reactions s WHERE s.contribution_id = r.contribution_id AND s.kind = r.kind AND s.membership_id = $2)`,
      [X, P],
    );
    await em.query(`UPDATE reactions SET membership_id = $2 WHERE membership_id = $1`, [X, P]);
    await em.query(
      `DELETE FROM recognitions r WHERE r.from_membership_id = $1 AND EXISTS (SELECT 1 FROM recognitions s WHERE s.contribution_id = r.contribution_id AND s.from_membership_id = $2)`,
      [X, P],
    );
    await em.query(`UPDATE recognitions SET from_membership_id = $2 WHERE from_membership_id = $1`, [X, P]);
    await em.query(`UPDATE recognitions SET to_membership_id = $2 WHERE to_membership_id = $1`, [X, P]);
  }

  /** Reads trajecten's view `traject_facts` (trajecten imports this module) to find the rooms past retention. */
  async clearRetained(now: Date, days: number, organisationId?: string): Promise<number> {
    const [, cleared] = (await this.ds.query(
      `UPDATE contributions c SET title = NULL, body = NULL, phase_cues = '[]'::jsonb, themes = '{}', deleted_at = COALESCE(c.deleted_at, $1)
         FROM traject_facts t
        WHERE t.room_id = c.room_id AND t.completed_at IS NOT NULL
          AND COALESCE(t.closed_early_at, (t.ends_on + 1)::timestamp AT TIME ZONE 'UTC') < $1::timestamptz - make_interval(days => $2)
          AND (c.body IS NOT NULL OR c.title IS NOT NULL)
          AND ($3::uuid IS NULL OR c.organisation_id = $3)`,
      [now, days, organisationId ?? null],
    )) as [unknown, number];
    return cleared;
  }
}

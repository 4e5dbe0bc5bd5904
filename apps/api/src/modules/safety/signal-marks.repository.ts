import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CrisisSeverity, SignalLabel, SignalMarkView } from '@spiegel/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** The SQL on `signal_marks`: staff's verdicts on what detection flagged or missed, and the figures in the field. */
@Injectable()
export class SignalMarksRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  async upsertMark(
    em: EntityManager,
    m: {
      organisationId: string;
      contributionId: string;
      roomId: string;
      label: SignalLabel;
      detected: CrisisSeverity;
      by: string;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO signal_marks (organisation_id, contribution_id, room_id, label, detected, marked_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (contribution_id, marked_by) DO UPDATE
         SET label = EXCLUDED.label, detected = EXCLUDED.detected, marked_at = now()`,
      [m.organisationId, m.contributionId, m.roomId, m.label, m.detected, m.by],
    );
  }

  /** One row per marked message (the latest verdict wins when staff disagree). Ids and labels only. */
  async marks(organisationId: string): Promise<SignalMarkView[]> {
    const rows = await this.ds.query<
      {
        contribution_id: string;
        room_id: string;
        label: SignalLabel;
        detected: CrisisSeverity;
        marked_at: Date;
      }[]
    >(
      `SELECT DISTINCT ON (contribution_id) contribution_id, room_id, label, detected, marked_at
         FROM signal_marks WHERE organisation_id = $1
        ORDER BY contribution_id, marked_at DESC`,
      [organisationId],
    );
    return rows.map((r) => ({
      contributionId: String(r.contribution_id),
      roomId: r.room_id,
      label: r.label,
      detected: r.detected,
      markedAt: new Date(r.marked_at).toISOString(),
    }));
  }

  /**
   * The figures in the field for the report, over the given rooms (null: the whole organisation), counted the
   * same way as `marks` + `caseCounts`: the latest mark per message wins; a false alarm is a case closed as
   * vals alarm or a flagged message marked so. With the distinct authors behind them, for suppression.
   */
  async fieldFacts(
    organisationId: string,
    roomIds: string[] | null,
  ): Promise<{
    flagged: number;
    falseAlarms: number;
    missed: number;
    flaggedAuthors: number;
    crisisAuthors: number;
  }> {
    const [row] = await this.ds.query<
      {
        flagged: number;
        false_alarms: number;
        missed: number;
        flagged_authors: number;
        crisis_authors: number;
      }[]
    >(
      `WITH marks AS (
         SELECT DISTINCT ON (s.contribution_id) s.contribution_id, s.label, c.author_membership_id AS author
           FROM signal_marks s JOIN contribution_facts c ON c.id = s.contribution_id
          WHERE s.organisation_id = $1 AND ($2::uuid[] IS NULL OR s.room_id = ANY($2::uuid[]))
          ORDER BY s.contribution_id, s.marked_at DESC),
       cases AS (
         SELECT k.contribution_id, k.author_membership_id AS author,
                (k.outcome IS NOT DISTINCT FROM 'vals_alarm' OR EXISTS (SELECT 1 FROM marks m WHERE m.contribution_id = k.contribution_id
                                                        AND m.label = 'vals_alarm')) AS false_alarm
           FROM crisis_cases k
          WHERE k.organisation_id = $1 AND ($2::uuid[] IS NULL OR k.room_id = ANY($2::uuid[])))
       SELECT (SELECT count(*) FROM cases)::int AS flagged,
              ((SELECT count(*) FROM cases WHERE false_alarm)
                + (SELECT count(*) FROM marks m WHERE m.label = 'vals_alarm'
                     AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.contribution_id = m.contribution_id)))::int AS false_alarms,
              (SELECT count(*) FROM marks WHERE label = 'gemist_signaal')::int AS missed,
              (SELECT count(DISTINCT author) FROM cases)::int AS flagged_authors,
              (SELECT count(DISTINCT author) FROM (
                 SELECT author FROM cases WHERE NOT false_alarm
                 UNION SELECT author FROM marks WHERE label = 'gemist_signaal') x)::int AS crisis_authors`,
      [organisationId, roomIds],
    );
    return {
      flagged: row!.flagged,
      falseAlarms: row!.false_alarms,
      missed: row!.missed,
      flaggedAuthors: row!.flagged_authors,
      crisisAuthors: row!.crisis_authors,
    };
  }
}

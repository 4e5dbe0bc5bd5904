import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Stored report figures per traject (table report_traject_facts). The protocol keeps them exact:
 * `claim` marks a row fresh (and clears it) before the figures are computed; any change to what they are
 * computed from marks it stale again (triggers); `store` keeps the computed figures only where the row is
 * still fresh. A change that lands while the figures are computed therefore leaves the row stale.
 * Rows are locked in id order everywhere, as the triggers do, so writers never deadlock.
 */
@Injectable()
export class ReportFactsCache {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Stored figures that are fresh and valid at `now` (computed no later than now, valid after it). */
  async read(trajectIds: string[], now: Date): Promise<Map<string, unknown>> {
    if (trajectIds.length === 0) return new Map();
    const rows = await this.ds.query<{ traject_id: string; facts: unknown }[]>(
      `SELECT traject_id, facts FROM report_traject_facts
        WHERE traject_id = ANY($1::uuid[]) AND fresh AND facts IS NOT NULL AND computed_at <= $2 AND valid_until > $2`,
      [trajectIds, now],
    );
    return new Map(rows.map((r) => [r.traject_id, r.facts]));
  }

  /** Marks the rows fresh before their figures are computed. */
  async claim(trajectIds: string[]): Promise<void> {
    if (trajectIds.length === 0) return;
    await this.ds.query(
      `INSERT INTO report_traject_facts (traject_id, fresh)
       SELECT id, true FROM unnest($1::uuid[]) AS id ORDER BY id
       ON CONFLICT (traject_id) DO UPDATE SET fresh = true, facts = NULL, computed_at = NULL, valid_until = NULL`,
      [[...trajectIds].sort()],
    );
  }

  /** Keeps computed figures where nothing changed since the claim. */
  async store(items: { trajectId: string; facts: unknown; validUntil: Date }[], now: Date): Promise<void> {
    if (items.length === 0) return;
    await this.ds.query(
      `WITH x AS (SELECT * FROM json_to_recordset($1::json) AS x(traject_id uuid, facts json, valid_until timestamptz)),
       locked AS (SELECT f.traject_id FROM report_traject_facts f
                   WHERE f.traject_id IN (SELECT traject_id FROM x) AND f.fresh ORDER BY f.traject_id FOR UPDATE)
       UPDATE report_traject_facts f SET facts = x.facts, computed_at = $2, valid_until = x.valid_until
         FROM x JOIN locked ON locked.traject_id = x.traject_id
        WHERE f.traject_id = x.traject_id`,
      [
        JSON.stringify(
          items.map((i) => ({
            traject_id: i.trajectId,
            facts: i.facts,
            valid_until: i.validUntil.toISOString(),
          })),
        ),
        now,
      ],
    );
  }
}

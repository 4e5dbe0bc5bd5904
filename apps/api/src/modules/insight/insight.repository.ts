import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PhaseId } from '@spiegel/domain';
import type { DataSource } from 'typeorm';

/** Insight's own table: `self_placements` (where someone places themself on the path). */
@Injectable()
export class InsightRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The newest self-placement of each member. */
  async selfPlacements(membershipIds: string[]): Promise<Map<string, { phase: PhaseId; at: Date }>> {
    const rows = await this.ds.query<{ membership_id: string; phase: PhaseId; created_at: Date }[]>(
      `SELECT DISTINCT ON (membership_id) membership_id, phase, created_at FROM self_placements
        WHERE membership_id = ANY($1::uuid[]) ORDER BY membership_id, created_at DESC, id DESC`,
      [membershipIds],
    );
    return new Map(rows.map((r) => [r.membership_id, { phase: r.phase, at: new Date(r.created_at) }]));
  }

  async selfPlacementHistory(membershipId: string, limit: number): Promise<{ phase: PhaseId; at: Date }[]> {
    const rows = await this.ds.query<{ phase: PhaseId; created_at: Date }[]>(
      `SELECT phase, created_at FROM self_placements WHERE membership_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [membershipId, limit],
    );
    return rows.map((r) => ({ phase: r.phase, at: new Date(r.created_at) }));
  }

  async addSelfPlacement(
    organisationId: string,
    membershipId: string,
    phase: PhaseId,
    at: Date,
  ): Promise<void> {
    await this.ds.query(
      `INSERT INTO self_placements (organisation_id, membership_id, phase, created_at) VALUES ($1, $2, $3, $4)`,
      [organisationId, membershipId, phase, at],
    );
  }
}

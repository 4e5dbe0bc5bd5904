import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OnboardingView } from '@spiegel/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** The only place that reads or writes `onboarding_completions`. */
@Injectable()
export class OnboardingRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async find(organisationId: string, membershipId: string): Promise<OnboardingView> {
    const [row] = await this.ds.query<{ completed_at: Date; accepted_room_id: string | null }[]>(
      `SELECT completed_at, accepted_room_id FROM onboarding_completions WHERE membership_id = $1 AND organisation_id = $2`,
      [membershipId, organisationId],
    );
    return {
      completedAt: row ? new Date(row.completed_at).toISOString() : null,
      acceptedRoomId: row?.accepted_room_id ?? null,
    };
  }

  /** Done again (from Mijn account) keeps the first date and the latest agreements accepted. */
  async complete(
    em: EntityManager,
    organisationId: string,
    membershipId: string,
    acceptedRoomId: string | null,
    now: Date,
  ): Promise<void> {
    await em.query(
      `INSERT INTO onboarding_completions (membership_id, organisation_id, completed_at, accepted_room_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (membership_id) DO UPDATE SET accepted_room_id = COALESCE($4, onboarding_completions.accepted_room_id)`,
      [membershipId, organisationId, now, acceptedRoomId],
    );
  }
}

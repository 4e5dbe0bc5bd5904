import type { EntityManager } from 'typeorm';
import { newId } from '../../common/crypto.js';

/** An enrolment waiting for the person's consent; a second invitation to the same traject changes nothing. */
export async function insertInvitedEnrolment(
  em: EntityManager,
  trajectId: string,
  membershipId: string,
  organisationId: string,
  at: Date,
): Promise<boolean> {
  const rows = await em.query<{ id: string }[]>(
    `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, invited_at)
     VALUES ($1, $2, $3, $4, 'invited', $5) ON CONFLICT (traject_id, membership_id) DO NOTHING RETURNING id`,
    [newId(), trajectId, membershipId, organisationId, at],
  );
  return rows.length > 0;
}

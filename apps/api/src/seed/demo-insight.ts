import type { PhaseId } from '@spiegel/domain';
import type { EntityManager } from 'typeorm';

type Placement = [login: string, daysAgo: number, phase: PhaseId];

/**
 * Where some demo participants place themselves on "mijn pad" — a few agree with what their messages
 * suggest, a few do not, so the dashboard's "both views" column has something to show. Sanne changed
 * her mind once: the history is kept.
 */
const PLACEMENTS: Placement[] = [
  ['sanne', 20, 'projectie'],
  ['sanne', 6, 'herkenning'],
  ['ahmed', 10, 'herkenning'],
  ['lotte', 4, 'verbinding'],
  ['joris', 12, 'projectie'],
  ['mirjam', 3, 'herkenning'],
  ['iris', 25, 'getuigenis'],
  ['bas', 15, 'verbinding'],
];

export async function seedDemoSelfPlacements(
  em: EntityManager,
  organisationId: string,
  id: (login: string) => string,
  now: Date,
): Promise<void> {
  for (const [login, daysAgo, phase] of PLACEMENTS) {
    await em.query(
      `INSERT INTO self_placements (organisation_id, membership_id, phase, created_at) VALUES ($1, $2, $3, $4)`,
      [organisationId, id(login), phase, new Date(now.getTime() - daysAgo * 86_400_000)],
    );
  }
}

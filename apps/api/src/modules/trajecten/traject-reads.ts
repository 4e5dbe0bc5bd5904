import type { DataSource, EntityManager } from 'typeorm';
import { num } from '../../common/sql-number.js';

/**
 * Single lookups on trajecten's tables for other modules' repositories, as plain functions (no Nest module to
 * import, so no cycle): the owner's SQL, called with the caller's connection or transaction.
 */
type Db = Pick<DataSource | EntityManager, 'query'>;

export async function trajectOrganisation(
  db: Db,
  trajectId: string,
): Promise<{ organisation_id: string } | null> {
  const [row] = await db.query<{ organisation_id: string }[]>(
    `SELECT organisation_id FROM trajecten WHERE id = $1`,
    [trajectId],
  );
  return row ?? null;
}

export async function isTrajectFacilitator(
  db: Db,
  trajectId: string,
  membershipId: string,
): Promise<boolean> {
  const [row] = await db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM traject_facilitators WHERE traject_id = $1 AND membership_id = $2`,
    [trajectId, membershipId],
  );
  return num(row?.n) > 0;
}

export async function trajectFacilitatorIds(db: Db, trajectId: string): Promise<string[]> {
  const rows = await db.query<{ membership_id: string }[]>(
    `SELECT membership_id FROM traject_facilitators WHERE traject_id = $1`,
    [trajectId],
  );
  return rows.map((f) => f.membership_id);
}

/** Sessions of a traject that have started by `to`. */
export function sessionsStartedBy(
  db: Db,
  trajectId: string,
  to: Date,
): Promise<{ id: string; starts_at: Date; title: string }[]> {
  return db.query(
    `SELECT id, starts_at, title FROM traject_sessions WHERE traject_id = $1 AND starts_at <= $2 ORDER BY starts_at, id`,
    [trajectId, to],
  );
}

export async function hasCompletedATraject(db: Db, membershipId: string): Promise<boolean> {
  const [done] = await db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM enrolments WHERE membership_id = $1 AND status = 'completed'`,
    [membershipId],
  );
  return !!done?.n;
}

/** Organisations with a consented participant (active or completed). */
export async function organisationsWithConsentedEnrolments(db: Db): Promise<string[]> {
  const rows = await db.query<{ organisation_id: string }[]>(
    `SELECT DISTINCT organisation_id FROM enrolments WHERE status IN ('active', 'completed') AND consent_at IS NOT NULL`,
  );
  return rows.map((r) => r.organisation_id);
}

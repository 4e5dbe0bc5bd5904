import type { EntityManager } from 'typeorm';
import { newId } from '../../common/crypto.js';

export const FORMER_MEMBER_NAME = 'Voormalig lid';
/** Never produced by displayNameKey (which yields letters and digits only), so no real pseudonym collides. */
const FORMER_KEY = '~former';

/**
 * The organisation's stand-in for people who erased their account: what must outlive them (others'
 * received recognitions as counts, anonymised contributions, the audit trail) points here instead.
 * It has a user that can never log in.
 */
export async function formerMemberId(em: EntityManager, organisationId: string): Promise<string> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`former:${organisationId}`]);
  const [existing] = await em.query<{ id: string }[]>(
    `SELECT id FROM memberships WHERE organisation_id = $1 AND display_name_key = $2`,
    [organisationId, FORMER_KEY],
  );
  if (existing) return existing.id;
  const userId = newId();
  const id = newId();
  // '!' is not an argon2 hash: verification always fails, so nobody can log in as this user.
  await em.query(
    `INSERT INTO users (id, login_name, email, password_hash, password_changed_at) VALUES ($1, $2, NULL, '!', now())`,
    [userId, `~former-${organisationId}`],
  );
  await em.query(
    `INSERT INTO memberships (id, organisation_id, user_id, role, display_name, display_name_key, avatar_color, status)
     VALUES ($1, $2, $3, 'participant', $4, $5, '#5f6368', 'removed')`,
    [id, organisationId, userId, FORMER_MEMBER_NAME, FORMER_KEY],
  );
  return id;
}

import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { benchPasswordHash, mintSessions } from '../lib/accounts.js';

export const ROOM_SIZE = 10;

export interface ChatMember {
  index: number;
  /** Position in the room (0 is the room's facilitator). */
  slot: number;
  room: number;
  roomId: string;
  login: string;
  membershipId: string;
  /** Cookie token of a session minted for this member. */
  token: string;
}

/**
 * One organisation, `count` members in group rooms of ten (one facilitator and nine participants, as a
 * peer-support group), each with a live session. Set-based SQL: 10,000 members take a few seconds.
 */
export async function seedChat(db: pg.Client, count: number): Promise<ChatMember[]> {
  const orgId = randomUUID();
  const hash = await benchPasswordHash();
  const rooms = Math.ceil(count / ROOM_SIZE);
  await db.query(`INSERT INTO organisations (id, name, slug) VALUES ($1, 'Bench', 'bench')`, [orgId]);
  // Staff log in with a password only here: the benchmark measures chat, not the second step.
  await db.query(`INSERT INTO two_factor_policies (organisation_id, required_for_staff) VALUES ($1, false)`, [
    orgId,
  ]);
  await db.query(
    `INSERT INTO users (id, login_name, password_hash, password_changed_at)
     SELECT gen_random_uuid(), 'bench' || i, $1, now() FROM generate_series(0, $2 - 1) AS i`,
    [hash, count],
  );
  await db.query(
    `INSERT INTO memberships (id, organisation_id, user_id, role, display_name, display_name_key, avatar_color)
     SELECT gen_random_uuid(), $1, u.id,
            CASE WHEN substr(u.login_name, 6)::int % ${ROOM_SIZE} = 0 THEN 'facilitator' ELSE 'participant' END,
            'Lid ' || substr(u.login_name, 6), 'lid' || substr(u.login_name, 6), '#2f6f73'
       FROM users u WHERE u.login_name LIKE 'bench%'`,
    [orgId],
  );
  await db.query(
    `INSERT INTO rooms (id, organisation_id, kind, name)
     SELECT gen_random_uuid(), $1, 'group', 'Groep ' || k FROM generate_series(0, $2 - 1) AS k`,
    [orgId, rooms],
  );
  await db.query(
    `INSERT INTO room_members (room_id, membership_id, organisation_id)
     SELECT r.id, m.id, $1 FROM memberships m JOIN users u ON u.id = m.user_id
       JOIN rooms r ON r.name = 'Groep ' || (substr(u.login_name, 6)::int / ${ROOM_SIZE})
      WHERE m.organisation_id = $1`,
    [orgId],
  );
  const { rows } = await db.query<{ i: number; user_id: string; membership_id: string; room_id: string }>(
    `SELECT substr(u.login_name, 6)::int AS i, u.id AS user_id, m.id AS membership_id, rm.room_id
       FROM users u JOIN memberships m ON m.user_id = u.id JOIN room_members rm ON rm.membership_id = m.id
      WHERE m.organisation_id = $1 ORDER BY 1`,
    [orgId],
  );
  await db.query('ANALYZE');
  const tokens = await mintSessions(
    db,
    rows.map((r) => ({ userId: r.user_id, membershipId: r.membership_id, organisationId: orgId })),
  );
  return rows.map((r, k) => ({
    index: r.i,
    slot: r.i % ROOM_SIZE,
    room: Math.floor(r.i / ROOM_SIZE),
    roomId: r.room_id,
    login: `bench${r.i}`,
    membershipId: r.membership_id,
    token: tokens[k]!,
  }));
}

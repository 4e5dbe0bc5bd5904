import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { hashPassword } from '../../src/modules/auth/password-hasher.js';

export const BENCH_PASSWORD = 'bench-wachtwoord-1';

let passwordHash: Promise<string> | undefined;
/** One real argon2id hash shared by every generated account, so any of them can log in over HTTP. */
export const benchPasswordHash = () => (passwordHash ??= hashPassword(BENCH_PASSWORD));

/**
 * Sessions exactly as the API stores them (the sha256 of a random cookie token), minted in bulk.
 * Logging in 10,000 people over HTTP would measure argon2 (about 10,000 × 30 ms of CPU), not chat.
 */
export async function mintSessions(
  db: pg.Client,
  members: { userId: string; membershipId: string; organisationId: string }[],
): Promise<string[]> {
  const tokens = members.map(() => randomBytes(32).toString('base64url'));
  for (let i = 0; i < members.length; i += 5000) {
    const slice = members.slice(i, i + 5000);
    await db.query(
      `INSERT INTO sessions (id, user_id, membership_id, organisation_id, last_seen_at, expires_at)
       SELECT id, user_id, membership_id, organisation_id, now(), now() + interval '14 days'
         FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[]) AS s(id, user_id, membership_id, organisation_id)`,
      [
        tokens.slice(i, i + 5000).map((t) => createHash('sha256').update(t).digest('hex')),
        slice.map((m) => m.userId),
        slice.map((m) => m.membershipId),
        slice.map((m) => m.organisationId),
      ],
    );
  }
  return tokens;
}

/** The cookie header a browser sends after logging in. */
export const sessionCookie = (token: string) => `spiegel_session=${token}`;

/** A real log-in over HTTP (CSRF cookie first, then POST /api/auth/login), as the web app does it. */
export async function login(baseUrl: string, loginName: string, password = BENCH_PASSWORD) {
  const s = await fetch(`${baseUrl}/api/auth/session`);
  const csrf = s.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('spiegel_csrf='));
  if (!csrf) throw new Error('no CSRF cookie');
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: csrf,
      'x-csrf-token': csrf.split('=')[1]!,
      origin: baseUrl,
    },
    body: JSON.stringify({ login: loginName, password }),
  });
  if (res.status !== 200) throw new Error(`login ${loginName}: ${res.status} ${await res.text()}`);
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('spiegel_session='));
  if (!session) throw new Error('no session cookie');
  return { cookie: `${session}; ${csrf}`, csrfToken: csrf.split('=')[1]!, token: session.split('=')[1]! };
}

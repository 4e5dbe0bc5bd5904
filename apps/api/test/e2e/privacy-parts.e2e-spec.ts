import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom } from '../support/room-fixtures.js';
import { loggedIn, resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

// The export and the erasure of what a person leaves outside the chat core: account, traject consents,
// self-placements, zwart-gat scores, mentoring, follow-up, getuigenis and password resets made for others.

let t: TestApp;
let ruben: TestMember;
let zoe: TestMember;
let bo: TestMember;
let trajectId: string;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
  const org = await buildOrganisation(t.ds);
  ruben = await buildMember(t.ds, org.id, 'facilitator', { displayName: 'Ruben' });
  zoe = await buildMember(t.ds, org.id, 'participant', { displayName: 'Zoëtje', login: 'zoe-login' });
  bo = await buildMember(t.ds, org.id, 'participant', { displayName: 'Bo' });
  const roomId = (await buildRoom(t.ds, org.id, [ruben.membershipId, zoe.membershipId])).id;
  trajectId = randomUUID();
  const o = org.id;
  const q = (sql: string, params: unknown[]) => t.ds.query(sql, params);
  await q(
    `INSERT INTO trajecten (id, organisation_id, name, starts_on, ends_on, room_id, created_by, completed_at)
     VALUES ($1, $2, 'Voorjaar', '2026-03-01', '2026-05-31', $3, $4, '2026-06-01T10:00:00Z')`,
    [trajectId, o, roomId, ruben.membershipId],
  );
  await q(
    `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, invited_at, consent_at, consent_follow_up, completed_at)
     VALUES ($1, $2, $3, $4, 'completed', '2026-02-20T09:00:00Z', '2026-02-21T09:00:00Z', true, '2026-06-01T10:00:00Z')`,
    [randomUUID(), trajectId, zoe.membershipId, o],
  );
  for (const [phase, at] of [
    ['herkenning', '2026-03-02T09:00:00Z'],
    ['verbinding', '2026-04-02T09:00:00Z'],
  ])
    await q(
      `INSERT INTO self_placements (organisation_id, membership_id, phase, created_at) VALUES ($1, $2, $3, $4)`,
      [o, zoe.membershipId, phase, at],
    );
  await q(
    `INSERT INTO zwart_gat_scores (organisation_id, traject_id, membership_id, computed_at, score, level, reasons)
     VALUES ($1, $2, $3, '2026-06-10T03:00:00Z', 0.5, 'midden', '[]')`,
    [o, trajectId, zoe.membershipId],
  );
  await q(
    `INSERT INTO mentor_profiles (membership_id, organisation_id, intro, themes, created_at) VALUES ($1, $2, 'Ik luister', '{rouw}', '2026-06-05T09:00:00Z')`,
    [zoe.membershipId, o],
  );
  // Zoë mentors Bo (active); Bo is asked by Zoë to mentor her (requested).
  await q(
    `INSERT INTO mentorships (id, organisation_id, mentor_membership_id, mentee_membership_id, status, request_message, created_at)
     VALUES ($1, $2, $3, $4, 'active', 'Help je mij?', '2026-06-06T09:00:00Z'),
            ($5, $2, $4, $3, 'requested', 'Graag, Bo', '2026-06-07T09:00:00Z')`,
    [randomUUID(), o, zoe.membershipId, bo.membershipId, randomUUID()],
  );
  await q(
    `INSERT INTO follow_up_actions (organisation_id, traject_id, membership_id, facilitator_membership_id, kind, note)
     VALUES ($1, $2, $3, $4, 'contact_gehad', 'Gebeld'), ($1, $2, $5, $4, 'message', NULL)`,
    [o, trajectId, zoe.membershipId, ruben.membershipId, bo.membershipId],
  );
  await q(
    `INSERT INTO getuigenis_confirmations (membership_id, organisation_id, confirmed, confirmed_by) VALUES ($1, $2, true, $3), ($4, $2, true, $3)`,
    [zoe.membershipId, o, ruben.membershipId, bo.membershipId],
  );
  await q(
    `INSERT INTO password_resets (id, organisation_id, membership_id, token_hash, created_by_membership_id, expires_at)
     VALUES ($1, $2, $3, 'x', $4, now() + interval '1 day')`,
    [randomUUID(), o, bo.membershipId, ruben.membershipId],
  );
});

describe('export', () => {
  it('should give the person their account, consents, path, scores and mentoring, in the file’s order', async () => {
    const res = await (await loggedIn(t, zoe)).get<Record<string, unknown>>('/api/me/export');
    expect(res.status).toBe(200);
    const body = res.body;
    expect(Object.keys(body)).toEqual([
      'exportedAt',
      'profile',
      'contributions',
      'phaseChanges',
      'reactions',
      'recognitionsGiven',
      'recognitionsReceived',
      'reportsMade',
      'rooms',
      'consents',
      'selfPlacements',
      'zwartGatScores',
      'mentorProfile',
      'mentorships',
      'notifications',
      'mutes',
      'whoViewedYourData',
      'questionnaireAnswers',
      'researchConsent',
      'crisisCases',
      'signalMarks',
    ]);
    const profile = body.profile as Record<string, unknown>;
    expect(Object.keys(profile)).toEqual([
      'membershipId',
      'pseudonym',
      'role',
      'avatarColor',
      'joinedAt',
      'login',
      'email',
      'organisation',
    ]);
    expect(profile).toMatchObject({
      membershipId: zoe.membershipId,
      pseudonym: 'Zoëtje',
      role: 'participant',
      login: 'zoe-login',
    });
    expect(body.consents).toEqual([
      {
        traject: 'Voorjaar',
        status: 'completed',
        invitedAt: '2026-02-20T09:00:00.000Z',
        consentAt: '2026-02-21T09:00:00.000Z',
        followUpAllowed: true,
        leftAt: null,
        leftNote: null,
        completedAt: '2026-06-01T10:00:00.000Z',
      },
    ]);
    expect(body.selfPlacements).toEqual([
      { phase: 'herkenning', createdAt: '2026-03-02T09:00:00.000Z' },
      { phase: 'verbinding', createdAt: '2026-04-02T09:00:00.000Z' },
    ]);
    expect(body.zwartGatScores).toEqual([
      { computedAt: '2026-06-10T03:00:00.000Z', score: 0.5, level: 'midden', reasons: [] },
    ]);
    expect(body.mentorProfile).toEqual({
      intro: 'Ik luister',
      themes: ['rouw'],
      languages: ['nl'],
      availability: [],
      maxMentees: 2,
      status: 'active',
      createdAt: '2026-06-05T09:00:00.000Z',
    });
    expect(body.mentorships).toEqual(
      expect.arrayContaining([
        {
          role: 'mentor',
          other: 'Bo',
          status: 'active',
          yourRequest: null,
          createdAt: '2026-06-06T09:00:00.000Z',
          endedAt: null,
        },
        {
          role: 'mentee',
          other: 'Bo',
          status: 'requested',
          yourRequest: 'Graag, Bo',
          createdAt: '2026-06-07T09:00:00.000Z',
          endedAt: null,
        },
      ]),
    );
    expect(body.mentorships).toHaveLength(2);
    // Bo's follow-up, Ruben's account and the reset he made are not hers.
    expect(JSON.stringify(body)).not.toMatch(/Gebeld|Ruben/);
  });
});

describe('erasure', () => {
  async function erase(m: TestMember): Promise<string> {
    const res = await (
      await loggedIn(t, m)
    ).request('DELETE', '/api/me', { password: m.password, contributions: 'delete', confirm: 'VERWIJDER' });
    expect(res.status).toBe(204);
    const [standIn] = await t.ds.query<{ id: string }[]>(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.display_name = 'Voormalig lid' AND m.status = 'removed' AND u.password_hash = '!' AND u.login_name = $1`,
      [`~former-${m.organisationId}`],
    );
    expect(standIn).toBeDefined();
    return standIn!.id;
  }

  it('should remove a participant’s journey and let her mentorships end with the stand-in', async () => {
    // A failed log-in leaves an attempt under her name (and one under the address).
    expect((await new TestClient(t.url, t.origin).login('zoe-login', 'fout')).status).toBe(401);
    const key = `login:${sha256('zoe-login')}`;
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM login_attempts WHERE key = $1`, [key])).toEqual([
      { n: 1 },
    ]);
    const P = await erase(zoe);
    const count = async (sql: string) => (await t.ds.query<{ n: number }[]>(sql, [zoe.membershipId]))[0]!.n;
    for (const table of ['enrolments', 'self_placements', 'zwart_gat_scores', 'mentor_profiles'])
      expect([
        table,
        await count(`SELECT count(*)::int AS n FROM ${table} WHERE membership_id = $1`),
      ]).toEqual([table, 0]);
    expect(await count(`SELECT count(*)::int AS n FROM follow_up_actions WHERE membership_id = $1`)).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM getuigenis_confirmations WHERE membership_id = $1`),
    ).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM memberships WHERE id = $1`)).toBe(0);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [zoe.userId])).toEqual([
      { n: 0 },
    ]);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM login_attempts WHERE key = $1`, [key])).toEqual([
      { n: 0 },
    ]);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM login_attempts`)).toEqual([{ n: 1 }]);
    // Bo's side stays: both mentorships ended, without her words, with the stand-in in her place.
    const ships = await t.ds.query<Record<string, unknown>[]>(
      `SELECT mentor_membership_id AS mentor, mentee_membership_id AS mentee, status, request_message, ended_at IS NOT NULL AS ended
         FROM mentorships ORDER BY created_at`,
    );
    expect(ships).toEqual([
      { mentor: P, mentee: bo.membershipId, status: 'ended', request_message: '', ended: true },
      { mentor: bo.membershipId, mentee: P, status: 'ended', request_message: '', ended: true },
    ]);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM follow_up_actions`)).toEqual([{ n: 1 }]);
    expect(
      await t.ds.query(`SELECT count(*)::int AS n FROM trajecten WHERE created_by = $1`, [
        ruben.membershipId,
      ]),
    ).toEqual([{ n: 1 }]);
  });

  it('should hand the SSO settings someone saved last to the stand-in', async () => {
    // Whoever saved the organisation's SSO settings last is named there; erasing them must not leave their id.
    await t.ds.query(
      `INSERT INTO sso_configs (organisation_id, issuer, client_id, updated_by_membership_id, updated_at)
       VALUES ($1, 'https://idp.example', 'spiegel', $2, now())`,
      [ruben.organisationId, ruben.membershipId],
    );
    const P = await erase(ruben);
    expect(await t.ds.query(`SELECT updated_by_membership_id AS u FROM sso_configs`)).toEqual([{ u: P }]);
  });

  it('should hand what a facilitator did for others to the stand-in', async () => {
    const P = await erase(ruben);
    const r = ruben.membershipId;
    expect(await t.ds.query(`SELECT created_by FROM trajecten`)).toEqual([{ created_by: null }]);
    expect(await t.ds.query(`SELECT DISTINCT facilitator_membership_id AS f FROM follow_up_actions`)).toEqual(
      [{ f: P }],
    );
    expect(await t.ds.query(`SELECT DISTINCT confirmed_by AS c FROM getuigenis_confirmations`)).toEqual([
      { c: P },
    ]);
    expect(
      await t.ds.query(`SELECT membership_id AS m, created_by_membership_id AS c FROM password_resets`),
    ).toEqual([{ m: bo.membershipId, c: P }]);
    const rows = await t.ds.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM follow_up_actions WHERE facilitator_membership_id = $1)
            + (SELECT count(*) FROM getuigenis_confirmations WHERE confirmed_by = $1)
            + (SELECT count(*) FROM password_resets WHERE created_by_membership_id = $1)
            + (SELECT count(*) FROM trajecten WHERE created_by = $1) AS n`,
      [r],
    );
    expect(Number(rows[0]!.n)).toBe(0);
  });
});

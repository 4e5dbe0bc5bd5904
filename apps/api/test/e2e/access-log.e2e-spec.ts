import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { AccessLogPage } from '@spiegel/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/clock.js';
import { createDataSource } from '../../src/database/data-source.js';
import { AuditRepository } from '../../src/modules/audit/audit.repository.js';
import { AuditService } from '../../src/modules/audit/audit.service.js';
import { buildMember, buildOrganisation, TEST_PASSWORD, type TestMember } from '../support/factories.js';
import { restRoutes } from '../support/route-catalog.js';
import {
  resetDatabase,
  startTestApp,
  type TestApp,
  TestClient,
  testDatabaseUrl,
} from '../support/test-app.js';

let t: TestApp;
let clock: Clock;
let audit: AuditService;
let repo: AuditRepository;
let orgId: string;
let admin: TestMember;
let host: TestMember;
let sanne: TestMember;

const FROM = { 'x-forwarded-for': '203.0.113.9' };

async function clientFor(m: TestMember): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  const res = await c.request(
    'POST',
    '/api/auth/login',
    { login: m.login, password: TEST_PASSWORD },
    { headers: FROM },
  );
  expect(res.status).toBe(200);
  return c;
}

async function brokenAt(): Promise<{ entryId: string | null; reason: string } | null> {
  const reports = await repo.verify(orgId);
  expect(reports).toHaveLength(1);
  return reports[0]!.broken;
}

beforeAll(async () => {
  t = await startTestApp({ AUDIT_RETENTION_DAYS: '30' });
  clock = t.app.get(Clock);
  audit = t.app.get(AuditService);
  repo = new AuditRepository(t.ds);
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  clock.set(null);
  await resetDatabase(t.ds);
  const org = await buildOrganisation(t.ds);
  orgId = org.id;
  admin = await buildMember(t.ds, org.id, 'admin', { displayName: 'Beheerder' });
  host = await buildMember(t.ds, org.id, 'facilitator', { displayName: 'Ruben' });
  sanne = await buildMember(t.ds, org.id, 'participant', { displayName: 'Sanne' });
});

describe('route list', () => {
  it('should classify every authenticated GET route as @PersonalData or @NoPersonalData', () => {
    const unclassified = restRoutes(t.app)
      .filter((r) => r.method === 'GET' && !r.public && !r.personalData)
      .map((r) => r.key);
    expect(unclassified).toEqual([]);
  });

  it('should mark the staff views the access log must cover as personal-data routes', () => {
    const personal = restRoutes(t.app)
      .filter((r) => r.personalData?.kind === 'personal')
      .map((r) => r.key);
    expect(personal).toEqual(
      expect.arrayContaining([
        'GET /api/admin/members',
        'GET /api/insight/rooms/:roomId/dashboard',
        'GET /api/nazorg',
        'GET /api/safety/cases/:id',
        'GET /api/insight/report.csv',
        'GET /api/audit.csv',
      ]),
    );
  });
});

describe('what is logged', () => {
  it('should log log-ins, failed log-ins (known and unknown name, never the password) and log-outs with the address', async () => {
    const c = await clientFor(sanne);
    expect((await c.request('POST', '/api/auth/logout', {}, { headers: FROM })).status).toBe(204);
    const anon = new TestClient(t.url, t.origin);
    await anon.request(
      'POST',
      '/api/auth/login',
      { login: sanne.login, password: 'geheim-fout-1' },
      { headers: FROM },
    );
    await anon.request(
      'POST',
      '/api/auth/login',
      { login: 'niemand-hier', password: 'geheim-fout-2' },
      { headers: FROM },
    );
    const rows = await t.ds.query<
      {
        action: string;
        organisation_id: string | null;
        actor: string | null;
        subject: string | null;
        ip: string;
        details: object;
      }[]
    >(
      `SELECT action, organisation_id, actor_membership_id AS actor, subject_membership_id AS subject, ip, details
         FROM audit_events WHERE action LIKE 'auth.%' ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        action: 'auth.login',
        organisation_id: orgId,
        actor: sanne.membershipId,
        subject: sanne.membershipId,
        ip: '203.0.113.9',
        details: {},
      },
      {
        action: 'auth.logout',
        organisation_id: orgId,
        actor: sanne.membershipId,
        subject: sanne.membershipId,
        ip: '203.0.113.9',
        details: {},
      },
      {
        action: 'auth.login_failed',
        organisation_id: orgId,
        actor: null,
        subject: sanne.membershipId,
        ip: '203.0.113.9',
        details: { reason: 'wrong_password' },
      },
      {
        action: 'auth.login_failed',
        organisation_id: null,
        actor: null,
        subject: null,
        ip: '203.0.113.9',
        details: { reason: 'unknown_login' },
      },
    ]);
    const all = JSON.stringify(await t.ds.query(`SELECT * FROM audit_events`));
    expect(all).not.toContain('geheim-fout');
    expect(all).not.toContain('niemand-hier');
    expect((await repo.verify()).map((r) => r.broken)).toEqual([null, null]);
  });

  it('should log a role change with who, whose and what', async () => {
    const a = await clientFor(admin);
    expect((await a.patch(`/api/admin/members/${sanne.membershipId}`, { role: 'facilitator' })).status).toBe(
      204,
    );
    const [row] = await t.ds.query(
      `SELECT actor_membership_id AS actor, subject_membership_id AS subject, details, ip FROM audit_events WHERE action = 'member.role_change'`,
    );
    expect(row).toEqual({
      actor: admin.membershipId,
      subject: sanne.membershipId,
      details: { from: 'participant', to: 'facilitator' },
      ip: '127.0.0.1', // this request came without a proxy's X-Forwarded-For
    });
  });

  it('should show a person who viewed their data, without their own actions, and admins search by person, staff member and period', async () => {
    const a = await clientFor(admin);
    await a.get('/api/admin/members'); // shows Sanne (and Ruben) among others
    const s = await clientFor(sanne);
    const mine = await s.get<AccessLogPage>('/api/me/audit');
    expect(mine.status).toBe(200);
    expect(mine.body.entries.map((e) => [e.action, e.actor])).toEqual([['members.list', 'Beheerder']]);
    expect(mine.body.entries[0]).not.toHaveProperty('ip');

    const byPerson = await a.get<AccessLogPage>(`/api/audit?person=${sanne.membershipId}`);
    expect(byPerson.body.entries.map((e) => e.action)).toEqual(['auth.login', 'members.list']);
    const byStaff = await a.get<AccessLogPage>(`/api/audit?actor=${admin.membershipId}&limit=2`);
    expect(byStaff.body.entries.map((e) => e.action)).toEqual(['audit.search', 'members.list']);
    expect(byStaff.body.entries.map((e) => e.ip)).toEqual(['127.0.0.1', '127.0.0.1']);
    const older = await a.get<AccessLogPage>(
      `/api/audit?actor=${admin.membershipId}&limit=2&before=${byStaff.body.nextBefore}`,
    );
    expect(older.body.entries.map((e) => e.action)).toEqual(['auth.login']);
    expect(older.body.nextBefore).toBeNull();
    const none = await a.get<AccessLogPage>(`/api/audit?from=2020-01-01&to=2020-12-31`);
    expect(none.body.entries).toEqual([]);

    const csv = await a.get<string>(`/api/audit.csv?person=${sanne.membershipId}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(String(csv.body).split('\r\n')[0]).toBe(
      'id,at,action,actor,actorRole,subject,othersShown,targetType,targetId,ip',
    );
    expect(String(csv.body)).toContain(',members.list,Beheerder,admin,');
    expect((await s.get('/api/audit.csv')).status).toBe(403);
    expect((await a.get('/api/audit?from=2020-13-01')).status).toBe(400);
    expect((await repo.verify(orgId))[0]!.broken).toBeNull();
  });
});

describe('tamper evidence', () => {
  async function fiveEntries(): Promise<string[]> {
    for (let i = 0; i < 5; i++)
      await audit.record({ organisationId: orgId, membershipId: host.membershipId }, 'test.view', {
        subjectMembershipId: sanne.membershipId,
        details: { n: i, nested: { b: 1, a: [1, 'x'] } },
      });
    const rows = await t.ds.query<{ id: string }[]>(`SELECT id::text AS id FROM audit_events ORDER BY id`);
    return rows.map((r) => r.id);
  }

  it('should verify an untouched chain', async () => {
    await fiveEntries();
    expect(await brokenAt()).toBeNull();
  });

  it('should name an edited entry', async () => {
    const ids = await fiveEntries();
    await t.ds.query(`UPDATE audit_events SET details = '{"n": 99}' WHERE id = $1`, [ids[2]]);
    expect(await brokenAt()).toEqual({
      chainKey: orgId,
      entryId: ids[2],
      reason: 'its contents were changed',
    });
  });

  it('should name an entry whose person or time was changed, and one re-hashed after editing by its successor', async () => {
    const ids = await fiveEntries();
    await t.ds.query(`UPDATE audit_events SET subject_membership_id = $2 WHERE id = $1`, [
      ids[1],
      admin.membershipId,
    ]);
    expect((await brokenAt())?.entryId).toBe(ids[1]);
    await t.ds.query(`UPDATE audit_events SET subject_membership_id = $2 WHERE id = $1`, [
      ids[1],
      sanne.membershipId,
    ]);
    expect(await brokenAt()).toBeNull();
    await t.ds.query(`UPDATE audit_events SET at = at - interval '1 day' WHERE id = $1`, [ids[3]]);
    expect((await brokenAt())?.entryId).toBe(ids[3]);
    // Someone who edits an entry and writes a matching hash breaks the link from the next entry.
    await t.ds.query(`UPDATE audit_events SET hash = 'f00' WHERE id = $1`, [ids[3]]);
    const broken = await brokenAt();
    expect(broken?.entryId).toBe(ids[3]);
  });

  it('should name the entry after a deleted one, and notice the newest entries deleted', async () => {
    const ids = await fiveEntries();
    await t.ds.query(`DELETE FROM audit_events WHERE id = $1`, [ids[2]]);
    expect(await brokenAt()).toEqual({
      chainKey: orgId,
      entryId: ids[3],
      reason: `it does not follow entry ${ids[1]}: an entry between them was removed, or entry ${ids[1]} was changed`,
    });
    await resetDatabase(t.ds);
    const org = await buildOrganisation(t.ds);
    orgId = org.id;
    host = await buildMember(t.ds, org.id, 'facilitator');
    sanne = await buildMember(t.ds, org.id, 'participant');
    const again = await fiveEntries();
    await t.ds.query(`DELETE FROM audit_events WHERE id = $1`, [again[4]]);
    expect((await brokenAt())?.entryId).toBeNull();
    await t.ds.query(`DELETE FROM audit_events WHERE id = $1`, [again[0]]);
    expect((await brokenAt())?.entryId).toBe(again[1]);
  });

  it('should keep one valid chain when two connections append at the same time', async () => {
    const second: DataSource = createDataSource(testDatabaseUrl());
    await second.initialize();
    try {
      const other = new AuditService(new AuditRepository(second), clock, t.config);
      const actor = { organisationId: orgId, membershipId: host.membershipId };
      // Three writers on each connection pool, each appending one after another.
      const writer = async (svc: AuditService, who: string) => {
        for (let i = 0; i < 20; i++) await svc.record(actor, 'test.concurrent', { details: { who, i } });
      };
      const started = performance.now();
      await Promise.all(
        ['a', 'b', 'c'].flatMap((w) => [writer(audit, `app-${w}`), writer(other, `second-${w}`)]),
      );
      const ms = performance.now() - started;
      process.stderr.write(
        `access log: 120 appends to one chain from 6 writers on 2 pools in ${ms.toFixed(0)} ms\n`,
      );
      // And inside callers' transactions, which hold the head until they commit.
      await Promise.all([
        t.ds.transaction((em) => audit.record(actor, 'test.tx', {}, em)),
        second.transaction((em) => other.record(actor, 'test.tx', {}, em)),
      ]);
    } finally {
      await second.destroy();
    }
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE chain_key = $1`, [
      orgId,
    ]);
    expect(n).toBe(122);
    const [report] = await repo.verify(orgId);
    expect(report).toMatchObject({ entries: 122, broken: null });
  });

  it('should still verify after erasure, with the person replaced by the former member', async () => {
    const a = await clientFor(admin);
    await a.get('/api/admin/members');
    const s = await clientFor(sanne);
    const erase = await s.request('DELETE', '/api/me', {
      password: TEST_PASSWORD,
      contributions: 'anonymise',
      confirm: 'VERWIJDER',
    });
    expect(erase.status).toBe(204);
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE $1 IN (actor_membership_id, subject_membership_id) OR $1 = ANY (subject_ids)`,
      [sanne.membershipId],
    );
    expect(n).toBe(0);
    expect(await brokenAt()).toBeNull();
    // Re-pointing someone else's entry at the former member is still noticed.
    const [former] = await t.ds.query(`SELECT id FROM memberships WHERE display_name_key = '~former'`);
    const [row] = await t.ds.query(
      `SELECT id::text AS id FROM audit_events WHERE action = 'auth.login' AND actor_membership_id = $1`,
      [admin.membershipId],
    );
    await t.ds.query(`UPDATE audit_events SET actor_membership_id = $2 WHERE id = $1`, [row.id, former.id]);
    expect(await brokenAt()).toEqual({
      chainKey: orgId,
      entryId: row.id,
      reason: 'the people it names were changed',
    });
  });
});

describe('retention', () => {
  it('should remove entries older than AUDIT_RETENTION_DAYS, record the anchor, and verify from the oldest kept entry', async () => {
    const actor = { organisationId: orgId, membershipId: host.membershipId };
    clock.set(new Date('2026-01-01T10:00:00Z'));
    for (let i = 0; i < 3; i++) await audit.record(actor, 'test.old', { details: { i } });
    clock.set(new Date('2026-03-01T10:00:00Z'));
    for (let i = 0; i < 2; i++) await audit.record(actor, 'test.new', { details: { i } });
    expect(await audit.prune()).toEqual({ removed: 3 });
    const left = await t.ds.query<{ action: string }[]>(`SELECT action FROM audit_events ORDER BY id`);
    expect(left.map((r) => r.action)).toEqual(['test.new', 'test.new', 'audit.prune']);
    const [report] = await repo.verify(orgId);
    expect(report).toMatchObject({ entries: 3, broken: null });
    expect(report!.anchorHash).toMatch(/^[0-9a-f]{64}$/);
    // Deleting the oldest kept entry no longer matches the anchor.
    await t.ds.query(`DELETE FROM audit_events WHERE id = (SELECT min(id) FROM audit_events)`);
    expect((await brokenAt())?.reason).toContain('does not follow the anchor');
  });
});

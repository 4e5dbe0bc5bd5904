import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { SendContributionResult } from '@spiegel/domain';
import { Clock } from '../../src/common/clock.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { closeAllSockets, connected } from '../support/sockets.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

let t: TestApp;
let clock: Clock;
let admin: TestMember;
let ruben: TestMember;
let zoe: TestMember;
let bo: TestMember;
let roomId: string;

async function clientFor(m: TestMember): Promise<TestClient> {
  const c = new TestClient(t.url, t.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}

async function say(
  c: TestClient,
  body: string,
  extra: Record<string, unknown> = {},
): Promise<SendContributionResult> {
  const res = await c.post<SendContributionResult>(`/api/rooms/${roomId}/contributions`, {
    clientId: clientId(),
    kind: 'message',
    body,
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body;
}

/** Every occurrence of any needle in any text-like column of any table. */
async function findEverywhere(needles: string[]): Promise<string[]> {
  const cols = await t.ds.query<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> 'migrations'
        AND data_type IN ('text', 'uuid', 'jsonb', 'ARRAY', 'character varying')`,
  );
  const hits: string[] = [];
  for (const { table_name, column_name } of cols) {
    for (const n of needles) {
      const [{ count }] = await t.ds.query(
        `SELECT count(*)::int AS count FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
        [`%${n}%`],
      );
      if (count > 0) hits.push(`${table_name}.${column_name} ~ ${n}`);
    }
  }
  return hits;
}

beforeAll(async () => {
  t = await startTestApp({ RETENTION_DAYS: '30' });
  clock = t.app.get(Clock);
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
  const org = await buildOrganisation(t.ds);
  admin = await buildMember(t.ds, org.id, 'admin', { displayName: 'Beheerder' });
  ruben = await buildMember(t.ds, org.id, 'facilitator', { displayName: 'Ruben' });
  zoe = await buildMember(t.ds, org.id, 'participant', { displayName: 'Zoëtje', login: 'zoe-login' });
  bo = await buildMember(t.ds, org.id, 'participant', { displayName: 'Bo' });
  roomId = (
    await buildRoom(
      t.ds,
      org.id,
      [ruben, zoe, bo].map((m) => m.membershipId),
    )
  ).id;
});
afterEach(() => {
  closeAllSockets();
  clock.set(null);
});

/** Zoë leaves traces everywhere: messages, a story, reactions, recognitions both ways, a report, a mute. */
async function zoeLivesHere() {
  const z = await clientFor(zoe);
  const b = await clientFor(bo);
  const mine = await say(z, 'Ik voelde me zo alleen in die periode.');
  await say(z, 'Eerste alinea van mijn verhaal.', { kind: 'story', title: 'Mijn weg terug' });
  const theirs = await say(b, 'Dat herken ik van mezelf.');
  await z.post(`/api/contributions/${theirs.contribution.id}/reactions`, { kind: 'herkenning', on: true });
  await z.post(`/api/contributions/${theirs.contribution.id}/reactions`, { kind: 'steun', on: true });
  await b.post(`/api/contributions/${mine.contribution.id}/reactions`, { kind: 'herkenning', on: true });
  await z.post(`/api/contributions/${theirs.contribution.id}/report`, { reason: 'Twijfel of dit klopt' });
  await z.request('PUT', `/api/contributions/${mine.contribution.id}/phase`, { phase: 'verbinding' });
  await z.post('/api/mutes', { membershipId: bo.membershipId });
  await z.request('PUT', `/api/rooms/${roomId}/agreements`, { text: 'We luisteren naar elkaar.' });
  const r = await clientFor(ruben);
  await r.post(`/api/direct`, { membershipId: zoe.membershipId });
  // A crisis message: Ruben picks the case up and closes it with a note; and marks her first message a miss.
  const crisis = await say(z, 'Ik wil er niet meer zijn.');
  const [k] = await t.ds.query(`SELECT id FROM crisis_cases WHERE contribution_id = $1`, [
    crisis.contribution.id,
  ]);
  expect((await r.post(`/api/safety/cases/${k.id}/pick-up`)).status).toBe(200);
  const closed = await r.post(`/api/safety/cases/${k.id}/close`, {
    outcome: 'contact_gehad',
    note: 'Gebeld met Zoëtje; ze is bij haar zus.',
  });
  expect(closed.status).toBe(200);
  const marked = await r.post('/api/safety/marks', {
    contributionId: mine.contribution.id,
    label: 'gemist_signaal',
  });
  expect(marked.status).toBe(201);
  return { z, r, mine, theirs, crisis };
}

describe('export', () => {
  it('should give a person all their data as JSON, and nobody else’s', async () => {
    const { z } = await zoeLivesHere();
    const res = await z.get<Record<string, unknown[]> & { profile: { pseudonym: string; login: string } }>(
      '/api/me/export',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="spiegel-mijn-gegevens-/);
    expect(res.body.profile).toMatchObject({ pseudonym: 'Zoëtje', login: 'zoe-login' });
    expect(res.body.contributions).toHaveLength(3);
    expect(res.body.reactions).toHaveLength(1);
    expect(res.body.recognitionsGiven).toEqual([expect.objectContaining({ to: 'Bo' })]);
    expect(res.body.recognitionsReceived).toEqual([expect.objectContaining({ from: 'Bo' })]);
    expect(res.body.reportsMade).toHaveLength(1);
    expect(res.body.phaseChanges).toHaveLength(1);
    expect(res.body.mutes).toEqual([{ muted: 'Bo' }]);
    expect(JSON.stringify(res.body)).not.toContain('Dat herken ik van mezelf'); // Bo's words are Bo's
  });

  it('should include the crisis cases about her messages and the marks on them, without staff’s note or names', async () => {
    const { z, mine, crisis } = await zoeLivesHere();
    const res = await z.get<{
      crisisCases: Record<string, unknown>[];
      signalMarks: Record<string, unknown>[];
    }>('/api/me/export');
    expect(res.body.crisisCases).toEqual([
      expect.objectContaining({
        contributionId: crisis.contribution.id,
        state: 'afgerond',
        outcome: 'contact_gehad',
        noteRecorded: true,
        raisedAt: expect.any(String),
        closedAt: expect.any(String),
      }),
    ]);
    expect(res.body.crisisCases[0]!.severity).toBe(crisis.crisis);
    expect(res.body.signalMarks).toEqual([
      {
        contributionId: mine.contribution.id,
        label: 'gemist_signaal',
        detected: 'none',
        markedAt: expect.any(String),
      },
    ]);
    const text = JSON.stringify([res.body.crisisCases, res.body.signalMarks]);
    expect(text).not.toMatch(/zus|Ruben/);
    expect(text).not.toContain(ruben.membershipId);
    // Bo's export holds none of it.
    const bos = await (
      await clientFor(bo)
    ).get<{ crisisCases: unknown[]; signalMarks: unknown[] }>('/api/me/export');
    expect([bos.body.crisisCases, bos.body.signalMarks]).toEqual([[], []]);
  });
});

describe('erasure', () => {
  it.each(['delete', 'anonymise'] as const)(
    'should leave no personal data behind when contributions are %sd',
    async (mode) => {
      const { z, mine, theirs } = await zoeLivesHere();
      const s = await connected(z);
      const disconnected = new Promise<string>((resolve) => s.once('disconnect', resolve));
      expect(
        (
          await z.request('DELETE', '/api/me', {
            password: 'fout',
            contributions: mode,
            confirm: 'VERWIJDER',
          })
        ).status,
      ).toBe(400);
      const res = await z.request('DELETE', '/api/me', {
        password: zoe.password,
        contributions: mode,
        confirm: 'VERWIJDER',
      });
      expect(res.status).toBe(204);
      expect(await disconnected).toBe('io server disconnect');
      expect((await z.get('/api/auth/session')).body).toMatchObject({ me: null });
      expect((await new TestClient(t.url, t.origin).login('zoe-login', zoe.password)).status).toBe(401);

      expect(await findEverywhere([zoe.membershipId, zoe.userId, 'zoe-login', 'Zoëtje'])).toEqual([]);

      // What others need stays, without a link to her.
      const b = await clientFor(bo);
      const received = await b.get<{ reactions: { kind: string; count: number }[] }>(
        `/api/contributions/${theirs.contribution.id}`,
      );
      expect(received.body.reactions).toEqual(
        expect.arrayContaining([{ kind: 'herkenning', count: 1, mine: false }]),
      );
      const gone = await b.get<{ body: string | null; author: { displayName: string }; deleted: boolean }>(
        `/api/contributions/${mine.contribution.id}`,
      );
      expect(gone.body.author.displayName).toBe('Voormalig lid');
      if (mode === 'delete') expect(gone.body).toMatchObject({ body: null, deleted: true });
      else expect(gone.body.body).toBe('Ik voelde me zo alleen in die periode.');
      const [{ n }] = await t.ds.query(
        `SELECT count(*)::int AS n FROM recognitions WHERE to_membership_id = $1`,
        [bo.membershipId],
      );
      expect(n).toBe(1);
      // The crisis case stays as the organisation's record and in the figures, without her and without the note.
      const cases = await t.ds.query(`SELECT state, outcome, note FROM crisis_cases`);
      expect(cases).toEqual([{ state: 'afgerond', outcome: 'contact_gehad', note: null }]);
      const list = await (
        await clientFor(ruben)
      ).get<{ author: { displayName: string } }[]>('/api/safety/cases?state=closed');
      expect(list.body.map((c) => c.author.displayName)).toEqual(['Voormalig lid']);
      expect(
        (await t.ds.query(`SELECT label FROM signal_marks`)).map((m: { label: string }) => m.label),
      ).toEqual(['gemist_signaal']);
    },
  );

  it('should move a staff member’s cases, alerts and marks to the stand-in when they erase their account', async () => {
    const { r } = await zoeLivesHere();
    const res = await r.request('DELETE', '/api/me', {
      password: ruben.password,
      contributions: 'delete',
      confirm: 'VERWIJDER',
    });
    expect(res.status).toBe(204);
    expect(await findEverywhere([ruben.membershipId, 'Ruben'])).toEqual([]);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM signal_marks`)).toEqual([{ n: 1 }]);
    const [k] = await t.ds.query(`SELECT owner_membership_id, alerted FROM crisis_cases`);
    expect(k.owner_membership_id).not.toBeNull();
    expect(k.alerted).toEqual([k.owner_membership_id]);
  });
});

describe('audit log', () => {
  it('should show admins every view of personal data and show people the views of theirs', async () => {
    const a = await clientFor(admin);
    await a.get('/api/admin/members');
    const reset = await a.post(`/api/admin/members/${zoe.membershipId}/password-reset`);
    expect(reset.status).toBe(201);
    const log = await a.get<{
      entries: { action: string; actor: string; subject: string | null; at: string }[];
    }>('/api/audit');
    expect(log.body.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['members.list', 'member.password_reset_issue']),
    );
    expect(log.body.entries.find((e) => e.action === 'member.password_reset_issue')).toMatchObject({
      actor: 'Beheerder',
      subject: 'Zoëtje',
    });
    const z = await clientFor(zoe);
    const mine = await z.get<{ entries: { action: string }[] }>('/api/me/audit');
    // The member list showed Zoë too; her own log-in is hers and left out.
    expect(mine.body.entries.map((e) => e.action)).toEqual(['member.password_reset_issue', 'members.list']);
    expect((await z.get('/api/audit')).status).toBe(403);
  });
});

describe('retention', () => {
  it('should clear the text of a group room once its traject ended longer ago than the retention period', async () => {
    const a = await clientFor(admin);
    clock.set(new Date('2026-03-01T12:00:00Z'));
    const traject = await a.post<{ id: string; roomId: string }>('/api/trajecten', {
      name: 'Kort traject',
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
      sessions: [],
      facilitatorIds: [ruben.membershipId],
    });
    const r = await clientFor(ruben);
    const sent = await r.post<SendContributionResult>(`/api/rooms/${traject.body.roomId}/contributions`, {
      clientId: clientId(),
      kind: 'message',
      body: 'Welkom!',
    });
    const direct = await r.post<{ roomId: string }>('/api/direct', { membershipId: bo.membershipId });
    const b = await clientFor(bo);
    await b.post(`/api/direct/${direct.body.roomId}/accept`);
    const kept = await b.post<SendContributionResult>(`/api/rooms/${direct.body.roomId}/contributions`, {
      clientId: clientId(),
      kind: 'message',
      body: 'Fijn je te spreken',
    });
    clock.set(new Date('2026-04-15T12:00:00Z'));
    expect((await a.post<{ retentionCleared: number }>('/api/nazorg/run')).body.retentionCleared).toBe(0); // ended, not yet 30 days ago
    clock.set(new Date('2026-05-02T12:00:00Z'));
    expect((await a.post<{ retentionCleared: number }>('/api/nazorg/run')).body.retentionCleared).toBe(1);
    const [row] = await t.ds.query(`SELECT body, deleted_at FROM contributions WHERE id = $1`, [
      sent.body.contribution.id,
    ]);
    expect(row.body).toBeNull();
    expect(row.deleted_at).not.toBeNull();
    const [other] = await t.ds.query(`SELECT body FROM contributions WHERE id = $1`, [
      kept.body.contribution.id,
    ]);
    expect(other.body).toBe('Fijn je te spreken');
  });
});

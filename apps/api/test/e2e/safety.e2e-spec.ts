import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type {
  CrisisCaseView,
  NotificationView,
  SendContributionResult,
  SignalMarkView,
} from '@spiegel/domain';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { RoomMember } from '../../src/modules/rooms/room-member.entity.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { closeAllSockets, connected, record, sleep, waitFor } from '../support/sockets.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

const CRISIS = 'Ik wil er niet meer zijn.';
const ALWAYS = {
  ranges: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '00:00', to: '24:00' })),
  countSessions: false,
};

let t: TestApp;
let orgId: string;
let ruben: TestMember; // facilitator of the room
let femke: TestMember; // facilitator of another room
let beheer: TestMember; // admin, not in the room
let anna: TestMember; // author
let bram: TestMember; // peer
let roomId: string;

async function clientFor(m: TestMember, app = t): Promise<TestClient> {
  const c = new TestClient(app.url, app.origin);
  expect((await c.login(m.login, m.password)).status).toBe(200);
  return c;
}

async function send(c: TestClient, body: string, room = roomId): Promise<SendContributionResult> {
  const res = await c.post<SendContributionResult>(`/api/rooms/${room}/contributions`, {
    clientId: clientId(),
    kind: 'message',
    body,
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function raiseCase(): Promise<{ sent: SendContributionResult; caseId: string }> {
  const sent = await send(await clientFor(anna), CRISIS);
  const [row] = await t.ds.query(`SELECT id FROM crisis_cases WHERE contribution_id = $1`, [
    sent.contribution.id,
  ]);
  return { sent, caseId: row.id };
}

const snapshot = async () => ({
  cases: await t.ds.query(`SELECT * FROM crisis_cases ORDER BY id`),
  audit: await t.ds.query(`SELECT count(*)::int AS n FROM audit_events`),
  rooms: await t.ds.query(`SELECT count(*)::int AS n FROM rooms`),
});

beforeAll(async () => {
  t = await startTestApp({ SEND_LIMIT_PER_USER: '1000' });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await resetDatabase(t.ds);
  const org = await buildOrganisation(t.ds);
  orgId = org.id;
  ruben = await buildMember(t.ds, orgId, 'facilitator', { displayName: 'Ruben' });
  femke = await buildMember(t.ds, orgId, 'facilitator', { displayName: 'Femke' });
  beheer = await buildMember(t.ds, orgId, 'admin', { displayName: 'Beheer' });
  anna = await buildMember(t.ds, orgId, 'participant', { displayName: 'Anna' });
  bram = await buildMember(t.ds, orgId, 'participant', { displayName: 'Bram' });
  roomId = (
    await buildRoom(
      t.ds,
      orgId,
      [ruben, anna, bram].map((m) => m.membershipId),
    )
  ).id;
  await buildRoom(t.ds, orgId, [femke.membershipId], 'group', 'Andere groep');
});
afterEach(() => closeAllSockets());

describe('raising a case', () => {
  it('should open one case per crisis message, alert the room’s facilitator, and say nobody watches outside staffed hours', async () => {
    const r = await clientFor(ruben);
    const alerts = record(await connected(r), 'notification:new');
    const { sent, caseId } = await raiseCase();
    expect(sent.watched).toBe(false);
    await waitFor(() => alerts.length > 0, 3000, 'the alert');
    expect(alerts[0] as NotificationView).toMatchObject({ kind: 'crisis_alert', data: { caseId } });
    const list = await r.get<CrisisCaseView[]>('/api/safety/cases');
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({
      id: caseId,
      state: 'open',
      owner: null,
      author: { displayName: 'Anna' },
    });
    expect(JSON.stringify(list.body)).not.toContain('niet meer');
    const audit = await t.ds.query(
      `SELECT action, actor_membership_id FROM audit_events WHERE target_id = $1`,
      [caseId],
    );
    expect(audit).toEqual([{ action: 'crisis_case.raise', actor_membership_id: null }]);
  });

  it('should say a facilitator is informed inside staffed hours', async () => {
    const admin = await clientFor(beheer);
    expect((await admin.request('PUT', '/api/admin/staffed-hours', ALWAYS)).status).toBe(200);
    const { sent } = await raiseCase();
    expect(sent.watched).toBe(true);
    expect((await (await clientFor(anna)).get('/api/safety/status')).body).toEqual({ staffed: true });
  });

  it('should keep one case when a flagged message is edited, and show peers only that care is needed', async () => {
    const a = await clientFor(anna);
    const { sent } = await raiseCase();
    await a.patch(`/api/contributions/${sent.contribution.id}`, { body: 'Ik wil er echt niet meer zijn.' });
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM crisis_cases`))[0].n).toBe(1);
    const peer = await (
      await clientFor(bram)
    ).get<{ careNeeded?: boolean; crisis?: string }>(`/api/contributions/${sent.contribution.id}`);
    expect(peer.body.careNeeded).toBe(true);
    expect(peer.body.crisis).toBeUndefined();
    const ordinary = await send(a, 'Vandaag ging het wel.');
    expect(ordinary.contribution.careNeeded).toBeUndefined();
    expect(ordinary.watched).toBeUndefined();
  });
});

describe('who sees a case', () => {
  it('should show it to the room’s facilitator and the admins, never to participants or other facilitators', async () => {
    const { caseId } = await raiseCase();
    const status = async (m: TestMember) => {
      const c = await clientFor(m);
      return [
        (await c.get<unknown[]>('/api/safety/cases')).body,
        (await c.get(`/api/safety/cases/${caseId}`)).status,
      ];
    };
    expect((await status(ruben))[1]).toBe(200);
    expect((await status(beheer))[1]).toBe(200);
    expect(await status(femke)).toEqual([[], 404]);
    expect((await status(anna))[1]).toBe(403);
    expect((await status(bram))[1]).toBe(403);
    const other = await buildOrganisation(t.ds);
    const outsider = await buildMember(t.ds, other.id, 'admin');
    expect(await status(outsider)).toEqual([[], 404]);
  });
});

describe('the lifecycle', () => {
  it('should go open → opgepakt → afgerond, with every step in the audit log', async () => {
    const { caseId } = await raiseCase();
    const r = await clientFor(ruben);
    const picked = await r.post<CrisisCaseView>(`/api/safety/cases/${caseId}/pick-up`);
    expect(picked.status).toBe(200);
    expect(picked.body).toMatchObject({ state: 'opgepakt', owner: { displayName: 'Ruben' } });
    const closed = await r.post<CrisisCaseView>(`/api/safety/cases/${caseId}/close`, {
      outcome: 'contact_gehad',
      note: 'Gebeld; ze is bij haar zus.',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      state: 'afgerond',
      outcome: 'contact_gehad',
      note: 'Gebeld; ze is bij haar zus.',
    });
    const audit = await t.ds.query(
      `SELECT action, details FROM audit_events WHERE target_id = $1 ORDER BY id`,
      [caseId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'crisis_case.raise',
      'crisis_case.pick_up',
      'crisis_case.close',
    ]);
    expect(JSON.stringify(audit)).not.toContain('zus');
    expect((await r.get<unknown[]>('/api/safety/cases')).body).toEqual([]);
    expect((await r.get<unknown[]>('/api/safety/cases?state=closed')).body).toHaveLength(1);
  });

  it.each([
    ['close a case nobody picked up', 'ruben', 'close', /eerst op/],
    ['pick up a case someone else has', 'beheer', 'pick-up', /al opgepakt door Ruben/],
    ['close a case someone else has', 'beheer', 'close', /opgepakt door Ruben/],
    ['release a case someone else has', 'beheer', 'release', /opgepakt door Ruben/],
  ])('should refuse to %s with 409 and write nothing', async (scenario, who, step, message) => {
    const { caseId } = await raiseCase();
    if (scenario !== 'close a case nobody picked up')
      await (await clientFor(ruben)).post(`/api/safety/cases/${caseId}/pick-up`);
    const c = await clientFor(who === 'ruben' ? ruben : beheer);
    const before = await snapshot();
    const res = await c.post<{ message: string }>(`/api/safety/cases/${caseId}/${step}`, {
      ...(step === 'close' ? { outcome: 'anders' } : {}),
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['an unknown outcome', { outcome: 'weg' }],
    ['a note that is too long', { outcome: 'anders', note: 'x'.repeat(501) }],
    ['an extra field', { outcome: 'anders', text: 'x' }],
  ])('should refuse a close with %s (400) and write nothing', async (_s, body) => {
    const { caseId } = await raiseCase();
    const r = await clientFor(ruben);
    await r.post(`/api/safety/cases/${caseId}/pick-up`);
    const before = await snapshot();
    expect((await r.post(`/api/safety/cases/${caseId}/close`, body)).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('should answer 404 for a case id that is not a case', async () => {
    const r = await clientFor(ruben);
    expect((await r.post(`/api/safety/cases/nope/pick-up`)).status).toBe(404);
    expect((await r.get(`/api/safety/cases/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('should let exactly one of two staff pick up at once, and tell the other who has it', async () => {
    const { caseId } = await raiseCase();
    const [r, b] = [await clientFor(ruben), await clientFor(beheer)];
    for (let round = 0; round < 5; round++) {
      if (round > 0) await t.ds.query(`UPDATE crisis_cases SET state = 'open', owner_membership_id = NULL`);
      const results = await Promise.all([
        r.post<{ message?: string }>(`/api/safety/cases/${caseId}/pick-up`),
        b.post<{ message?: string }>(`/api/safety/cases/${caseId}/pick-up`),
      ]);
      expect(results.map((x) => x.status).sort()).toEqual([200, 409]);
      const loser = results.find((x) => x.status === 409)!;
      const [row] = await t.ds.query(
        `SELECT m.display_name FROM crisis_cases k JOIN memberships m ON m.id = k.owner_membership_id`,
      );
      expect(loser.body.message).toContain(`al opgepakt door ${row.display_name}`);
    }
  });
});

describe('contact opnemen', () => {
  it('should open a 1:1 with the author, pick up the case, and reuse the conversation next time', async () => {
    const { caseId } = await raiseCase();
    const r = await clientFor(ruben);
    const first = await r.post<{ roomId: string }>(`/api/safety/cases/${caseId}/contact`);
    expect(first.status).toBe(200);
    const again = await r.post<{ roomId: string }>(`/api/safety/cases/${caseId}/contact`);
    expect(again.body.roomId).toBe(first.body.roomId);
    expect((await r.get<CrisisCaseView>(`/api/safety/cases/${caseId}`)).body).toMatchObject({
      state: 'opgepakt',
      owner: { membershipId: ruben.membershipId },
    });
    const room = await (await clientFor(anna)).get<{ kind: string }>(`/api/rooms/${first.body.roomId}`);
    expect(room.status).toBe(200);
    expect(room.body.kind).toBe('direct');
    const b = await clientFor(beheer);
    const before = await snapshot();
    const refused = await b.post<{ message: string }>(`/api/safety/cases/${caseId}/contact`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/Ruben/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('escalation', () => {
  it('should go to the organisation’s other staff once, however many instances look', async () => {
    const env = { JOBS: 'on', ALERT_ESCALATION_MINUTES: '0.01', ALERT_CHECK_SECONDS: '0.2' };
    const [a, b] = [await startTestApp(env), await startTestApp(env)];
    try {
      const f = await clientFor(femke, a);
      const fs = await connected(f);
      const got = record(fs, 'notification:new');
      const sent = await send(await clientFor(anna, b), CRISIS);
      await waitFor(() => got.length > 0, 5000, 'the escalation');
      await sleep(800); // both instances keep looking: nothing more may arrive
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({ kind: 'crisis_escalated', contributionId: sent.contribution.id });
      const notes = await t.ds.query(
        `SELECT recipient_membership_id AS id, kind FROM notifications WHERE kind LIKE 'crisis%' ORDER BY kind, recipient_membership_id`,
      );
      expect(notes).toEqual(
        [
          { id: ruben.membershipId, kind: 'crisis_alert' },
          ...[femke, beheer].map((m) => ({ id: m.membershipId, kind: 'crisis_escalated' })),
        ].sort((x, y) => x.kind.localeCompare(y.kind) || x.id.localeCompare(y.id)),
      );
      const [k] = await t.ds.query(`SELECT id, escalated_at FROM crisis_cases`);
      expect(k.escalated_at).not.toBeNull();
      expect(
        (
          await t.ds.query(
            `SELECT count(*)::int AS n FROM audit_events WHERE action = 'crisis_case.escalate'`,
          )
        )[0].n,
      ).toBe(1);
      // Now the other facilitator sees it and may pick it up.
      expect((await f.post(`/api/safety/cases/${k.id}/pick-up`)).status).toBe(200);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('should not escalate a case that was picked up in time', async () => {
    const { caseId } = await raiseCase();
    await (await clientFor(ruben)).post(`/api/safety/cases/${caseId}/pick-up`);
    await t.ds.query(`UPDATE crisis_cases SET raised_at = now() - interval '1 hour'`);
    const env = { JOBS: 'on', ALERT_ESCALATION_MINUTES: '0.01', ALERT_CHECK_SECONDS: '0.2' };
    const a = await startTestApp(env);
    try {
      await sleep(800);
    } finally {
      await a.close();
    }
    expect(await t.ds.query(`SELECT escalated_at FROM crisis_cases`)).toEqual([{ escalated_at: null }]);
    expect(
      (await t.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'crisis_escalated'`))[0].n,
    ).toBe(0);
  });
});

describe('live case events', () => {
  type Seen = { caseId: string; kind: string; state: string }[];
  const kinds = (seen: Seen) => seen.map((e) => `${e.kind}:${e.state}`);

  it('should reach the room’s facilitator and the admins on every instance within a second, and nobody else', async () => {
    const [a, b] = [await startTestApp(), await startTestApp()];
    try {
      // Ruben and Femke listen on instance a, the admin on b; the steps are taken through b and t.
      const rs = record(await connected(await clientFor(ruben, a)), 'case:changed') as Seen;
      const bs = record(await connected(await clientFor(beheer, b)), 'case:changed') as Seen;
      const refused = [
        record(await connected(await clientFor(femke, a)), 'case:changed'),
        record(await connected(await clientFor(anna, a)), 'case:changed'),
        record(await connected(await clientFor(bram, b)), 'case:changed'),
      ];
      const started = Date.now();
      const sent = await send(await clientFor(anna, b), CRISIS);
      await waitFor(() => rs.length === 1 && bs.length === 1, 1000, 'the opened event on both instances');
      expect(Date.now() - started).toBeLessThan(1500);
      const [k] = await t.ds.query(`SELECT id FROM crisis_cases WHERE contribution_id = $1`, [
        sent.contribution.id,
      ]);
      expect(rs[0]).toMatchObject({ caseId: k.id, kind: 'opened', state: 'open' });

      const r = await clientFor(ruben, b);
      let mark = Date.now();
      expect((await r.post(`/api/safety/cases/${k.id}/pick-up`)).status).toBe(200);
      await waitFor(() => rs.length === 2 && bs.length === 2, 1000, 'the picked-up event');
      expect(Date.now() - mark).toBeLessThan(1500);
      mark = Date.now();
      expect((await r.post(`/api/safety/cases/${k.id}/close`, { outcome: 'contact_gehad' })).status).toBe(
        200,
      );
      await waitFor(() => rs.length === 3 && bs.length === 3, 1000, 'the closed event');
      expect(Date.now() - mark).toBeLessThan(1500);
      expect(kinds(rs)).toEqual(['opened:open', 'picked_up:opgepakt', 'closed:afgerond']);
      expect(kinds(bs)).toEqual(kinds(rs));
      // Ids and state only: no names, no text.
      expect(JSON.stringify([...rs, ...bs])).not.toMatch(/Anna|Ruben|niet meer/);
      await sleep(300);
      expect(refused).toEqual([[], [], []]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('should reach the other staff once the case escalated', async () => {
    const env = { JOBS: 'on', ALERT_ESCALATION_MINUTES: '0.01', ALERT_CHECK_SECONDS: '0.2' };
    const a = await startTestApp(env);
    try {
      const fs = record(await connected(await clientFor(femke, a)), 'case:changed') as Seen;
      const as = record(await connected(await clientFor(anna, a)), 'case:changed');
      await send(await clientFor(anna, a), CRISIS);
      await waitFor(() => fs.length > 0, 5000, 'the escalated event');
      expect(kinds(fs)).toEqual(['escalated:open']);
      await sleep(300);
      expect(as).toEqual([]);
    } finally {
      await a.close();
    }
  });

  it('should stop reaching a facilitator once an admin made them a participant', async () => {
    const r = await clientFor(ruben);
    const first = await connected(r);
    const dropped = new Promise<void>((resolve) => first.once('disconnect', () => resolve()));
    const admin = await clientFor(beheer);
    expect(
      (await admin.request('PATCH', `/api/admin/members/${ruben.membershipId}`, { role: 'participant' }))
        .status,
    ).toBe(204);
    await dropped;
    const rs = record(await connected(r), 'case:changed');
    const bs = record(await connected(admin), 'case:changed');
    await raiseCase();
    await waitFor(() => bs.length > 0, 1000, 'the admin’s event');
    await sleep(300);
    expect(rs).toEqual([]);
  });
});

describe('staffed hours', () => {
  it('should be set by admins only, validated, and read back', async () => {
    const admin = await clientFor(beheer);
    expect((await admin.get('/api/admin/staffed-hours')).body).toEqual({ ranges: [], countSessions: true });
    const bad = await admin.request<{ message: string }>('PUT', '/api/admin/staffed-hours', {
      ranges: [{ weekday: 1, from: '17:00', to: '09:00' }],
      countSessions: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/na het begin/);
    expect((await admin.request('PUT', '/api/admin/staffed-hours', { ranges: 'ma' })).status).toBe(400);
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM staffed_hours`))[0].n).toBe(0);
    const hours = { ranges: [{ weekday: 1, from: '09:00', to: '17:00' }], countSessions: false };
    expect((await admin.request('PUT', '/api/admin/staffed-hours', hours)).body).toEqual(hours);
    expect((await admin.get('/api/admin/staffed-hours')).body).toEqual(hours);
    expect((await (await clientFor(ruben)).request('PUT', '/api/admin/staffed-hours', hours)).status).toBe(
      403,
    );
  });

  it('should count a session of a traject as staffed', async () => {
    const admin = await clientFor(beheer);
    await admin.request('PUT', '/api/admin/staffed-hours', { ranges: [], countSessions: true });
    const a = await clientFor(anna);
    expect((await a.get('/api/safety/status')).body).toEqual({ staffed: false });
    const [tr] = await t.ds.query(
      `INSERT INTO trajecten (id, organisation_id, name, starts_on, ends_on, room_id) VALUES (gen_random_uuid(), $1, 'T', '2026-01-01', '2027-12-31', $2) RETURNING id`,
      [orgId, roomId],
    );
    await t.ds.query(
      `INSERT INTO traject_sessions (id, traject_id, organisation_id, starts_at) VALUES (gen_random_uuid(), $1, $2, now() - interval '30 minutes')`,
      [tr.id, orgId],
    );
    expect((await a.get('/api/safety/status')).body).toEqual({ staffed: true });
  });
});

describe('signal marks', () => {
  it('should let the room’s staff mark misses and false alarms, export ids and labels only, and give the figures', async () => {
    const { sent } = await raiseCase();
    const quiet = await send(await clientFor(anna), 'Vandaag ging het wel.');
    const r = await clientFor(ruben);
    const wrong = await r.post<{ message: string }>('/api/safety/marks', {
      contributionId: quiet.contribution.id,
      label: 'vals_alarm',
    });
    expect(wrong.status).toBe(409);
    expect(
      (await r.post('/api/safety/marks', { contributionId: quiet.contribution.id, label: 'gemist_signaal' }))
        .status,
    ).toBe(201);
    expect(
      (await r.post('/api/safety/marks', { contributionId: sent.contribution.id, label: 'vals_alarm' }))
        .status,
    ).toBe(201);
    expect(
      (
        await (
          await clientFor(bram)
        ).post('/api/safety/marks', { contributionId: sent.contribution.id, label: 'vals_alarm' })
      ).status,
    ).toBe(403);
    expect(
      (
        await (
          await clientFor(femke)
        ).post('/api/safety/marks', { contributionId: sent.contribution.id, label: 'vals_alarm' })
      ).status,
    ).toBe(404);
    const admin = await clientFor(beheer);
    const json = await admin.get<SignalMarkView[]>('/api/admin/signal-marks');
    expect(json.body.map((m) => [m.contributionId, m.label]).sort()).toEqual(
      [
        [quiet.contribution.id, 'gemist_signaal'],
        [sent.contribution.id, 'vals_alarm'],
      ].sort(),
    );
    const csv = await admin.get<string>('/api/admin/signal-marks?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.body.split('\n')[0]).toBe('contribution_id,room_id,label,detected,marked_at');
    expect(csv.body).not.toMatch(/hond|niet meer/);
    const figures = await admin.get('/api/admin/signal-figures');
    expect(figures.body).toEqual({ flagged: 1, falseAlarms: 1, missed: 1, precision: 0, recall: 0 });
    expect((await r.get('/api/admin/signal-marks')).status).toBe(403);
  });
});

describe('field figures in the report', () => {
  it('should put precision and recall in the field in the organisation report and its CSV, suppressed below five people', async () => {
    // Six people in the room write a crisis line; staff find one a false alarm and mark one miss.
    const writers = [anna, bram];
    for (let i = 0; i < 4; i++) {
      const m = await buildMember(t.ds, orgId, 'participant', { displayName: `Lid ${i}` });
      await t.ds
        .getRepository(RoomMember)
        .insert({ roomId, membershipId: m.membershipId, organisationId: orgId, status: 'active' });
      writers.push(m);
    }
    const flagged: string[] = [];
    for (const w of writers) flagged.push((await send(await clientFor(w), CRISIS)).contribution.id);
    const ordinary = await send(await clientFor(anna), 'Vandaag ging het wel.');
    const r = await clientFor(ruben);
    const mark = (contributionId: string, label: string) =>
      r.post('/api/safety/marks', { contributionId, label });
    expect((await mark(flagged[0]!, 'vals_alarm')).status).toBe(201);
    expect((await mark(ordinary.contribution.id, 'gemist_signaal')).status).toBe(201);

    const admin = await clientFor(beheer);
    const report = await admin.get<{ fieldSignals: Record<string, unknown> }>('/api/insight/report');
    expect(report.status).toBe(200);
    expect(report.body.fieldSignals).toEqual({
      flagged: { value: 6, suppressed: false },
      falseAlarms: { value: null, suppressed: true },
      missed: { value: null, suppressed: true },
      precision: { value: 0.833, suppressed: false },
      recall: { value: 0.833, suppressed: false },
    });
    const csv = await admin.get<string>('/api/insight/report.csv');
    expect(csv.body).toContain('signalen in de praktijk,precisie,0.833');
    expect(csv.body).toContain('signalen in de praktijk,waarvan vals alarm,< 5');

    // With flags from fewer than five people the rates are not shown.
    await t.ds.query(`DELETE FROM crisis_cases WHERE contribution_id <> ALL($1::bigint[])`, [
      flagged.slice(0, 4),
    ]);
    const small = await admin.get<{ fieldSignals: Record<string, { suppressed: boolean }> }>(
      '/api/insight/report',
    );
    expect(small.body.fieldSignals.precision!.suppressed).toBe(true);
    expect(small.body.fieldSignals.flagged!.suppressed).toBe(true);
  });
});

describe('herkenning on a crisis message', () => {
  interface PathData {
    data: { recognitionsGiven: number; recognitionsReceived: number; kantelpunt: string | null };
  }
  const path = async (m: TestMember) =>
    (await (await clientFor(m)).get<PathData>('/api/insight/me/path')).body.data;
  const dashboardTotal = async () =>
    (
      await (
        await clientFor(ruben)
      ).get<{ herkenning: { total: number } }>(
        `/api/insight/rooms/${roomId}/dashboard?from=2020-01-01&to=2030-12-31`,
      )
    ).body.herkenning.total;

  it('should be stored but never counted in paths or the dashboard', async () => {
    const { sent } = await raiseCase();
    const b = await clientFor(bram);
    const given = await b.post(`/api/contributions/${sent.contribution.id}/reactions`, {
      kind: 'herkenning',
      on: true,
    });
    expect(given.status).toBeLessThan(300);
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM recognitions`))[0].n).toBe(1);
    expect(await path(bram)).toMatchObject({ recognitionsGiven: 0, kantelpunt: null });
    expect(await path(anna)).toMatchObject({ recognitionsReceived: 0 });
    expect(await dashboardTotal()).toBe(0);

    // The same gesture on an ordinary message counts.
    const ordinary = await send(
      await clientFor(anna),
      'Ik was zo moe vandaag, maar ik ben toch gaan wandelen.',
    );
    await b.post(`/api/contributions/${ordinary.contribution.id}/reactions`, {
      kind: 'herkenning',
      on: true,
    });
    expect(await path(bram)).toMatchObject({ recognitionsGiven: 1 });
    expect(await path(anna)).toMatchObject({ recognitionsReceived: 1 });
    expect(await dashboardTotal()).toBe(1);
  });
});

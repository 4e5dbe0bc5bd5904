import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { NotificationView, SendContributionResult, TwoFactorEnrolmentView } from '@spiegel/domain';
import { generate } from 'otplib';
import { Clock } from '../../src/common/clock.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { OUTREACH_ENV, resetOutreach } from '../support/outreach-harness.js';
import { FakeDevice, PushSink } from '../support/push-sink.js';
import { buildRoom, clientId } from '../support/room-fixtures.js';
import { closeAllSockets, connected, record, sleep, type TestSocket, waitFor } from '../support/sockets.js';
import { loggedIn, startTestApp, type TestApp, type TestClient } from '../support/test-app.js';

/**
 * Authorisation over sequences of steps, as an outside reviewer probes it: something is allowed, then the
 * ground shifts (removed from a room or the organisation, a second factor turned on, a role taken away, a
 * password changed, the account erased), and whatever was open or queued before must follow at once: open
 * sockets, queued pushes and mails, notifications about a room someone is no longer in.
 */

let sink: PushSink;
let t: TestApp;
let orgId: string;
let admin: TestMember;
let host: TestMember;
let anna: TestMember;
let bram: TestMember;
let roomId: string;

const clientFor = (m: TestMember): Promise<TestClient> => loggedIn(t, m);

async function send(c: TestClient, body: Record<string, unknown>): Promise<string> {
  const res = await c.post<SendContributionResult>(`/api/rooms/${roomId}/contributions`, {
    clientId: clientId(),
    kind: 'message',
    ...body,
  });
  expect(res.status).toBe(201);
  return res.body.contribution.id;
}

/** Push on for every kind, and quiet hours around the clock's now (set below): every push is held. */
async function pushEverythingInQuietHours(m: TestMember): Promise<TestClient> {
  const c = await clientFor(m);
  const device = new FakeDevice(`${sink.url}/ok/${m.login}`);
  expect((await c.post('/api/outreach/push/devices', device.subscription('Telefoon'))).status).toBe(201);
  const settings = await c.get<{ preferences: { push: boolean }[] }>('/api/outreach/me');
  const saved = await c.request('PUT', '/api/outreach/me/preferences', {
    preferences: settings.body.preferences.map((p) => ({ ...p, push: true })),
    quietHours: { from: '22:00', to: '07:30', crisisAlways: false },
  });
  expect(saved.status).toBe(200);
  return c;
}

const pushDeliveries = (membershipId: string) =>
  t.ds.query<{ id: string; status: string; last_error: string | null }[]>(
    `SELECT id, status, last_error FROM outreach_deliveries WHERE channel = 'push' AND membership_id = $1`,
    [membershipId],
  );

/** Lets the held jobs run now, as the end of quiet hours would. */
const endQuietHours = () =>
  t.ds.query(
    `UPDATE pgboss.job SET start_after = now() WHERE id IN (SELECT id FROM outreach_deliveries WHERE channel = 'push')`,
  );

function closed(s: TestSocket): Promise<void> {
  return s.connected ? new Promise((resolve) => s.once('disconnect', () => resolve())) : Promise.resolve();
}

beforeAll(async () => {
  sink = await new PushSink().start();
  t = await startTestApp({ ...OUTREACH_ENV, LOGIN_MAX_ATTEMPTS: '3' });
});
afterAll(async () => {
  await t.close();
  await sink.stop();
});
beforeEach(async () => {
  t.app.get(Clock).set(null);
  await resetOutreach(t);
  sink.reset();
  orgId = (await buildOrganisation(t.ds, 'Herstelacademie Zuid')).id;
  admin = await buildMember(t.ds, orgId, 'admin');
  host = await buildMember(t.ds, orgId, 'facilitator');
  anna = await buildMember(t.ds, orgId, 'participant');
  bram = await buildMember(t.ds, orgId, 'participant');
  roomId = (await buildRoom(t.ds, orgId, [host.membershipId, anna.membershipId, bram.membershipId])).id;
});
afterEach(() => {
  closeAllSockets();
  t.app.get(Clock).set(null);
});

describe('removed from a room', () => {
  it('should tell a member removed from a room nothing more about it: no notification for a reply or a herkenning, in the app or on the socket', async () => {
    const a = await clientFor(anna);
    const story = await send(a, { kind: 'story', title: 'Mijn weg', body: 'Hoe het begon.' });
    const annaSocket = await connected(a);
    const heard = record(annaSocket, 'notification:new');
    const h = await clientFor(host);
    expect((await h.delete(`/api/rooms/${roomId}/members/${anna.membershipId}`)).status).toBe(204);

    const b = await clientFor(bram);
    await send(b, { body: 'Dit herken ik zo.', replyToId: story });
    const herkenning = await b.post(`/api/contributions/${story}/reactions`, {
      kind: 'herkenning',
      on: true,
    });
    expect(herkenning.status).toBe(200);
    // A notification for Bram's own story still reaches Bram: the rule filters people, not the feature.
    const bramStory = await send(b, { kind: 'story', title: 'Ook ik', body: 'Mijn verhaal.' });
    await send(h, { body: 'Dank je, Bram.', replyToId: bramStory });

    const list = await a.get<NotificationView[]>('/api/notifications');
    expect(list.status).toBe(200);
    expect(list.body.filter((n) => n.roomId === roomId)).toEqual([]);
    const bramList = await b.get<NotificationView[]>('/api/notifications');
    expect(bramList.body.map((n) => n.kind)).toEqual(['reply_received']);
    await sleep(300);
    expect(heard).toEqual([]);
    expect(
      await t.ds.query(`SELECT 1 FROM notifications WHERE recipient_membership_id = $1`, [anna.membershipId]),
    ).toHaveLength(0);
  });

  it('should not send a push held in quiet hours once its person was removed from the room it is about', async () => {
    // 23:15 Dutch time: pushes wait until 07:30.
    t.app.get(Clock).set(new Date('2027-01-12T22:15:00Z'));
    const a = await pushEverythingInQuietHours(anna);
    const story = await send(a, { kind: 'story', title: 'Mijn weg', body: 'Hoe het begon.' });
    await send(await clientFor(bram), { body: 'Dit herken ik zo.', replyToId: story });
    expect((await pushDeliveries(anna.membershipId)).map((d) => d.status)).toEqual(['queued']);

    const h = await clientFor(host);
    expect((await h.delete(`/api/rooms/${roomId}/members/${anna.membershipId}`)).status).toBe(204);
    await endQuietHours();
    await waitForStatus(anna.membershipId, 'skipped');
    expect(await pushDeliveries(anna.membershipId)).toEqual([
      expect.objectContaining({ status: 'skipped', last_error: 'RECIPIENT_GONE' }),
    ]);
    expect(sink.received).toHaveLength(0);
  });

  it('should not send a held push once its person was removed from the organisation, and still send one to someone who stayed', async () => {
    t.app.get(Clock).set(new Date('2027-01-12T22:15:00Z'));
    await pushEverythingInQuietHours(anna);
    await pushEverythingInQuietHours(bram);
    const a = await clientFor(anna);
    const b = await clientFor(bram);
    const annaStory = await send(a, { kind: 'story', title: 'Anna', body: 'Mijn verhaal.' });
    const bramStory = await send(b, { kind: 'story', title: 'Bram', body: 'Mijn verhaal.' });
    const h = await clientFor(host);
    await send(h, { body: 'Dank je wel.', replyToId: annaStory });
    await send(h, { body: 'Dank je wel.', replyToId: bramStory });

    const ad = await clientFor(admin);
    expect((await ad.delete(`/api/admin/members/${anna.membershipId}`)).status).toBe(204);
    await endQuietHours();
    await waitForStatus(anna.membershipId, 'skipped');
    await waitFor(() => sink.received.length === 1, 10_000, 'the push to Bram');
    expect(sink.at(`/ok/${bram.login}`)).toHaveLength(1);
    expect(sink.at(`/ok/${anna.login}`)).toHaveLength(0);
  });
});

async function waitForStatus(membershipId: string, status: string): Promise<void> {
  const start = Date.now();
  for (;;) {
    const rows = await pushDeliveries(membershipId);
    if (rows.length > 0 && rows.every((r) => r.status === status)) return;
    if (Date.now() - start > 10_000) throw new Error(`deliveries stayed ${JSON.stringify(rows)}`);
    await sleep(100);
  }
}

describe('sessions follow the account', () => {
  it('should end every other session and close its sockets when someone turns on a second factor, and keep this one', async () => {
    const thief = await clientFor(anna); // a session begun with the password alone
    const thiefSocket = await connected(thief);
    const gone = closed(thiefSocket);
    const c = await clientFor(anna);
    const enrolment = await c.post<TwoFactorEnrolmentView>('/api/two-factor/enrolment');
    expect(enrolment.status).toBe(201);
    const confirm = await c.post('/api/two-factor/enrolment/confirm', {
      code: await generate({ secret: enrolment.body.secret }),
    });
    expect(confirm.status).toBe(201);
    await gone;
    expect((await thief.get('/api/rooms')).status).toBe(401);
    expect((await c.get('/api/rooms')).status).toBe(200);
    await expect(connected(thief)).rejects.toThrow('UNAUTHENTICATED');
  });

  it.each([
    ['log-out everywhere', (c: TestClient) => c.post('/api/auth/logout-all'), 204, false],
    [
      'a password change',
      (c: TestClient) =>
        c.post('/api/auth/password', { currentPassword: anna.password, newPassword: 'een-nieuw-wachtwoord' }),
      204,
      true,
    ],
  ] as const)('should close the sockets of other sessions after %s', async (_name, act, status, keepsOwn) => {
    const other = await clientFor(anna);
    const otherSocket = await connected(other);
    const gone = closed(otherSocket);
    const c = await clientFor(anna);
    const own = await connected(c);
    expect((await act(c)).status).toBe(status);
    await gone;
    await sleep(200);
    expect(own.connected).toBe(keepsOwn);
    expect((await other.get('/api/rooms')).status).toBe(401);
  });

  it('should close every socket when an admin-issued reset link is used', async () => {
    const c = await clientFor(anna);
    const s = await connected(c);
    const gone = closed(s);
    const ad = await clientFor(admin);
    const link = await ad.post<{ token: string }>(`/api/admin/members/${anna.membershipId}/password-reset`);
    expect(link.status).toBe(201);
    const anon = await clientFor(bram);
    const used = await anon.post('/api/auth/password-reset', {
      token: link.body.token,
      newPassword: 'weer-een-nieuw-wachtwoord',
    });
    expect(used.status).toBe(204);
    await gone;
    expect((await c.get('/api/rooms')).status).toBe(401);
  });

  it('should take staff powers from a demoted facilitator at once: open socket closed, host routes and tags refused', async () => {
    const h = await clientFor(host);
    const s = await connected(h);
    const gone = closed(s);
    const ad = await clientFor(admin);
    expect((await ad.patch(`/api/admin/members/${host.membershipId}`, { role: 'participant' })).status).toBe(
      204,
    );
    await gone;
    expect((await h.get(`/api/insight/rooms/${roomId}/dashboard`)).status).toBe(403);
    expect((await h.get('/api/safety/cases')).status).toBe(403);
    // A new socket is a participant's: Anna's message reaches it without phase tag or crisis flag.
    const again = await connected(h);
    const seen = record(again, 'contribution:new');
    await send(await clientFor(anna), { body: 'Ik merk dat ik weer meer naar buiten ga.' });
    await waitFor(() => seen.length === 1, 5000, 'the message');
    expect(seen[0]).not.toHaveProperty('phaseTag');
    expect(seen[0]).not.toHaveProperty('crisis');
  });

  it('should end an erased account everywhere: sockets closed, cookie dead, push devices gone', async () => {
    const c = await clientFor(anna);
    const device = new FakeDevice(`${sink.url}/ok/anna`);
    expect((await c.post('/api/outreach/push/devices', device.subscription('Telefoon'))).status).toBe(201);
    const s = await connected(c);
    const gone = closed(s);
    const erased = await c.request('DELETE', '/api/me', {
      password: anna.password,
      contributions: 'delete',
      confirm: 'VERWIJDER',
    });
    expect(erased.status).toBe(204);
    await gone;
    expect((await c.get('/api/rooms')).status).toBe(401);
    await expect(connected(c)).rejects.toThrow('UNAUTHENTICATED');
    expect(
      await t.ds.query(`SELECT 1 FROM outreach_push_subscriptions WHERE membership_id = $1`, [
        anna.membershipId,
      ]),
    ).toHaveLength(0);
  });
});

describe('an open session guessing the password', () => {
  it('should limit wrong current passwords (change, erasure) per person, without locking the owner out of logging in', async () => {
    const thief = await clientFor(anna);
    const wrongChange = () =>
      thief.post<{ code: string }>('/api/auth/password', {
        currentPassword: 'misschien-dit',
        newPassword: 'van-de-dief-nu',
      });
    const erase = (password: string) =>
      thief.request<{ code: string; message: string }>('DELETE', '/api/me', {
        password,
        contributions: 'delete',
        confirm: 'VERWIJDER',
      });
    expect((await wrongChange()).status).toBe(400);
    expect((await wrongChange()).status).toBe(400);
    expect((await erase('of-dit')).status).toBe(400);
    // Over the limit: even the right password is refused for now, and nothing is changed or erased.
    const limited = await erase(anna.password);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(limited.body.message).toMatch(/Te veel pogingen/);
    expect((await wrongChange()).status).toBe(429);
    expect(
      await t.ds.query(`SELECT 1 FROM memberships WHERE id = $1 AND status = 'active'`, [anna.membershipId]),
    ).toHaveLength(1);
    // The owner still logs in with her password (a separate count from log-ins).
    const owner = await clientFor(anna);
    expect((await owner.get('/api/rooms')).status).toBe(200);
  });
});

describe('across organisations', () => {
  it('should not open a 1:1 conversation with someone of another organisation, nor tell them apart from no one', async () => {
    const elsewhere = await buildMember(t.ds, (await buildOrganisation(t.ds)).id, 'participant');
    const a = await clientFor(anna);
    const foreign = await a.post<{ code: string }>('/api/direct', { membershipId: elsewhere.membershipId });
    const nobody = await a.post<{ code: string }>('/api/direct', {
      membershipId: '7d0c3f4e-2b1a-4c5d-8e9f-0a1b2c3d4e5f',
    });
    expect(foreign.status).toBe(404);
    expect(nobody.status).toBe(404);
    expect(foreign.body.code).toBe(nobody.body.code);
    expect(await t.ds.query(`SELECT 1 FROM rooms WHERE kind = 'direct'`)).toHaveLength(0);
    expect(
      await t.ds.query(`SELECT 1 FROM notifications WHERE recipient_membership_id = $1`, [
        elsewhere.membershipId,
      ]),
    ).toHaveLength(0);
  });
});

describe('password reset links', () => {
  async function issue(ad: TestClient, m: TestMember): Promise<string> {
    const link = await ad.post<{ token: string }>(`/api/admin/members/${m.membershipId}/password-reset`);
    expect(link.status).toBe(201);
    return link.body.token;
  }
  const use = async (token: string, newPassword = 'een-heel-nieuw-wachtwoord') =>
    (await clientFor(bram)).post<{ code: string }>('/api/auth/password-reset', { token, newPassword });

  it('should end an open link when the person changes the password themselves', async () => {
    const ad = await clientFor(admin);
    const handedOver = await issue(ad, anna);
    const a = await clientFor(anna);
    const changed = await a.post('/api/auth/password', {
      currentPassword: anna.password,
      newPassword: 'alleen-anna-weet-dit',
    });
    expect(changed.status).toBe(204);
    const late = await use(handedOver);
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('RESET_TOKEN_INVALID');
    expect(
      (await (await loggedIn(t, { login: anna.login, password: 'alleen-anna-weet-dit' })).get('/api/rooms'))
        .status,
    ).toBe(200);
  });

  it('should end the other open links when one is used', async () => {
    const ad = await clientFor(admin);
    const first = await issue(ad, anna);
    const second = await issue(ad, anna);
    expect((await use(second)).status).toBe(204);
    expect((await use(first, 'nog-een-ander-wachtwoord')).body.code).toBe('RESET_TOKEN_INVALID');
  });

  it('should end an open link when the member is removed, and change nothing with it', async () => {
    const ad = await clientFor(admin);
    const token = await issue(ad, anna);
    expect((await ad.delete(`/api/admin/members/${anna.membershipId}`)).status).toBe(204);
    const [before] = await t.ds.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM users WHERE id = $1`,
      [anna.userId],
    );
    const late = await use(token);
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('RESET_TOKEN_INVALID');
    const [after] = await t.ds.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM users WHERE id = $1`,
      [anna.userId],
    );
    expect(after!.password_hash).toBe(before!.password_hash);
  });
});

describe('invitations follow who issued them', () => {
  const register = (code: string, login: string) =>
    clientFor(bram).then((c) =>
      c.post<{ code: string }>('/api/auth/register', {
        code,
        login,
        displayName: `Nieuw ${login}`,
        password: 'een-goed-wachtwoord',
      }),
    );

  it.each([
    ['removed', (ad: TestClient, id: string) => ad.delete(`/api/admin/members/${id}`)],
    [
      'demoted',
      (ad: TestClient, id: string) => ad.patch(`/api/admin/members/${id}`, { role: 'participant' }),
    ],
  ] as const)(
    'should end the open invitations of an admin who is %s: a kept code is no way back in as admin',
    async (_how, act) => {
      const rogue = await buildMember(t.ds, orgId, 'admin');
      const r = await clientFor(rogue);
      const kept = await r.post<{ code: string }>('/api/admin/invitations', { role: 'admin', maxUses: 5 });
      expect(kept.status).toBe(201);
      const ad = await clientFor(admin);
      const other = await ad.post<{ code: string }>('/api/admin/invitations', { role: 'participant' });
      expect([204, 200]).toContain((await act(ad, rogue.membershipId)).status);

      const refused = await register(kept.body.code, 'terug-als-admin');
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('INVITATION_NOT_FOUND');
      expect(await t.ds.query(`SELECT 1 FROM users WHERE login_name = 'terug-als-admin'`)).toHaveLength(0);
      // Invitations of admins who stayed are untouched.
      expect((await register(other.body.code, 'gewoon-welkom')).status).toBe(201);
    },
  );

  it('should keep the invitations of an admin whose role does not change', async () => {
    const ad = await clientFor(admin);
    const inv = await ad.post<{ code: string }>('/api/admin/invitations', { role: 'facilitator' });
    const again = await ad.patch(`/api/admin/members/${admin.membershipId}`, { role: 'admin' });
    expect(again.status).toBe(204);
    expect((await register(inv.body.code, 'nieuwe-begeleider')).status).toBe(201);
  });
});

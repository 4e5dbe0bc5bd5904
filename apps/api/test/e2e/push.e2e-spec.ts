import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { PushPayload, PushSettingsView } from '@spiegel/domain';
import { Clock } from '../../src/common/clock.js';
import { DeliveryQueue } from '../../src/modules/outreach/delivery-queue.js';
import { NotificationsService } from '../../src/modules/notifications/notifications.service.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { FakeDevice, PushSink } from '../support/push-sink.js';
import { buildRoom } from '../support/room-fixtures.js';
import { sleep, waitFor } from '../support/sockets.js';
import { CRISIS_TEXT, OUTREACH_ENV, resetOutreach } from '../support/outreach-harness.js';
import { loggedIn, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

const ENV = { ...OUTREACH_ENV, OUTREACH_RETRY_LIMIT: '5' };

let sink: PushSink;
let t: TestApp;
let orgId: string;
let host: TestMember;
let admin: TestMember;
let sanne: TestMember;
let roomId: string;

const clientFor = (m: TestMember): Promise<TestClient> => loggedIn(t, m);

async function subscribe(m: TestMember, device: FakeDevice, label?: string): Promise<PushSettingsView> {
  const c = await clientFor(m);
  const res = await c.post<PushSettingsView>('/api/outreach/push/devices', device.subscription(label));
  expect(res.status).toBe(201);
  return res.body;
}

function notify(kind: 'crisis_alert' | 'reply_received', recipients: string[], app = t) {
  return app.app.get(NotificationsService).notify({
    organisationId: orgId,
    recipients,
    kind,
    roomId,
    actorMembershipId: sanne.membershipId,
  });
}

beforeAll(async () => {
  sink = await new PushSink().start();
  t = await startTestApp(ENV);
});
afterAll(async () => {
  await t.close();
  await sink.stop();
});
beforeEach(async () => {
  t.app.get(Clock).set(null);
  await resetOutreach(t);
  sink.reset();
  const org = await buildOrganisation(t.ds, 'Herstelacademie Oost');
  orgId = org.id;
  admin = await buildMember(t.ds, orgId, 'admin');
  host = await buildMember(t.ds, orgId, 'facilitator');
  sanne = await buildMember(t.ds, orgId, 'participant');
  roomId = (await buildRoom(t.ds, orgId, [host.membershipId, sanne.membershipId])).id;
});

describe('my devices', () => {
  it('should give one public key that is kept in the database and used by every instance', async () => {
    const c = await clientFor(host);
    const first = await c.get<PushSettingsView>('/api/outreach/push');
    expect(first.status).toBe(200);
    expect(first.body.devices).toEqual([]);
    expect(Buffer.from(first.body.publicKey, 'base64url')).toHaveLength(65);
    const [row] = await t.ds.query<{ public_key: string }[]>(`SELECT public_key FROM outreach_push_keys`);
    expect(row!.public_key).toBe(first.body.publicKey);
    const second = await startTestApp(ENV);
    try {
      const other = new TestClient(second.url, second.origin);
      expect((await other.login(sanne.login, sanne.password)).status).toBe(200);
      expect((await other.get<PushSettingsView>('/api/outreach/push')).body.publicKey).toBe(
        first.body.publicKey,
      );
    } finally {
      await second.close();
    }
  });

  it('should add, list and remove my own device, and not someone else’s', async () => {
    const phone = new FakeDevice(`${sink.url}/ok/host-phone`);
    const view = await subscribe(host, phone, 'Telefoon');
    expect(view.devices).toHaveLength(1);
    expect(view.devices[0]).toMatchObject({ label: 'Telefoon', lastSuccessAt: null });
    expect(JSON.stringify(view)).not.toContain(phone.endpoint);
    // Subscribing the same browser again keeps one device.
    expect((await subscribe(host, phone, 'Telefoon')).devices).toHaveLength(1);
    const id = view.devices[0]!.id;
    expect(view.currentDeviceId).toBe(id);

    const sc = await clientFor(sanne);
    expect((await sc.get<PushSettingsView>('/api/outreach/push')).body.devices).toEqual([]);
    const refused = await sc.request<{ code: string }>('DELETE', `/api/outreach/push/devices/${id}`);
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('NOT_FOUND');
    expect(await t.ds.query(`SELECT 1 FROM outreach_push_subscriptions`)).toHaveLength(1);

    const hc = await clientFor(host);
    const removed = await hc.request<PushSettingsView>('DELETE', `/api/outreach/push/devices/${id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.devices).toEqual([]);
  });

  it.each([
    ['an endpoint that is no push service', { endpoint: 'http://10.0.0.8/x' }],
    ['an https endpoint on an address', { endpoint: 'https://169.254.169.254/latest' }],
    ['a broken key', { keys: { p256dh: 'kort', auth: 'AAAAAAAAAAAAAAAAAAAAAA' } }],
    ['no keys', { keys: undefined }],
    ['a long label', { label: 'x'.repeat(61) }],
  ])('should refuse %s with 400 and store nothing', async (_name, change) => {
    const c = await clientFor(host);
    const res = await c.post<{ code: string; message: string }>('/api/outreach/push/devices', {
      ...new FakeDevice(`${sink.url}/ok/x`).subscription(),
      ...change,
    });
    expect(res.status).toBe(400);
    expect(typeof res.body.message).toBe('string');
    expect(await t.ds.query(`SELECT 1 FROM outreach_push_subscriptions`)).toHaveLength(0);
  });
});

describe('a crisis alert by push', () => {
  it('should reach staff encrypted (aes128gcm), signed (VAPID), with kind, place and link only', async () => {
    const phone = new FakeDevice(`${sink.url}/ok/host-phone`);
    const { publicKey } = await subscribe(host, phone);
    const sc = await clientFor(sanne);
    const sent = await sc.post<{ crisis: string }>(`/api/rooms/${roomId}/contributions`, {
      clientId: crypto.randomUUID(),
      kind: 'message',
      body: CRISIS_TEXT,
    });
    expect(sent.status).toBe(201);
    expect(sent.body.crisis).not.toBe('none');
    await waitFor(() => sink.at('/ok/host-phone').length >= 1, 10_000, 'the push');
    const push = sink.at('/ok/host-phone')[0]!;
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers.urgency).toBe('high');
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    expect(push.headers.authorization).toMatch(
      new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${publicKey}$`),
    );
    // The wire carries ciphertext only: neither the words nor the room name can be read in it.
    expect(push.body.toString('latin1')).not.toContain('Voorjaar');
    const payload = phone.open(push.body) as PushPayload;
    expect(payload).toEqual({
      kind: 'crisis',
      title: 'Een bericht in Groep Voorjaar vraagt aandacht',
      body: 'Open Spiegel om te kijken wie er contact opneemt.',
      url: `http://spiegel.test/ruimtes/${roomId}`,
      tag: 'spiegel-crisis',
    });
    expect(JSON.stringify(payload)).not.toMatch(/pillen|niet meer zijn/);
    await sleep(500);
    const [device] = await t.ds.query<{ last_success_at: Date | null }[]>(
      `SELECT last_success_at FROM outreach_push_subscriptions`,
    );
    expect(device!.last_success_at).not.toBeNull();
  });

  it('should send nothing to a device whose person turned push off for that kind', async () => {
    const phone = new FakeDevice(`${sink.url}/ok/host-phone`);
    await subscribe(host, phone);
    const hc = await clientFor(host);
    const settings = await hc.get<{ preferences: { kind: string; push: boolean }[] }>('/api/outreach/me');
    const saved = await hc.request('PUT', '/api/outreach/me/preferences', {
      preferences: settings.body.preferences.map((p) => ({ ...p, push: false })),
      quietHours: null,
    });
    expect(saved.status).toBe(200);
    await notify('crisis_alert', [host.membershipId]);
    // A participant's reply notification is not pushed by default either.
    const sannePhone = new FakeDevice(`${sink.url}/ok/sanne-phone`);
    await subscribe(sanne, sannePhone);
    await notify('reply_received', [sanne.membershipId]);
    await sleep(2000);
    expect(sink.received).toHaveLength(0);
    expect(await t.ds.query(`SELECT 1 FROM outreach_deliveries WHERE channel = 'push'`)).toHaveLength(0);
  });

  it('should hold a push in quiet hours until they end, and let a crisis alert through for staff who chose so', async () => {
    const phone = new FakeDevice(`${sink.url}/ok/host-phone`);
    await subscribe(host, phone);
    const hc = await clientFor(host);
    const settings = await hc.get<{ preferences: unknown[] }>('/api/outreach/me');
    const quiet = async (crisisAlways: boolean) =>
      expect(
        (
          await hc.request('PUT', '/api/outreach/me/preferences', {
            preferences: settings.body.preferences,
            quietHours: { from: '22:00', to: '07:30', crisisAlways },
          })
        ).status,
      ).toBe(200);
    await quiet(false);
    // 23:15 Dutch time on a winter evening.
    t.app.get(Clock).set(new Date('2027-01-12T22:15:00Z'));
    await notify('crisis_alert', [host.membershipId]);
    await sleep(1500);
    expect(sink.received).toHaveLength(0);
    const [held] = await t.ds.query<{ start_after: Date }[]>(
      `SELECT j.start_after FROM pgboss.job j JOIN outreach_deliveries d ON d.id = j.id WHERE d.channel = 'push'`,
    );
    // 07:30 the next morning, Dutch winter time = 06:30 UTC: held, not dropped.
    expect(new Date(held!.start_after).toISOString()).toBe('2027-01-13T06:30:00.000Z');
    await t.ds.query(
      `UPDATE pgboss.job SET start_after = now() WHERE id IN (SELECT id FROM outreach_deliveries WHERE channel = 'push')`,
    );
    await waitFor(() => sink.received.length === 1, 10_000, 'the held push');

    await quiet(true);
    await notify('crisis_alert', [host.membershipId]);
    await waitFor(() => sink.received.length === 2, 10_000, 'a crisis alert through quiet hours');
  });

  it('should remove a device whose push service answers 410, and keep pushing to the others', async () => {
    const gone = new FakeDevice(`${sink.url}/gone/old-laptop`);
    const phone = new FakeDevice(`${sink.url}/ok/host-phone`);
    await subscribe(host, gone, 'Oude laptop');
    await subscribe(host, phone, 'Telefoon');
    await notify('crisis_alert', [host.membershipId]);
    await waitFor(() => sink.at('/ok/host-phone').length === 1, 10_000, 'push to the phone');
    await waitFor(() => sink.attemptsAt('/gone/old-laptop') === 1, 10_000, 'attempt at the laptop');
    await sleep(500);
    const devices = await t.ds.query<{ label: string }[]>(`SELECT label FROM outreach_push_subscriptions`);
    expect(devices.map((d) => d.label)).toEqual(['Telefoon']);
    const rows = await t.ds.query<{ status: string; last_error: string | null }[]>(
      `SELECT status, last_error FROM outreach_deliveries WHERE channel = 'push' ORDER BY status`,
    );
    expect(rows).toEqual([
      { status: 'sent', last_error: null },
      { status: 'skipped', last_error: 'DEVICE_GONE' },
    ]);
    await sleep(1500);
    expect(sink.attemptsAt('/gone/old-laptop')).toBe(1);
  });

  it('should retry with the configured policy even when an earlier run left the queue with another', async () => {
    // A queue from a run with the default policy (30 s, then 60 s): createQueue alone keeps it.
    await t.app.get(DeliveryQueue).start();
    await t.ds.query(
      `UPDATE pgboss.queue SET retry_delay = 30, retry_limit = 10 WHERE name = 'outreach-push'`,
    );
    const second = await startTestApp(ENV);
    try {
      sink.flakyFailures = 1;
      const phone = new FakeDevice(`${sink.url}/flaky/host-phone`);
      await subscribe(host, phone);
      await notify('crisis_alert', [host.membershipId], second);
      const [queue] = await t.ds.query<{ retry_delay: number; retry_limit: number }[]>(
        `SELECT retry_delay, retry_limit FROM pgboss.queue WHERE name = 'outreach-push'`,
      );
      expect(queue).toEqual({ retry_delay: 1, retry_limit: 5 });
      await waitFor(() => sink.at('/flaky/host-phone').length === 1, 20_000, 'push after one retry');
      expect(sink.attemptsAt('/flaky/host-phone')).toBe(2);
    } finally {
      await second.close();
    }
  }, 40_000);

  it('should retry a push service that fails, with backoff, and deliver exactly once', async () => {
    sink.flakyFailures = 2;
    const phone = new FakeDevice(`${sink.url}/flaky/host-phone`);
    await subscribe(host, phone);
    await notify('crisis_alert', [host.membershipId]);
    // Three attempts with backoff (1–2 s, then 2–4 s) take ~4–8 s. In a full run this once took over a
    // minute: an earlier suite's queue kept its default policy (30 s, 60 s); the queue now takes the config.
    await waitFor(() => sink.at('/flaky/host-phone').length === 1, 30_000, 'push after retries');
    await sleep(1500);
    expect(sink.attemptsAt('/flaky/host-phone')).toBe(3);
    expect(sink.at('/flaky/host-phone')).toHaveLength(1);
    const [row] = await t.ds.query<{ status: string; attempts: number }[]>(
      `SELECT status, attempts FROM outreach_deliveries WHERE channel = 'push'`,
    );
    expect(row).toEqual({ status: 'sent', attempts: 3 });
    expect((phone.open(sink.at('/flaky/host-phone')[0]!.body) as PushPayload).kind).toBe('crisis');
  }, 90_000);
});

describe('several API instances', () => {
  it('should push each notification once per device with two instances working the queue', async () => {
    const phone = new FakeDevice(`${sink.url}/ok/host-phone`);
    const laptop = new FakeDevice(`${sink.url}/ok/admin-laptop`);
    await subscribe(host, phone);
    await subscribe(admin, laptop);
    const second = await startTestApp(ENV);
    try {
      for (let i = 0; i < 10; i++)
        await notify('crisis_alert', [host.membershipId, admin.membershipId], i % 2 === 0 ? t : second);
      await waitFor(() => sink.received.length >= 20, 20_000, 'twenty pushes');
      await sleep(2000);
      expect(sink.at('/ok/host-phone')).toHaveLength(10);
      expect(sink.at('/ok/admin-laptop')).toHaveLength(10);
      const rows = await t.ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM outreach_deliveries WHERE channel = 'push' AND status = 'sent'`,
      );
      expect(rows[0]!.n).toBe(20);
      for (const p of sink.at('/ok/admin-laptop'))
        expect((laptop.open(p.body) as PushPayload).kind).toBe('crisis');
    } finally {
      await second.close();
    }
  });

  it('should never queue a second push for the same notification and device', async () => {
    const phone = new FakeDevice(`${sink.url}/ok/host-phone`);
    await subscribe(host, phone);
    const [n] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO notifications (organisation_id, recipient_membership_id, kind, room_id) VALUES ($1, $2, 'crisis_alert', $3) RETURNING id`,
      [orgId, host.membershipId, roomId],
    );
    const { PushService } = await import('../../src/modules/outreach/push.service.js');
    const push = t.app.get(PushService);
    const event = {
      notificationId: String(n!.id),
      organisationId: orgId,
      recipientMembershipId: host.membershipId,
      kind: 'crisis_alert' as const,
      roomId,
    };
    await Promise.all([push.dispatch([event]), push.dispatch([event]), push.dispatch([event])]);
    await waitFor(() => sink.received.length >= 1, 10_000, 'one push');
    await sleep(1500);
    expect(sink.received).toHaveLength(1);
  });
});
